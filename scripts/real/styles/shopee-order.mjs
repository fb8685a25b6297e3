// A Shopee (蝦皮購物) order-detail screen in the phone app, Taiwan or Southeast Asia: the white
// title bar, the teal or orange status banner (待出貨 / 已完成 / To Ship / Completed …) with its
// line under it, the shop row with 聊聊 / Chat, the product row (thumbnail, title, variation, ×1,
// price), 訂單金額 / Order Total, then label–value rows (訂單編號, 付款方式, 訂單成立時間 …), an
// optional product-description or delivered-code card and the bottom buttons. `scene.dark` gives
// the dark theme; `scene.lang` 'en' the English chrome. Layout reconstructed; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const CHROME = {
  'zh-Hant': { title: '訂單詳情', chat: '聊聊', total: '訂單金額', virtual: '數位商品 · 免運送' },
  en: { title: 'Order Details', chat: 'Chat', total: 'Order Total', virtual: 'Digital product · no shipping' },
};

export default {
  name: 'shopee-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const L = CHROME[scene.lang ?? 'zh-Hant'];
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#0f0f0f', card: '#1c1c1c', fg: '#e8e8e8', sub: '#9a9a9a', line: '#2a2a2a' } : { bg: '#f5f5f5', card: '#fff', fg: '#222', sub: '#888', line: '#f0f0f0' };
    const banner = { wait: '#EE4D2D', ok: '#26AA99', bad: '#757575' }[o.tone ?? 'wait'];
    const rows = o.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.app{min-height:100vh;display:flex;flex-direction:column}
.tb{background:${c.card};height:50px;display:flex;align-items:center;padding:0 14px;gap:14px;font-size:17px;border-bottom:1px solid ${c.line}}
.tb .bk{color:#EE4D2D;font-size:22px}
.st{background:${banner};color:#fff;padding:16px 16px 18px}
.st .s1{font-size:17px;font-weight:600}.st .s2{font-size:13px;margin-top:5px;line-height:1.5;opacity:.95}
.box{background:${c.card};margin-top:8px}
.vt{padding:11px 16px;color:${c.sub};font-size:13px;border-bottom:1px solid ${c.line}}
.shop{display:flex;align-items:center;gap:8px;padding:11px 16px;border-bottom:1px solid ${c.line}}
.shop .tag{background:#EE4D2D;color:#fff;font-size:10.5px;padding:1px 4px;border-radius:2px}
.shop .nm{flex:1;font-weight:600}.shop .ch{color:#EE4D2D;border:1px solid #EE4D2D;border-radius:2px;font-size:12.5px;padding:2px 8px}
.item{display:flex;gap:10px;padding:12px 16px}
.item .th{width:72px;height:72px;flex:none;border-radius:2px;background:linear-gradient(135deg,#3b82f6,#a855f7)}
.item .tt{line-height:1.4;overflow-wrap:anywhere}.item .va{color:${c.sub};font-size:12.5px;margin-top:4px}
.item .pr{display:flex;justify-content:space-between;margin-top:6px;font-size:13px}.item .pr .p{color:#EE4D2D}
.tot{display:flex;justify-content:space-between;padding:12px 16px;border-top:1px solid ${c.line}}
.tot .a{color:#EE4D2D;font-size:17px;font-weight:600}
.r{display:flex;justify-content:space-between;gap:14px;padding:10px 16px;font-size:13.5px}
.r .k{color:${c.sub};flex:none}.r .v{text-align:right;overflow-wrap:anywhere}
.nt{padding:12px 16px;font-size:13px;line-height:1.65}.nt .h{font-weight:600;margin-bottom:4px}
.bt{margin-top:auto;background:${c.card};display:flex;justify-content:flex-end;gap:10px;padding:10px 14px ${scene._device.os === 'ios' ? 30 : 12}px;border-top:1px solid ${c.line}}
.bt span{border:1px solid ${d ? '#444' : '#ccc'};border-radius:2px;padding:8px 14px;font-size:13.5px}.bt span.main{background:#EE4D2D;border-color:#EE4D2D;color:#fff}
`;
    const body = `<div class="app">${topBar(scene, { bg: c.card, dark: d })}<div class="tb"><span class="bk">←</span>${t('span', 'title', L.title)}</div>
<div class="st">${t('div', 'status', o.status, 'class="s1"')}${o.statusSub ? t('div', 'body', o.statusSub, 'class="s2"') : ''}</div>
<div class="box">${t('div', 'label', L.virtual, 'class="vt"')}<div class="shop"><span class="tag">${scene.lang === 'en' ? 'Mall' : '蝦皮'}</span>${t('span', 'value', o.shop, 'class="nm"')}${t('span', 'button', L.chat, 'class="ch"')}</div>
<div class="item"><div class="th"></div><div style="flex:1;min-width:0">${t('div', 'value', o.product, 'class="tt"')}${o.variation ? t('div', 'value', o.variation, 'class="va"') : ''}<div class="pr">${t('span', 'value', '×1')}${t('span', 'value', o.price, 'class="p"')}</div></div></div>
<div class="tot">${t('span', 'label', L.total)}${t('span', 'value', o.total ?? o.price, 'class="a"')}</div></div>
<div class="box">${rows}</div>
${o.note ? `<div class="box nt">${t('div', 'title', o.noteTitle, 'class="h"')}${o.note.map((n) => t('div', 'body', n)).join('')}</div>` : ''}
${o.buttons ? `<div class="bt">${o.buttons.map((b, i) => t('span', 'button', b, i === o.buttons.length - 1 ? 'class="main"' : '')).join('')}</div>` : ''}</div>`;
    return page(css, body);
  },
};
