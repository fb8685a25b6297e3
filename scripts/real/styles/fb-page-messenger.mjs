// A Facebook Page's chat in the Messenger app (a shop that sells through its Page): the Messenger
// title bar with the Page's round picture, its name and the Page's response line ("Typically
// replies within a day"), the Page's intro card at the top of the conversation (it scrolls away in a long one) (picture, name,
// likes, category such as "Video Game Store"), round bubbles (own in Messenger blue, the Page's
// grey), and the Page's automatic replies (`auto: true` on a message) drawn like other Page
// messages with a small grey "Automated" caption under them, as Messenger labels a business's
// automated responses. `scene.dark` gives the dark theme. Layout reconstructed; the texts come
// from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t, esc } from '../lib/common.mjs';

const intro = (fg, sub) => (scene) => scene.intro
  ? `<div style="text-align:center;padding:14px 20px 6px;color:${fg}">
<div style="width:64px;height:64px;border-radius:50%;margin:0 auto 8px;background:${scene.introColor ?? '#2D6CDF'};color:#fff;font-size:28px;font-weight:700;display:flex;align-items:center;justify-content:center">${esc(scene.title.slice(0, 1))}</div>
${t('div', 'title', scene.title, 'style="font-weight:700;font-size:17px"')}${t('div', 'body', scene.intro.likes, `style="font-size:12.5px;color:${sub};margin-top:3px"`)}${t('div', 'body', scene.intro.category, `style="font-size:12.5px;color:${sub};margin-top:2px"`)}</div>`
  : '';

const light = {
  bg: '#FFFFFF', fg: '#050505', titleBg: '#FFFFFF', titleFg: '#050505', titleWeight: 600, titleSize: 16.5,
  titleBorder: '1px solid #E4E6EB', selfBg: '#0A7CFF', selfFg: '#FFFFFF', otherBg: '#F0F0F0', otherFg: '#050505',
  radius: 18, pad: '8px 12px', sepFg: '#65676B', inputBg: '#FFFFFF', inputBorder: '#FFFFFF', inputBoxBg: '#F0F2F5',
  iconFg: '#0A7CFF', inputRadius: 20, noSelfAvatar: true, avatarRadius: 14, avatarSize: 28,
  subFg: '#65676B', back: '←', more: '✆ ⓘ', maxW: 250, fontSize: 15.5, card: intro('#050505', '#65676B'),
  extraCss: '.title{justify-content:flex-start;padding-left:48px}.title .sub{text-align:left}.title .more{color:#0A7CFF;letter-spacing:8px}.title .back{color:#0A7CFF}.row{padding:3px 12px}.sep span{font-size:11.5px;letter-spacing:.3px}.msgs{padding-top:0}.auto{font-size:11px;color:#8A8D91;margin:3px 0 2px 6px}',
};
const dark = {
  ...light, dark: true, bg: '#000000', fg: '#E4E6EB', titleBg: '#000000', titleFg: '#E4E6EB', titleBorder: '1px solid #242526',
  otherBg: '#303030', otherFg: '#E4E6EB', sepFg: '#B0B3B8', inputBg: '#000000', inputBorder: '#000000', inputBoxBg: '#242526',
  subFg: '#B0B3B8', card: intro('#E4E6EB', '#B0B3B8'),
};

export default {
  name: 'fb-page-messenger',
  kind: 'chat',
  render(scene) {
    const skin = scene.dark ? dark : light;
    const col = scene.introColor ?? '#2D6CDF';
    let html = phoneChat({ subtitle: 'Typically replies within a day', merchantAvatar: [scene.title.slice(0, 1), col], ...scene }, skin);
    // the Page's intro card opens the conversation and scrolls away with it
    html = html.replace('<div class="msgs" data-scroll>', `<div class="msgs" data-scroll>${skin.card(scene)}`);
    // the automated replies get their caption under the bubble
    for (const m of scene.messages.filter((x) => x.auto)) {
      const bub = `<div class="bub">${t('span', 'merchant', m.text)}</div>`;
      html = html.replace(bub, `${bub}${t('div', 'system', scene.autoLabel ?? 'Automated', 'class="auto"')}`);
    }
    return html;
  },
};
