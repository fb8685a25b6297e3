// Discord's phone app in a direct message (Android or iPhone): Discord's dark theme (#313338-like,
// `scene.light` gives the light theme), the top bar with the back arrow, the other side's round
// avatar with the green online dot, "@name" and the call / video / search icons; the messages all
// on the left as on the desktop client but narrower: a round avatar, the display name and the time
// ("Today at 9:14 PM") on one line, the text under it, following messages of the same author
// grouped under one header (`m.first` starts a new group); a centred date divider; an image
// attachment as a rounded picture (`type: 'image'`); the bottom composer: the round "+" and gift
// buttons and the pill "Message @name". Layout reconstructed from the app; texts from the scene.
import { esc, t, page, topBar, avatar, picture, LATIN } from '../lib/common.mjs';

export default {
  name: 'discord-mobile',
  kind: 'chat',
  render(scene) {
    const light = Boolean(scene.light);
    const c = light
      ? { bg: '#FFFFFF', bar: '#FFFFFF', fg: '#313338', sub: '#5C5E66', name: '#060607', line: '#E1E2E4', input: '#EBEDEF', btn: '#EBEDEF' }
      : { bg: '#313338', bar: '#2B2D31', fg: '#DBDEE1', sub: '#949BA4', name: '#F2F3F5', line: '#3F4147', input: '#383A40', btn: '#383A40' };
    let prev = null;
    const msgs = scene.messages
      .map((m) => {
        if (m.from === 'time') {
          prev = null;
          return `<div class="div"><span>${t('span', 'system', m.text)}</span></div>`;
        }
        if (m.from === 'system') {
          prev = null;
          return `<div class="sys">${t('span', 'system', m.text)}</div>`;
        }
        const name = m.from === 'buyer' ? scene.buyerName : scene.merchantName;
        const col = m.from === 'buyer' ? scene.buyerColor ?? '#5865F2' : scene.merchantColor ?? '#F23F43';
        const head = prev !== m.from || Boolean(m.first);
        prev = m.from;
        const inner = m.type === 'image' ? `<div class="img">${picture(m.w ?? 200, m.h ?? 120, m.hue ?? 220)}</div>` : t('div', m.from, m.text, 'class="tx"');
        return head
          ? `<div class="m first">${avatar(name.slice(0, 1).toUpperCase(), col, 40, 20)}<div class="c"><div class="hd">${t('span', 'label', name, 'class="nm"')}${t('span', 'label', m.at, 'class="tm"')}</div>${inner}</div></div>`
          : `<div class="m"><div style="width:40px;flex:none"></div><div class="c">${inner}</div></div>`;
      })
      .join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:16px}
.app{display:flex;flex-direction:column;height:100vh}
.top{background:${c.bar};flex:none;border-bottom:1px solid ${c.line}}
.bar{height:52px;display:flex;align-items:center;padding:0 12px;gap:10px}
.bar .bk{font-size:22px;color:${c.sub};width:22px}
.pic{position:relative}.pic i{position:absolute;right:-2px;bottom:-2px;width:12px;height:12px;border-radius:50%;background:#23A55A;border:3px solid ${c.bar}}
.bar .ti{font-weight:700;font-size:16.5px;color:${c.name}}
.bar .ic{margin-left:auto;color:${c.sub};font-size:18px;letter-spacing:14px}
.body{flex:1;overflow:hidden;padding:6px 0 10px;display:flex;flex-direction:column;justify-content:flex-end}
.m{display:flex;gap:12px;padding:1px 14px}
.m.first{margin-top:14px}
.c{min-width:0;flex:1}
.hd{display:flex;align-items:baseline;gap:8px;margin-bottom:2px}
.nm{font-weight:600;color:${c.name};font-size:15.5px}.tm{font-size:11.5px;color:${c.sub};white-space:nowrap}
.tx{line-height:1.375;white-space:pre-wrap;overflow-wrap:anywhere;font-size:15.5px}
.img{margin:4px 0 2px}
.div{display:flex;align-items:center;margin:16px 14px 2px;font-size:12px;color:${c.sub};font-weight:600}
.div::before,.div::after{content:"";flex:1;height:1px;background:${c.line}}
.div span{padding:0 8px}
.sys{padding:6px 20px;font-size:13.5px;color:${c.sub}}
.cmp{flex:none;display:flex;align-items:center;gap:8px;padding:8px 10px ${scene._device.os === 'ios' ? 30 : 12}px;background:${c.bg}}
.cmp .b{width:38px;height:38px;border-radius:50%;background:${c.btn};display:flex;align-items:center;justify-content:center;color:${c.sub};font-size:20px;flex:none}
.cmp .p{flex:1;height:40px;border-radius:20px;background:${c.input};display:flex;align-items:center;padding:0 14px;color:${c.sub};font-size:15px;white-space:nowrap;overflow:hidden}
`;
    const body = `<div class="app"><div class="top">${topBar(scene, { dark: !light, bg: c.bar })}
<div class="bar"><span class="bk">←</span><span class="pic">${avatar(scene.merchantName.slice(0, 1).toUpperCase(), scene.merchantColor ?? '#F23F43', 30, 15)}<i></i></span>${t('span', 'title', scene.merchantName, 'class="ti"')}<span class="ic">✆▭⌕</span></div></div>
<div class="body" data-scroll>${msgs}</div>
<div class="cmp"><div class="b">+</div><div class="b">🎁</div><div class="p">${esc(`Message @${scene.merchantName}`)}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
