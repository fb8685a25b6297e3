// A 12315-like government consumer-complaint portal (全国12315平台-style), desktop: the blue
// government head with the emblem disc and the portal's name, the user bar, the left menu (我的投诉
// 举报 …), and the 投诉详情 page — a state stepper (提交 › 受理 › 调解 › 办结) with the current step lit,
// the 基本信息 table in two columns (投诉编号, 登记时间, 被投诉方, 购买渠道, 商品名称, 订单编号, 涉及金额,
// 消费时间 …), the 投诉内容 box with the consumer's statement and the 诉求 line, and the 处理记录 list
// (time, 处理部门, text). Layout reconstructed from the portal's public pages; the texts come from
// the scene.
import { t, page } from '../lib/common.mjs';

export default {
  name: 'gov-12315-form',
  kind: 'other',
  render(scene) {
    const f = scene.form;
    const steps = ['提交', '受理', '调解', '办结'];
    const at = f.step ?? 1;
    const stepper = steps.map((s, i) => `<div class="sp ${i < at ? 'on' : ''}"><b>${i + 1}</b>${t('span', 'label', s)}</div>`).join('<div class="ln"></div>');
    const rows = [];
    for (let i = 0; i < f.rows.length; i += 2) {
      rows.push(`<tr>${f.rows.slice(i, i + 2).map(([k, v]) => `${t('th', 'label', k)}${t('td', 'value', v)}`).join('')}</tr>`);
    }
    const log = (f.log ?? []).map((l) => `<div class="lg">${t('span', 'label', l.at, 'class="la"')}${t('span', 'label', l.dept, 'class="ld"')}${t('span', 'system', l.text, 'class="lt"')}</div>`).join('');
    const css = `
body{background:#EEF2F7;color:#222;font-size:14px}
.gh{height:84px;background:linear-gradient(90deg,#0B4EA2,#1769C7);color:#fff;display:flex;align-items:center;padding:0 48px;gap:16px}
.em{width:50px;height:50px;border-radius:50%;background:radial-gradient(circle,#F6D365 0 35%,#D83A2E 36% 100%);border:2px solid #F6D365}
.gn{font-size:26px;font-weight:700;letter-spacing:2px}.gs{font-size:13px;opacity:.85;margin-top:3px}
.ub{margin-left:auto;font-size:13.5px;opacity:.95}
.wrap{display:flex;gap:16px;padding:16px 48px}
.menu{width:200px;flex:none;background:#fff;border-radius:4px;padding:8px 0;align-self:flex-start}
.mi{padding:11px 22px;font-size:14.5px;color:#333}.mi.on{background:#E8F0FB;color:#0B4EA2;border-left:3px solid #0B4EA2;font-weight:600}
.main{flex:1;min-width:0;background:#fff;border-radius:4px;padding:18px 26px}
.crumb{font-size:12.5px;color:#888;margin-bottom:10px}
.ttl{font-size:19px;font-weight:700;margin-bottom:14px;display:flex;align-items:center;gap:12px}
.stt{font-size:13px;font-weight:400;color:#fff;background:#F08A24;border-radius:3px;padding:2px 9px}
.steps{display:flex;align-items:center;margin:4px 0 18px}
.sp{display:flex;align-items:center;gap:6px;color:#999;font-size:13.5px}.sp b{width:22px;height:22px;border-radius:50%;background:#D9D9D9;color:#fff;display:flex;align-items:center;justify-content:center;font-size:12px}
.sp.on{color:#0B4EA2;font-weight:600}.sp.on b{background:#0B4EA2}
.ln{flex:1;height:1.5px;background:#DDD;margin:0 10px;max-width:150px}
.sec{font-size:15px;font-weight:700;border-left:3px solid #0B4EA2;padding-left:8px;margin:14px 0 8px}
table{width:100%;border-collapse:collapse;font-size:13.5px}
th{background:#F5F7FA;color:#666;font-weight:400;text-align:right;width:120px;padding:8px 10px;border:1px solid #E4E7ED;white-space:nowrap}
td{padding:8px 10px;border:1px solid #E4E7ED;overflow-wrap:anywhere}
.box{border:1px solid #E4E7ED;background:#FAFBFC;padding:10px 14px;line-height:1.75;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere}
.ask{margin-top:8px;font-size:14px}
.lg{display:flex;gap:14px;font-size:13.5px;padding:7px 0;border-bottom:1px dashed #E4E7ED}
.la{color:#888;white-space:nowrap}.ld{color:#0B4EA2;white-space:nowrap}.lt{flex:1}
`;
    const body = `<div class="gh"><span class="em"></span><div>${t('div', 'title', f.portal ?? '全国12315平台', 'class="gn"')}<div class="gs">消费者投诉举报</div></div>${t('span', 'label', f.user ?? '', 'class="ub"')}</div>
<div class="wrap"><div class="menu">${['首页', '我要投诉', '我要举报', '我的投诉', '我的举报', '个人中心'].map((m) => `<div class="mi ${m === '我的投诉' ? 'on' : ''}">${m}</div>`).join('')}</div>
<div class="main"><div class="crumb">我的投诉 › 投诉详情</div>
<div class="ttl">${t('span', 'title', '投诉详情')}${t('span', 'status', f.status, 'class="stt"')}</div>
<div class="steps">${stepper}</div>
<div class="sec">基本信息</div><table>${rows.join('')}</table>
<div class="sec">投诉内容</div>${t('div', 'buyer', f.text, 'class="box"')}${f.ask ? `<div class="ask">${t('span', 'label', '诉求：')}${t('span', 'buyer', f.ask)}</div>` : ''}
${log ? `<div class="sec">处理记录</div>${log}` : ''}</div></div>`;
    return page(css, body);
  },
};
