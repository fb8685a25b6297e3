// KakaoTalk one-to-one chat (Android/iOS): the blue-grey chat wallpaper (#BACEE0; dark #1F1F1F),
// yellow (#FEE500) own bubbles with black text, white (dark #3A3A3A) bubbles for the other side
// under the sender's name and its rounded-square profile picture, the small time beside each
// bubble and the yellow unread count "1" beside own messages the other side has not read;
// date separators as a translucent pill ("Tuesday, May 11, 2027"). Light and dark (`scene.dark`).
// Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#BACEE0', fg: '#111', titleBg: '#BACEE0', titleFg: '#111', titleWeight: 600, titleSize: 17,
  selfBg: '#FEE500', selfFg: '#111111', otherBg: '#FFFFFF', otherFg: '#111111', radius: 12, pad: '8px 11px',
  sepFg: '#FFFFFF', sepBg: '#00000026', inputBg: '#FFFFFF', inputBorder: '#FFFFFF', inputBoxBg: '#FFFFFF',
  iconFg: '#9a9a9a', inputRadius: 18, noSelfAvatar: true, merchantAvatar: ['K', '#8FA9C4'], avatarRadius: 15, avatarSize: 40,
  showNames: true, nameFg: '#4A4A4A', subFg: '#4A4A4A', back: '‹', more: '⌕ ≡', maxW: 236, fontSize: 15,
  readMark: ['', '1'], readFg: '#E7C000', tail: false,
};
const dark = {
  ...light, dark: true, bg: '#1F1F1F', fg: '#EDEDED', titleBg: '#1F1F1F', titleFg: '#EDEDED', otherBg: '#3A3A3A', otherFg: '#EDEDED',
  sepFg: '#CFCFCF', sepBg: '#FFFFFF1F', inputBg: '#2A2A2A', inputBorder: '#2A2A2A', inputBoxBg: '#2A2A2A', nameFg: '#BDBDBD', subFg: '#9A9A9A',
  readFg: '#FEE500',
};

export default {
  name: 'kakaotalk',
  kind: 'chat',
  render(scene) {
    const skin = scene.dark ? dark : light;
    // the time sits outside the bubble, at its lower corner: rendered as a read-mark-like cell
    const messages = scene.messages.map((m) => (m.at && m.from !== 'time' ? { ...m, read: m.read ?? true } : m));
    const html = phoneChat({ ...scene, messages }, {
      ...skin,
      extraCss: `.title{justify-content:flex-start;padding-left:44px}.title .sub{text-align:left}
.row{padding:4px 10px;gap:7px;align-items:flex-start}.right .bub,.left .bub{border-radius:12px}
.rd{font-weight:700;font-size:11px;margin-right:-2px}
.kt{align-self:flex-end;font-size:10.5px;color:${scene.dark ? '#9A9A9A' : '#4F5E6C'};white-space:nowrap;margin-bottom:2px}
.sep span{border-radius:12px;padding:3px 12px}`,
    });
    // times beside the bubbles
    let out = html;
    for (const m of scene.messages) {
      if (!m.at || m.from === 'time') continue;
      const needle = `>${escText(m.text ?? '')}</span></div>`;
      const i = out.indexOf(needle);
      if (i < 0) continue;
      const end = i + needle.length;
      out = out.slice(0, end) + `</div><div class="kt" data-role="system">${m.at}` + out.slice(end);
    }
    return out;
  },
};

function escText(s) {
  return String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
