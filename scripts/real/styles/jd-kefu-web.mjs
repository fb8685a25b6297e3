// 京东客服 on a desktop browser (the web chat window a buyer opens from jd.com's 我的订单 › 联系客服):
// Chrome's tab strip and address bar, the JD-red top bar with the 京东 mark, "京东客服" and the
// shop's name, the chat column (agent messages on the left with the agent's name and time above a
// white bubble, the buyer's on the right in pale red, centred grey notices such as "客服 xx 为您
// 服务"), the tool row and the input box with the red 发送 button; on the right the 订单信息 panel
// (the order the chat was opened from: goods, 订单编号, 下单时间, 金额, state) and 常见问题.
// Light only. Layout reconstructed from the site; the texts come from the scene.
import { t, page, esc } from '../lib/common.mjs';
import { chrome, chromeCss } from '../lib/browser-chrome.mjs';

export default {
  name: 'jd-kefu-web',
  kind: 'chat',
  render(scene) {
    const o = scene.order;
    const css = `${chromeCss(false)}
body{background:#F2F2F2;color:#333}
.app{display:flex;flex-direction:column;height:100vh}
.hd{flex:none;height:52px;background:#E1251B;color:#fff;display:flex;align-items:center;padding:0 22px;gap:14px}
.hd .lg{font-size:22px;font-weight:800;letter-spacing:1px}.hd .kf{font-size:16px;border-left:1px solid #ffffff80;padding-left:14px}
.hd .sh{font-size:14px;opacity:.92}.hd .u{margin-left:auto;font-size:13px;opacity:.9}
.main{flex:1;display:flex;gap:12px;padding:12px 22px;min-height:0}
.chat{flex:1;background:#fff;display:flex;flex-direction:column;min-width:0;border:1px solid #E6E6E6}
.msgs{flex:1;overflow:hidden;padding:12px 18px}
.r{display:flex;flex-direction:column;margin:10px 0}.r.me{align-items:flex-end}
.r .who{font-size:12px;color:#999;margin-bottom:4px}
.r .bb{max-width:560px;padding:9px 13px;border-radius:6px;font-size:14.5px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere;background:#F5F5F5;border:1px solid #EBEBEB}
.r.me .bb{background:#FDECEA;border-color:#F8D3CF}
.nt{text-align:center;font-size:12px;color:#999;margin:8px 0}
.tools{flex:none;height:34px;border-top:1px solid #E6E6E6;display:flex;align-items:center;gap:16px;padding:0 14px;color:#999;font-size:13px}
.ibox{flex:none;height:96px;padding:8px 14px;position:relative}
.ibox .s{position:absolute;right:14px;bottom:12px;background:#E1251B;color:#fff;font-size:13.5px;padding:6px 20px;border-radius:3px}
.side{width:330px;flex:none;display:flex;flex-direction:column;gap:12px}
.pn{background:#fff;border:1px solid #E6E6E6;padding:12px 14px}
.pn .h{font-size:14.5px;font-weight:600;margin-bottom:10px;border-left:3px solid #E1251B;padding-left:8px}
.g{display:flex;gap:10px;margin-bottom:8px}.g .pic{width:60px;height:60px;flex:none;background:linear-gradient(135deg,${scene.cover ?? '#FF6B6B,#C81E1E'});border-radius:3px}
.g .tt{font-size:13px;line-height:1.45}.row{display:flex;justify-content:space-between;gap:10px;font-size:13px;padding:4px 0}
.row .k{color:#999;white-space:nowrap}.row .v{text-align:right;overflow-wrap:anywhere}
.faq{font-size:13px;color:#666;line-height:2}
`;
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="nt">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      return `<div class="r ${me ? 'me' : ''}"><div class="who">${esc(me ? `${scene.me ?? '我'}  ${m.at ?? ''}` : `${m.name ?? scene.agent}  ${m.at ?? ''}`)}</div><div class="bb">${t('span', m.from, m.text)}</div></div>`;
    }).join('\n');
    const body = `<div class="app">${chrome(scene, { url: scene.url ?? 'jdcs.jd.com/chat/index.action', tab: '京东客服', fav: '#E1251B' })}
<div class="hd"><span class="lg">JD 京东</span><span class="kf">京东客服</span>${t('span', 'title', scene.shop, 'class="sh"')}<span class="u">${esc(scene.me ?? '')}</span></div>
<div class="main"><div class="chat"><div class="msgs" data-scroll>${rows}</div>
<div class="tools"><span>☺</span><span>✂</span><span>🖼</span><span>评价</span></div><div class="ibox"><span class="s">发送</span></div></div>
<div class="side">${o ? `<div class="pn">${t('div', 'title', '订单信息', 'class="h"')}<div class="g"><div class="pic"></div>${t('div', 'value', o.product, 'class="tt"')}</div>
${o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>` : ''}
<div class="pn">${t('div', 'title', '常见问题', 'class="h"')}<div class="faq">${(scene.faq ?? ['如何申请售后？', '退款多久到账？', '虚拟商品能退吗？']).map((f) => `<div>${esc(f)}</div>`).join('')}</div></div></div></div></div>`;
    return page(css, body);
  },
};
