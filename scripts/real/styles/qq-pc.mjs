// QQ for PC (classic layout): contact list on the left, the chat on the right; every message
// sits under a header line "name  time", all left-aligned (own name green, other blue).
import { esc, t, page, avatar } from '../lib/common.mjs';

export default {
  name: 'qq-pc',
  kind: 'chat',
  render(scene) {
    const contacts = (scene.contacts ?? [scene.title, '我的手机', '游戏交流群', '腾讯新闻'])
      .map((c, i) => `<div class="ct ${i === 0 ? 'on' : ''}">${avatar(c.slice(0, 1), ['#4fa3ff', '#36c275', '#ff8c42', '#b37feb'][i % 4], 36, 18)}<div>${t('div', 'label', c, 'class="cn"')}</div></div>`)
      .join('');
    const msgs = scene.messages
      .map((m) => {
        if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
        const name = m.from === 'buyer' ? scene.buyerName : scene.merchantName;
        const cls = m.from === 'buyer' ? 'me' : 'other';
        const body = m.type === 'image'
          ? `<div style="width:180px;height:120px;border-radius:4px;background:linear-gradient(135deg,#2b5876,#4e4376)"></div>`
          : t('div', m.from, m.text, 'class="tx"');
        return `<div class="m">${t('div', 'label', `${name}  ${m.at}`, `class="hd ${cls}"`)}${body}</div>`;
      })
      .join('');
    const css = `
body{background:#EAF2FA;font-size:14px;color:#222}
.win{display:flex;height:100vh;background:#fff}
.side{width:260px;background:#F5F7FA;border-right:1px solid #E3E7EC;padding-top:64px}
.ct{display:flex;gap:10px;align-items:center;padding:11px 14px}
.ct.on{background:#DDE9F7}
.cn{font-size:14px}
.main{flex:1;display:flex;flex-direction:column}
.head{height:56px;border-bottom:1px solid #E8E8E8;display:flex;align-items:center;padding:0 22px;font-size:17px}
.body{flex:1;padding:14px 26px;overflow:hidden}
.m{margin:0 0 14px}
.hd{font-size:12.5px;margin-bottom:4px;white-space:pre}
.hd.me{color:#008040}.hd.other{color:#0B63C9}
.tx{font-size:14.5px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere;padding-left:14px;max-width:${scene.lineW ?? 760}px}
.sys{text-align:center;color:#999;font-size:12px;margin:6px 0 12px}
.tool{height:34px;border-top:1px solid #E8E8E8;display:flex;gap:16px;align-items:center;padding:0 20px}
.tool i{display:inline-block;width:18px;height:18px;border:1.5px solid #888;border-radius:4px}
.edit{height:120px;position:relative}
.send{position:absolute;right:20px;bottom:14px;background:#0B63C9;color:#fff;font-size:13px;padding:6px 18px;border-radius:4px}
`;
    const body = `<div class="win"><div class="side">${contacts}</div><div class="main">
<div class="head">${t('span', 'title', scene.title)}</div>
<div class="body" data-scroll>${msgs}</div>
<div class="tool"><i></i><i></i><i></i><i></i></div>
<div class="edit"><span class="send">${esc('发送(S)')}</span></div></div></div>`;
    return page(css, body);
  },
};
