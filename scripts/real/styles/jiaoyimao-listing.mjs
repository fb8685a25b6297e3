// 交易猫 (jiaoyimao.com) 商品详情 of a game account listing in the app, as a buyer saves it before or
// after buying: the status bar over a picture carousel (grey gradient, a "1/6" counter), the price
// row (the orange ¥ price, 想要 and 浏览 counts), the title with the game and 区服 tag, the 保障 chips
// (找回包赔, 官方验号 …), the 商品属性 grid (label–value pairs the seller filled in), the 卖家描述
// paragraph, the 交易须知 block (the platform's and the seller's terms, grey), and the fixed bottom
// bar (客服, 收藏, an orange 立即购买 or a grey 已售出). `scene.dark` gives the app's dark theme.
// Layout reconstructed from the app's look (helper b44); texts from the scene:
// `scene.listing` { game, title, price, stats, chips, attrs: [[k, v]], desc: [lines], notes: [lines], sold?, buy? }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'jiaoyimao-listing',
  kind: 'policy',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#121212', card: '#1E1E1E', fg: '#E6E6E6', sub: '#8E8E8E', line: '#2A2A2A', chipBg: '#3A2614', tagBg: '#2B2B2B', note: '#9A9A9A' }
      : { bg: '#F4F5F7', card: '#FFFFFF', fg: '#222222', sub: '#999999', line: '#F0F0F0', chipBg: '#FFF1E6', tagBg: '#F2F3F5', note: '#777777' };
    const L = scene.listing;
    const chips = (L.chips ?? []).map((x) => t('span', 'value', x, 'class="chip"')).join('');
    const attrs = (L.attrs ?? []).map(([k, v]) => `<div class="at">${t('span', 'label', k, 'class="ak"')}${t('span', 'value', v, 'class="av"')}</div>`).join('');
    const desc = (L.desc ?? []).map((x) => t('p', 'body', x)).join('');
    const notes = (L.notes ?? []).map((x, i) => t('p', 'body', `${i + 1}. ${x}`)).join('');
    const css = `
body{background:${c.bg};color:${c.fg}}
.app{height:100vh;display:flex;flex-direction:column}
.scroll{flex:1;overflow:hidden;position:relative}
.hero{height:${scene.heroH ?? 230}px;background:linear-gradient(150deg,${dark ? '#3a3f4a,#1f232b' : '#c9d3e6,#7f8fb0'});position:relative}
.hero .nav{position:absolute;top:0;left:0;right:0;display:flex;justify-content:space-between;padding:8px 12px}
.hero .nav span{width:30px;height:30px;border-radius:50%;background:#0005;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px}
.hero .cnt{position:absolute;right:12px;bottom:10px;background:#0006;color:#fff;font-size:11px;border-radius:10px;padding:2px 8px}
.blk{background:${c.card};margin-bottom:8px;padding:12px 14px}
.price{display:flex;align-items:baseline;justify-content:space-between}
.price b{color:#FF6A00;font-size:26px;font-family:"Liberation Sans","DejaVu Sans",sans-serif}
.price span{font-size:12px;color:${c.sub}}
.ttl{font-size:16px;font-weight:600;line-height:1.45;margin-top:6px}
.gtag{display:inline-block;font-size:11.5px;background:${c.tagBg};color:${c.sub};border-radius:3px;padding:1px 6px;margin-right:6px;vertical-align:2px;font-weight:400}
.chips{margin-top:8px;display:flex;flex-wrap:wrap;gap:6px}
.chip{font-size:11.5px;color:#FF6A00;background:${c.chipBg};border-radius:3px;padding:2px 7px}
.h{font-size:15px;font-weight:600;margin-bottom:8px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:6px 12px}
.at{font-size:13px;line-height:1.45}
.ak{color:${c.sub};margin-right:6px}
.desc p,.notes p{margin:0 0 5px;font-size:13.5px;line-height:1.6}
.notes p{color:${c.note};font-size:12.5px}
.bar{flex:none;background:${c.card};border-top:1px solid ${c.line};display:flex;align-items:center;padding:8px 12px ${scene._device.os === 'ios' ? 26 : 8}px;gap:16px}
.bar .ic{font-size:11px;color:${c.sub};text-align:center;width:34px}
.bar .ic i{display:block;width:20px;height:20px;border:1.6px solid ${c.sub};border-radius:50%;margin:0 auto 2px}
.buy{flex:1;height:40px;border-radius:20px;background:${L.sold ? (dark ? '#444' : '#C8C8C8') : 'linear-gradient(90deg,#FF9A2E,#FF6A00)'};color:#fff;font-size:15.5px;display:flex;align-items:center;justify-content:center}
`;
    const body = `<div class="app">
<div style="background:${c.card}">${topBar(scene, { dark, bg: c.card })}</div>
<div class="scroll">
<div class="hero"><div class="nav"><span>‹</span><span>⋯</span></div><div class="cnt">1/6</div></div>
<div class="blk"><div class="price">${t('b', 'value', L.price)}${t('span', 'body', L.stats ?? '')}</div>
<div class="ttl"><span class="gtag">${t('span', 'value', L.game)}</span>${t('span', 'title', L.title)}</div>
<div class="chips">${chips}</div></div>
${attrs ? `<div class="blk"><div class="h">商品属性</div><div class="grid">${attrs}</div></div>` : ''}
${desc ? `<div class="blk desc"><div class="h">卖家描述</div>${desc}</div>` : ''}
${notes ? `<div class="blk notes"><div class="h">交易须知</div>${notes}</div>` : ''}
</div>
<div class="bar"><div class="ic"><i></i>客服</div><div class="ic"><i></i>收藏</div>${t('div', 'button', L.buy ?? (L.sold ? '已售出' : '立即购买'), 'class="buy"')}</div>
</div>`;
    return page(css, body);
  },
};
