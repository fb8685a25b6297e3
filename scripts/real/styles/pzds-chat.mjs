// 盼之 (pzds) in-app chat between a buyer and a seller of a game account: white header with the
// counterpart's name and "盼之担保交易", an order card pinned under it (商品, 订单号, 状态), light-grey
// background, blue own bubbles and white others, the platform's grey notices. `scene.dark` gives
// the dark theme. Layout reconstructed; the texts come from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const pin = (fg, bg, sub) => (scene) => scene.pin
  ? `<div style="background:${bg};margin:8px 10px 0;border-radius:8px;padding:9px 11px;display:flex;gap:9px;align-items:center;font-size:13px;color:${fg}">
<div style="width:44px;height:44px;border-radius:6px;background:linear-gradient(135deg,#4B7BFF,#9D6BFF);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'value', scene.pin.title, 'style="font-weight:600;line-height:1.35"')}${t('div', 'value', `订单号 ${scene.pin.order}`, `style="color:${sub};font-size:11.5px;margin-top:2px"`)}</div>
${t('span', 'status', scene.pin.status, 'style="color:#FF6A00;font-size:12.5px;white-space:nowrap"')}</div>`
  : '';

const light = {
  bg: '#F3F4F7', fg: '#222', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 600, titleSize: 17, titleBorder: '1px solid #EEE',
  selfBg: '#3D7CFF', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#222', radius: 12, pad: '9px 12px',
  sepFg: '#999', sepBg: '#E6E8ED', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F3F4F7', iconFg: '#3D7CFF', inputRadius: 18,
  subFg: '#3D7CFF', maxW: 244, fontSize: 15, banner: pin('#222', '#FFFFFF', '#888'),
};
const dark = {
  ...light, dark: true, bg: '#111214', fg: '#EEE', titleBg: '#1B1C1F', titleFg: '#EEE', titleBorder: '1px solid #26272B',
  selfBg: '#2F5FD0', selfFg: '#F2F5FF', otherBg: '#25262A', otherFg: '#E8E8E8', sepBg: '#25262A', sepFg: '#8D8F96',
  inputBg: '#1B1C1F', inputBorder: '#26272B', inputBoxBg: '#25262A', banner: pin('#E8E8E8', '#1E1F23', '#8D8F96'),
};

export default {
  name: 'pzds-chat',
  kind: 'chat',
  render: (scene) => phoneChat({ subtitle: '盼之担保交易', ...scene }, scene.dark ? dark : light),
};
