// Google Messages (Android, Material You) with one SMS conversation open: the bar with "←", the
// sender's round initial, the sender (a short code or a number) and the call / search / "⋮"
// icons; centred grey date lines ("Thu, Mar 2 · 9:14 PM" / "3月2日周四 21:14"); incoming bubbles in
// pale grey on the left, own bubbles in pale blue on the right, large rounded corners, the time
// and "SMS" / "短信" under the last bubble of a group; the input row with "+", the "Text message" /
// "短信" pill, the emoji and picture icons and the microphone. Light and dark (`scene.dark`),
// English or Chinese chrome (`scene.lang`). `scene.messages` = [{ from: 'merchant'|'buyer'|'time',
// text, at? }] (merchant = the other side: a shop's or an operator's number). Layout
// reconstructed from the app.
import { esc, t, page, topBar } from '../lib/common.mjs';

const W = { en: { ph: 'Text message', sms: 'SMS' }, zh: { ph: '短信', sms: '短信' }, 'zh-Hant': { ph: '簡訊', sms: '簡訊' } };

export default {
  name: 'android-sms',
  kind: 'chat',
  render(scene) {
    const w = W[scene.lang ?? 'zh'];
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#131314', fg: '#E3E3E3', sub: '#A8A8A8', inBg: '#2A2B2E', outBg: '#0B57D0', outFg: '#FFFFFF', pill: '#242528' }
      : { bg: '#FFFFFF', fg: '#1F1F1F', sub: '#5E5E5E', inBg: '#EEF0F4', outBg: '#D3E3FD', outFg: '#041E49', pill: '#F0F2F7' };
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Roboto","Noto Sans CJK SC",sans-serif}
.app{display:flex;flex-direction:column;height:100vh}
.bar{height:60px;display:flex;align-items:center;gap:14px;padding:0 10px 0 14px;flex:none}
.bar .bk{font-size:22px}
.bar .av{flex:none;width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.bar .nm{flex:1;font-size:18px;min-width:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.bar .nm small{display:block;font-size:12px;color:${c.sub}}
.bar .ic{font-size:19px;color:${c.sub};margin-left:8px}
.msgs{flex:1;overflow:hidden;padding:6px 12px}
.dl{text-align:center;font-size:12px;color:${c.sub};margin:14px 0 8px}
.r{display:flex;margin:3px 0}
.r.me{justify-content:flex-end}
.b{max-width:268px;padding:10px 14px;border-radius:20px;font-size:15.5px;line-height:1.42;white-space:pre-wrap;overflow-wrap:anywhere;background:${c.inBg}}
.r.me .b{background:${c.outBg};color:${c.outFg}}
.r:not(.me) .b{border-bottom-left-radius:6px}
.r.me .b{border-bottom-right-radius:6px}
.mt{font-size:11.5px;color:${c.sub};margin:2px 6px 8px}
.mt.me{text-align:right}
.in{flex:none;display:flex;align-items:center;gap:10px;padding:8px 12px 14px}
.in .pl{font-size:22px;color:${c.sub}}
.in .bx{flex:1;height:44px;border-radius:22px;background:${c.pill};display:flex;align-items:center;padding:0 16px;color:${c.sub};font-size:15px;gap:12px}
.in .bx span{flex:1}
.in .mic{width:44px;height:44px;border-radius:50%;background:${d ? '#A8C7FA' : '#0B57D0'};color:${d ? '#062E6F' : '#fff'};display:flex;align-items:center;justify-content:center;font-size:18px}
`;
    const msgs = scene.messages;
    const rows = msgs.map((m, i) => {
      if (m.from === 'time') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const next = msgs[i + 1];
      const lastOfGroup = !next || next.from !== m.from;
      const meta = lastOfGroup && m.at ? `<div class="mt${me ? ' me' : ''}">${t('span', 'system', `${m.at} · ${w.sms}`)}</div>` : '';
      return `<div class="r${me ? ' me' : ''}">${t('div', m.from, m.text, 'class="b"')}</div>${meta}`;
    }).join('\n');
    const [ch, col] = scene.contactAvatar ?? [scene.title.slice(0, 1), '#E8710A'];
    const body = `<div class="app">${topBar(scene, { dark: d, bg: c.bg })}
<div class="bar"><span class="bk">←</span><div class="av" style="background:${col}">${esc(ch)}</div><div class="nm">${t('span', 'title', scene.title)}${scene.subtitle ? `<small>${t('span', 'title', scene.subtitle)}</small>` : ''}</div><span class="ic">✆</span><span class="ic">⌕</span><span class="ic">⋮</span></div>
<div class="msgs" data-scroll>${rows}</div>
<div class="in"><span class="pl">⊕</span><div class="bx"><span>${esc(w.ph)}</span>☺ ▣</div><div class="mic">🎙</div></div>
</div>`;
    return page(css, body);
  },
};
