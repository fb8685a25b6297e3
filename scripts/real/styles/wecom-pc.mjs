// 企业微信 (WeCom) for Windows, a one-to-one chat with an external contact: the narrow left rail
// (the user's square avatar, then 消息 / 文档 / 日程 / 会议 / 工作台 / 通讯录 icons with their labels,
// 消息 in WeCom blue), the conversation list (the "搜索" box and the "+" button, rows with
// rounded-square avatars, the name and the green "@微信" tag of a WeChat user or the orange
// "@企业名" tag of another company's member, the last line and the time; the open chat in pale
// grey-blue), and the chat: the header with the name, its tag and the company line, the icons on
// the right; the light grey chat background; centred grey time stamps and system notices; the
// other side's white bubbles and the user's own pale blue (#C9E7FF) bubbles, each with a
// rounded-square avatar; the blue "已读" / grey "未读" mark beside own messages; the input area
// (the tool icons, a blank white box and the "发送(S)" button). `scene.tag` ('@微信' by default) and
// `scene.corp` (a company line in the header); `scene.chats` = [[name, last, time, tag?]];
// `scene.messages`: { from: 'time'|'system', text } | { from: 'buyer'|'merchant', text, read? }.
// Layout reconstructed from the app.
import { esc, t, page, CJK, avatar } from '../lib/common.mjs';

export default {
  name: 'wecom-pc',
  kind: 'chat',
  render(scene) {
    const other = scene.title;
    const tag = scene.tag ?? '@微信';
    const tagCol = (g) => (g === '@微信' ? '#07C160' : '#F0883A');
    const chats = scene.chats ?? [[other, '', '', tag]];
    const colors = ['#3D7BF7', '#E0873B', '#23A56D', '#8E63D8', '#D5525F', '#2BA3B7'];
    const rail = ['消息', '文档', '日程', '会议', '工作台', '通讯录'].map((x, i) => `<div class="wc-ri${i === 0 ? ' on' : ''}"><div class="ic">${['💬', '📄', '📅', '📹', '▦', '👥'][i]}</div>${esc(x)}</div>`).join('');
    const list = chats.map(([n, last, at, g], i) => `<div class="wc-ci${i === 0 ? ' on' : ''}">${avatar(n.slice(0, 1), colors[i % colors.length], 38, 6)}<div class="wc-cm"><div class="wc-cr"><span class="wc-cnw">${t('span', 'label', n, 'class="wc-cn"')}${g ? `<span class="wc-tag" style="color:${tagCol(g)}">${esc(g)}</span>` : ''}</span>${t('span', 'label', at, 'class="wc-ct"')}</div>${t('div', 'label', last, 'class="wc-cl"')}</div></div>`).join('');
    const rows = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="wc-tm">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="wc-sys">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const av = me ? avatar((scene.buyerName ?? '我').slice(0, 1), '#5A7FA8', 36, 6) : avatar(other.slice(0, 1), colors[0], 36, 6);
      const mark = me && m.read !== undefined ? `<div class="wc-rd" style="color:${m.read ? '#3D7BF7' : '#A0A0A0'}">${m.read ? '已读' : '未读'}</div>` : '';
      return `<div class="wc-mr${me ? ' me' : ''}">${av}<div class="wc-bb">${t('span', m.from, m.text)}</div>${mark}</div>`;
    }).join('\n');
    const css = `
body{background:#F5F5F5;color:#1F1F1F;font-size:14px}
.wc-win{display:flex;height:100vh}
.wc-rail{flex:none;width:64px;background:#E8EAEE;display:flex;flex-direction:column;align-items:center;padding-top:18px;gap:6px}
.wc-ri{width:56px;text-align:center;font-size:11px;color:#6A6F78;padding:6px 0;border-radius:6px}
.wc-ri .ic{font-size:18px;filter:grayscale(1);opacity:.7}
.wc-ri.on{color:#3D7BF7;background:#D8E4FB}.wc-ri.on .ic{filter:none;opacity:1}
.wc-list{flex:none;width:${scene.listW ?? 270}px;background:#F7F8FA;border-right:1px solid #E5E6EA;overflow:hidden}
.wc-sb{display:flex;gap:8px;align-items:center;padding:16px 12px 10px}
.wc-sb .b{flex:1;height:28px;border-radius:5px;background:#E9EBEF;color:#999;font-size:12.5px;display:flex;align-items:center;padding:0 10px}
.wc-sb .p{width:28px;height:28px;border-radius:5px;background:#E9EBEF;color:#666;display:flex;align-items:center;justify-content:center}
.wc-ci{display:flex;gap:10px;align-items:center;padding:10px 12px}
.wc-ci.on{background:#E1E6EF}
.wc-cm{flex:1;min-width:0}.wc-cr{display:flex;justify-content:space-between;gap:6px;align-items:baseline}
.wc-cnw{min-width:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.wc-cn{font-size:14px}.wc-tag{font-size:11.5px;margin-left:3px}
.wc-ct{font-size:11.5px;color:#A0A0A0;flex:none}
.wc-cl{font-size:12.5px;color:#9A9A9A;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:3px}
.wc-chat{flex:1;display:flex;flex-direction:column;min-width:0;background:#F2F3F5}
.wc-hd{flex:none;height:60px;display:flex;align-items:center;gap:8px;padding:0 22px;border-bottom:1px solid #E3E4E8;background:#F7F8FA}
.wc-hd .nm{font-size:16px;font-weight:600}.wc-hd .tg{font-size:13px}
.wc-hd .co{font-size:12px;color:#999;margin-left:6px}
.wc-hd .ic{margin-left:auto;display:flex;gap:18px;color:#777;font-size:16px}
.wc-ms{flex:1;overflow:hidden;padding:8px 0 12px}
.wc-tm{text-align:center;margin:14px 0 6px}.wc-tm span{font-size:12px;color:#A3A3A3}
.wc-sys{text-align:center;margin:6px 80px}.wc-sys span{display:inline-block;font-size:12px;color:#8A8A8A;background:#E6E7EA;border-radius:4px;padding:3px 10px;line-height:1.5}
.wc-mr{display:flex;gap:10px;padding:6px 22px;align-items:flex-start}
.wc-mr.me{flex-direction:row-reverse}
.wc-bb{max-width:${scene.lineW ?? 460}px;padding:9px 12px;border-radius:6px;background:#FFFFFF;font-size:14px;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere}
.wc-mr.me .wc-bb{background:#C9E7FF}
.wc-rd{align-self:flex-end;font-size:11.5px;white-space:nowrap}
.wc-in{flex:none;height:${scene.inputH ?? 150}px;background:#FFFFFF;border-top:1px solid #E3E4E8;display:flex;flex-direction:column;padding:10px 22px}
.wc-in .tl{display:flex;gap:18px;color:#777;font-size:16px}
.wc-in .bt{margin-top:auto;align-self:flex-end;font-size:13px;color:#fff;background:#3D7BF7;border-radius:4px;padding:5px 16px}
`;
    const body = `<div class="wc-win"><div class="wc-rail">${avatar((scene.buyerName ?? '我').slice(0, 1), '#5A7FA8', 36, 6)}${rail}</div>
<div class="wc-list"><div class="wc-sb"><div class="b">⌕ 搜索</div><div class="p">＋</div></div>${list}</div>
<div class="wc-chat"><div class="wc-hd">${t('span', 'title', other, 'class="nm"')}<span class="tg" style="color:${tagCol(tag)}">${esc(tag)}</span>${scene.corp ? t('span', 'title', scene.corp, 'class="co"') : ''}<div class="ic"><span>☏</span><span>▭</span><span>⋯</span></div></div>
<div class="wc-ms" data-scroll>${rows}</div><div class="wc-in"><div class="tl"><span>☺</span><span>✂</span><span>▣</span><span>📁</span><span>☏</span></div><div class="bt">发送(S)</div></div></div></div>`;
    return page(css, body, CJK);
  },
};
