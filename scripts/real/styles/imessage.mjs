// Apple Messages (iMessage) on iPhone: a translucent grey header with the back chevron and an
// unread count on the left, the contact's round monogram in the middle with the name and a small
// chevron under it; blue (#007AFF) own bubbles with white text, grey (#E9E9EB, dark #262629)
// bubbles for the other side, no avatars beside the bubbles, centred grey separators
// ("iMessage" / "Today 20:14"), "Delivered" under the newest own bubble, and the rounded
// "iMessage" input pill. Light and dark (`scene.dark`). Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const light = {
  bg: '#FFFFFF', fg: '#000000', titleBg: '#F6F6F6', titleFg: '#000000', titleWeight: 400, titleSize: 11.5,
  titleBorder: '0.5px solid #D1D1D6', selfBg: '#007AFF', selfFg: '#FFFFFF', otherBg: '#E9E9EB', otherFg: '#000000',
  radius: 18, pad: '7px 12px', sepFg: '#8E8E93', inputBg: '#FFFFFF', inputBorder: '#FFFFFF', inputBoxBg: '#FFFFFF',
  iconFg: '#8E8E93', inputRadius: 18, noAvatar: true, subFg: '#8E8E93', back: '‹', more: '', maxW: 264, fontSize: 16.5,
  titleH: 84,
};
const dark = {
  ...light, dark: true, bg: '#000000', fg: '#FFFFFF', titleBg: '#1C1C1E', titleFg: '#FFFFFF', titleBorder: '0.5px solid #38383A',
  otherBg: '#262629', otherFg: '#FFFFFF', sepFg: '#8E8E93', inputBg: '#000000', inputBorder: '#000000', inputBoxBg: '#000000',
};

function skinFor(scene) {
  const base = scene.dark ? dark : light;
  const mono = scene.monogram ?? (scene.title ?? '?').slice(0, 1).toUpperCase();
  return {
    ...base,
    inputHtml: `<div class="ic plus">+</div><div class="box pill">iMessage</div>`,
    extraCss: `
.title{flex-direction:column;justify-content:flex-end;padding-bottom:6px}
.title .back{color:#007AFF;font-size:34px;top:36%;left:8px}
.title .back::after{content:"${esc(String(scene.unread ?? ''))}";font-size:13px;background:#007AFF;color:#fff;border-radius:9px;padding:1px 6px;margin-left:2px;vertical-align:middle;${scene.unread ? '' : 'display:none'}}
.title::before{content:"${esc(mono)}";display:flex;align-items:center;justify-content:center;width:46px;height:46px;border-radius:50%;background:linear-gradient(#A5ABB9,#858994);color:#fff;font-size:21px;font-weight:500;margin-bottom:3px;font-family:"Liberation Sans",sans-serif}
.title .sub{font-size:11px}
.row{padding:1.5px 14px}
.sep{margin:14px 0 6px}.sep span{font-size:11.5px;font-weight:500}
.right+.left,.left+.right{margin-top:8px}
.input{border-top:none;padding-top:6px}
.input .ic.plus{border:none;background:${scene.dark ? '#2C2C2E' : '#E9E9EB'};color:#8E8E93;display:flex;align-items:center;justify-content:center;font-size:22px;width:34px;height:34px}
.input .box.pill{border:1px solid ${scene.dark ? '#3A3A3C' : '#C7C7CC'};display:flex;align-items:center;padding-left:14px;color:#A0A0A5;font-size:16px}
.deliv{text-align:right;font-size:11px;color:#8E8E93;padding:2px 16px 0}
`,
  };
}

export default {
  name: 'imessage',
  kind: 'chat',
  render(scene) {
    // "Delivered"/"Read" under the newest own bubble, as the app shows it
    const html = phoneChat(scene, skinFor(scene));
    if (!scene.delivered) return html;
    const mark = `<div class="deliv" data-role="system">${esc(scene.delivered)}</div>`;
    const at = html.lastIndexOf('</div>\n<div class="input">');
    return at < 0 ? html : html.slice(0, at) + mark + html.slice(at);
  },
};
