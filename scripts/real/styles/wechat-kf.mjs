// 微信客服 (WeChat customer service run from 企业微信, the chat a shop's "联系客服" link opens inside
// WeChat): WeChat's own chat colours (light #EDEDED page with green own bubbles, or WeChat's dark
// mode), the title with the 客服 account's name and a small grey line under it naming the company
// that runs it, the shop's menu messages (msgmenu: a head text, a list of blue tappable items and a
// tail text, as the 微信客服 send_msg API defines them: https://developer.work.weixin.qq.com/document/path/96427)
// and the grey system notices ("客服xx已接入"), then the input bar. Messages: as lib/chat.mjs, plus
// `{ from: 'merchant', type: 'menu', head, items: [...], tail }`. Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';
import { esc, t } from '../lib/common.mjs';
import { withOverlays } from '../lib/overlay.mjs';

const light = {
  bg: '#EDEDED', fg: '#111', titleBg: '#EDEDED', titleFg: '#111', titleWeight: 500, subFg: '#8C8C8C',
  selfBg: '#95EC69', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', tail: true, radius: 4,
  sepFg: '#A8A8A8', inputBg: '#F7F7F7', inputBorder: '#E0E0E0', inputBoxBg: '#FFFFFF', iconFg: '#333',
  avatarRadius: 4, back: '‹', more: '···', link: '#576B95', rule: '#E5E5E5',
};
const dark = {
  ...light, dark: true, bg: '#111111', fg: '#D5D5D5', titleBg: '#191919', titleFg: '#D5D5D5', subFg: '#6F6F6F',
  selfBg: '#3EB575', selfFg: '#0B0B0B', otherBg: '#2C2C2C', otherFg: '#D5D5D5', sepFg: '#6A6A6A',
  inputBg: '#1E1E1E', inputBorder: '#2A2A2A', inputBoxBg: '#2C2C2C', iconFg: '#BBB', link: '#7D90A9', rule: '#3A3A3A',
};

export default {
  name: 'wechat-kf',
  kind: 'chat',
  render(scene) {
    const skin = {
      ...(scene.dark ? dark : light),
      buyerAvatar: ['🐼', '#b7c4d1'],
      merchantAvatar: [scene.kfChar ?? '客', scene.kfColor ?? '#2F7CF6'],
    };
    const menus = [];
    const messages = scene.messages.map((m) => {
      if (m.type !== 'menu') return m;
      menus.push(m);
      return { from: m.from, text: `§MENU${menus.length - 1}§` };
    });
    let html = phoneChat({ ...scene, subtitle: scene.corpName ? `${scene.corpName}提供服务` : scene.subtitle, messages }, {
      ...skin,
      extraCss: `.menu-i{display:block;color:${skin.link};padding:7px 0;border-top:0.5px solid ${skin.rule}}
.menu-h{display:block;padding-bottom:6px}.menu-t{display:block;padding-top:6px;border-top:0.5px solid ${skin.rule};font-size:14px;opacity:.75}`,
    });
    menus.forEach((m, i) => {
      const inner = `${m.head ? t('span', 'merchant', m.head, 'class="menu-h"') : ''}${m.items.map((it) => t('span', 'button', it, 'class="menu-i"')).join('')}${m.tail ? t('span', 'merchant', m.tail, 'class="menu-t"') : ''}`;
      html = html.replace(`<span data-role="merchant" >${esc(`§MENU${i}§`)}</span>`, inner);
    });
    return withOverlays(html, scene, Boolean(scene.dark));
  },
};
