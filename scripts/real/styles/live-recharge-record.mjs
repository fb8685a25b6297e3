// The 充值记录 page of a Chinese live-streaming app's wallet (虎牙 with 虎牙币, 斗鱼 with 鱼翅; the
// brand colour and coin name from `scene.brand`): the title bar, a balance card (我的余额 and the
// coin), a tab row (充值记录 / 消费记录), month headers each with its rows (what was bought, the
// time, the payment channel, the amount with its state), an empty month's 「本月暂无充值记录」 line,
// and the bottom 「遇到问题？联系客服」 link. Light or dark (`scene.dark`). Layout reconstructed from
// the apps' look (helper b32); `scene.wallet` { brand: 'huya'|'douyu', balance, months: [[label,
// [[title, time, channel, amount, state?]] | []]] }.
import { t, page, topBar } from '../lib/common.mjs';

const BRAND = {
  huya: { app: '虎牙直播', coin: '虎牙币', color: '#FF9600', grad: 'linear-gradient(120deg,#FFB23F,#FF8A00)' },
  douyu: { app: '斗鱼', coin: '鱼翅', color: '#FF5D23', grad: 'linear-gradient(120deg,#FF8A3D,#FF4F1F)' },
};

export default {
  name: 'live-recharge-record',
  kind: 'other',
  render(scene) {
    const w = scene.wallet;
    const b = BRAND[w.brand ?? 'huya'];
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#0F0F10', card: '#1B1B1D', fg: '#EAEAEA', sub: '#8C8C90', line: '#262628', mh: '#151516' }
      : { bg: '#F5F5F7', card: '#FFFFFF', fg: '#1C1C1E', sub: '#8E8E93', line: '#F0F0F2', mh: '#F5F5F7' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:46px;background:${c.card};display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tb .b{position:absolute;left:14px;font-size:24px;font-weight:400}
.bal{margin:10px 12px;border-radius:12px;background:${b.grad};color:#fff;padding:14px 16px}.bal .k{font-size:12.5px;opacity:.9}.bal .v{font-size:26px;font-weight:700;margin-top:4px}
.tabs{display:flex;background:${c.card};font-size:14.5px}.tabs span{flex:1;text-align:center;padding:11px 0;color:${c.sub}}.tabs span.on{color:${c.fg};font-weight:600;box-shadow:inset 0 -2.5px 0 ${b.color}}
.mh{background:${c.mh};padding:9px 16px;font-size:12.5px;color:${c.sub}}
.it{background:${c.card};display:flex;align-items:center;gap:10px;padding:12px 16px;border-bottom:1px solid ${c.line}}
.ic{flex:none;width:34px;height:34px;border-radius:17px;background:${b.color};color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px;font-weight:700}
.it .m{flex:1;min-width:0}.it .n{font-size:14px}.it .x{font-size:11.5px;color:${c.sub};margin-top:3px}
.it .a{text-align:right;flex:none}.it .a .p{font-size:15px;font-weight:600}.it .a .s{font-size:11.5px;color:${c.sub};margin-top:3px}
.none{background:${c.card};padding:22px 16px;text-align:center;font-size:13px;color:${c.sub}}
.help{text-align:center;font-size:12.5px;color:${c.sub};margin:18px 0}
`;
    const months = w.months.map(([label, items]) => `<div class="mh">${t('span', 'label', label)}</div>${items.length
      ? items.map(([n, tm, ch, amt, st]) => `<div class="it"><div class="ic">${b.coin.slice(0, 1)}</div><div class="m">${t('div', 'value', n, 'class="n"')}${t('div', 'value', `${tm}  ${ch}`, 'class="x"')}</div><div class="a">${t('div', 'value', amt, 'class="p"')}${t('div', 'status', st ?? '充值成功', 'class="s"')}</div></div>`).join('')
      : `<div class="none">${t('span', 'body', '本月暂无充值记录')}</div>`}`).join('');
    const body = `${topBar(scene, { bg: c.card, dark })}<div class="tb"><span class="b">‹</span>${t('span', 'title', scene.title ?? '充值记录')}</div>
<div class="bal">${t('div', 'label', `我的${b.coin}`, 'class="k"')}${t('div', 'value', w.balance, 'class="v"')}</div>
<div class="tabs">${t('span', 'label', '充值记录', 'class="on"')}${t('span', 'label', '消费记录')}</div>
${months}
${t('div', 'body', `遇到问题？联系${b.app}客服`, 'class="help"')}`;
    return page(css, body);
  },
};
