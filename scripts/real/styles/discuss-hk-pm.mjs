// A Hong Kong forum's private messages (香港討論區-like, a Discuz! board) in a desktop browser:
// the navy header with the site's name and the member bar, the breadcrumb 首頁 › 短訊, the left
// menu (收件箱 / 寄件箱 / 發送短訊 / 黑名單), the conversation with one member (each message with
// the poster's square avatar, name, time 2028-3-21 21:05 and text, own ones on a pale background),
// and the reply box with 發送. Light only. Layout reconstructed; texts from the scene.
import { t, page, esc } from '../lib/common.mjs';

const NAVY = '#1F3A68';

export default {
  name: 'discuss-hk-pm',
  kind: 'chat',
  render(scene) {
    const me = scene.me ?? 'me';
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const own = m.from === 'buyer';
      const who = own ? me : scene.peer;
      return `<div class="m${own ? ' own' : ''}"><div class="av" style="background:${own ? '#5c7cfa' : scene.peerColor ?? '#e8590c'}">${esc(who.slice(0, 1))}</div><div class="mb"><div class="mh"><b>${esc(who)}</b><span>${esc(m.at ?? '')}</span></div>${t('div', m.from, m.text, 'class="tx"')}</div></div>`;
    }).join('');
    const css = `
body{background:#E9EDF2;color:#222;font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:13.5px}
.chrome{height:38px;background:#dee1e6;display:flex;align-items:center;gap:10px;padding:0 12px}
.chrome .url{flex:1;background:#fff;border-radius:14px;height:26px;line-height:26px;padding:0 14px;color:#555;font-family:"Liberation Sans",sans-serif;font-size:13px}
.hd{background:${NAVY};color:#fff;height:64px;display:flex;align-items:center;padding:0 calc(50% - 560px);gap:18px}
.hd .lg{font-size:24px;font-weight:700;letter-spacing:1px}.hd .lg small{font-size:12px;font-weight:400;opacity:.8;margin-left:8px}
.hd .nv{flex:1;display:flex;gap:18px;font-size:14px;opacity:.95}.hd .us{font-size:13px}
.wrap{width:1120px;margin:10px auto}
.bc{font-size:12.5px;color:#666;margin-bottom:8px}
.main{display:flex;gap:12px}
.side{width:170px;background:#fff;border:1px solid #cfd6df}
.side div{padding:9px 14px;border-bottom:1px solid #eef1f4}.side .on{background:#E7EEF8;color:${NAVY};font-weight:700;border-left:3px solid ${NAVY}}
.box{flex:1;background:#fff;border:1px solid #cfd6df}
.bh{background:#F3F6FA;border-bottom:1px solid #cfd6df;padding:9px 14px;font-weight:700;color:${NAVY}}
.list{padding:4px 0;max-height:${scene.listH ?? 430}px;overflow:hidden}
.m{display:flex;gap:12px;padding:10px 16px;border-bottom:1px dashed #e1e6ec}
.m.own{background:#F7FAFF}
.av{width:42px;height:42px;flex:none;color:#fff;font-size:18px;display:flex;align-items:center;justify-content:center;border-radius:3px}
.mh{display:flex;gap:12px;align-items:baseline;margin-bottom:4px}.mh b{color:${NAVY}}.mh span{color:#999;font-size:12px}
.tx{line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.sys{text-align:center;color:#888;font-size:12px;padding:6px}
.rp{padding:10px 16px;border-top:1px solid #cfd6df;display:flex;gap:10px;align-items:flex-end}
.rp .ta{flex:1;height:58px;border:1px solid #c5ccd6;background:#fff}
.rp .sb{background:${NAVY};color:#fff;padding:6px 18px;border-radius:2px}
`;
    const body = `<div class="chrome"><span>← → ↻</span><div class="url">${esc(scene.url ?? 'https://www.discuss.com.hk/pm.php?uid=…')}</div></div>
<div class="hd"><div class="lg">${esc(scene.site ?? '香港討論區')}<small>discuss.com.hk</small></div><div class="nv"><span>首頁</span><span>討論區</span><span>二手市場</span><span>遊戲</span></div><div class="us">${esc(me)} | 短訊 | 設定 | 登出</div></div>
<div class="wrap"><div class="bc">首頁 › 短訊 › 與 ${esc(scene.peer)} 的對話</div>
<div class="main"><div class="side"><div class="on">收件箱</div><div>寄件箱</div><div>發送短訊</div><div>黑名單</div></div>
<div class="box">${t('div', 'title', `與 ${scene.peer} 的短訊`, 'class="bh"')}<div class="list" data-scroll>${msgs}</div><div class="rp"><div class="ta"></div><span class="sb">發送</span></div></div></div></div>`;
    return page(css, body);
  },
};
