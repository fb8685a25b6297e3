// Snapchat chat (iPhone / Android): the header with the friend's round Bitmoji-like avatar, the
// name in bold and the call icons; no bubbles: each run of messages under its sender's label in
// capitals ("ME" in red, the friend's name in blue), the lines indented behind a thin bar of the
// same colour; centred grey day lines ("TODAY"); the input bar (camera button, "Send a chat" pill,
// mic, sticker, gallery icons). `scene.dark` gives Snapchat's dark theme. `scene.merchantLabel` is
// the friend's label; `scene.highlight` (lib/marker.mjs). Layout reconstructed from the app.
import { esc, t, page, statusBar, avatar, LATIN } from '../lib/common.mjs';
import { markerCss, mt, isMarked } from '../lib/marker.mjs';

export default {
  name: 'snapchat-chat',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#000000', fg: '#F5F5F5', sub: '#8E8E93', bar: '#121212', pill: '#1F1F1F', line: '#1C1C1E' }
      : { bg: '#FFFFFF', fg: '#16191C', sub: '#8E8E93', bar: '#FFFFFF', pill: '#F2F2F2', line: '#EDEDED' };
    const red = '#F23C57';
    const blue = '#0EADFF';
    let prev = null;
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') {
        prev = null;
        return `<div class="day">${t('span', 'system', m.text)}</div>`;
      }
      const me = m.from === 'buyer';
      const col = me ? red : blue;
      const head = prev !== m.from;
      prev = m.from;
      const label = head ? t('div', 'label', me ? 'ME' : scene.merchantLabel, `class="lb" style="color:${col}"`) : '';
      const st = m.status ? t('div', 'system', m.status, 'class="st"') : '';
      return `<div class="run${head ? ' first' : ''}">${label}<div class="ln" style="border-color:${col}">${mt('div', m.from, m.text, 'class="tx"', isMarked(scene, m.text))}</div>${st}</div>`;
    }).join('');
    const os = scene._device.os;
    const css = `${markerCss}
body{background:${c.bg};color:${c.fg};font-family:${LATIN}}
.app{display:flex;flex-direction:column;height:100vh}
.hd{flex:none;height:56px;display:flex;align-items:center;gap:10px;padding:0 14px;border-bottom:1px solid ${c.line};background:${c.bar}}
.hd .bk{font-size:26px;color:${c.fg};margin-right:2px;font-weight:300}
.hd .nm{font-size:17px;font-weight:700}
.hd .sb{font-size:12px;color:${c.sub}}
.hd .ic{margin-left:auto;display:flex;gap:18px;font-size:19px;color:${c.fg}}
.ms{flex:1;overflow:hidden;padding:6px 0 10px;display:flex;flex-direction:column;justify-content:flex-end}
.day{text-align:center;font-size:11.5px;font-weight:700;letter-spacing:.6px;color:${c.sub};margin:14px 0 4px}
.run{padding:0 16px}
.run.first{margin-top:10px}
.lb{font-size:12px;font-weight:700;letter-spacing:.4px;margin-bottom:2px}
.ln{border-left:2px solid;padding:1px 0 1px 9px;margin:1px 0}
.tx{font-size:15.5px;line-height:1.4;white-space:pre-wrap;overflow-wrap:anywhere}
.st{font-size:11px;color:${c.sub};margin:3px 0 0 11px}
.in{flex:none;display:flex;align-items:center;gap:10px;padding:8px 10px ${os === 'ios' ? 30 : 12}px;background:${c.bar}}
.in .cam{width:38px;height:38px;border-radius:19px;background:${c.pill};display:flex;align-items:center;justify-content:center;font-size:17px}
.in .pl{flex:1;height:38px;border-radius:19px;background:${c.pill};color:${c.sub};font-size:15px;display:flex;align-items:center;padding:0 14px}
.in .ic{display:flex;gap:14px;font-size:18px;color:${c.sub}}
`;
    const body = `<div class="app">${statusBar({ time: scene.clock, battery: scene.battery, os, dark: d, bg: c.bar })}
<div class="hd"><span class="bk">‹</span>${avatar(scene.merchantLabel.slice(0, 1), '#FFB800', 36, 18)}<div>${t('div', 'title', scene.title, 'class="nm"')}${scene.subtitle ? `<div class="sb">${esc(scene.subtitle)}</div>` : ''}</div><div class="ic"><span>✆</span><span>▭</span></div></div>
<div class="ms" data-scroll>${rows}</div>
<div class="in"><div class="cam">◎</div><div class="pl">Send a chat</div><div class="ic"><span>🎤</span><span>☺</span><span>▣</span></div></div></div>`;
    return page(css, body, LATIN);
  },
};
