// A 闲鱼小法庭-like dispute page (闲鱼's community jury for buyer–seller disputes) on a phone: the
// yellow head with the case's title and its state (评审中 with the time left, or 已判定 with the
// result), the vote bar (支持买家 / 支持卖家, counts and a split bar) once jurors have voted, the
// 订单信息 card (订单编号, 商品, 成交价, 付款时间 …), then the two statements — 买家陈述 and
// 卖家陈述, each with the side's time and its text and picture count — and the bottom note that
// jurors are ordinary 闲鱼 users. Light only. Layout reconstructed from the app's public pages;
// the texts come from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'xianyu-court',
  kind: 'chat',
  render(scene) {
    const c = scene.court;
    const rows = c.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const side = (who, s) => s
      ? `<div class="card"><div class="sh"><span class="tag ${who}">${who === 'buyer' ? '买家陈述' : '卖家陈述'}</span>${t('span', 'label', s.at, 'class="at"')}</div>
${t('div', who === 'buyer' ? 'buyer' : 'merchant', s.text, 'class="tx"')}
${s.pics ? `<div class="pics">${Array.from({ length: s.pics }, (_, i) => `<div class="pic" style="filter:hue-rotate(${i * 50}deg)"></div>`).join('')}</div>` : ''}</div>`
      : '';
    const v = c.votes;
    const total = v ? v[0] + v[1] : 0;
    const bar = v
      ? `<div class="card"><div class="vt">${t('span', 'value', `支持买家 ${v[0]}票`, 'class="vb"')}${t('span', 'value', `支持卖家 ${v[1]}票`, 'class="vs"')}</div>
<div class="bar"><i style="width:${total ? (v[0] / total) * 100 : 50}%"></i></div>${c.voteNote ? t('div', 'body', c.voteNote, 'class="vn"') : ''}</div>`
      : '';
    const css = `
body{background:#F6F6F6;color:#111}
.top{background:linear-gradient(180deg,#FFE60F,#FFF3A6 80%,#F6F6F6)}
.hd{height:46px;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;position:relative}
.hd .b{position:absolute;left:14px;font-size:22px}.hd .r{position:absolute;right:14px;font-size:13px;font-weight:400;color:#555}
.st{padding:6px 18px 20px}.ttl{font-size:19px;font-weight:700;line-height:1.4}
.badge{display:inline-block;margin-top:8px;font-size:12.5px;background:#111;color:#FFE60F;border-radius:12px;padding:3px 10px}
.st2{font-size:12.5px;color:#555;margin-top:7px;line-height:1.5}
.card{margin:0 12px 10px;background:#fff;border-radius:12px;padding:12px 14px}
.ch{font-size:14.5px;font-weight:600;margin-bottom:4px}
.row{display:flex;justify-content:space-between;gap:12px;padding:7px 0;font-size:13.5px}
.k{color:#999;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.sh{display:flex;justify-content:space-between;align-items:center;margin-bottom:8px}
.tag{font-size:12.5px;font-weight:600;border-radius:4px;padding:2px 8px}
.tag.buyer{background:#E8F3FF;color:#1F6FE0}.tag.merchant{background:#FFF1E6;color:#E46A00}
.at{font-size:12px;color:#999}
.tx{font-size:14.5px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.pics{display:flex;gap:8px;margin-top:10px}.pic{width:64px;height:64px;border-radius:6px;background:linear-gradient(160deg,#c5d7ee,#5a7fb5)}
.vt{display:flex;justify-content:space-between;font-size:13.5px;font-weight:600}.vb{color:#1F6FE0}.vs{color:#E46A00}
.bar{height:8px;border-radius:4px;background:#FFB37A;margin:8px 0 4px;overflow:hidden}.bar i{display:block;height:100%;background:#4C8DF6}
.vn{font-size:12px;color:#999;margin-top:6px}
.foot{font-size:12px;color:#AAA;text-align:center;padding:6px 24px 30px;line-height:1.6}
`;
    const body = `<div class="top">${topBar(scene, { bg: '#FFE60F' })}<div class="hd"><span class="b">‹</span>${t('span', 'title', scene.pageTitle ?? '小法庭')}<span class="r">规则</span></div>
<div class="st">${t('div', 'title', c.title, 'class="ttl"')}${t('div', 'status', c.status, 'class="badge"')}${c.statusLine ? t('div', 'body', c.statusLine, 'class="st2"') : ''}</div></div>
${bar}
<div class="card"><div class="ch">订单信息</div>${rows}</div>
${side('buyer', c.buyer)}${side('merchant', c.seller)}
<div class="foot">${t('span', 'body', c.foot ?? '评审员由闲鱼用户随机组成，依据双方举证独立投票')}</div>`;
    return page(css, body);
  },
};
