// Facebook Messenger Lite (the Android app for slow networks and small phones, 2016–2023): a flat
// Messenger-blue app bar with the white back arrow, the round letter avatar, the name and a small
// "Active 5m ago" / "Active now" line, the phone and video icons; a plain white page with no
// wallpaper, own bubbles in flat blue with white text, the other side's in light grey under a
// small round avatar, centred grey time lines ("TODAY 9:41 PM"), the small "Sent" / "Seen" mark
// under the last own bubble; the input bar with the camera, gallery and mic icons beside a grey
// "Aa" box. Light only (Lite had no dark theme in the versions drawn here). `scene.seen` puts
// "Seen" (true) or "Sent" (false) under the last buyer message. Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const skin = {
  dark: true, // white status-bar icons on the blue bar (the page itself is light)
  bg: '#FFFFFF', fg: '#1C1E21', titleBg: '#0084FF', titleFg: '#FFFFFF', titleWeight: 600, titleSize: 16,
  selfBg: '#0084FF', selfFg: '#FFFFFF', otherBg: '#E9EBEE', otherFg: '#1C1E21', radius: 16, pad: '7px 11px',
  sepFg: '#8D949E', inputBg: '#FFFFFF', inputBorder: '#E4E6EB', inputBoxBg: '#F0F2F5', iconFg: '#0084FF', inputRadius: 18,
  noSelfAvatar: true, merchantAvatar: ['S', '#4B6BAF'], avatarRadius: 12, avatarSize: 24, subFg: '#D8E9FF',
  back: '←', more: '✆ ▶', maxW: 246, fontSize: 14.5,
  inputHtml: '<div class="ic" style="border-radius:4px"></div><div class="ic" style="border-radius:4px"></div><div class="box" style="display:flex;align-items:center;padding-left:12px;color:#8D949E;font-size:14px">Aa</div><div class="ic"></div>',
  extraCss: `.title{justify-content:flex-start;padding-left:92px;height:54px}
.title::before{content:attr(data-ini);position:absolute;left:44px;top:10px;width:34px;height:34px;border-radius:50%;background:#FFFFFF33;color:#fff;font-size:15px;display:flex;align-items:center;justify-content:center}
.title .sub{text-align:left}.title .more{letter-spacing:14px;font-size:18px}
.row{padding:2px 10px}.sep{margin:14px 0 8px}.sep span{font-size:11px;letter-spacing:.4px;text-transform:uppercase}
.mk{font-size:11px;color:#8D949E;text-align:right;padding:2px 14px 0}`,
};

export default {
  name: 'messenger-lite',
  kind: 'chat',
  render(scene) {
    let html = phoneChat({ subtitle: 'Active now', ...scene }, skin);
    html = html.replace('<div class="title">', `<div class="title" data-ini="${esc((scene.title ?? '?')[0])}">`);
    if (scene.seen !== undefined) {
      const mark = `<div class="mk" data-role="system">${scene.seen ? 'Seen' : 'Sent'}</div>`;
      const i = html.lastIndexOf('<div class="row right">');
      if (i >= 0) {
        // the row ends at the next line break, or where the message list closes (the last row)
        const close = html.indexOf('</div>\n<div class="input">');
        const nl = html.indexOf('\n', i);
        const end = nl < 0 || nl > close ? close : nl;
        html = `${html.slice(0, end)}${mark}${html.slice(end)}`;
      }
    }
    return html;
  },
};
