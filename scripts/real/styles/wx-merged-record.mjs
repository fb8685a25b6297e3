// WeChat's merged forward opened (合并转发的「聊天记录」, phone): the buyer forwarded a whole chat
// as one record (to 文件传输助手 or a friend) and captured the record page. The nav bar holds
// "‹", the record's title ("A和B的聊天记录", or "群聊的聊天记录") and "···"; under it a centred grey
// date line ("— 2028年3月2日 —", or a range); then one row per message, no bubbles: a small square
// avatar on the left (hidden when the same person writes again), the sender's name in grey with
// the time on the right, the text in black under it, thin rules between rows; pictures as
// thumbnails. Light and dark (`scene.dark`). `scene.record` = { title, date, rows: [{ from:
// 'buyer'|'merchant'|'time', name, at, text, type?: 'image' }] }. Layout reconstructed from the app.
import { t, page, topBar, avatar, picture } from '../lib/common.mjs';

export default {
  name: 'wx-merged-record',
  kind: 'chat',
  render(scene) {
    const r = scene.record;
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#111111', bar: '#111111', fg: '#D5D5D5', sub: '#7D7D7D', line: '#262626' }
      : { bg: '#FFFFFF', bar: '#EDEDED', fg: '#191919', sub: '#9A9A9A', line: '#ECECEC' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.app{display:flex;flex-direction:column;${scene.long ? 'min-height:100vh' : 'height:100vh'}}
.nav{height:48px;display:flex;align-items:center;justify-content:center;position:relative;background:${c.bar};font-size:16.5px;font-weight:500;flex:none}
.nav .bk{position:absolute;left:12px;font-size:24px;font-weight:300;top:50%;transform:translateY(-56%)}
.nav .mo{position:absolute;right:16px;font-size:20px;letter-spacing:1px;top:50%;transform:translateY(-60%)}
.nav .tt{max-width:250px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.list{flex:1;overflow:hidden}
.date{display:flex;align-items:center;gap:10px;justify-content:center;color:${c.sub};font-size:12.5px;padding:16px 0 6px}
.date i{display:block;width:44px;height:1px;background:${c.line}}
.row{display:flex;gap:10px;padding:12px 16px 0}
.row .av{flex:none;width:36px}
.row .main{flex:1;min-width:0;border-bottom:1px solid ${c.line};padding-bottom:12px}
.row.last .main{border-bottom:none}
.hd{display:flex;justify-content:space-between;font-size:12.5px;color:${c.sub};margin-bottom:3px}
.tx{font-size:15.5px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere}
.tm{text-align:center;font-size:12px;color:${c.sub};padding:12px 0 0}
`;
    let prev = null;
    const rows = r.rows.map((m, i) => {
      if (m.from === 'time') {
        prev = null;
        return `<div class="tm">${t('span', 'system', m.text)}</div>`;
      }
      const same = prev === m.name;
      prev = m.name;
      const [ch, col] = m.from === 'buyer' ? scene.buyerAvatar ?? ['我', '#6a8caf'] : scene.merchantAvatar ?? ['店', '#d9822b'];
      const av = same ? '' : avatar(ch, col, 36, 4);
      const inner = m.type === 'image' ? picture(m.w ?? 120, m.h ?? 160, m.hue ?? 210) : t('div', m.from, m.text, 'class="tx"');
      const last = i === r.rows.length - 1 ? ' last' : '';
      return `<div class="row${last}"><div class="av">${av}</div><div class="main"><div class="hd">${t('span', 'label', m.name)}${t('span', 'system', m.at ?? '')}</div>${inner}</div></div>`;
    }).join('\n');
    const body = `<div class="app"><div style="background:${c.bar}">${topBar(scene, { dark: d, bg: c.bar })}</div>
<div class="nav"><span class="bk">‹</span>${t('span', 'title', r.title, 'class="tt"')}<span class="mo">···</span></div>
<div class="list"><div class="date"><i></i>${t('span', 'system', r.date)}<i></i></div>${rows}</div>
</div>`;
    return page(css, body);
  },
};
