// 腾讯充值中心 (pay.qq.com) on a phone browser or in QQ's built-in browser: the blue 腾讯充值 header,
// then either the 充值结果 page (`scene.mode: 'result'`: the round icon — ✓ green 充值成功, clock
// orange 处理中, ! red 充值失败 —, the headline, the amount, the rows 充值账号 / 充值产品 / 充值数量 /
// 支付方式 / 订单号 / 充值时间, and the 继续充值 / 查看记录 buttons) or the 充值记录 list
// (`scene.mode: 'records'`: the account line, the 近三个月 filter, month groups of rows with
// product, time, amount and a status word). Layout reconstructed from how the service presents
// itself; every text comes from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const ICON = { ok: ['✓', '#1AAD19'], wait: ['◷', '#FF9500'], fail: ['!', '#F04134'] };

export default {
  name: 'qpay-result',
  kind: 'other',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark ? { bg: '#111', card: '#1d1d1f', fg: '#e8e8e8', sub: '#8a8a8f', line: '#2a2a2c' } : { bg: '#F2F4F7', card: '#fff', fg: '#222', sub: '#8C8C8C', line: '#EEF0F3' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px;min-height:100vh}
.hd{background:#12B7F5;color:#fff}
.hb{height:46px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:500}
.hb .bk{position:absolute;left:14px;font-size:22px}.hb .mr{position:absolute;right:14px;font-size:18px}
.res{background:${c.card};padding:30px 18px 18px;text-align:center}
.ic{width:64px;height:64px;border-radius:50%;margin:0 auto 14px;color:#fff;font-size:36px;display:flex;align-items:center;justify-content:center;font-weight:700}
.rt{font-size:20px;font-weight:600}.rs{font-size:13px;color:${c.sub};margin-top:8px;line-height:1.6}
.am{font-size:30px;font-weight:600;margin-top:14px}
.rows{background:${c.card};margin-top:10px;padding:4px 16px}
.r{display:flex;justify-content:space-between;gap:14px;padding:12px 0;border-bottom:1px solid ${c.line};font-size:14px}
.r:last-child{border-bottom:0}.r .k{color:${c.sub};white-space:nowrap}.r .v{text-align:right;overflow-wrap:anywhere}
.bts{display:flex;gap:12px;margin:22px 16px}
.bts span{flex:1;text-align:center;height:44px;line-height:44px;border-radius:22px;font-size:15px}
.b1{background:#12B7F5;color:#fff}.b2{border:1px solid #12B7F5;color:#12B7F5}
.acc{background:${c.card};padding:14px 16px;display:flex;align-items:center;gap:10px}
.av{width:40px;height:40px;border-radius:50%;background:#ffd24d;display:flex;align-items:center;justify-content:center;font-size:20px}
.fl{display:flex;gap:10px;padding:12px 16px}.fl span{font-size:13px;padding:4px 12px;border-radius:14px;background:${c.card};color:${c.sub}}.fl .on{color:#12B7F5;border:1px solid #12B7F5}
.mo{padding:8px 16px;font-size:13px;color:${c.sub}}
.it{background:${c.card};padding:12px 16px;border-bottom:1px solid ${c.line};display:flex;justify-content:space-between;gap:10px}
.it .n{font-size:15px}.it .tm{font-size:12px;color:${c.sub};margin-top:5px}.it .a{text-align:right;font-size:15px;white-space:nowrap}.it .s{font-size:12px;margin-top:5px}
.empty{text-align:center;color:${c.sub};padding:26px 0;font-size:13px}
.ft{text-align:center;font-size:12px;color:${c.sub};margin:18px 0}
`;
    let main;
    if ((scene.mode ?? 'result') === 'result') {
      const r = scene.result;
      const [sym, col] = ICON[r.tone ?? 'ok'];
      main = `<div class="res"><div class="ic" style="background:${col}">${sym}</div>${t('div', 'status', r.title, 'class="rt"')}${(r.lines ?? []).map((x) => t('div', 'body', x, 'class="rs"')).join('')}${r.amount ? t('div', 'value', r.amount, 'class="am"') : ''}</div>
<div class="rows">${r.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>
<div class="bts">${t('span', 'button', '继续充值', 'class="b1"')}${t('span', 'button', '查看记录', 'class="b2"')}</div>`;
    } else {
      const g = scene.records;
      main = `<div class="acc"><div class="av">🐧</div><div>${t('div', 'value', g.account)}${g.nick ? t('div', 'value', g.nick, `style="font-size:12px;color:${c.sub};margin-top:3px"`) : ''}</div></div>
<div class="fl">${['近三个月', 'Q币', 'Q点', '会员'].map((x, i) => t('span', 'label', x, i === (g.tab ?? 0) ? 'class="on"' : '')).join('')}</div>
${g.months.map((m) => `${t('div', 'label', m.month, 'class="mo"')}${m.items.length ? m.items.map((it) => `<div class="it"><div>${t('div', 'value', it.name, 'class="n"')}${t('div', 'value', it.time, 'class="tm"')}</div><div>${t('div', 'value', it.amount, 'class="a"')}${t('div', 'status', it.status, `class="s" style="color:${it.status.includes('成功') ? '#1AAD19' : it.status.includes('失败') ? '#F04134' : '#FF9500'}"`)}</div></div>`).join('') : t('div', 'body', m.empty ?? '暂无充值记录', 'class="empty"')}`).join('')}`;
    }
    const body = `<div class="hd">${topBar(scene, { bg: '#12B7F5', dark: true })}<div class="hb"><span class="bk">‹</span>${t('span', 'title', scene.mode === 'records' ? '充值记录' : '腾讯充值')}<span class="mr">···</span></div></div>
${main}${t('div', 'body', scene.footer ?? '腾讯充值 pay.qq.com', 'class="ft"')}`;
    return page(css, body);
  },
};
