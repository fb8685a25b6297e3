// 钉钉 (DingTalk) for Windows, a one-to-one chat with an external contact: the light title strip
// with the search box ("搜索") and the window buttons, the narrow left rail (the user's avatar,
// then 消息 / 文档 / 工作台 / 通讯录 icons with their labels), the conversation list (round
// avatars that show two characters of the name, the name, the last line and the time; the open
// chat highlighted in pale blue), and the chat: the header with the name, the orange "外部" tag
// and the company under it, a light grey message area with centred time stamps, the other side's
// white bubbles with the avatar, the user's pale-blue bubbles (#D6E8FF) on the right with the small
// "已读" (grey) / "未读" (blue) mark beside them, pictures (whole phone screenshots via
// lib/shot.mjs) sent as image messages, and the composer (toolbar icons, the empty box, "发送").
// `scene.chats` = [[name, last line, time]] (the first is the open chat); `scene.messages`:
// { from: 'time'|'system', text } | { from: 'buyer'|'merchant', text?, shot?, read?, w? }.
// Layout reconstructed from the app.
import { esc, t, page } from '../lib/common.mjs';
import { SKINS, paneCss } from '../lib/mini-screens.mjs';
import { SHOT_CSS, shotBox } from '../lib/shot.mjs';

function round(name, color, size) {
  const two = [...name].slice(-2).join('');
  return `<div style="flex:none;width:${size}px;height:${size}px;border-radius:50%;background:${color};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.34)}px">${esc(two)}</div>`;
}

export default {
  name: 'dingtalk-pc',
  kind: 'chat',
  render(scene) {
    const me = scene.buyerName ?? '我';
    const other = scene.title;
    const chats = scene.chats ?? [[other, '', '']];
    const list = chats.map(([n, last, at], i) => `<div class="dk-ci${i === 0 ? ' dk-on' : ''}">${round(n, ['#3296FA', '#FF943E', '#15BC83', '#8F6CF7', '#F25643'][i % 5], 40)}<div class="dk-cm"><div class="dk-cr">${t('span', 'label', n, 'class="dk-cn"')}${t('span', 'label', at, 'class="dk-ct"')}</div>${t('div', 'label', last, 'class="dk-cl"')}</div></div>`).join('');
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dk-tm">${t('span', 'system', m.text)}</div>`;
      const mine = m.from === 'buyer';
      const inner = m.shot ? `<div class="dk-pic">${shotBox(m.shot, m.w ?? 220, { radius: 6, border: '1px solid #E3E5E8' })}</div>` : t('div', m.from, m.text, 'class="dk-bb"');
      const mark = mine && m.read !== undefined ? `<div class="dk-rd ${m.read ? 'dk-y' : 'dk-n'}">${m.read ? '已读' : '未读'}</div>` : '';
      return `<div class="dk-mr${mine ? ' dk-me' : ''}">${round(mine ? me : other, mine ? '#3296FA' : '#FF943E', 36)}${inner}${mark}</div>`;
    }).join('\n');
    const css = `${paneCss(SKINS.wechat)}${SHOT_CSS}
body{background:#fff;color:#171A1D;font-size:14px}
.dk-win{display:flex;flex-direction:column;height:100vh;border:1px solid #D0D3D6}
.dk-tb{flex:none;height:44px;background:#F3F4F6;display:flex;align-items:center;padding:0 0 0 16px;gap:12px;border-bottom:1px solid #E5E6E8}
.dk-tb .dk-lg{width:22px;height:22px;border-radius:6px;background:#1890FF}
.dk-tb .dk-sr{width:300px;height:28px;border-radius:6px;background:#E6E8EB;color:#8F959E;font-size:13px;display:flex;align-items:center;padding:0 10px;margin-left:220px}
.dk-tb .dk-wb{margin-left:auto;display:flex;gap:26px;padding-right:18px;color:#555;font-size:15px}
.dk-main{flex:1;display:flex;min-height:0}
.dk-rail{flex:none;width:68px;background:#F3F4F6;display:flex;flex-direction:column;align-items:center;padding-top:12px;gap:16px;border-right:1px solid #E5E6E8}
.dk-rail .dk-it{display:flex;flex-direction:column;align-items:center;gap:3px;font-size:11px;color:#646A73}
.dk-rail .dk-it i{display:block;width:24px;height:24px;border-radius:7px;border:2px solid #8F959E}
.dk-rail .dk-it.dk-on{color:#1890FF}.dk-rail .dk-it.dk-on i{border-color:#1890FF;background:#1890FF22}
.dk-list{flex:none;width:${scene.listW ?? 280}px;border-right:1px solid #E5E6E8;overflow:hidden;background:#fff}
.dk-ci{display:flex;gap:10px;padding:11px 14px;align-items:center}
.dk-ci.dk-on{background:#E5EFFD}
.dk-cm{flex:1;min-width:0}
.dk-cr{display:flex;justify-content:space-between;gap:6px}
.dk-cn{font-size:14px;color:#171A1D;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.dk-ct{font-size:12px;color:#8F959E;flex:none}
.dk-cl{font-size:12.5px;color:#8F959E;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:3px}
.dk-chat{flex:1;display:flex;flex-direction:column;min-width:0}
.dk-hd{flex:none;height:60px;display:flex;align-items:center;gap:10px;padding:0 20px;border-bottom:1px solid #E5E6E8}
.dk-hd .dk-nm{font-size:16px;font-weight:600}
.dk-hd .dk-tag{font-size:11px;color:#FF7D00;border:1px solid #FFBE80;border-radius:3px;padding:0 4px;margin-left:6px}
.dk-hd .dk-co{font-size:12px;color:#8F959E;margin-top:2px}
.dk-hd .dk-ic{margin-left:auto;display:flex;gap:20px;color:#646A73;font-size:16px}
.dk-ms{flex:1;overflow:hidden;background:#F5F6F7;padding:10px 0 14px}
.dk-tm{text-align:center;margin:12px 0 6px}.dk-tm span{font-size:12px;color:#8F959E}
.dk-mr{display:flex;align-items:flex-start;gap:10px;padding:7px 22px}
.dk-mr.dk-me{flex-direction:row-reverse}
.dk-bb{max-width:${scene.lineW ?? 460}px;padding:9px 12px;border-radius:8px;background:#fff;font-size:14px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.dk-mr.dk-me .dk-bb{background:#D6E8FF}
.dk-rd{align-self:flex-end;font-size:12px;white-space:nowrap;margin-bottom:2px}
.dk-rd.dk-y{color:#8F959E}.dk-rd.dk-n{color:#1890FF}
.dk-pic{line-height:0}
.dk-cp{flex:none;height:${scene.composerH ?? 150}px;border-top:1px solid #E5E6E8;display:flex;flex-direction:column;padding:10px 20px 14px;background:#fff}
.dk-cp .dk-ti{display:flex;gap:18px}.dk-cp .dk-ti i{display:block;width:18px;height:18px;border:1.6px solid #646A73;border-radius:4px}
.dk-cp .dk-sd{margin-top:auto;align-self:flex-end;background:#1890FF;color:#fff;font-size:13px;border-radius:5px;padding:5px 18px}
`;
    const rail = ['消息', '文档', '工作台', '通讯录', '日历'].map((x, i) => `<div class="dk-it${i === 0 ? ' dk-on' : ''}"><i></i><span>${x}</span></div>`).join('');
    const body = `<div class="dk-win"><div class="dk-tb"><div class="dk-lg"></div><div class="dk-sr">搜索</div><div class="dk-wb"><span>—</span><span>▢</span><span>✕</span></div></div>
<div class="dk-main"><div class="dk-rail">${round(me, '#3296FA', 34)}${rail}</div><div class="dk-list">${list}</div>
<div class="dk-chat"><div class="dk-hd"><div>${t('span', 'title', other, 'class="dk-nm"')}${scene.external === false ? '' : '<span class="dk-tag">外部</span>'}${scene.corp ? t('div', 'label', scene.corp, 'class="dk-co"') : ''}</div><div class="dk-ic"><span>☏</span><span>▭</span><span>⋯</span></div></div>
<div class="dk-ms" data-scroll>${rows}</div><div class="dk-cp"><div class="dk-ti"><i></i><i></i><i></i><i></i><i></i></div><div class="dk-sd">发送</div></div></div></div></div>`;
    return page(css, body);
  },
};
