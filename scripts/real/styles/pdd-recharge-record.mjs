// 拼多多 充值中心 › 充值记录 (Pinduoduo app, the record list of phone-bill, game and membership
// direct top-ups): the white title bar with the back arrow and "充值记录", the category tabs (全部 /
// 话费 / 流量 / 游戏 / 会员) with a red underline, an optional yellow notice strip, then one white card
// per record: the shop or channel line with the state on the right (充值中 in orange, 充值成功 grey,
// 充值失败 / 已退款 red), the product title, the 充值账号 (masked), 订单编号, 下单时间 and the amount,
// a grey hint line under it, and the card's small buttons (联系商家, 申请退款, 再次充值). Light only
// (the app has no dark theme). Layout reconstructed from the app; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const TONE = { wait: '#FF7A00', ok: '#9C9C9C', fail: '#E02E24' };

export default {
  name: 'pdd-recharge-record',
  kind: 'order',
  render(scene) {
    const tabs = scene.tabs ?? ['全部', '话费', '流量', '游戏', '会员'];
    const css = `
body{background:#F4F4F4;color:#151516;font-size:14px}
.nav{height:46px;display:flex;align-items:center;justify-content:center;position:relative;background:#fff;font-size:17px;font-weight:600}
.nav .b{position:absolute;left:12px;font-size:24px;font-weight:400}
.tabs{display:flex;justify-content:space-around;background:#fff;border-bottom:1px solid #eee;font-size:14.5px}
.tabs span{padding:10px 0 8px;color:#58595B}
.tabs span.on{color:#E02E24;font-weight:600;border-bottom:2.5px solid #E02E24}
.tip{background:#FFF7E6;color:#B8741A;font-size:12.5px;padding:8px 14px;line-height:1.5}
.rec{background:#fff;margin:10px 10px 0;border-radius:8px;padding:12px 14px}
.hd{display:flex;justify-content:space-between;font-size:13px;color:#58595B}
.hd .st{font-weight:600}
.row{display:flex;gap:10px;margin-top:10px}
.ic{flex:none;width:48px;height:48px;border-radius:8px;background:linear-gradient(135deg,${scene.cover ?? '#ff8a7a,#e02e24'})}
.ti{font-size:15px;font-weight:600;line-height:1.35}
.ln{font-size:12.5px;color:#9C9C9C;margin-top:4px;overflow-wrap:anywhere}
.am{margin-left:auto;flex:none;font-size:15px;font-weight:600}
.hint{font-size:12.5px;margin-top:9px;padding:7px 9px;background:#F7F7F7;border-radius:4px;color:#58595B;line-height:1.5}
.bt{display:flex;justify-content:flex-end;gap:8px;margin-top:10px}
.bt span{border:1px solid #DCDCDC;border-radius:14px;padding:4px 12px;font-size:12.5px}
.bt span.pri{border-color:#E02E24;color:#E02E24}
`;
    const recs = scene.records.map((r) => `<div class="rec"><div class="hd">${t('span', 'label', r.shop)}${t('span', 'status', r.status, `class="st" style="color:${TONE[r.tone ?? 'ok']}"`)}</div>
<div class="row"><div class="ic"></div><div style="min-width:0">${t('div', 'value', r.title, 'class="ti"')}${(r.lines ?? []).map((l) => t('div', 'value', l, 'class="ln"')).join('')}</div>${t('div', 'value', r.amount, 'class="am"')}</div>
${r.hint ? t('div', 'body', r.hint, 'class="hint"') : ''}
${r.buttons ? `<div class="bt">${r.buttons.map((b, i, a) => t('span', 'button', b, i === a.length - 1 ? 'class="pri"' : '')).join('')}</div>` : ''}</div>`).join('');
    const body = `${topBar(scene, { bg: '#fff' })}<div class="nav"><span class="b">‹</span>${t('span', 'title', scene.title ?? '充值记录')}</div>
<div class="tabs">${tabs.map((x) => `<span class="${x === (scene.tab ?? '全部') ? 'on' : ''}">${x}</span>`).join('')}</div>
${scene.tip ? t('div', 'body', scene.tip, 'class="tip"') : ''}${recs}`;
    return page(css, body);
  },
};
