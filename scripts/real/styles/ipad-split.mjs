// An iPad in landscape with two apps in Split View: WeChat for iPad on the left (title bar, the
// chat with lib/wx-msg.mjs rows: quotes, recalls, voice transcripts, 微信转账 cards, the input
// bar) and Safari on the right showing the shop's order page (the address pill, the shop's
// header, an order card of label–value rows with a status badge, and its notes). The black
// divider with its grab handle sits between them; the iOS status bar runs across the top with
// the "···" multitasking dots over each app. `scene.leftW` is the WeChat pane's share (0.5 by
// default). Light only. Layout reconstructed from iPadOS.
import { esc, t, page, statusBar } from '../lib/common.mjs';
import { wxCss, wxRow } from '../lib/wx-msg.mjs';

export default {
  name: 'ipad-split',
  kind: 'chat',
  render(scene) {
    const share = scene.leftW ?? 0.5;
    const W = scene._device.width;
    const lw = Math.round((W - 10) * share);
    const o = scene.order;
    const tone = { ok: '#10A37F', wait: '#F59E0B', bad: '#DC2626' }[o.tone ?? 'wait'];
    const rows = scene.messages.map((m) => wxRow(m, scene, { avatar: 34 })).join('\n');
    const orows = o.rows.map(([k, v, role]) => `<div class="or">${t('span', 'label', k, 'class="ok"')}${role === 'status' ? t('span', 'status', v, `class="badge" style="background:${tone}"`) : t('span', role ?? 'value', v, 'class="ov"')}</div>`).join('');
    const css = `
body{background:#000;color:#111;font-size:14px}
.top{position:absolute;left:0;right:0;top:0;z-index:5}
.wrap{display:flex;height:100vh;gap:10px;background:#000}
.pane{background:#F2F2F2;border-radius:12px;overflow:hidden;display:flex;flex-direction:column;position:relative}
.dots{position:absolute;top:6px;left:50%;transform:translateX(-50%);font-size:16px;color:#8e8e93;letter-spacing:2px;z-index:6}
.wx{width:${lw}px;background:#EDEDED}
.wx .tt{flex:none;padding-top:36px;height:82px;display:flex;align-items:center;justify-content:center;position:relative;font-size:16.5px;font-weight:500;border-bottom:1px solid #DCDCDC}
.wx .tt .bk{position:absolute;left:16px;font-size:24px;font-weight:300}
.wx .tt .mo{position:absolute;right:16px;font-size:18px}
.wx .msgs{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end;padding-bottom:8px}
.wx .in{flex:none;height:64px;background:#F7F7F7;border-top:1px solid #DCDCDC;display:flex;align-items:center;gap:10px;padding:0 14px 10px}
.wx .in .b{flex:1;height:36px;background:#fff;border-radius:5px}
.wx .in i{width:28px;height:28px;border-radius:50%;border:1.6px solid #333;flex:none}
.handle{position:absolute;left:${lw + 2}px;top:50%;width:6px;height:56px;margin-top:-28px;border-radius:3px;background:#5a5a5e;z-index:6}
.sf{flex:1;background:#fff}
.sf .bar{flex:none;padding-top:36px;height:86px;background:#F6F6F6;border-bottom:1px solid #E0E0E0;display:flex;align-items:center;gap:12px;padding-left:16px;padding-right:16px}
.sf .url{flex:1;height:34px;border-radius:10px;background:#E4E4E8;display:flex;align-items:center;justify-content:center;font-size:14px;color:#333}
.sf .ic{font-size:18px;color:#0A84FF}
.shop{height:52px;display:flex;align-items:center;padding:0 20px;font-size:18px;font-weight:700;color:${scene.accent ?? '#2563EB'};border-bottom:1px solid #EEE}
.card{margin:16px 20px;border:1px solid #E8E8E8;border-radius:10px}
.card h4{margin:0;padding:12px 16px;border-bottom:1px solid #F0F0F0;font-size:15px}
.or{display:flex;gap:14px;padding:10px 16px;border-bottom:1px solid #F6F6F6;font-size:14px}
.ok{flex:none;width:84px;color:#8A8F98}
.ov{overflow-wrap:anywhere}
.badge{color:#fff;border-radius:4px;padding:1px 8px;font-size:13px}
.nt{margin:0 20px;font-size:13px;color:#666;line-height:1.7}
${wxCss({ fg: '#111', sub: '#999', otherBg: '#FFFFFF', selfBg: '#95EC69', quoteBg: '#E2E2E2', trBg: '#FFFFFF', sysFg: '#A8A8A8', maxW: Math.round(lw * 0.62), padX: 14, font: 15, cardW: 230 })}
`;
    const body = `<div class="top">${statusBar({ time: scene.clock, battery: scene.battery, os: 'ios', dark: false })}</div>
<div class="wrap"><div class="pane wx"><span class="dots">···</span><div class="tt"><span class="bk">‹</span>${t('span', 'title', scene.title)}<span class="mo">···</span></div>
<div class="msgs" data-scroll>${rows}</div><div class="in"><i></i><div class="b"></div><i></i><i></i></div></div>
<div class="handle"></div>
<div class="pane sf"><span class="dots">···</span><div class="bar"><span class="ic">‹</span><span class="ic">›</span><div class="url">🔒 ${esc(o.url)}</div><span class="ic">⇪</span></div>
${t('div', 'title', o.shop, 'class="shop"')}<div class="card">${t('h4', 'title', o.title ?? '订单详情')}${orows}</div>
${(o.notes ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}</div></div>`;
    return page(css, body);
  },
};
