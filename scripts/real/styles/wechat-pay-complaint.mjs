// 微信支付 消费者投诉 › 投诉详情 (the complaint a payer files from a bill's 对订单有疑惑 › 投诉商家, as
// shown in WeChat): the grey page, a white status card (处理中 / 商家已处理 / 已完成 in large type, a
// line under it), the complaint's rows (投诉单号, 被投诉商户, 问题类型, 问题描述, 投诉时间), the
// linked order card (商品, 金额, 商户单号, 交易单号), then 协商历史: a timeline, newest first, each
// node with the actor (你 / 商家 / 微信支付), the time, and what was said or done; the bottom
// buttons (补充凭证, 撤销投诉 or 确认已解决). `scene.dark` gives WeChat's dark mode. The fields follow
// WeChat Pay's consumer-complaint API (投诉单号, 问题类型, 问题描述, 投诉关联订单, 协商历史:
// https://pay.weixin.qq.com/doc/v3/merchant/4012533439 and
// https://pay.wechatpay.cn/doc/v3/partner/4012691648); the page layout is reconstructed (helper b44).
// `scene.complaint` { status, line, rows: [[k, v, role?]], order: [[k, v]], history: [{ who: 'buyer'|'merchant'|'system', at, text }], buttons }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'wechat-pay-complaint',
  kind: 'chat',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#111111', card: '#191919', fg: '#D5D5D5', sub: '#7F7F7F', line: '#262626', dot: '#3A3A3A', ordBg: '#202020' }
      : { bg: '#EDEDED', card: '#FFFFFF', fg: '#191919', sub: '#8C8C8C', line: '#EFEFEF', dot: '#D6D6D6', ordBg: '#F7F7F7' };
    const C = scene.complaint;
    const kv = (rows) => rows.map(([k, v, role]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}</div>`).join('');
    const WHO = { buyer: '你', merchant: '商家', system: '微信支付' };
    const hist = C.history.map((h, i) => `<div class="nd${i === 0 ? ' on' : ''}"><i></i><div class="nb"><div class="nh">${t('span', 'label', h.name ?? WHO[h.who])}${t('span', 'label', h.at, 'class="na"')}</div>${t('div', h.who, h.text, 'class="nt"')}</div></div>`).join('');
    const btns = (C.buttons ?? ['补充凭证', '撤销投诉']).map((b, i) => t('span', 'button', b, `class="btn${i === 0 ? ' pri' : ''}"`)).join('');
    const css = `
body{background:${c.bg};color:${c.fg}}
.app{display:flex;flex-direction:column;height:100vh}
.nav{height:46px;display:flex;align-items:center;justify-content:center;position:relative;font-size:16.5px;font-weight:500;background:${c.bg}}
.nav .bk{position:absolute;left:14px;font-size:24px;top:6px}
.sc{flex:1;overflow:hidden}
.card{background:${c.card};margin:0 12px 10px;border-radius:10px;padding:12px 16px}
.st{font-size:21px;font-weight:600}
.stl{font-size:13px;color:${c.sub};margin-top:5px;line-height:1.5}
.kv{display:flex;font-size:14px;padding:6px 0;line-height:1.5}
.k{width:80px;flex:none;color:${c.sub}}
.v{flex:1;overflow-wrap:anywhere}
.ord{background:${c.ordBg};border-radius:6px;padding:4px 10px;margin-top:6px}
.ord .kv{font-size:13px;padding:4px 0}
.h{font-size:15px;font-weight:600;margin-bottom:6px}
.nd{display:flex;gap:10px;position:relative;padding-bottom:12px}
.nd::before{content:"";position:absolute;left:4px;top:12px;bottom:-2px;width:1px;background:${c.dot}}
.nd:last-child::before{display:none}
.nd i{flex:none;width:9px;height:9px;border-radius:50%;background:${c.dot};margin-top:6px}
.nd.on i{background:#07C160}
.nb{flex:1;min-width:0}
.nh{display:flex;justify-content:space-between;font-size:12.5px;color:${c.sub}}
.nt{font-size:14px;line-height:1.55;margin-top:2px;overflow-wrap:anywhere}
.bot{flex:none;display:flex;gap:12px;padding:10px 16px ${scene._device.os === 'ios' ? 28 : 12}px;background:${c.bg}}
.btn{flex:1;text-align:center;font-size:15.5px;padding:10px 0;border-radius:6px;background:${dark ? '#2C2C2C' : '#FFFFFF'};color:${c.fg}}
.btn.pri{background:#07C160;color:#fff}
`;
    const body = `<div class="app">${topBar(scene, { dark, bg: c.bg })}<div class="nav"><span class="bk">‹</span>${t('span', 'title', '投诉详情')}</div>
<div class="sc"><div class="card">${t('div', 'status', C.status, 'class="st"')}${C.line ? t('div', 'body', C.line, 'class="stl"') : ''}</div>
<div class="card">${kv(C.rows)}${C.order ? `<div class="ord">${kv(C.order)}</div>` : ''}</div>
<div class="card"><div class="h">协商历史</div>${hist}</div></div>
<div class="bot">${btns}</div></div>`;
    return page(css, body);
  },
};
