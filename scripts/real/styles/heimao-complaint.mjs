// A 黑猫投诉-like consumer complaint page (the public complaint site where buyers post a complaint
// against a merchant and the merchant answers in public), phone or desktop: the black head with
// the cat mark and the site's name, the complaint's title, its state pill (处理中 / 已回复 / 已完成),
// then the facts of the complaint (投诉编号, 投诉对象, 投诉问题, 投诉要求, 涉诉金额, 投诉进度), the
// buyer's statement, and the 投诉进度 timeline (each step with its time: 发起投诉, 审核通过,
// 分配商家, 商家回复 with the merchant's text, 用户确认 …). On desktop a right rail shows the
// merchant's reply rate. Layout reconstructed from the site; the texts come from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'heimao-complaint',
  kind: 'chat',
  render(scene) {
    const c = scene.complaint;
    const desk = scene._device.os === 'desktop';
    const facts = c.facts.map(([k, v]) => `<div class="f">${t('span', 'label', `${k}：`, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const steps = c.steps.map((s) => `<div class="step ${s.who ?? ''}"><i></i><div class="sh">${t('span', 'label', s.title, 'class="stt"')}${t('span', 'label', s.at, 'class="sat"')}</div>${s.text ? t('div', s.who === 'merchant' ? 'merchant' : s.who === 'buyer' ? 'buyer' : 'system', s.text, 'class="stx"') : ''}</div>`).join('');
    const tone = { done: '#2BA245', replied: '#1E7BE5', open: '#F08A24' }[c.tone ?? 'open'];
    const css = `
body{background:#F4F4F4;color:#222}
.head{background:#151515;color:#fff}
.bar{height:${desk ? 56 : 46}px;display:flex;align-items:center;gap:10px;padding:0 ${desk ? 60 : 14}px}
.logo{width:26px;height:26px;border-radius:50%;background:#fff;position:relative}.logo::before,.logo::after{content:"";position:absolute;top:-4px;width:0;height:0;border:6px solid transparent;border-bottom:9px solid #fff}
.logo::before{left:0}.logo::after{right:0}
.brand{font-size:${desk ? 20 : 17}px;font-weight:700;letter-spacing:1px}
.nav{margin-left:auto;font-size:14px;color:#ccc;display:${desk ? 'flex' : 'none'};gap:28px}
.btn{background:#E23B2E;color:#fff;font-size:13px;border-radius:15px;padding:5px 14px;margin-left:${desk ? 30 : 'auto'}}
.wrap{${desk ? 'width:1100px;margin:18px auto;display:flex;gap:18px' : ''}}
.main{flex:1;min-width:0}
.card{background:#fff;${desk ? 'border-radius:6px;padding:22px 28px;margin-bottom:14px' : 'padding:14px 16px;margin-bottom:8px'}}
.ttl{font-size:${desk ? 21 : 17}px;font-weight:700;line-height:1.45}
.pill{display:inline-block;font-size:12px;color:#fff;background:${tone};border-radius:3px;padding:2px 8px;margin-top:8px}
.meta{font-size:12px;color:#999;margin-left:10px}
.f{font-size:${desk ? 14.5 : 13.5}px;padding:5px 0;line-height:1.55;overflow-wrap:anywhere}.k{color:#888}
.desc{font-size:${desk ? 15 : 14}px;line-height:1.75;white-space:pre-wrap;overflow-wrap:anywhere;margin-top:10px;padding-top:10px;border-top:1px solid #f0f0f0}
.ch{font-size:${desk ? 16 : 15}px;font-weight:700;margin-bottom:10px}
.step{position:relative;padding:0 0 16px 20px;border-left:1.5px solid #E6E6E6;margin-left:5px}
.step:last-child{border-left-color:transparent}
.step i{position:absolute;left:-6px;top:3px;width:11px;height:11px;border-radius:50%;background:#CFCFCF}
.step.merchant i{background:#1E7BE5}.step.buyer i{background:#E23B2E}
.sh{display:flex;justify-content:space-between;gap:10px}.stt{font-size:14px;font-weight:600}.sat{font-size:12px;color:#999;white-space:nowrap}
.stx{font-size:${desk ? 14.5 : 13.5}px;line-height:1.65;margin-top:6px;background:#F7F7F7;border-radius:4px;padding:8px 10px;white-space:pre-wrap;overflow-wrap:anywhere}
.side{width:300px;flex:none}
.mer{font-size:15px;font-weight:700;margin-bottom:10px}.kv{display:flex;justify-content:space-between;font-size:13px;color:#666;padding:5px 0}
`;
    const side = desk && c.merchant
      ? `<div class="side"><div class="card">${t('div', 'value', c.merchant.name, 'class="mer"')}${(c.merchant.rows ?? []).map(([k, v]) => `<div class="kv">${t('span', 'label', k)}${t('span', 'value', v)}</div>`).join('')}</div></div>`
      : '';
    const body = `<div class="head">${topBar(scene, { dark: true, bg: '#151515' })}<div class="bar"><span class="logo"></span>${t('span', 'title', '黑猫投诉', 'class="brand"')}<span class="nav"><span>首页</span><span>投诉</span><span>商家</span><span>我的</span></span><span class="btn">我要投诉</span></div></div>
<div class="wrap"><div class="main">
<div class="card">${t('div', 'title', c.title, 'class="ttl"')}<div>${t('span', 'status', c.status, 'class="pill"')}${c.posted ? t('span', 'label', c.posted, 'class="meta"') : ''}</div></div>
<div class="card">${facts}${c.text ? t('div', 'buyer', c.text, 'class="desc"') : ''}</div>
<div class="card"><div class="ch">投诉进度</div>${steps}</div>
</div>${side}</div>`;
    return page(css, body);
  },
};
