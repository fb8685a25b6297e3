// An SMS thread in Google Messages on an Android phone (Material You): the top app bar (back
// arrow, the contact's round letter avatar, the name or number, call / video / menu icons), the
// thread (centred "Text message · day time" separators, incoming bubbles on the left in the
// surface tint with the contact's avatar by the last of a group, outgoing on the right in the
// primary container colour, "Delivered" / "Sent" under the last outgoing message), and the
// compose row (plus button, the "Text message" pill with emoji and gallery icons, the mic).
// Light, or the dark theme (`scene.dark`). English chrome. Layout reconstructed from the app;
// texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'google-messages',
  kind: 'chat',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#131314', fg: '#E3E3E3', sub: '#A8ABAF', inBg: '#2A2B2E', inFg: '#E3E3E3', outBg: '#004A77', outFg: '#D3E3FD', pill: '#1F2022', av: '#7FCFFF', avFg: '#003549' }
      : { bg: '#FFFFFF', fg: '#1F1F1F', sub: '#5E5E62', inBg: '#E9EEF6', inFg: '#1F1F1F', outBg: '#D3E3FD', outFg: '#041E49', pill: '#F0F4F9', av: '#A8C7FA', avFg: '#062E6F' };
    const who = scene.title;
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sep">${t('span', 'system', m.text)}</div>`;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="o">${t('div', 'buyer', m.text, 'class="ob"')}</div>${last && m.status ? `<div class="st">${t('span', 'label', m.status)}</div>` : ''}`;
      return `<div class="i">${last ? `<span class="av">${esc(scene.avatar ?? who[0])}</span>` : '<span class="av gh"></span>'}${t('div', 'merchant', m.text, 'class="ib"')}</div>`;
    }).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:15px}
.app{height:100vh;display:flex;flex-direction:column}
.bar{flex:none;display:flex;align-items:center;gap:14px;padding:8px 12px 10px}
.bar .bk{font-size:22px}
.hav{width:38px;height:38px;border-radius:50%;background:${c.av};color:${c.avFg};display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:500;flex:none}
.nm{font-size:18px;flex:1;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.ic{display:flex;gap:20px;font-size:18px;color:${c.sub}}
.th{flex:1;overflow:hidden;padding:6px 12px}
.sep{text-align:center;margin:16px 0 10px}.sep span{font-size:12px;color:${c.sub}}
.i{display:flex;align-items:flex-end;gap:8px;margin-bottom:3px}
.av{width:30px;height:30px;border-radius:50%;background:${c.av};color:${c.avFg};display:flex;align-items:center;justify-content:center;font-size:13px;flex:none}
.av.gh{visibility:hidden}
.ib{background:${c.inBg};color:${c.inFg};border-radius:20px 20px 20px 6px;padding:10px 14px;line-height:1.42;white-space:pre-wrap;overflow-wrap:anywhere;max-width:76%}
.o{display:flex;justify-content:flex-end;margin-bottom:3px}
.ob{background:${c.outBg};color:${c.outFg};border-radius:20px 20px 6px 20px;padding:10px 14px;line-height:1.42;white-space:pre-wrap;overflow-wrap:anywhere;max-width:76%}
.st{text-align:right;font-size:11.5px;color:${c.sub};margin:2px 4px 8px}
.cp{flex:none;display:flex;align-items:center;gap:10px;padding:8px 10px 16px}
.pl{width:38px;height:38px;border-radius:50%;display:flex;align-items:center;justify-content:center;font-size:24px;color:${c.sub}}
.pill{flex:1;height:46px;border-radius:23px;background:${c.pill};display:flex;align-items:center;padding:0 16px;gap:14px;color:${c.sub}}
.pill .w{flex:1}
`;
    const body = `<div class="app">${topBar(scene, { dark, bg: c.bg })}<div class="bar"><span class="bk">←</span><span class="hav">${esc(scene.avatar ?? who[0])}</span>${t('span', 'title', who, 'class="nm"')}<span class="ic"><span>✆</span><span>▭</span><span>⋮</span></span></div>
<div class="th" data-scroll>${msgs}</div><div class="cp"><span class="pl">⊕</span><div class="pill"><span class="w">Text message</span><span>☺</span><span>▣</span></div><span class="pl">🎙</span></div></div>`;
    return page(css, body, LATIN);
  },
};
