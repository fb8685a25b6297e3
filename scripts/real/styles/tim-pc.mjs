// TIM for Windows (Tencent's office-flavoured QQ client) in its light theme: the narrow left rail
// (own avatar, 消息 / 联系人 / 日程 / 文档 / 收藏 icons), the session list (search box, sessions
// with avatar, name, last line and time, the open one tinted), and the chat: the contact's name
// with its online line, messages as bubbles with the avatar beside them (own bubbles on the right,
// pale blue; the other side's white with a grey border), centred time stamps, then the toolbar
// (表情, 截图, 文件, 图片, 聊天记录) and the input box with 发送(S). Optional window title bar with the
// date and time of the Windows taskbar clock (`scene.taskbar`). Layout reconstructed; texts from
// the scene.
import { esc, t, page, avatar } from '../lib/common.mjs';

export default {
  name: 'tim-pc',
  kind: 'chat',
  render(scene) {
    const sessions = (scene.sessions ?? [[scene.title, '']])
      .map(([n, last, at], i) => `<div class="ss ${i === 0 ? 'on' : ''}">${avatar(n.slice(0, 1), ['#3A8CFF', '#22B573', '#F7931E', '#9B59B6', '#E2574C'][i % 5], 38, 19)}<div class="sm">${t('div', 'label', n, 'class="sn"')}${last ? t('div', 'label', last, 'class="sl"') : ''}</div>${at ? t('span', 'label', at, 'class="st"') : ''}</div>`)
      .join('');
    const msgs = scene.messages
      .map((m) => {
        if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
        const me = m.from === 'buyer';
        const av = me ? avatar(scene.buyerAvatar ?? '我', '#5B8DEF', 34, 17) : avatar(scene.merchantAvatar ?? '店', '#F08A24', 34, 17);
        const inner = m.type === 'image'
          ? `<div style="width:170px;height:110px;border-radius:6px;background:linear-gradient(135deg,#41295a,#2F0743 60%,#c33764)"></div>`
          : t('div', m.from, m.text, 'class="tx"');
        const nm = !me && scene.showNames ? t('div', 'label', m.name ?? scene.merchantName, 'class="nm"') : '';
        return `<div class="m ${me ? 'me' : ''}">${av}<div class="col">${nm}<div class="bb ${m.type === 'image' ? 'pic' : ''}">${inner}</div></div></div>`;
      })
      .join('');
    const rail = ['💬', '👤', '📅', '📄', '⭐'].map((x, i) => `<span class="ri ${i === 0 ? 'on' : ''}">${x}</span>`).join('');
    const css = `
body{background:#DDE3EA;font-size:14px;color:#1f2329;height:100vh}
.win{position:absolute;inset:${scene.inset ?? (scene.taskbar ? '0 0 40px 0' : '0')};display:flex;flex-direction:column;background:#fff;box-shadow:0 10px 40px #0003}
.tt{height:30px;background:#F3F5F8;display:flex;align-items:center;justify-content:flex-end;gap:20px;padding:0 14px;color:#666;font-size:13px;flex:none}
.wb{flex:1;display:flex;min-height:0}
.rail{width:64px;background:#F3F5F8;border-right:1px solid #E6E8EB;display:flex;flex-direction:column;align-items:center;padding-top:8px;gap:20px}
.rail .me{width:40px;height:40px;border-radius:50%;background:#5B8DEF;color:#fff;display:flex;align-items:center;justify-content:center;margin-bottom:8px}
.ri{font-size:20px;opacity:.55;width:40px;height:40px;display:flex;align-items:center;justify-content:center;border-radius:8px}.ri.on{opacity:1;background:#E1EAFB}
.list{width:268px;border-right:1px solid #ECEEF1;background:#FBFBFC}
.srch{margin:12px;height:30px;border-radius:15px;background:#EEF0F3;color:#9aa0a6;font-size:13px;display:flex;align-items:center;padding-left:14px}
.ss{display:flex;gap:10px;align-items:center;padding:10px 12px;position:relative}
.ss.on{background:#E7EEFB}
.sm{min-width:0;flex:1}.sn{font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.sl{font-size:12px;color:#8f959e;margin-top:3px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.st{font-size:11.5px;color:#a0a4aa;align-self:flex-start;margin-top:3px}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.head{height:58px;border-bottom:1px solid #ECEEF1;display:flex;flex-direction:column;justify-content:center;padding:0 24px}
.head .n{font-size:16px;font-weight:600}.head .o{font-size:12px;color:#22B573;margin-top:2px}
.body{flex:1;padding:16px 24px;overflow:hidden;background:#fff}
.m{display:flex;gap:10px;margin:0 0 16px;align-items:flex-start}
.m.me{flex-direction:row-reverse}
.col{max-width:${scene.lineW ?? 520}px;display:flex;flex-direction:column}
.m.me .col{align-items:flex-end}
.nm{font-size:12px;color:#8f959e;margin-bottom:4px}
.bb{background:#fff;border:1px solid #E3E6EA;border-radius:8px;padding:8px 12px}
.m.me .bb{background:#CFE3FF;border-color:#CFE3FF}
.bb.pic{padding:3px}
.tx{font-size:14px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.sys{text-align:center;margin:4px 0 14px}.sys span{font-size:12px;color:#9aa0a6}
.tool{height:38px;border-top:1px solid #ECEEF1;display:flex;gap:18px;align-items:center;padding:0 20px;font-size:16px;opacity:.6}
.edit{height:${scene.editH ?? 118}px;position:relative}
.send{position:absolute;right:20px;bottom:14px;background:#3A8CFF;color:#fff;font-size:13px;padding:6px 20px;border-radius:4px}
.tbar{position:absolute;left:0;right:0;bottom:0;height:40px;background:#EEF1F5ee;display:flex;align-items:center;justify-content:flex-end;padding-right:16px;font-size:12px;color:#222;text-align:right;line-height:1.3}
`;
    const tb = scene.taskbar ? `<div class="tbar">${t('div', 'label', `${scene.taskbar[0]}\n${scene.taskbar[1]}`, 'style="white-space:pre"')}</div>` : '';
    const body = `<div class="win"><div class="tt"><span>—</span><span>☐</span><span>✕</span></div><div class="wb"><div class="rail"><div class="me">${esc((scene.buyerAvatar ?? '我').slice(0, 1))}</div>${rail}</div>
<div class="list"><div class="srch">🔍 搜索</div>${sessions}</div><div class="main">
<div class="head">${t('span', 'title', scene.title, 'class="n"')}${scene.online ? t('span', 'label', scene.online, 'class="o"') : ''}</div>
<div class="body" data-scroll>${msgs}</div>
<div class="tool"><span>☺</span><span>✂</span><span>📁</span><span>🖼</span><span>🕘</span></div>
<div class="edit">${t('span', 'button', '发送(S)', 'class="send"')}</div></div></div></div>${tb}`;
    return page(css, body);
  },
};
