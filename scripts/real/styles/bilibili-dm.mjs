// 哔哩哔哩 (bilibili) 私信 (Android): light grey (#F4F5F7) page, a white title bar with the other
// side's name, round avatars, white bubbles for the other side, bilibili-pink (#FB7299) own
// bubbles with white text, grey centred times and a notice line; dark mode (#17181A page,
// #2F3134 bubbles) with `scene.dark`. Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#F4F5F7', fg: '#18191C', titleBg: '#FFFFFF', titleFg: '#18191C', titleWeight: 500, titleSize: 16,
  titleBorder: '1px solid #E3E5E7', subFg: '#9499A0',
  selfBg: '#FB7299', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#18191C', radius: 10, pad: '9px 12px',
  sepFg: '#9499A0', inputBg: '#FFFFFF', inputBorder: '#E3E5E7', inputBoxBg: '#F1F2F3', inputRadius: 6, iconFg: '#61666D',
  buyerAvatar: ['22', '#23ADE5'], merchantAvatar: ['卡', '#FB7299'], avatarRadius: 20, avatarSize: 36,
  back: '‹', more: '⋮', maxW: 240, fontSize: 15,
};
const dark = {
  ...light, dark: true, bg: '#17181A', fg: '#E3E5E7', titleBg: '#1F2022', titleFg: '#E3E5E7', titleBorder: '1px solid #2F3134',
  otherBg: '#2F3134', otherFg: '#E3E5E7', selfBg: '#D44E7D', inputBg: '#1F2022', inputBorder: '#2F3134', inputBoxBg: '#2F3134', iconFg: '#9499A0',
};

export default {
  name: 'bilibili-dm',
  kind: 'chat',
  render(scene) {
    return phoneChat(scene, {
      ...(scene.dark ? dark : light),
      extraCss: '.left .bub{border-top-left-radius:2px}.right .bub{border-top-right-radius:2px}.sep span{font-size:11.5px}',
      inputHtml: '<div class="ic"></div><div class="box"></div><div class="ic"></div><div class="ic"></div>',
    });
  },
};
