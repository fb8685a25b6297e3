// A 自动发卡 shop's order page in dujiaoka's "hyper" theme (the Hyper admin look, unlike
// shop-order-query's plain table): the dark slate navbar (#313a46) with the shop name, the light
// #fafbfe page, a page title with breadcrumb, the 查询订单 tabs (订单号查询 / 邮箱查询 /
// 缓存查询), then an order card of "label：value" lines in two columns on desktop and one on a phone,
// the status as a soft badge, the 卡密 box and the shop's 购买须知 card. Phone and desktop.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'faka-hyper',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: ['#0acf97', '#0acf9726'], wait: ['#ffbc00', '#ffbc0026'], bad: ['#fa5c7c', '#fa5c7c26'] }[o.statusTone ?? 'ok'];
    const rows = o.rows.map(([k, v, role]) => `<div class="ln">${t('span', 'label', `${k}：`, 'class="k"')}${role === 'status' ? t('span', 'status', v, 'class="bd"') : t('span', role ?? 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:#fafbfe;color:#6c757d;font-size:14px}
.nav{height:${narrow ? 56 : 70}px;background:#313a46;display:flex;align-items:center;padding:0 ${narrow ? 16 : 40}px;gap:26px;color:#8391a2}
.logo{color:#fff;font-size:${narrow ? 17 : 20}px;font-weight:700;display:flex;align-items:center;gap:8px}
.logo i{display:inline-block;width:22px;height:22px;border-radius:5px;background:${scene.accent ?? '#727cf5'}}
.nav .ln2{margin-left:${narrow ? 'auto' : '0'}}
.wrap{max-width:1100px;margin:0 auto;padding:${narrow ? '8px 12px' : '10px 24px'}}
.pt{display:flex;align-items:center;justify-content:space-between;margin:${narrow ? 10 : 20}px 0 ${narrow ? 12 : 20}px}
.pt h4{margin:0;font-size:${narrow ? 16 : 18}px;color:#313a46;font-weight:700}
.bc{font-size:12.5px;color:#98a6ad}
.card{background:#fff;border-radius:4px;box-shadow:0 0 35px 0 rgba(154,161,171,.15);margin-bottom:${narrow ? 14 : 24}px;padding:${narrow ? '14px 14px' : '24px 28px'}}
.tabs{display:flex;gap:${narrow ? 14 : 24}px;border-bottom:1px solid #eef2f7;margin:-4px 0 14px;font-size:13.5px}
.tabs span{padding:6px 0 10px}.tabs .on{color:${scene.accent ?? '#727cf5'};border-bottom:2px solid ${scene.accent ?? '#727cf5'}}
.hd{font-size:${narrow ? 14.5 : 15}px;color:#313a46;font-weight:700;margin-bottom:12px;text-transform:none}
.grid{display:grid;grid-template-columns:${narrow ? '1fr' : '1fr 1fr'};gap:${narrow ? 10 : 14}px 40px}
.ln{line-height:1.5;overflow-wrap:anywhere}.k{color:#98a6ad}.v{color:#313a46}
.bd{background:${tone[1]};color:${tone[0]};padding:2px 9px;border-radius:3px;font-size:12.5px;font-weight:700}
.code{margin-top:14px;border:1px dashed #dee2e6;background:#f9fafd;border-radius:4px;padding:10px 12px;font-family:"Noto Sans Mono CJK SC",monospace;color:#313a46;overflow-wrap:anywhere}
.nt{line-height:1.8;font-size:13.5px}
.btn{display:inline-block;margin-top:14px;background:${scene.accent ?? '#727cf5'};color:#fff;padding:7px 16px;border-radius:3px;font-size:13.5px;box-shadow:0 2px 6px 0 ${scene.accent ?? '#727cf5'}80}
`;
    const body = `${topBar(scene, { bg: '#313a46', dark: true })}<div class="nav"><div class="logo"><i></i>${t('span', 'title', scene.shop)}</div><span class="ln2">首页</span><span>订单查询</span></div>
<div class="wrap"><div class="pt">${t('h4', 'title', '订单详情')}${narrow ? '' : '<span class="bc">首页 / 订单查询 / 订单详情</span>'}</div>
<div class="card"><div class="tabs"><span class="on">订单号查询</span><span>邮箱查询</span><span>缓存查询</span></div>
${t('div', 'title', '订单信息', 'class="hd"')}<div class="grid">${rows}</div>
${o.code ? t('div', 'value', o.code, 'class="code"') : ''}${o.button ? t('span', 'button', o.button, 'class="btn"') : ''}</div>
${o.note ? `<div class="card">${t('div', 'title', o.noteTitle ?? '购买须知', 'class="hd"')}${o.note.map((n) => t('div', 'body', n, 'class="nt"')).join('')}</div>` : ''}</div>`;
    return page(css, body);
  },
};
