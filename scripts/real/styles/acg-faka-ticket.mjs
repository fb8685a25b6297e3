// 异次元发卡 (acg-faka 3.6) member-centre ticket page (工单详情, Cartoon theme) as the buyer sees it:
// the head with the ticket number (TK + yymmddHHMMSS + 8 hex), the type and priority pills
// (售后支持 / 高优先级), the title and the state box (当前状态 / 待客服回复 · 待我回复 · 已解决 · 已关闭
// with its hint), the 沟通记录 thread (own messages right, the shop's 客服 left with the 官方客服 tag
// and, on a closing answer, the 最终答复 badge; system events centred), the 补充回复 box with its
// warning, and on the right (below on a phone) 工单信息, 关联内容 (相关订单: product · trade_no ·
// ￥amount · paid time) and the 隐私提醒 card. Labels from the zh-cn / en / zh-tw language packs
// (`scene.lang`); layout after app/View/User/Theme/Cartoon/User/TicketDetail.html and
// assets/user/controller/user/ticket.detail.js. Messages and ticket fields come from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const L = {
  zh: { after: '售后支持', pre: '售前咨询', pr: { high: '高优先级', medium: '中优先级', low: '低优先级' }, now: '当前状态', st: { waiting: ['待客服回复', '客服查看后会在这里回复'], reply: ['待我回复', '补充信息后客服会继续处理'], resolved: ['已解决', '完整沟通记录已为你归档'], closed: ['已关闭', '历史沟通记录仍可随时查看'] }, conv: '沟通记录', convSub: '你与客服的完整对话', live: '自动更新', archived: '记录已归档', me: '我', staff: '官方客服', final: '最终答复', add: '补充回复', addSub: '不必等待客服回复，可以连续补充信息', md: '支持 Markdown 与图片', warn: '请勿发送密码、卡密等敏感信息', send: '发送回复', info: '工单信息', created: '创建时间', updated: '最后更新', prio: '优先级', prv: { high: '高', medium: '中', low: '低' }, rel: '关联内容', relOrder: '相关订单', proof: '购买凭证', safe: '隐私提醒', safeText: '客服不需要你的登录密码或完整卡密，请勿在回复中发送敏感信息。', tickets: '我的工单', orders: '我的订单' },
  en: { after: 'After-sales', pre: 'Pre-sales', pr: { high: 'High Priority', medium: 'Medium Priority', low: 'Low Priority' }, now: 'Current Status', st: { waiting: ['Awaiting Support', 'Support will reply here'], reply: ['Awaiting My Reply', 'Support will continue once you add details'], resolved: ['Resolved', 'Your full conversation is archived'], closed: ['Closed', 'Past conversations remain available'] }, conv: 'Conversation', convSub: 'Your full conversation with support', live: 'Auto Update', archived: 'Record Archived', me: 'Me', staff: 'Official Support', final: 'Final Reply', add: 'Add Reply', addSub: 'No need to wait — you can keep adding details', md: 'Supports Markdown and images', warn: 'Do not send passwords or card keys', send: 'Send Reply', info: 'Ticket Info', created: 'Created At', updated: 'Last Updated', prio: 'Priority', prv: { high: 'High', medium: 'Medium', low: 'Low' }, rel: 'Related Content', relOrder: 'Related Orders', proof: 'Purchase Receipt', safe: 'Privacy Notice', safeText: "Support never needs your password or full card key — don't share them.", tickets: 'My Tickets', orders: 'My Orders' },
  tw: { after: '售後支援', pre: '售前諮詢', pr: { high: '高優先級', medium: '中優先級', low: '低優先級' }, now: '當前狀態', st: { waiting: ['待客服回覆', '客服查看後會在這裡回覆'], reply: ['待我回覆', '補充資訊後客服會繼續處理'], resolved: ['已解決', '完整溝通記錄已為你歸檔'], closed: ['已關閉', '歷史溝通記錄仍可隨時查看'] }, conv: '溝通記錄', convSub: '你與客服的完整對話', live: '自動更新', archived: '記錄已歸檔', me: '我', staff: '官方客服', final: '最終答覆', add: '補充回覆', addSub: '不必等待客服回覆，可以連續補充資訊', md: '支援 Markdown 與圖片', warn: '請勿發送密碼、卡密等敏感資訊', send: '發送回覆', info: '工單資訊', created: '建立時間', updated: '最後更新', prio: '優先級', prv: { high: '高', medium: '中', low: '低' }, rel: '關聯內容', relOrder: '相關訂單', proof: '購買憑證', safe: '隱私提醒', safeText: '客服不需要你的登入密碼或完整卡密，請勿在回覆中發送敏感資訊。', tickets: '我的工單', orders: '我的訂單' },
};
const TONE = { waiting: ['#f59e0b', '#fff7e6'], reply: ['#3b82f6', '#eaf2ff'], resolved: ['#10b981', '#e8f8f1'], closed: ['#6b7280', '#f1f2f4'] };

export default {
  name: 'acg-faka-ticket',
  kind: 'chat',
  render(scene) {
    const k = scene.ticket;
    const l = L[scene.lang ?? 'zh'];
    const narrow = scene._device.width < 700;
    const [stLabel, stHint] = l.st[k.status];
    const tone = TONE[k.status];
    const terminal = k.status === 'resolved' || k.status === 'closed';
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="ev">${t('span', 'system', m.text)}${m.at ? `<time>${esc(m.at)}</time>` : ''}</div>`;
      const me = m.from === 'buyer';
      const name = me ? l.me : scene.merchantName;
      const meta = `<div class="mt">${t('strong', 'label', name)}${me ? '' : `<span class="tag">${esc(l.staff)}</span>`}${m.final ? `<span class="fin">✓ ${esc(l.final)}</span>` : ''}${t('time', 'label', m.at)}</div>`;
      const bub = m.type === 'image' ? '<div class="bb img"><div class="pic"></div></div>' : `<div class="bb">${t('div', m.from, m.text)}</div>`;
      return `<div class="msg ${me ? 'me' : 'adm'}"><span class="ma">${me ? '👤' : '🎧'}</span><div class="mm">${meta}${bub}</div></div>`;
    }).join('');
    const rows = [[l.created, k.created], [l.updated, k.updated], [l.now, stLabel], [l.prio, l.prv[k.priority ?? 'medium']]]
      .map(([a, b]) => `<div class="cr">${t('span', 'label', a)}${t('strong', 'value', b)}</div>`).join('');
    const rel = k.order ? `<section class="cx">${t('div', 'title', l.rel, 'class="cxh"')}<div class="ri"><div class="rt"></div><div>${t('small', 'label', l.relOrder)}${t('strong', 'value', k.order.product)}${t('em', 'value', `${k.order.no} · ￥${k.order.amount}${k.order.paid ? ` · ${k.order.paid}` : ''}`)}</div></div></section>` : '';
    const css = `
body{background:linear-gradient(180deg,rgba(10,12,28,.45),rgba(10,12,28,.6)),linear-gradient(135deg,#6f86c9 0%,#c59bd6 45%,#f0b8a8 100%);color:#1f2937;font-size:13.5px;min-height:100vh}
.nb{background:rgba(255,255,255,.85);padding:${narrow ? '10px 14px' : '10px 0'}}
.nbi{max-width:1180px;margin:0 auto;display:flex;align-items:center;gap:20px;padding:0 ${narrow ? 0 : 14}px}
.brand{font-size:${narrow ? 16 : 19}px;font-weight:600;display:flex;align-items:center;gap:7px;color:#222}
.brand i{width:22px;height:22px;border-radius:4px;background:linear-gradient(135deg,#7a8cff,#b88cff);display:inline-block}
.nl{color:#898989;font-size:15px}.nl.on{color:#479afb;font-weight:600}
.wrap{max-width:1180px;margin:0 auto;padding:${narrow ? '12px 8px' : '20px 14px'};display:${narrow ? 'block' : 'grid'};grid-template-columns:1fr 300px;gap:18px;align-items:start}
.card{background:#fff;border-radius:16px;overflow:hidden;box-shadow:0 10px 30px rgba(82,63,105,.08)}
.hd{padding:${narrow ? '14px' : '20px 22px'};border-bottom:1px solid #eef0f4}
.meta{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.num{font-family:"Liberation Mono",monospace;font-size:12.5px;color:#6b7280}
.pill{font-size:11.5px;padding:2px 9px;border-radius:999px;font-weight:600}
.p-after{background:#fde8ef;color:#d6336c}.p-pre{background:#e7f0ff;color:#2563eb}.p-high{background:#fee2e2;color:#dc2626}.p-medium{background:#fef3c7;color:#b45309}.p-low{background:#eef2f7;color:#64748b}
.hb{display:flex;${narrow ? 'flex-direction:column;gap:10px' : 'justify-content:space-between;gap:18px;align-items:center'};margin-top:10px}
.ttl{margin:0;font-size:${narrow ? 17 : 20}px;font-weight:700;color:#111827;line-height:1.4}
.state{display:flex;gap:10px;align-items:center;background:${tone[1]};border-radius:12px;padding:10px 14px;min-width:${narrow ? 0 : 230}px}
.state .ic{width:32px;height:32px;border-radius:50%;background:${tone[0]};color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px;flex:none}
.state small{display:block;font-size:11px;color:#6b7280}.state strong{display:block;color:${tone[0]};font-size:14.5px}.state .hn{display:block;font-size:11.5px;color:#6b7280}
.th{display:flex;justify-content:space-between;align-items:center;padding:12px ${narrow ? 14 : 22}px;border-bottom:1px solid #f3f4f6}
.th strong{font-size:14.5px}.th small{display:block;color:#9ca3af;font-size:11.5px}
.live{font-size:11.5px;color:${terminal ? '#9ca3af' : '#10b981'}}
.tb{padding:${narrow ? '10px 12px' : '14px 22px'};background:#fafbfc}
.msg{display:flex;gap:10px;margin:12px 0;align-items:flex-start}
.msg.me{flex-direction:row-reverse}
.ma{flex:none;width:34px;height:34px;border-radius:50%;display:flex;align-items:center;justify-content:center;font-size:16px;background:#eef2ff}
.msg.adm .ma{background:#e8f8f1}
.mm{max-width:${narrow ? '78%' : '72%'}}
.mt{display:flex;gap:6px;align-items:center;font-size:12px;color:#6b7280;margin-bottom:4px;flex-wrap:wrap}
.msg.me .mt{justify-content:flex-end}
.mt strong{color:#374151}
.tag{font-size:10.5px;background:#e8f8f1;color:#059669;padding:1px 6px;border-radius:4px}
.fin{font-size:10.5px;background:#10b981;color:#fff;padding:1px 6px;border-radius:4px}
.bb{padding:10px 13px;border-radius:12px;line-height:1.65;font-size:${narrow ? 14 : 14}px;white-space:pre-wrap;overflow-wrap:anywhere}
.me .bb{background:linear-gradient(135deg,#7a8cff,#9d8cff);color:#fff;border-top-right-radius:4px}
.adm .bb{background:#fff;border:1px solid #eceef2;border-top-left-radius:4px}
.bb.img{padding:6px}.pic{width:170px;height:110px;border-radius:8px;background:linear-gradient(135deg,#495a7a,#b08fb8)}
.ev{text-align:center;margin:10px 0;font-size:12px;color:#6b7280}
.ev span{background:#f1f3f6;padding:4px 10px;border-radius:8px;display:inline-block}
.ev time{display:block;font-size:11px;color:#aab;margin-top:2px}
.rp{padding:${narrow ? '12px 14px' : '14px 22px'};border-top:1px solid #eef0f4}
.rph{display:flex;justify-content:space-between;font-size:12px;color:#9ca3af}.rph strong{color:#374151;font-size:14px}
.ed{height:${narrow ? 64 : 90}px;border:1px solid #e5e7eb;border-radius:10px;margin:8px 0}
.ra{display:flex;justify-content:space-between;align-items:center;font-size:12px;color:#9ca3af}
.sd{background:linear-gradient(135deg,#7a8cff,#b88cff);color:#fff;padding:7px 16px;border-radius:10px;font-size:13px}
.cx{background:#fff;border-radius:16px;padding:14px 16px;margin-bottom:14px;box-shadow:0 10px 30px rgba(82,63,105,.08)}
.cxh{font-weight:700;font-size:14px;margin-bottom:8px}
.cr{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px dashed #eef0f4;font-size:12.5px;color:#6b7280}.cr strong{color:#111827;font-weight:600}
.ri{display:flex;gap:10px}.rt{flex:none;width:44px;height:44px;border-radius:8px;background:linear-gradient(135deg,#ffb1b1,#ab57ff)}
.ri small{display:block;font-size:11px;color:#9ca3af}.ri strong{display:block;font-size:13px;line-height:1.4}.ri em{display:block;font-style:normal;font-size:11.5px;color:#6b7280;overflow-wrap:anywhere;margin-top:2px}
.sf{background:#fff8e6;border-radius:16px;padding:12px 14px;font-size:12px;color:#8a6d1d;line-height:1.6}.sf strong{display:block;font-size:13px;color:#6b5414}
${narrow ? '.side{margin-top:14px}' : ''}
`;
    const body = `${topBar(scene, { bg: 'rgba(255,255,255,.85)' })}<div class="nb"><div class="nbi"><span class="brand"><i></i>${t('span', 'title', scene.shop)}</span>${narrow ? '' : `<span class="nl">${esc(l.orders)}</span><span class="nl on">${esc(l.tickets)}</span>`}</div></div>
<div class="wrap"><main class="card"><div class="hd"><div class="meta">${t('span', 'value', k.no, 'class="num"')}${t('span', 'label', k.type === 'pre' ? l.pre : l.after, `class="pill ${k.type === 'pre' ? 'p-pre' : 'p-after'}"`)}${t('span', 'label', l.pr[k.priority ?? 'medium'], `class="pill p-${k.priority ?? 'medium'}"`)}</div>
<div class="hb">${t('h1', 'title', k.title, 'class="ttl"')}<div class="state"><span class="ic">${terminal ? '✓' : '◷'}</span><span>${t('small', 'label', l.now)}${t('strong', 'status', stLabel)}${t('span', 'label', stHint, 'class="hn"')}</span></div></div></div>
<div class="th"><div>💬 <strong>${esc(l.conv)}</strong><small>${esc(l.convSub)}</small></div><span class="live">● ${esc(terminal ? l.archived : l.live)}</span></div>
<div class="tb" data-scroll>${msgs}</div>
${terminal ? '' : `<div class="rp"><div class="rph"><span><strong>${esc(l.add)}</strong> ${esc(l.addSub)}</span><span>${esc(l.md)}</span></div><div class="ed"></div><div class="ra">${t('span', 'label', `ⓘ ${l.warn}`)}<span class="sd">${esc(l.send)}</span></div></div>`}</main>
<aside class="side"><section class="cx">${t('div', 'title', l.info, 'class="cxh"')}${rows}</section>${rel}
<section class="sf">${t('strong', 'label', l.safe)}${t('span', 'body', l.safeText)}</section></aside></div>`;
    return page(css, body);
  },
};
