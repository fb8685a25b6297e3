// Z2U order chat (the marketplace's web page on a phone or desktop browser): the red Z2U bar,
// the order strip pinned on top (order number, product, amount, status chip), then the
// conversation: the seller's messages on the left under their shop name, the buyer's on the
// right, a time under each, grey system lines centred (order paid, delivery reminders), and
// the "Type a message" box with Send. Light, or a dark page (`scene.dark`, the browser's forced
// dark mode). Layout reconstructed from the site's look; the messages are the scene's.
import { t, page, topBar, esc, LATIN } from '../lib/common.mjs';

export default {
  name: 'z2u-chat',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#121212', fg: '#E8E8E8', sub: '#9A9A9A', strip: '#1E1E1E', line: '#2C2C2C', other: '#262626', self: '#7A1F1F', sys: '#1A1A1A', inp: '#1E1E1E' }
      : { bg: '#F5F6F8', fg: '#1D1D1F', sub: '#8A8F98', strip: '#FFFFFF', line: '#E6E8EC', other: '#FFFFFF', self: '#FFE3E1', sys: '#ECEEF1', inp: '#FFFFFF' };
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const css = `
body{background:${c.bg};color:${c.fg}}
.app{display:flex;flex-direction:column;height:100vh;${narrow ? '' : 'max-width:760px;margin:0 auto;border-left:1px solid ' + c.line + ';border-right:1px solid ' + c.line}}
.hd{flex:none;background:#E8332A;color:#fff;height:48px;display:flex;align-items:center;gap:10px;padding:0 12px;font-size:15px}
.hd b{font-size:20px;font-weight:900;letter-spacing:-.5px}.hd .sp{flex:1}.hd .who{font-weight:600}
.strip{flex:none;background:${c.strip};border-bottom:1px solid ${c.line};padding:9px 12px;font-size:12.5px;line-height:1.5}
.strip .p{font-size:14px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.strip .r{display:flex;justify-content:space-between;gap:8px;color:${c.sub}}
.strip .a{color:#E8332A;font-weight:700}
.chip{display:inline-block;font-size:11.5px;color:#fff;background:${{ ok: '#1E9E57', wait: '#E58A00', bad: '#D0342C' }[o.tone ?? 'wait']};border-radius:3px;padding:0 6px;margin-left:6px}
.msgs{flex:1;overflow:hidden;padding:8px 10px}
.m{display:flex;flex-direction:column;margin:8px 0}
.m.r{align-items:flex-end}.m.l{align-items:flex-start}
.nm{font-size:11.5px;color:${c.sub};margin:0 4px 2px}
.b{max-width:78%;padding:8px 11px;border-radius:10px;font-size:14.5px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.l .b{background:${c.other};border:1px solid ${c.line};border-top-left-radius:2px}
.r .b{background:${c.self};border-top-right-radius:2px}
.tm{font-size:10.5px;color:${c.sub};margin:2px 4px 0}
.sys{text-align:center;margin:8px 18px}.sys span{display:inline-block;font-size:11.5px;color:${c.sub};background:${c.sys};border-radius:4px;padding:3px 9px;line-height:1.45}
.inp{flex:none;display:flex;gap:8px;align-items:center;padding:8px 10px ${scene._device.os === 'ios' ? 28 : 10}px;background:${c.inp};border-top:1px solid ${c.line}}
.inp .box{flex:1;height:36px;border:1px solid ${c.line};border-radius:18px;font-size:13px;color:${c.sub};display:flex;align-items:center;padding:0 12px}
.inp .s{background:#E8332A;color:#fff;border-radius:16px;padding:7px 14px;font-size:13.5px}
`;
    const row = (m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const side = m.from === 'buyer' ? 'r' : 'l';
      const nm = m.from === 'buyer' ? (scene.buyerName ?? 'Me') : (scene.merchantName ?? o.seller);
      return `<div class="m ${side}"><div class="nm">${esc(nm)}</div><div class="b">${t('span', m.from, m.text)}</div>${m.at ? t('div', 'system', m.at, 'class="tm"') : ''}</div>`;
    };
    const body = `<div class="app">${topBar(scene, { bg: '#E8332A', dark: true })}
<div class="hd"><span>‹</span><b>Z2U</b><span class="sp"></span>${t('span', 'title', o.seller, 'class="who"')}</div>
<div class="strip">${t('div', 'value', o.product, 'class="p"')}<div class="r">${t('span', 'value', `Order ID: ${o.id}`)}<span>${t('span', 'value', o.amount, 'class="a"')}${t('span', 'status', o.status, 'class="chip"')}</span></div></div>
<div class="msgs" data-scroll>${scene.messages.map(row).join('')}</div>
<div class="inp"><div class="box">Type a message</div><span class="s">Send</span></div></div>`;
    return page(css, body, LATIN);
  },
};
