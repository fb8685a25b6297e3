// 米哈游 / 原神 充值 result page (the web top-up centre on a phone): dark-blue header with the
// game's name, a large result mark and title (充值成功 / 充值处理中), the order facts as
// label–value rows (游戏, 服务器, 角色UID, 商品, 实付金额, 订单号, 支付时间) and the buttons.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'mihoyo-topup',
  kind: 'order',
  render(scene) {
    const r = scene.result;
    const ok = r.tone !== 'wait';
    const css = `
body{background:#F3F0EA;color:#3b4354}
.hd{height:50px;background:#2f3a54;color:#f2e6cf;display:flex;align-items:center;justify-content:center;font-size:17px;position:relative;font-weight:600}
.hd .b{position:absolute;left:14px;font-size:22px}
.res{text-align:center;padding:28px 0 18px;background:linear-gradient(180deg,#2f3a54,#4a5a7d 60%,#F3F0EA 60%)}
.mk{width:68px;height:68px;border-radius:34px;background:${ok ? '#d3bc8e' : '#9aa6bd'};color:#fff;font-size:40px;line-height:68px;margin:0 auto;border:4px solid #fff}
.rt{font-size:20px;font-weight:700;margin-top:10px;color:#3b4354}
.rs{font-size:13px;color:#8a8f9c;margin-top:4px;padding:0 24px}
.card{margin:10px 14px;background:#fff;border-radius:10px;padding:4px 16px;box-shadow:0 1px 4px #0000000d}
.row{display:flex;justify-content:space-between;gap:14px;padding:11px 0;border-bottom:1px solid #f1ede4;font-size:14px}
.row:last-child{border:0}.k{color:#8a8f9c;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.bt{display:flex;gap:12px;margin:18px 14px}
.bt span{flex:1;height:42px;border-radius:21px;display:flex;align-items:center;justify-content:center;font-size:15px}
.b1{background:#fff;border:1px solid #d3bc8e;color:#a4884f}.b2{background:#3b4354;color:#f2e6cf}
`;
    const body = `${topBar(scene, { bg: '#2f3a54', dark: true })}<div class="hd"><span class="b">‹</span>${t('span', 'title', scene.header ?? '原神 · 充值中心')}</div>
<div class="res"><div class="mk">${ok ? '✓' : '…'}</div>${t('div', 'status', r.title, 'class="rt"')}${r.sub ? t('div', 'body', r.sub, 'class="rs"') : ''}</div>
<div class="card">${r.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>
<div class="bt">${t('span', 'button', '查看记录', 'class="b1"')}${t('span', 'button', '继续充值', 'class="b2"')}</div>`;
    return page(css, body);
  },
};
