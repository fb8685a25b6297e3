// UU898 (uu898.com, game currency / account / item trading) 订单详情 in a desktop browser: the thin
// top bar, the header with the orange UU898 mark, the search box and the channel nav (游戏币, 账号,
// 装备, 点卡, 代练), the 「我的UU」 side menu, then the order: a four-step progress bar (提交订单 → 买家
// 付款 → 卖家发货 → 交易完成, steps done in orange), a status box (当前状态 in orange, a grey line,
// the buttons), the 订单信息 table in two columns, the 收货信息 rows and the 温馨提示 box. Layout
// reconstructed from the site's look (helper b32); `scene.order` { step: 1-4, status, statusLine?,
// buttons?, info: [[k, v, role?]], delivery?: [[k, v]], tips?: [lines] }.
import { t, page, esc } from '../lib/common.mjs';

export default {
  name: 'uu898-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const steps = ['提交订单', '买家付款', '卖家发货', '交易完成'];
    const css = `
body{background:#F4F4F4;color:#333;font-size:13px}
.top{height:30px;background:#F0F0F0;border-bottom:1px solid #E4E4E4;display:flex;align-items:center;justify-content:space-between;padding:0 calc(50% - 590px);font-size:12px;color:#777}
.hdr{background:#fff;height:78px;display:flex;align-items:center;gap:40px;padding:0 calc(50% - 590px);border-bottom:2px solid #FF6A00}
.logo{font-size:32px;font-weight:800;color:#FF6A00;letter-spacing:-1px;font-style:italic}.logo small{font-size:13px;color:#666;font-style:normal;font-weight:400;margin-left:8px;letter-spacing:0}
.srch{display:flex;flex:1;max-width:460px}.srch div{flex:1;height:36px;border:2px solid #FF6A00;border-right:0}.srch span{width:80px;height:36px;background:#FF6A00;color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px}
.nav{display:flex;gap:26px;font-size:15px;color:#333}
.wrap{width:1180px;margin:14px auto;display:flex;gap:14px;align-items:flex-start}
.side{width:180px;background:#fff;border:1px solid #E6E6E6;flex:none}.side .h{background:#FF6A00;color:#fff;padding:10px 14px;font-size:15px;font-weight:600}
.side div.i{padding:9px 18px;border-bottom:1px dashed #eee;color:#555}.side div.on{color:#FF6A00;font-weight:600;background:#FFF5EE}
.main{flex:1;background:#fff;border:1px solid #E6E6E6;padding:16px 20px 20px}
.crumb{font-size:12px;color:#999;margin-bottom:12px}
.steps{display:flex;margin:6px 0 16px}.steps div{flex:1;text-align:center;font-size:13px;color:#aaa;position:relative;padding-top:30px}
.steps div::before{content:"";position:absolute;top:10px;left:0;right:0;height:4px;background:#E5E5E5}.steps div.d::before{background:#FF6A00}
.steps div b{position:absolute;top:2px;left:50%;margin-left:-10px;width:20px;height:20px;border-radius:10px;background:#D6D6D6;color:#fff;font-size:12px;line-height:20px}
.steps div.d{color:#FF6A00}.steps div.d b{background:#FF6A00}
.stbox{border:1px solid #FFD8BF;background:#FFF8F2;padding:14px 18px;display:flex;align-items:center;gap:20px;margin-bottom:16px}
.stbox .s{font-size:17px;font-weight:700;color:#FF6A00}.stbox .l{font-size:12.5px;color:#777;margin-top:5px;line-height:1.6}
.stbox .bt{margin-left:auto;display:flex;gap:8px;flex:none}.stbox .bt span{border:1px solid #ccc;background:#fff;padding:6px 14px;font-size:13px}.stbox .bt span:first-child{background:#FF6A00;border-color:#FF6A00;color:#fff}
.sec{font-size:14px;font-weight:700;border-left:3px solid #FF6A00;padding-left:8px;margin:4px 0 10px}
table{width:100%;border-collapse:collapse;margin-bottom:16px}td{border:1px solid #EBEBEB;padding:8px 10px;font-size:13px;vertical-align:top}td.k{background:#FAFAFA;color:#888;width:110px;white-space:nowrap}
.tips{background:#FAFAFA;border:1px dashed #E0E0E0;padding:10px 14px;font-size:12px;color:#888;line-height:1.8}
`;
    const pairs = [];
    for (let i = 0; i < o.info.length; i += 2) pairs.push(o.info.slice(i, i + 2));
    const table = (list) => `<table>${list.map((pr) => `<tr>${pr.map(([k, v, role]) => `<td class="k">${t('span', 'label', k)}</td><td>${t('span', role ?? 'value', v)}</td>`).join('')}${pr.length === 1 ? '<td class="k"></td><td></td>' : ''}</tr>`).join('')}</table>`;
    const body = `<div class="top"><span>您好，${esc(scene.user ?? '欢迎来到UU898')}\u3000[退出]</span><span>我的UU ｜ 我的订单 ｜ 客服中心 ｜ 手机版</span></div>
<div class="hdr"><div class="logo">UU898<small>游戏交易平台</small></div><div class="srch"><div></div><span>搜 索</span></div><div class="nav"><span>游戏币</span><span>账号</span><span>装备</span><span>点卡</span><span>代练</span></div></div>
<div class="wrap"><div class="side"><div class="h">我的UU</div>${['我购买的商品', '我出售的商品', '资金管理', '我的投诉', '安全中心', '实名认证'].map((x, i) => `<div class="i${i === 0 ? ' on' : ''}">${esc(x)}</div>`).join('')}</div>
<div class="main"><div class="crumb">我的UU ＞ 我购买的商品 ＞ 订单详情</div>
<div class="steps">${steps.map((s, i) => `<div class="${i < o.step ? 'd' : ''}"><b>${i + 1}</b>${esc(s)}</div>`).join('')}</div>
<div class="stbox"><div>${t('div', 'status', `当前状态：${o.status}`, 'class="s"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="l"') : ''}</div><div class="bt">${(o.buttons ?? ['联系客服', '申请撤单']).map((b) => t('span', 'button', b)).join('')}</div></div>
${t('div', 'title', '订单信息', 'class="sec"')}${table(pairs)}
${o.delivery ? `${t('div', 'title', '收货信息', 'class="sec"')}${table(o.delivery.map((x) => [x]))}` : ''}
${o.tips ? `<div class="tips">${t('div', 'label', '温馨提示：')}${o.tips.map((x) => t('div', 'body', x)).join('')}</div>` : ''}
</div></div>`;
    return page(css, body);
  },
};
