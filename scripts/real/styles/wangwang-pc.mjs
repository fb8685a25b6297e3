// 阿里旺旺 / 千牛 desktop chat as a Taobao buyer sees it: the orange title strip, the contact list
// on the left, the chat in the middle where every message sits under "name  time" (own name green,
// the shop blue), the grey 自动回复 notices, and on the right the 订单 panel (order number,
// product, amount, status). Layout reconstructed; the texts come from the scene.
import { esc, t, page, avatar } from '../lib/common.mjs';

export default {
  name: 'wangwang-pc',
  kind: 'chat',
  render(scene) {
    const contacts = (scene.contacts ?? [scene.title, '淘宝小蜜', '系统消息'])
      .map((c, i) => `<div class="ct ${i === 0 ? 'on' : ''}">${avatar(c.slice(0, 1), ['#FF6A00', '#36c275', '#4fa3ff'][i % 3], 34, 17)}${t('span', 'label', c, 'class="cn"')}</div>`).join('');
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const name = m.from === 'buyer' ? scene.buyerName : scene.merchantName;
      const body = m.type === 'image'
        ? '<div style="width:170px;height:110px;border-radius:3px;background:linear-gradient(135deg,#667,#a88)"></div>'
        : t('div', m.from, m.text, 'class="tx"');
      return `<div class="m">${t('div', 'label', `${name}  ${m.at}`, `class="hd ${m.from === 'buyer' ? 'me' : 'other'}"`)}${m.auto ? t('span', 'system', '[自动回复]', 'class="auto"') : ''}${body}</div>`;
    }).join('');
    const o = scene.panel;
    const side = o ? `<div class="rp">${t('div', 'title', '订单', 'class="rh"')}
<div class="oc"><div class="th"></div>${t('div', 'value', o.title, 'class="ot"')}</div>
${o.rows.map(([k, v]) => `<div class="or">${t('span', 'label', k, 'class="ok"')}${t('span', 'value', v)}</div>`).join('')}</div>` : '';
    const css = `
body{background:#fff;font-size:13.5px;color:#222}
.bar{height:38px;background:linear-gradient(90deg,#FF7A00,#FF5000);color:#fff;display:flex;align-items:center;padding:0 14px;gap:12px;font-size:13px}
.bar .ctl{margin-left:auto;letter-spacing:20px}
.win{display:flex;height:calc(100vh - 38px)}
.side{width:230px;background:#F7F7F7;border-right:1px solid #E5E5E5;padding-top:8px}
.ct{display:flex;gap:10px;align-items:center;padding:10px 12px}
.ct.on{background:#FFE9D9}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.head{height:48px;border-bottom:1px solid #EEE;display:flex;align-items:center;padding:0 18px;font-size:15.5px;font-weight:600}
.body{flex:1;padding:12px 22px;overflow:hidden}
.m{margin:0 0 13px}
.hd{font-size:12px;margin-bottom:3px;white-space:pre}
.hd.me{color:#15A05A}.hd.other{color:#1E6FD9}
.auto{font-size:12px;color:#999;padding-left:12px}
.tx{font-size:14px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere;padding-left:12px;max-width:${scene.lineW ?? 640}px}
.sys{text-align:center;color:#999;font-size:12px;margin:6px 0 10px}
.tool{height:32px;border-top:1px solid #EEE;display:flex;gap:14px;align-items:center;padding:0 16px}
.tool i{display:inline-block;width:17px;height:17px;border:1.5px solid #999;border-radius:3px}
.edit{height:110px;position:relative}
.send{position:absolute;right:18px;bottom:12px;background:#FF5000;color:#fff;font-size:13px;padding:5px 18px;border-radius:3px}
.rp{width:280px;border-left:1px solid #E5E5E5;padding:12px 14px;background:#FCFCFC}
.rh{font-weight:600;font-size:14px;margin-bottom:10px;color:#FF5000}
.oc{display:flex;gap:8px;margin-bottom:10px}
.th{width:54px;height:54px;border-radius:4px;background:linear-gradient(135deg,#ffb36b,#ff5000);flex:none}
.ot{font-size:13px;line-height:1.4}
.or{font-size:12.5px;margin:7px 0;overflow-wrap:anywhere}
.ok{color:#888;margin-right:6px}
`;
    const body = `<div class="bar">${t('span', 'label', '阿里旺旺')}<span class="ctl">—▢✕</span></div>
<div class="win"><div class="side">${contacts}</div><div class="main">
<div class="head">${t('span', 'title', scene.title)}</div>
<div class="body" data-scroll>${msgs}</div>
<div class="tool"><i></i><i></i><i></i><i></i></div>
<div class="edit"><span class="send">${esc('发送')}</span></div></div>${side}</div>`;
    return page(css, body);
  },
};
