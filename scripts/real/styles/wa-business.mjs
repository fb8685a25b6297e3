// WhatsApp Business as the customer sees it: a shop's chat in the WhatsApp app (Android or iPhone),
// with what a business chat adds to a private one. Android: the teal title bar with the shop's round
// picture, its name and the grey "Business account" line; iPhone: the light bar with the blue back
// chevron, the picture, the name and "Business account" under it. Then the beige wallpaper, the
// yellow system notice that opens a business chat ("This business uses a secure service from Meta to
// manage this chat. Tap to learn more." when `scene.metaNotice` is true; WhatsApp's own wording,
// reproduced in public mock-ups, public GitHub TypeScript file, find_string id 54561774266), the
// date pills, own light-green bubbles with the time and the ticks inside (`scene.ticks` '✓' for
// sent, '✓✓' for delivered or read; `scene.readColor` paints read ticks blue), the shop's white
// bubbles, a catalog or order card as a shop sends it (`type: 'card'`: thumbnail, product, price,
// order line, status line), and the input bar with the emoji, clip and camera icons and the round
// green mic button. `scene.dark` gives the dark theme. Layout reconstructed; texts come from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const base = {
  bg: '#EFEAE2', fg: '#111B21', selfBg: '#D9FDD3', selfFg: '#111B21', otherBg: '#FFFFFF', otherFg: '#111B21',
  radius: 8, pad: '6px 9px 7px', sepFg: '#54656F', sepBg: '#FFFFFFF2', inputBorder: 'transparent', inputBoxBg: '#FFFFFF',
  iconFg: '#54656F', inputRadius: 22, noAvatar: true, inTime: true, maxW: 268, fontSize: 15, cardBg: '#FFFFFF', cardFg: '#111B21',
  wallpaper: 'radial-gradient(circle at 12px 12px,#e2dacd 1.6px,transparent 2px) 0 0/26px 26px,#EFEAE2',
};
const darkBase = {
  dark: true, bg: '#0B141A', fg: '#E9EDEF', selfBg: '#005C4B', selfFg: '#E9EDEF', otherBg: '#202C33', otherFg: '#E9EDEF',
  sepFg: '#8696A0', sepBg: '#182229', inputBoxBg: '#2A3942', iconFg: '#8696A0', cardBg: '#202C33', cardFg: '#E9EDEF',
  wallpaper: 'radial-gradient(circle at 12px 12px,#17232b 1.6px,transparent 2px) 0 0/26px 26px,#0B141A',
};

function skin(scene) {
  const ios = scene._device.os === 'ios';
  const d = Boolean(scene.dark);
  const s = { ...base, ...(d ? darkBase : {}) };
  const pic = `<span class="wab-pic" style="background:${scene.picColor ?? '#1FA855'}">${esc((scene.title ?? '?').slice(0, 1))}</span>`;
  const tick = scene.ticks ?? '✓✓';
  if (ios) {
    Object.assign(s, {
      titleBg: d ? '#1F2C34' : '#F6F6F6', titleFg: d ? '#E9EDEF' : '#111B21', titleWeight: 600, titleSize: 16, titleH: 52,
      titleBorder: `1px solid ${d ? '#2A3942' : '#DADADA'}`, subFg: d ? '#8696A0' : '#667781', back: `<span style="color:#007AFF;font-size:30px">‹</span>${pic}`,
      more: '<span style="color:#007AFF;font-size:19px">✆</span>', inputBg: d ? '#1F2C34' : '#F6F6F6',
      inputHtml: `<span style="color:#007AFF;font-size:26px;line-height:1">+</span><div class="box" style="border:1px solid ${d ? '#2A3942' : '#DADADA'}"></div><span style="color:#007AFF;font-size:18px">◎</span><span style="color:#007AFF;font-size:18px">🎙︎</span>`,
    });
  } else {
    Object.assign(s, {
      titleBg: d ? '#1F2C34' : '#008069', titleFg: d ? '#E9EDEF' : '#FFFFFF', titleWeight: 500, titleSize: 17.5, titleH: 56,
      subFg: d ? '#8696A0' : '#D6EFE9', back: `<span style="font-size:21px">←</span>${pic}`, more: '<span style="font-size:17px;letter-spacing:14px">✆ ⋮</span>', inputBg: 'transparent',
      inputHtml: `<div class="box" style="display:flex;align-items:center;gap:10px;padding:0 12px;color:${d ? '#8696A0' : '#667781'};font-size:15px;height:44px"><span>☺</span><span style="flex:1">Message</span><span>📎︎</span><span>◎</span></div><span style="flex:none;width:44px;height:44px;border-radius:50%;background:${d ? '#00A884' : '#008069'};display:flex;align-items:center;justify-content:center;color:#fff">🎙︎</span>`,
    });
  }
  const readCol = scene.readColor ? '#53BDEB' : 'inherit';
  s.ticks = `<b style="color:${readCol};font-weight:400;letter-spacing:-3px">${tick}</b>`;
  s.extraCss = `
.title{justify-content:flex-start;padding-left:${ios ? 88 : 96}px;text-align:left}
.title .sub{text-align:left;margin-top:1px}
.title .back{display:flex;align-items:center;gap:${ios ? 4 : 8}px;transform:translateY(-50%)}
.wab-pic{display:inline-flex;width:38px;height:38px;border-radius:50%;color:#fff;font-size:17px;font-weight:600;align-items:center;justify-content:center}
.title .more{transform:translateY(-50%)}
.row{padding:2px 10px}
.sep span{font-size:12.5px;padding:4px 10px!important;border-radius:8px!important;box-shadow:0 1px .5px #0b141a21}
.notice{margin:8px 28px}
.notice span{background:${d ? '#182229' : '#FFEECD'}!important;color:${d ? '#FFD279' : '#54656F'}!important;padding:6px 10px!important;border-radius:8px!important;font-size:12.5px!important}
.bub{box-shadow:0 1px .5px #0b141a21}
.at{font-size:11px!important;opacity:.62}
.card{border-radius:8px;box-shadow:0 1px .5px #0b141a21}
.card .th{background:linear-gradient(135deg,${scene.picColor ?? '#1FA855'},#FFD54F)!important}
.card .cp{color:${d ? '#E9EDEF' : '#111B21'}!important;font-weight:700}
.input{padding:6px 8px ${ios ? 28 : 10}px;gap:6px;align-items:center}
`;
  return s;
}

export default {
  name: 'wa-business',
  kind: 'chat',
  render(scene) {
    const msgs = scene.metaNotice
      ? [{ from: 'system', text: 'This business uses a secure service from Meta to manage this chat. Tap to learn more.' }, ...scene.messages]
      : scene.messages;
    // a business chat shows no avatars, not even beside a catalog or order card
    return phoneChat({ subtitle: 'Business account', ...scene, messages: msgs }, skin(scene))
      .replace(/<div style="flex:none;width:40px;height:40px;border-radius:4px;[^"]*">[^<]*<\/div>/g, '');
  },
};
