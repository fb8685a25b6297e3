// A game publisher's own customer-service web chat (客服中心 / Help Center live chat), the kind a
// player reaches from the game's settings or its website: a coloured header with the game's
// name, "智能客服" / "Virtual assistant" and the service hours; the bot's messages with a robot
// avatar and quick-question chips under them; centred system lines (转人工, the agent joining);
// the human agent's messages under a name with a 工号 / "Agent" tag; a record card with
// label–value rows (a top-up or redemption record the agent looked up); the player's own
// messages on the right; the input row with a "转人工" / "Agent" pill. Phone (H5, with
// lib/overlay.mjs: a notification banner `scene.notify`, and `long: true` stitched captures) and
// desktop (a centred panel with the FAQ column on the left). `scene.lang`: zh | zh-Hant | en.
// `scene.dark` for the game's dark theme. Layout reconstructed from publishers' support pages.
import { esc, t, page, topBar, avatar, CJK } from '../lib/common.mjs';
import { withOverlays } from '../lib/overlay.mjs';

const TXT = {
  zh: { bot: '智能客服', hours: '人工服务时间 9:00-24:00', human: '转人工', input: '请输入您的问题', faq: '常见问题', agent: '人工客服', send: '发送' },
  'zh-Hant': { bot: '智能客服', hours: '真人客服時間 9:00-24:00', human: '轉真人', input: '請輸入您的問題', faq: '常見問題', agent: '真人客服', send: '送出' },
  en: { bot: 'Virtual assistant', hours: 'Live agents 24/7', human: 'Agent', input: 'Type your question', faq: 'Popular topics', agent: 'Agent', send: 'Send' },
};

export default {
  name: 'game-kefu-web',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'zh'];
    const k = scene.kefu;
    const narrow = scene._device.width < 700;
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#15171C', panel: '#1E2128', fg: '#E6E8EC', sub: '#8B93A1', other: '#262A33', me: k.color, line: '#2C3039', chip: '#2A2F3A', card: '#20242C' }
      : { bg: '#F3F4F8', panel: '#FFFFFF', fg: '#1F2329', sub: '#8F959E', other: '#FFFFFF', me: k.color, line: '#E8EAED', chip: '#FFFFFF', card: '#F7F8FA' };
    const rows = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="tm">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="sy">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const bot = m.from === 'bot';
      const role = me ? 'buyer' : 'merchant';
      const av = me ? avatar(scene.playerAvatar ?? '我', '#8BA3C7', 36, 18) : bot ? avatar('🤖', k.color, 36, 18) : avatar((m.name ?? x.agent).slice(0, 1), '#F29D38', 36, 18);
      const nm = me ? '' : `<div class="nm">${t('span', 'label', bot ? `${k.botName ?? x.bot}` : m.name ?? x.agent)}${!bot && m.badge ? `<span class="bd">${esc(m.badge)}</span>` : ''}${m.at ? `<span class="at">${esc(m.at)}</span>` : ''}</div>`;
      const text = m.text ? t('div', role, m.text, 'class="bb"') : '';
      const card = m.card ? `<div class="cd">${t('div', 'title', m.card.title, 'class="ct"')}${m.card.rows.map(([a, b]) => `<div class="cr">${t('span', 'label', a, 'class="ck"')}${t('span', 'value', b)}</div>`).join('')}</div>` : '';
      const chips = m.chips ? `<div class="cp">${m.chips.map((s) => t('span', 'button', s)).join('')}</div>` : '';
      const at = me && m.at ? `<div class="mat">${esc(m.at)}</div>` : '';
      return `<div class="r ${me ? 'me' : ''}">${av}<div class="col">${nm}${text}${card}${chips}${at}</div></div>`;
    }).join('\n');
    const faq = (k.faq ?? []).map((q) => `<div class="fq">${esc(q)}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.app{display:flex;flex-direction:column;${scene.long ? 'min-height:100vh' : 'height:100vh'}}
.hd{flex:none;background:${k.color};color:#fff}
.hb{height:${narrow ? 52 : 64}px;display:flex;align-items:center;gap:10px;padding:0 ${narrow ? 12 : 28}px}
.hb .bk{font-size:22px;font-weight:300}
.hb .lg{width:${narrow ? 30 : 38}px;height:${narrow ? 30 : 38}px;border-radius:8px;background:#ffffff33;display:flex;align-items:center;justify-content:center;font-weight:700}
.hb .tt{font-size:${narrow ? 16 : 18}px;font-weight:600}
.hb .st{font-size:11.5px;opacity:.85;margin-top:1px}
.wrap{flex:1;display:flex;gap:20px;${narrow ? '' : 'max-width:1080px;width:100%;margin:20px auto;'}min-height:0}
.faq{width:260px;background:${c.panel};border-radius:10px;padding:14px 16px;flex:none;align-self:flex-start}
.faq h4{margin:0 0 8px;font-size:15px}
.fq{font-size:13.5px;padding:9px 0;border-bottom:1px dashed ${c.line};color:${c.sub}}
.chat{flex:1;display:flex;flex-direction:column;background:${narrow ? c.bg : c.panel};${narrow ? '' : 'border-radius:10px;'}min-width:0}
.ms{flex:1;${scene.long ? '' : 'overflow:hidden;'}padding:10px 0;display:flex;flex-direction:column;justify-content:flex-end}
.r{display:flex;gap:9px;padding:7px ${narrow ? 12 : 22}px;align-items:flex-start}
.r.me{flex-direction:row-reverse}
.col{display:flex;flex-direction:column;max-width:${narrow ? 262 : 560}px;min-width:0}
.r.me .col{align-items:flex-end}
.nm{font-size:12px;color:${c.sub};margin-bottom:4px;display:flex;gap:6px;align-items:center}
.bd{font-size:10.5px;color:${k.color};border:1px solid ${k.color};border-radius:3px;padding:0 4px}
.at{color:${c.sub}}
.bb{background:${c.other};padding:9px 12px;border-radius:4px 12px 12px 12px;font-size:${narrow ? 15 : 14.5}px;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 2px #0000000d}
.r.me .bb{background:${c.me};color:#fff;border-radius:12px 4px 12px 12px}
.mat{font-size:11px;color:${c.sub};margin-top:3px}
.cd{margin-top:6px;background:${c.card};border:1px solid ${c.line};border-radius:8px;padding:8px 12px;min-width:${narrow ? 240 : 320}px}
.ct{font-weight:600;font-size:14px;margin-bottom:4px}
.cr{display:flex;gap:10px;font-size:13.5px;padding:3px 0;overflow-wrap:anywhere}
.ck{color:${c.sub};flex:none;width:${scene.lang === 'en' ? 96 : 70}px}
.cp{display:flex;flex-wrap:wrap;gap:6px;margin-top:7px}
.cp span{font-size:12.5px;color:${k.color};background:${c.chip};border:1px solid ${k.color}55;border-radius:14px;padding:4px 10px}
.tm{text-align:center;font-size:12px;color:${c.sub};margin:8px 0}
.sy{text-align:center;margin:6px 24px}
.sy span{display:inline-block;font-size:12px;color:${c.sub};background:${d ? '#ffffff10' : '#0000000a'};padding:3px 10px;border-radius:10px;line-height:1.5}
.ip{flex:none;display:flex;gap:8px;align-items:center;padding:8px ${narrow ? 10 : 18}px ${scene._device.os === 'ios' ? 28 : 10}px;border-top:1px solid ${c.line};background:${c.panel}}
.ip .hm{font-size:12.5px;color:${k.color};border:1px solid ${k.color};border-radius:14px;padding:4px 10px;flex:none}
.ip .bx{flex:1;height:36px;border-radius:18px;background:${c.bg};color:${c.sub};font-size:13.5px;display:flex;align-items:center;padding-left:14px}
.ip .sd{font-size:13.5px;color:#fff;background:${k.color};border-radius:16px;padding:6px 14px;flex:none}
`;
    const body = `<div class="app">${topBar(scene, { bg: k.color, dark: true })}<div class="hd"><div class="hb">${narrow ? '<span class="bk">‹</span>' : ''}<div class="lg">${esc(k.logo ?? k.game.slice(0, 1))}</div><div>${t('div', 'title', k.title)}<div class="st">${esc(k.sub ?? `${x.bot} · ${x.hours}`)}</div></div></div></div>
<div class="wrap">${narrow ? '' : `<div class="faq"><h4>${esc(x.faq)}</h4>${faq}</div>`}<div class="chat"><div class="ms" data-scroll>${rows}</div>
<div class="ip">${t('span', 'button', x.human, 'class="hm"')}<div class="bx">${esc(x.input)}</div><span class="sd">${esc(x.send)}</span></div></div></div></div>`;
    return withOverlays(page(css, body, CJK), scene, d);
  },
};
