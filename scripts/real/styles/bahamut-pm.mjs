// 巴哈姆特電玩資訊站's 站內信 (private mail) read as a thread, on a desktop browser or the phone's web
// page: the teal top bar with the 巴哈姆特 word mark, the 站內信 folders on the left (收件匣, 寄件備份,
// 撰寫新信; desktop), the subject, then each letter as a block with the sender's avatar, nickname
// and account id, the time and the text (the buyer's letters `from: 'buyer'`, the seller's
// `from: 'merchant'`), and the reply box at the bottom. `scene.dark` gives the site's dark theme.
// `scene.pm`: { subject, buyer: [nick, id], merchant: [nick, id], letters: [{ from, at, text }] }.
// Layout reconstructed; texts from the scene.
import { t, page, esc, topBar } from '../lib/common.mjs';

const TEAL = '#117E96';

export default {
  name: 'bahamut-pm',
  kind: 'chat',
  render(scene) {
    const p = scene.pm;
    const desk = scene._device.os === 'desktop';
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#1B1D1F', card: '#25282B', fg: '#E3E3E3', sub: '#9AA0A6', line: '#34383C', box: '#1F2224' } : { bg: '#EEF1F3', card: '#FFF', fg: '#222', sub: '#7A7A7A', line: '#E3E6E8', box: '#F7F9FA' };
    const who = { buyer: p.buyer, merchant: p.merchant };
    const letters = p.letters.map((l) => {
      const [nick, id] = who[l.from];
      const col = l.from === 'buyer' ? '#5C7CFA' : '#F08C00';
      return `<div class="lt ${l.from}"><div class="av" style="background:${col}">${esc(nick.slice(0, 1))}</div><div class="lb">
<div class="lh">${t('span', 'title', nick, 'class="nk"')}<span class="id">${esc(id)}</span>${t('span', 'system', l.at, 'class="at"')}</div>
${t('div', l.from, l.text, 'class="tx"')}</div></div>`;
    }).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:${desk ? 15 : 14.5}px}
.app{display:flex;flex-direction:column;height:100vh}
.browser{display:${desk ? 'block' : 'none'};background:#DEE1E6;flex:none}.tabsb{height:34px;display:flex;align-items:flex-end;padding:0 10px}.tabsb span{background:#fff;border-radius:8px 8px 0 0;height:28px;width:230px;padding:6px 12px;font-size:12px;color:#333}
.addr{background:#fff;height:36px;display:flex;align-items:center;padding:0 14px;gap:12px;color:#666;border-bottom:1px solid #ccc}.addr .u{flex:1;background:#F1F3F4;border-radius:16px;padding:4px 14px;color:#222;font-size:13px}
.top{background:${TEAL};color:#fff;height:${desk ? 46 : 48}px;display:flex;align-items:center;gap:18px;padding:0 ${desk ? '10%' : '12px'};flex:none}
.logo{font-weight:800;font-size:${desk ? 20 : 18}px;letter-spacing:1px}.tn{display:${desk ? 'flex' : 'none'};gap:20px;font-size:14px;opacity:.92}.me{margin-left:auto;font-size:13px}
.wrap{flex:1;display:flex;gap:16px;padding:${desk ? '14px 10%' : '0'};min-height:0}
.fold{width:170px;flex:none;background:${c.card};display:${desk ? 'block' : 'none'};align-self:flex-start;border-radius:4px}.fold div{padding:11px 16px;border-bottom:1px solid ${c.line};color:${c.sub}}.fold .on{color:${TEAL};font-weight:700;background:${d ? '#1f3a40' : '#E7F4F7'}}
.main{flex:1;display:flex;flex-direction:column;background:${c.card};border-radius:${desk ? 4 : 0}px;min-width:0;min-height:0}
.sub{padding:${desk ? '14px 20px' : '10px 14px'};border-bottom:1px solid ${c.line};font-weight:700;font-size:${desk ? 17 : 15.5}px;flex:none}
.sub small{display:block;font-weight:400;font-size:12.5px;color:${c.sub};margin-top:3px}
.list{flex:1;overflow:hidden;padding:4px 0}
.lt{display:flex;gap:12px;padding:${desk ? '14px 20px' : '12px 14px'};border-bottom:1px solid ${c.line}}
.av{width:${desk ? 44 : 38}px;height:${desk ? 44 : 38}px;border-radius:4px;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px;flex:none}
.lb{flex:1;min-width:0}.lh{display:flex;align-items:baseline;gap:8px;flex-wrap:wrap}.nk{font-weight:700;color:${TEAL}}.id{color:${c.sub};font-size:12.5px}.at{margin-left:auto;color:${c.sub};font-size:12.5px}
.tx{margin-top:6px;line-height:1.65;white-space:pre-wrap;overflow-wrap:anywhere}
.reply{flex:none;border-top:1px solid ${c.line};padding:10px ${desk ? 20 : 12}px ${desk ? 12 : 26}px;display:flex;gap:10px;align-items:center}.reply .bx{flex:1;height:${desk ? 60 : 38}px;background:${c.box};border:1px solid ${c.line};border-radius:4px}.reply span{background:${TEAL};color:#fff;padding:8px 18px;border-radius:4px;font-size:14px}
`;
    const body = `<div class="app">${topBar(scene, { dark: true, bg: TEAL })}<div class="browser"><div class="tabsb"><span>站內信 - 巴哈姆特</span></div><div class="addr"><span>←</span><span>⟳</span><div class="u">mailbox.gamer.com.tw</div></div></div>
<div class="top"><span class="logo">${desk ? '巴哈姆特' : '‹　站內信'}</span><span class="tn"><span>哈啦區</span><span>創作大廳</span><span>動畫瘋</span><span>站內信</span></span><span class="me">${esc(scene.me ?? '')}</span></div>
<div class="wrap"><div class="fold"><div class="on">收件匣</div><div>寄件備份</div><div>撰寫新信</div><div>好友名單</div></div>
<div class="main"><div class="sub">${t('span', 'title', p.subject)}<small>${esc(`共 ${p.letters.length} 封`)}</small></div><div class="list" data-scroll>${letters}</div><div class="reply"><div class="bx"></div><span>回覆</span></div></div></div></div>`;
    return page(css, body);
  },
};
