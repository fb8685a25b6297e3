// 拼多多 (Pinduoduo) app, the 卡密信息 page of a 卡券 order (opened from 订单详情 › 查看卡密): the white
// nav bar "卡密信息", a pale yellow strip with the shop's reminder, the goods row (thumb, title,
// spec, ¥price), one white card per delivered code (卡号 and 卡密 masked, each with 复制, the 有效期
// and the 发放时间), the 使用说明 list, the 订单编号 line and the bottom bar (联系商家 and the red
// 复制全部). Light only (the app has no dark theme). Layout reconstructed; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'pdd-card-detail',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const css = `
body{background:#F4F4F4;color:#151516}
.app{display:flex;flex-direction:column;height:100vh}
.nav{height:46px;background:#fff;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600;flex:none}
.nav .b{position:absolute;left:12px;font-size:24px;font-weight:400}
.tip{background:#FFF8E1;color:#8A5A00;font-size:12.5px;line-height:1.5;padding:8px 14px;flex:none}
.body{flex:1;overflow:hidden}
.g{background:#fff;display:flex;gap:10px;padding:12px 14px;margin-bottom:8px}
.g .pic{width:64px;height:64px;border-radius:6px;flex:none;background:linear-gradient(135deg,${scene.cover ?? '#3AB0FF,#0069D9'})}
.g .tt{font-size:14px;line-height:1.4}.g .sp{font-size:12px;color:#9C9C9C;margin-top:3px}.g .pr{font-size:14px;color:#E02E24;margin-top:3px}
.c{background:#fff;margin:0 10px 8px;border-radius:8px;padding:10px 12px}
.c .n{font-size:12.5px;color:#9C9C9C;margin-bottom:4px}
.row{display:flex;align-items:center;gap:8px;padding:5px 0;font-size:14px}
.k{color:#58595B;width:64px;flex:none}.v{flex:1;overflow-wrap:anywhere;font-family:"DejaVu Sans Mono","Noto Sans CJK SC",monospace;font-size:13.5px}
.cp{font-size:12px;color:#E02E24;border:1px solid #E02E24;border-radius:12px;padding:1px 9px;flex:none}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}.txt{font-size:12.5px;line-height:1.65;color:#58595B}
.foot{flex:none;background:#fff;border-top:1px solid #EEE;padding:8px 12px ${scene._device.os === 'ios' ? 28 : 10}px;display:flex;justify-content:flex-end;gap:10px}
.foot span{border:1px solid #CCC;border-radius:17px;padding:6px 15px;font-size:14px}
.foot span:last-child{background:#E02E24;border-color:#E02E24;color:#fff}
`;
    const cards = o.cards.map((c, i) => `<div class="c"><div class="n">${t('span', 'label', `卡密${o.cards.length > 1 ? i + 1 : ''}`)}</div>
${c.rows.map(([k, v, copy]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}${copy ? '<span class="cp">复制</span>' : ''}</div>`).join('')}</div>`).join('');
    const body = `<div class="app">${topBar(scene, { bg: '#fff' })}<div class="nav"><span class="b">‹</span>${t('span', 'title', '卡密信息')}</div>
${o.tip ? t('div', 'body', o.tip, 'class="tip"') : ''}
<div class="body"><div class="g"><div class="pic"></div><div>${t('div', 'value', o.product, 'class="tt"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}${t('div', 'value', o.price, 'class="pr"')}</div></div>
${cards}
${o.usage ? `<div class="c">${t('div', 'title', '使用说明', 'class="h"')}${o.usage.map((l) => t('div', 'body', l, 'class="txt"')).join('')}</div>` : ''}
<div class="c">${o.info.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k" style="width:auto"')}${t('span', 'value', v, 'class="v" style="text-align:right;font-family:inherit"')}</div>`).join('')}</div>
</div>
<div class="foot">${(o.buttons ?? ['联系商家', '复制全部']).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body);
  },
};
