// 支付宝 投诉详情 (the complaint a buyer files against a merchant from 账单详情 > 对此订单有疑问 >
// 投诉), as the buyer sees it on the phone: the blue status head (处理中 / 商家已回复 / 已完结, the
// deadline line), the progress steps (提交投诉 → 商家处理 → 投诉完结), the 投诉信息 card (投诉单号,
// 被投诉方, 投诉原因, 涉及金额, 交易单号, 商家订单号, 投诉时间), then 协商记录: the buyer's complaint
// and additions and the merchant's replies, each with a role tag and a time, and the bottom bar
// (补充说明, 撤销投诉, 完结投诉). Light or dark (`scene.dark`). Layout reconstructed; texts from the
// scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'alipay-complaint',
  kind: 'chat',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark ? { bg: '#0f0f0f', card: '#1c1c1e', fg: '#e6e6e6', sub: '#8e8e93', line: '#2c2c2e', me: '#16325c', mer: '#2a2a2c' } : { bg: '#F5F5F5', card: '#fff', fg: '#333', sub: '#999', line: '#EEEEEE', me: '#EAF3FF', mer: '#F7F7F7' };
    const x = scene.complaint;
    const step = x.step ?? 1;
    const steps = ['提交投诉', '商家处理', '投诉完结'].map((s, i) => `<div class="sp ${i <= step ? 'on' : ''}"><i></i>${t('span', 'label', s)}</div>`).join('<div class="sl"></div>');
    const recs = x.records.map((r) => {
      const who = r.from === 'buyer' ? '我' : r.from === 'merchant' ? (r.name ?? '商家') : '支付宝';
      const cls = r.from === 'buyer' ? 'me' : r.from === 'merchant' ? 'mer' : 'sys';
      return `<div class="rc ${cls}"><div class="rh">${t('span', 'label', who, 'class="tag"')}${r.title ? t('span', 'label', r.title, 'class="rtt"') : ''}${t('span', 'label', r.at, 'class="rt"')}</div>${t('div', r.from === 'platform' ? 'system' : r.from, r.text, 'class="rx"')}${r.images ? `<div class="ims">${Array.from({ length: r.images }, (_, i) => `<div class="im" style="background:linear-gradient(135deg,hsl(${200 + i * 40} 40% 70%),hsl(${240 + i * 40} 40% 45%))"></div>`).join('')}</div>` : ''}</div>`;
    }).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.app{display:flex;flex-direction:column;${scene.long ? 'min-height:100vh' : 'height:100vh'}}
.nav{background:${c.card};flex:none}
.nb{height:44px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:500}
.nb .bk{position:absolute;left:12px;font-size:24px}.nb .mr{position:absolute;right:14px;font-size:18px}
.sc{flex:1;overflow:hidden}
.hd{background:linear-gradient(135deg,#1677FF,#4096ff);color:#fff;padding:18px 18px 16px}
.hs{font-size:20px;font-weight:600}.hl{font-size:13px;opacity:.9;margin-top:6px;line-height:1.5}
.steps{display:flex;align-items:center;background:${c.card};padding:14px 16px;margin-bottom:10px}
.sp{display:flex;flex-direction:column;align-items:center;gap:5px;font-size:12px;color:${c.sub}}
.sp i{width:10px;height:10px;border-radius:50%;background:${c.line};display:block}
.sp.on{color:#1677FF}.sp.on i{background:#1677FF}
.sl{flex:1;height:1px;background:${c.line};margin:0 6px 16px}
.card{background:${c.card};margin:0 0 10px;padding:4px 16px}
.ct{font-size:15px;font-weight:600;padding:12px 0 6px}
.r{display:flex;justify-content:space-between;gap:16px;padding:9px 0;font-size:13.5px}
.r .k{color:${c.sub};white-space:nowrap}.r .v{text-align:right;overflow-wrap:anywhere}
.rc{padding:12px;border-radius:8px;margin:8px 0}
.rc.me{background:${c.me}}.rc.mer{background:${c.mer}}.rc.sys{background:${dark ? '#1d2a1d' : '#F2FAF0'}}
.rh{display:flex;align-items:center;gap:8px;margin-bottom:6px}
.tag{font-size:11.5px;padding:1px 6px;border-radius:3px;background:#1677FF;color:#fff}
.mer .tag{background:#FF8F1F}.sys .tag{background:#00B578}
.rtt{font-size:13px;font-weight:600}
.rt{margin-left:auto;font-size:12px;color:${c.sub}}
.rx{font-size:14px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.ims{display:flex;gap:6px;margin-top:8px}.im{width:64px;height:64px;border-radius:4px}
.bar{flex:none;background:${c.card};border-top:1px solid ${c.line};display:flex;gap:10px;padding:10px 14px ${scene._device.os === 'ios' ? 30 : 12}px}
.bar span{flex:1;text-align:center;height:40px;line-height:40px;border-radius:20px;border:1px solid ${c.line};font-size:14px}
.bar span:last-child{background:#1677FF;border-color:#1677FF;color:#fff}
`;
    const body = `<div class="app"><div class="nav">${topBar(scene, { bg: c.card, dark })}<div class="nb"><span class="bk">‹</span>${t('span', 'title', '投诉详情')}<span class="mr">···</span></div></div>
<div class="sc" data-scroll><div class="hd">${t('div', 'status', x.status, 'class="hs"')}${(x.lines ?? []).map((l) => t('div', 'body', l, 'class="hl"')).join('')}</div>
<div class="steps">${steps}</div>
<div class="card">${t('div', 'title', '投诉信息', 'class="ct"')}${x.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>
<div class="card">${t('div', 'title', '协商记录', 'class="ct"')}${recs}</div></div>
<div class="bar">${(x.buttons ?? ['补充说明', '撤销投诉', '完结投诉']).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body);
  },
};
