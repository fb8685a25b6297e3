// Small app screens shared by the blind37 capture styles (`long-stitch`, `android-split`,
// `gallery-editor`, `rom-dialog`, `pad-chat-land`): a phone chat pane in a few apps' colours
// (WeChat, QQ, 淘宝 旺旺, WhatsApp, LINE, Telegram; light or dark), an order-detail pane (淘宝 / 拼多多-like
// or a plain shop), a list pane (a game's 充值记录, a wallet's bill) and a redeem form. Every
// visible line a reader should see is truth (data-role); the user's mosaic over a secret is
// written in a text as `{{m:secret}}`: the secret is hidden (visibility:hidden, so it is no truth)
// under a block of pixelated squares. Layouts reconstructed from the apps.
import { esc, avatar } from './common.mjs';

export const SKINS = {
  wechat: { bg: '#EDEDED', bar: '#EDEDED', barFg: '#111', self: '#95EC69', selfFg: '#111', other: '#FFFFFF', otherFg: '#111', sep: '#9A9A9A', radius: 4, avR: 4, av: [['我', '#6a8caf'], ['客', '#2d6a4f']] },
  wechatDark: { bg: '#111111', bar: '#191919', barFg: '#D5D5D5', self: '#3EB575', selfFg: '#0B0B0B', other: '#2C2C2C', otherFg: '#D5D5D5', sep: '#6A6A6A', radius: 4, avR: 4, dark: true, av: [['我', '#4a5a6a'], ['客', '#2d6a4f']] },
  qq: { bg: '#F1F2F6', bar: '#F1F2F6', barFg: '#111', self: '#0099FF', selfFg: '#FFFFFF', other: '#FFFFFF', otherFg: '#111', sep: '#999', radius: 12, avR: 20, av: [['🐧', '#ffd24d'], ['卡', '#7a5cff']] },
  taobao: { bg: '#F4F4F4', bar: '#FFFFFF', barFg: '#111', self: '#FF7A2F', selfFg: '#FFFFFF', other: '#FFFFFF', otherFg: '#222', sep: '#999', radius: 10, avR: 20, av: [['买', '#ffb27a'], ['淘', '#ff5000']] },
  whatsapp: { bg: '#EFEAE2', bar: '#008069', barFg: '#FFFFFF', self: '#D9FDD3', selfFg: '#111', other: '#FFFFFF', otherFg: '#111', sep: '#54656F', sepBg: '#FFFFFFEE', radius: 8, noAv: true, inTime: true },
  whatsappDark: { bg: '#0B141A', bar: '#1F2C34', barFg: '#E9EDEF', self: '#005C4B', selfFg: '#E9EDEF', other: '#1F2C34', otherFg: '#E9EDEF', sep: '#8696A0', sepBg: '#182229', radius: 8, noAv: true, inTime: true, dark: true },
  line: { bg: '#8CA7CE', bar: '#FFFFFF', barFg: '#111', self: '#8DE055', selfFg: '#111', other: '#FFFFFF', otherFg: '#111', sep: '#FFFFFF', sepBg: '#00000026', radius: 16, avR: 18, av: [['我', '#9bb0c9'], ['店', '#c98b5e']] },
  telegram: { bg: '#B9D39B', bar: '#FFFFFF', barFg: '#111', self: '#EFFEDD', selfFg: '#111', other: '#FFFFFF', otherFg: '#111', sep: '#FFFFFF', sepBg: '#00000030', radius: 14, noAv: true, inTime: true },
};

/** A text with `{{m:…}}` parts turned into mosaic blocks; the rest escaped. */
export function rich(text) {
  return String(text).split(/(\{\{m:[^}]*\}\})/).map((part) => {
    const m = /^\{\{m:([^}]*)\}\}$/.exec(part);
    if (!m) return esc(part);
    return `<span class="mz"><span style="visibility:hidden">${esc(m[1])}</span><i></i></span>`;
  }).join('');
}

/** A truth element whose text may hold mosaic parts. */
export function rt(tag, role, text, attrs = '') {
  return `<${tag} data-role="${role}" ${attrs}>${rich(text)}</${tag}>`;
}

/** CSS for every pane kind; `k` is a skin. */
export function paneCss(k) {
  return `
.mz{position:relative;display:inline-block}
.mz i{position:absolute;left:-3px;right:-3px;top:-2px;bottom:-2px;background:
conic-gradient(from 90deg at 50% 50%,#8d8d8d 25%,#b3b3b3 0 50%,#7a7a7a 0 75%,#a2a2a2 0) 0 0/9px 9px,
conic-gradient(from 0deg at 50% 50%,#999 25%,#6f6f6f 0 50%,#bdbdbd 0 75%,#888 0) 4px 4px/13px 13px;background-blend-mode:multiply;border-radius:1px}
.mp{display:flex;flex-direction:column;background:${k.bg};color:${k.otherFg ?? '#111'};min-height:0}
.mp .tb{flex:none;height:46px;display:flex;align-items:center;justify-content:center;position:relative;background:${k.bar};color:${k.barFg};font-size:16.5px;font-weight:500}
.mp .tb .bk{position:absolute;left:12px;font-size:21px;font-weight:300}
.mp .tb .mo{position:absolute;right:14px;font-size:18px}
.mp .tb .sub{display:block;font-size:11px;font-weight:400;opacity:.75;text-align:center}
.mp .ms{flex:1;overflow:hidden;padding:4px 0 8px}
.mp .rw{display:flex;gap:8px;padding:6px 10px;align-items:flex-start}
.mp .rw.me{flex-direction:row-reverse}
.mp .bb{max-width:238px;padding:8px 11px;border-radius:${k.radius}px;font-size:15px;line-height:1.45;background:${k.other};color:${k.otherFg};white-space:pre-wrap;overflow-wrap:anywhere}
.mp .rw.me .bb{background:${k.self};color:${k.selfFg}}
.mp .bb .at{float:right;font-size:10.5px;opacity:.6;margin:7px -3px -5px 9px;white-space:nowrap}
.mp .nm{font-size:11.5px;color:${k.sep};margin:0 0 3px 2px}
.mp .sp{text-align:center;margin:8px 30px 4px}
.mp .sp span{display:inline-block;font-size:11.5px;color:${k.sep};line-height:1.5;${k.sepBg ? `background:${k.sepBg};padding:2px 8px;border-radius:5px` : ''}}
.mp .pic{width:120px;height:150px;border-radius:6px;background:linear-gradient(160deg,#c9d6e3,#6d8db0)}
.mp .ip{flex:none;height:52px;background:${k.dark ? '#1E1E1E' : '#F7F7F7'};border-top:1px solid ${k.dark ? '#2A2A2A' : '#E2E2E2'};display:flex;align-items:center;gap:8px;padding:0 10px}
.mp .ip b{flex:1;height:34px;border-radius:${k.radius > 6 ? 17 : 4}px;background:${k.dark ? '#2C2C2C' : '#fff'}}
.mp .ip i{width:26px;height:26px;border-radius:50%;border:1.5px solid ${k.dark ? '#aaa' : '#555'}}
.op{background:#F2F2F2;color:#111;display:flex;flex-direction:column;min-height:0;overflow:hidden}
.op .hd{flex:none;padding:12px 16px 16px;color:#fff}
.op .hd .st{font-size:19px;font-weight:600}
.op .hd .ss{font-size:12.5px;opacity:.92;margin-top:4px;line-height:1.45}
.op .cd{background:#fff;border-radius:10px;margin:8px 10px;padding:10px 12px}
.op .sh{font-size:14px;font-weight:600;margin-bottom:8px}
.op .it{display:flex;gap:10px}
.op .it .th{flex:none;width:62px;height:62px;border-radius:6px;background:linear-gradient(135deg,#5b8def,#9b6bf2)}
.op .it .tt{font-size:13.5px;line-height:1.4;flex:1}
.op .it .pr{font-size:13.5px;text-align:right;white-space:nowrap}
.op .kv{display:flex;justify-content:space-between;gap:12px;font-size:12.5px;padding:4px 0}
.op .kv .k{color:#888;flex:none}
.op .kv .v{text-align:right;overflow-wrap:anywhere}
.op .tot{text-align:right;font-size:13.5px;padding-top:6px}
.op .tot b{font-size:16px}
.op .nt{font-size:12px;color:#777;line-height:1.55;margin:2px 12px 8px}
.lp{background:#F5F6F8;color:#111;display:flex;flex-direction:column;min-height:0;overflow:hidden}
.lp .hd{flex:none;height:46px;display:flex;align-items:center;justify-content:center;position:relative;font-size:16.5px;font-weight:600;color:#fff}
.lp .hd .bk{position:absolute;left:12px;font-size:21px;font-weight:300}
.lp .tabs{flex:none;display:flex;background:#fff;font-size:13.5px;color:#666}
.lp .tabs span{flex:1;text-align:center;padding:9px 0}
.lp .tabs span.on{font-weight:600;color:#111;border-bottom:2px solid currentColor}
.lp .li{background:#fff;margin:8px 10px 0;border-radius:8px;padding:10px 12px;display:flex;justify-content:space-between;gap:10px}
.lp .li .a{font-size:14px}
.lp .li .b{font-size:12px;color:#999;margin-top:3px}
.lp .li .c{font-size:14px;text-align:right;white-space:nowrap}
.lp .li .d{font-size:12px;margin-top:3px;text-align:right}
.lp .em{text-align:center;color:#999;font-size:13.5px;margin:26px 20px 8px;line-height:1.6}
.rp{background:#F4F5F9;color:#111;display:flex;flex-direction:column;min-height:0;overflow:hidden;position:relative}
.rp .hd{flex:none;height:48px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600;color:#fff}
.rp .hd .bk{position:absolute;left:12px;font-size:22px;font-weight:300}
.rp .fm{margin:14px;background:#fff;border-radius:10px;padding:6px 14px 16px}
.rp .fr{padding:12px 0;border-bottom:1px solid #F0F0F0;display:flex;gap:10px;font-size:14.5px}
.rp .fr .k{width:76px;color:#888;flex:none}
.rp .go{margin:16px 0 0;height:42px;border-radius:21px;color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.rp .nt{margin:0 16px;font-size:12.5px;color:#888;line-height:1.6}
`;
}

/** The rows of a chat. message: { from, text, at?, name?, type?: 'image', h?: picture height } */
export function chatRows(messages, k, showNames = false) {
  return messages.map((m) => {
    if (m.from === 'time' || m.from === 'system') return `<div class="sp">${rt('span', 'system', m.text)}</div>`;
    const me = m.from === 'buyer';
    const [ch, col] = (k.av ?? [['我', '#6a8caf'], ['店', '#d9822b']])[me ? 0 : 1];
    const av = k.noAv ? '' : avatar(ch, col, 36, k.avR);
    const at = k.inTime && m.at ? `<span class="at">${esc(m.at)}${me ? ' ✓✓' : ''}</span>` : '';
    const inner = m.type === 'image' ? `<div class="pic" style="height:${m.h ?? 150}px"></div>` : `<div class="bb" data-role="${m.from}">${rich(m.text)}${at}</div>`;
    const nm = showNames && m.name ? `<div class="nm">${esc(m.name)}</div>` : '';
    return `<div class="rw${me ? ' me' : ''}">${av}<div>${nm}${inner}</div></div>`;
  }).join('\n');
}

/** A chat pane: title bar, rows (scrolled to the newest), input bar. */
export function chatPane(c, k, { scroll = true, input = true } = {}) {
  const sub = c.subtitle ? rt('span', 'title', c.subtitle, 'class="sub"') : '';
  return `<div class="mp" style="${c.style ?? 'flex:1'}"><div class="tb"><span class="bk">‹</span><span>${rt('span', 'title', c.title)}${sub}</span><span class="mo">···</span></div>
<div class="ms"${scroll ? ' data-scroll' : ''}>${chatRows(c.messages, k, c.names)}</div>${input ? '<div class="ip"><i></i><b></b><i></i><i></i></div>' : ''}</div>`;
}

/** An order-detail pane. o: { color, status, statusSub?, shop, item, price, qty?, rows: [[k, v]], total, notes? } */
export function orderPane(o) {
  const rows = o.rows.map(([k, v]) => `<div class="kv">${rt('span', 'label', k, 'class="k"')}${rt('span', 'value', v, 'class="v"')}</div>`).join('');
  return `<div class="op" style="${o.style ?? 'flex:1'}"><div class="hd" style="background:${o.color ?? 'linear-gradient(90deg,#FF7E3E,#FF4E2A)'}">${rt('div', 'status', o.status, 'class="st"')}${o.statusSub ? rt('div', 'body', o.statusSub, 'class="ss"') : ''}</div>
<div class="cd" style="margin-top:-8px">${rt('div', 'title', o.shop, 'class="sh"')}<div class="it"><div class="th"></div>${rt('div', 'value', o.item, 'class="tt"')}<div>${rt('div', 'value', o.price, 'class="pr"')}${rt('div', 'label', o.qty ?? 'x1', 'class="pr" style="color:#999;font-size:12px"')}</div></div>
${o.total ? rt('div', 'value', o.total, 'class="tot"') : ''}</div>
<div class="cd">${rows}</div>${(o.notes ?? []).map((n) => rt('div', 'body', n, 'class="nt"')).join('')}</div>`;
}

/** A list pane (充值记录, bills). l: { title, color, tabs?, on?, items: [[a, b, c, d, dColor?]], empty? } */
export function listPane(l) {
  const tabs = l.tabs ? `<div class="tabs">${l.tabs.map((x, i) => `<span class="${i === (l.on ?? 0) ? 'on' : ''}">${esc(x)}</span>`).join('')}</div>` : '';
  const items = l.items.map(([a, b, c, d, dc]) => `<div class="li"><div>${rt('div', 'value', a, 'class="a"')}${rt('div', 'label', b, 'class="b"')}</div><div>${rt('div', 'value', c, 'class="c"')}${d ? rt('div', 'status', d, `class="d" style="color:${dc ?? '#10A37F'}"`) : ''}</div></div>`).join('');
  return `<div class="lp" style="${l.style ?? 'flex:1'}"><div class="hd" style="background:${l.color ?? '#2B6DE8'}"><span class="bk">‹</span>${rt('span', 'title', l.title)}</div>${tabs}${items}${l.empty ? rt('div', 'system', l.empty, 'class="em"') : ''}</div>`;
}

/** A redeem form. r: { title, color, fields: [[k, v]], submit?, notes? } */
export function redeemPane(r) {
  const fields = r.fields.map(([k, v]) => `<div class="fr">${rt('span', 'label', k, 'class="k"')}${rt('span', 'value', v)}</div>`).join('');
  return `<div class="rp" style="${r.style ?? 'flex:1'}"><div class="hd" style="background:${r.color ?? '#2B6DE8'}"><span class="bk">‹</span>${rt('span', 'title', r.title)}</div><div class="fm">${fields}<div class="go" data-role="button" style="background:${r.color ?? '#2B6DE8'}">${esc(r.submit ?? '立即兑换')}</div></div>${(r.notes ?? []).map((n) => rt('div', 'body', n, 'class="nt"')).join('')}</div>`;
}

/** Any pane by `p.kind` ('chat' | 'order' | 'list' | 'redeem'). */
export function anyPane(p) {
  if (p.kind === 'chat') return chatPane(p, SKINS[p.skin ?? 'wechat'], { input: p.input !== false });
  if (p.kind === 'order') return orderPane(p);
  if (p.kind === 'list') return listPane(p);
  return redeemPane(p);
}
