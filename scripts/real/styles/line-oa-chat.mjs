// A chat with a LINE Official Account (a shop's OA, as Thai and Taiwanese shops run them): the
// LINE chat look (blue-grey page, green own bubbles with "Read" and the time outside, white
// bubbles under the shop's round avatar and name) with the OA's marks: the green shield badge
// after the shop's name in the title bar, the shop's automatic greeting as the first message,
// and, under the input bar, the shop's rich menu (a grid of coloured tiles with their labels,
// `scene.richMenu`) with the "Menu ▾" bar above it, or only the bar when it is collapsed
// (`scene.menuCollapsed`). Light only. Layout reconstructed from the
// app; the texts come from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const skin = {
  bg: '#9BB3D6', fg: '#111', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 700, titleBorder: '1px solid #E5E5E5',
  selfBg: '#8DE08A', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', radius: 17, pad: '8px 12px', fontSize: 15,
  sepFg: '#FFFFFF', sepBg: '#00000030', inputBg: '#FFFFFF', inputBorder: '#E2E2E2', inputBoxBg: '#F1F2F4', iconFg: '#7A7A7A', inputRadius: 18,
  buyerAvatar: ['M', '#aab'], merchantAvatar: ['S', '#06C755'], avatarRadius: 20, avatarSize: 34, noSelfAvatar: true,
  showNames: true, nameFg: '#27364f', readMark: ['Read', ''], readFg: '#27364f', back: '‹', more: '≡',
  extraCss: `.title>span:nth-child(2)::after{content:"✓";display:inline-flex;align-items:center;justify-content:center;width:15px;height:15px;margin-left:5px;border-radius:4px 4px 8px 8px;background:#06C755;color:#fff;font-size:10px;vertical-align:1px}
.rmbar{flex:none;background:#fff;border-top:1px solid #E6E6E6;text-align:center;font-size:13px;color:#333;padding:7px 0}
.rmw{flex:none;background:#fff;padding-bottom:VAR_PAD}
.rm{display:grid;grid-template-columns:repeat(3,1fr);gap:2px;background:#E9E9E9}
.rm div{height:74px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:6px;color:#fff;font-size:12.5px;font-weight:700;text-align:center;line-height:1.2;padding:0 4px}
.rm i{width:24px;height:24px;border-radius:7px;background:#ffffff55;display:block}`,
};

export default {
  name: 'line-oa-chat',
  kind: 'chat',
  render(scene) {
    const ios = scene._device.os === 'ios';
    const s = { ...skin, extraCss: skin.extraCss.replace('VAR_PAD', ios ? '26px' : '0'), merchantAvatar: scene.shopAvatar ?? skin.merchantAvatar };
    if (scene.readMark) s.readMark = scene.readMark;
    if (scene.richMenu) s.inputHtml = '<div class="ic" style="border-radius:4px"></div><div class="box"></div><div class="ic"></div>';
    let html = phoneChat(scene, s);
    if (scene.richMenu) {
      const tiles = scene.richMenu.map(([label, col]) => `<div style="background:${col}"><i></i>${esc(label)}</div>`).join('');
      // a collapsed rich menu leaves only its bar ("Menu ▴") under the input
      const menu = scene.menuCollapsed
        ? `<div class="rmw"><div class="rmbar">${esc(scene.menuLabel ?? 'Menu')} ▴</div></div>`
        : `<div class="rmbar">${esc(scene.menuLabel ?? 'Menu')} ▾</div><div class="rmw"><div class="rm">${tiles}</div></div>`;
      const at = html.lastIndexOf('</div></body>');
      html = html.slice(0, at) + menu + html.slice(at);
      // the input bar keeps no home-indicator gap when the rich menu sits under it
      html = html.replace('.input{flex:none;', '.input{flex:none;padding-bottom:8px!important;');
    }
    return html;
  },
};
