// The Crisp chatbox on a shop's website as the visitor sees it: on a desktop the box floats in the
// lower right over the page, with the round launcher under it; on a phone it fills the screen. The
// header in the brand colour (the operators' round avatars, "Chat with <shop>" or the operator's
// name, the availability line `scene.status`), the messages (operators on the left in white
// cards with the small avatar and name above the first of a group; the visitor's on the right in
// the brand colour; "Seen" under the visitor's last message; centred date lines), the compose
// bar ("Compose your message…", attach, emoji) and the small "We run on Crisp" line. English,
// Simplified or Traditional Chinese chrome (`scene.lang`). Light only. Layout reconstructed
// from the chatbox; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { chat: 'Chat with', compose: 'Compose your message…', run: 'We run on Crisp', seen: 'Seen' },
  zh: { chat: '与此对话：', compose: '输入您的消息…', run: 'We run on Crisp', seen: '已读' },
  'zh-Hant': { chat: '與此對話：', compose: '輸入您的訊息…', run: 'We run on Crisp', seen: '已讀' },
};

export default {
  name: 'crisp-chat',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#1972F5';
    const ops = scene.operators ?? [['K', '#F59E0B']];
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      const prev = all[i - 1];
      const first = !prev || prev.from !== m.from;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="vr">${t('div', 'buyer', m.text, 'class="vb"')}${m.at ? `<span class="tm">${esc(m.at)}</span>` : ''}</div>${last && m.seen ? `<div class="seen">${x.seen}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `${first ? `<div class="on"><span class="oa" style="background:${ops[0][1]}">${esc(name[0])}</span>${t('span', 'label', name)}</div>` : ''}<div class="op">${t('div', 'merchant', m.text, 'class="ob"')}${m.at ? `<span class="tm">${esc(m.at)}</span>` : ''}</div>`;
    }).join('');
    const css = `
body{background:${desk ? '#F4F6F8' : '#fff'};color:#1c293b;font-size:14px}
.page{position:absolute;inset:0}
.page .nav{height:64px;background:#fff;border-bottom:1px solid #e3e8ee;display:flex;align-items:center;padding:0 60px;gap:34px;font-size:15px;color:#333}
.page .nav b{font-size:21px;margin-right:30px}
.page .hero{margin:40px 60px;height:260px;border-radius:12px;background:linear-gradient(120deg,#dfe7f1,#eef2f7)}
.page .cards{display:flex;gap:24px;margin:0 60px}.page .cards div{flex:1;max-width:230px;height:200px;border-radius:10px;background:#e6ebf1}
.box{${desk ? 'position:absolute;right:24px;bottom:100px;width:370px;height:min(620px,calc(100vh - 124px));border-radius:12px;box-shadow:0 6px 34px rgba(0,0,0,.18);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#F6F7F9}
.hd{background:${brand};color:#fff;flex:none;padding-bottom:${desk ? 16 : 14}px}
.hr{display:flex;align-items:center;gap:12px;padding:${desk ? '16px 18px 0' : '8px 16px 0'}}
.avs{display:flex}.avs span{width:36px;height:36px;border-radius:50%;border:2px solid ${brand};margin-left:-10px;display:flex;align-items:center;justify-content:center;font-weight:700}
.avs span:first-child{margin-left:0}
.ht{font-size:16px;font-weight:700}
.hs{font-size:12.5px;opacity:.9;margin-top:2px;display:flex;align-items:center;gap:6px}
.hs i{width:8px;height:8px;border-radius:50%;background:${scene.online === false ? '#F3B33D' : '#4ADE80'};display:inline-block}
.ms{flex:1;overflow:hidden;padding:12px 14px}
.on{display:flex;align-items:center;gap:7px;font-size:12px;color:#738296;margin:10px 0 5px}
.oa{width:22px;height:22px;border-radius:50%;color:#fff;font-size:11px;display:flex;align-items:center;justify-content:center}
.op,.vr{display:flex;align-items:flex-end;gap:6px;margin-bottom:6px}
.vr{flex-direction:row-reverse}
.ob,.vb{max-width:80%;padding:9px 13px;border-radius:12px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}
.ob{background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08);border-top-left-radius:4px}
.vb{background:${brand};color:#fff;border-bottom-right-radius:4px}
.tm{font-size:10.5px;color:#9aa5b4;white-space:nowrap}
.seen{text-align:right;font-size:11px;color:#9aa5b4;margin:-2px 2px 8px}
.dl{text-align:center;margin:12px 0 8px}.dl span{font-size:11.5px;color:#8a96a8;background:#e9edf2;border-radius:10px;padding:2px 10px}
.cp{flex:none;background:#fff;border-top:1px solid #e3e8ee;padding:13px 16px;display:flex;gap:14px;color:#9aa5b4}
.cp .w{flex:1}
.run{flex:none;background:#fff;text-align:center;font-size:10.5px;color:#b0b9c6;padding:0 0 ${desk ? 8 : 26}px}
.lau{position:absolute;right:24px;bottom:24px;width:60px;height:60px;border-radius:50%;background:${brand};color:#fff;font-size:24px;display:flex;align-items:center;justify-content:center;box-shadow:0 3px 14px rgba(0,0,0,.22)}
`;
    const box = `<div class="box"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: brand })}<div class="hr"><div class="avs">${ops.map(([ch, col]) => `<span style="background:${col}">${esc(ch)}</span>`).join('')}</div><div>${t('div', 'title', scene.headTitle ?? `${x.chat} ${scene.title}`, 'class="ht"')}${scene.status ? `<div class="hs"><i></i>${t('span', 'label', scene.status)}</div>` : ''}</div></div></div>
<div class="ms" data-scroll>${msgs}</div><div class="cp"><span class="w">${x.compose}</span><span>📎</span><span>☺</span></div><div class="run">${x.run}</div></div>`;
    const body = desk
      ? `<div class="page"><div class="nav"><b>${esc(scene.site ?? scene.title)}</b><span>Store</span><span>Gift cards</span><span>Software</span><span>FAQ</span></div><div class="hero"></div><div class="cards"><div></div><div></div><div></div></div></div>${box}<div class="lau">✕</div>`
      : box;
    return page(css, body, LATIN);
  },
};
