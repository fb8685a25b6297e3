// WeChat for Windows (3.9 look): the dark grey icon rail on the far left (avatar, chats,
// contacts, favourites), the session list on #E9E9E9 with the search box and "+" button, the
// chat title with "···", the #F5F5F5 message pane with square avatars on both sides, green own
// bubbles (#95EC69) and white ones, then the toolbar (emoji, files, screenshot, chat history)
// and the white typing area with the grey "发送(S)" button. Messages come from lib/wx-msg.mjs:
// quotes, recalled messages, voice with its 转文字 transcript, 微信转账 cards. Light only.
// Layout reconstructed from the client.
import { esc, t, page, avatar } from '../lib/common.mjs';
import { wxCss, wxRow } from '../lib/wx-msg.mjs';

export default {
  name: 'wechat-pc',
  kind: 'chat',
  render(scene) {
    const sessions = (scene.sessions ?? [[scene.title, '', '']]).map(([n, last, at], i) => `<div class="ss ${i === 0 ? 'on' : ''}">${avatar(n.slice(0, 1), ['#3b7dd8', '#07C160', '#F0A020', '#8E6BD8', '#E8553F'][i % 5], 40, 4)}<div class="sm"><div class="s1">${t('span', 'label', n, 'class="sn"')}<span class="sa">${esc(at)}</span></div><div class="sl">${esc(last)}</div></div></div>`).join('');
    const rows = scene.messages.map((m) => wxRow(m, scene, { avatar: 36, showName: Boolean(scene.group) })).join('\n');
    const css = `
body{background:#F5F5F5;color:#111;font-size:14px}
.win{display:flex;height:100vh}
.rail{width:54px;background:#2E2E2E;display:flex;flex-direction:column;align-items:center;padding-top:32px;gap:22px;flex:none}
.rail .me{width:34px;height:34px;border-radius:4px;background:#c7d3df}
.rail i{display:block;width:22px;height:20px;border:2px solid #8c8c8c;border-radius:5px}
.rail i.on{border-color:#07C160;background:#07C16033}
.list{width:${scene.listW ?? 250}px;background:#E9E9E9;border-right:1px solid #DADADA;flex:none}
.srch{display:flex;gap:8px;align-items:center;padding:24px 12px 12px}
.srch .b{flex:1;height:26px;border-radius:4px;background:#DADADA;font-size:12px;color:#9a9a9a;display:flex;align-items:center;padding-left:26px}
.srch .p{width:26px;height:26px;border-radius:4px;background:#DADADA;text-align:center;line-height:25px;color:#555}
.ss{display:flex;gap:10px;padding:12px;align-items:center}
.ss.on{background:#C9C9C9}
.sm{flex:1;min-width:0}
.s1{display:flex;justify-content:space-between}
.sn{font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sa{font-size:11px;color:#999;flex:none;margin-left:6px}
.sl{font-size:12px;color:#999;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:4px}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.head{height:60px;border-bottom:1px solid #E2E2E2;display:flex;align-items:flex-end;justify-content:space-between;padding:0 24px 12px;font-size:17px}
.head .dots{font-size:18px;color:#555;letter-spacing:1px}
.body{flex:1;overflow:hidden;padding:10px 0;display:flex;flex-direction:column;justify-content:flex-end}
.tool{height:40px;display:flex;gap:18px;align-items:center;padding:0 22px;border-top:1px solid #E2E2E2}
.tool i{display:inline-block;width:19px;height:19px;border:1.6px solid #666;border-radius:4px}
.edit{height:${scene.editH ?? 130}px;position:relative}
.send{position:absolute;right:26px;bottom:16px;background:#E9E9E9;color:#07C160;font-size:13.5px;padding:6px 22px;border-radius:4px}
${wxCss({ fg: '#111', sub: '#999', otherBg: '#FFFFFF', selfBg: '#95EC69', quoteBg: '#E7E7E7', trBg: '#FFFFFF', sysFg: '#A8A8A8', sysBg: '#DADADA', maxW: scene.lineW ?? 520 })}
`;
    const body = `<div class="win"><div class="rail"><div class="me"></div><i class="on"></i><i></i><i></i><i></i></div>
<div class="list"><div class="srch"><div class="b">${esc('搜索')}</div><div class="p">+</div></div>${sessions}</div>
<div class="main"><div class="head">${t('span', 'title', scene.title)}<span class="dots">···</span></div>
<div class="body" data-scroll>${rows}</div>
<div class="tool"><i></i><i></i><i></i><i></i><i></i></div><div class="edit"><span class="send">${esc('发送(S)')}</span></div></div></div>`;
    return page(css, body);
  },
};
