// The 网易七鱼 (Qiyu) H5 customer-service page a shop opens from its order page on a phone: the
// status bar, the white title bar with the back arrow, the shop's name and the ⋯ button, an amber
// notice strip under it (the shop's service hours or a delivery note, `scene.notice`), the grey
// message area with centred time lines and system lines ("您好，人工客服 小七 为您服务"), round avatars,
// the agent's white bubbles on the left (a robot's answer may carry its question links), the
// visitor's blue bubbles on the right, a small 未读 / 已读 mark under the visitor's last bubble if
// the scene gives `read`, then the row of quick-entry chips (订单查询, 人工客服, 评价) and the input bar
// with the voice, emoji and + icons. Simplified or Traditional Chinese (`scene.lang`). Layout
// reconstructed; texts from the scene.
import { t, esc, page, topBar } from '../lib/common.mjs';

const TXT = {
  zh: { chips: ['订单查询', '转人工', '常见问题', '评价'], input: '请输入您的问题', read: ['已读', '未读'] },
  'zh-Hant': { chips: ['訂單查詢', '轉人工', '常見問題', '評價'], input: '請輸入您的問題', read: ['已讀', '未讀'] },
};

export default {
  name: 'qiyu-chat',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'zh'];
    const c = scene.brandColor ?? '#337EFF';
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="tl">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="sy">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const inner = m.type === 'image'
        ? `<div class="pic" style="background:linear-gradient(160deg,hsl(${m.hue ?? 210} 40% 74%),hsl(${m.hue ?? 210} 45% 40%))"></div>`
        : `<div class="bb">${t('span', m.from, m.text)}${m.links ? `<div class="lk">${m.links.map((l) => t('div', m.from, l)).join('')}</div>` : ''}</div>`;
      const rd = me && m.read !== undefined ? `<div class="rd ${m.read ? '' : 'un'}">${esc(m.read ? x.read[0] : x.read[1])}</div>` : '';
      return `<div class="row ${me ? 'me' : ''}"><div class="av ${me ? 'b' : ''}">${esc(me ? (scene.buyerInitial ?? '我') : (scene.merchantName ?? '七')[0])}</div><div class="col">${inner}${rd}</div></div>`;
    }).join('');
    const css = `
body{background:#F4F5F7;color:#222;font-size:14.5px}
.app{display:flex;flex-direction:column;height:100vh}
.top{background:#fff;flex:none;border-bottom:1px solid #ECEDEF}
.ti{height:46px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.ti .bk{position:absolute;left:12px;font-size:24px;font-weight:400}.ti .mo{position:absolute;right:14px;font-size:18px}
.nt{flex:none;background:#FFF7E6;color:#B26A00;font-size:12.5px;padding:7px 14px;line-height:1.45;border-bottom:1px solid #FFE7BA}
.ms{flex:1;overflow:hidden;padding:6px 12px}
.tl{text-align:center;margin:10px 0 6px}.tl span{font-size:12px;color:#9AA0A8}
.sy{text-align:center;margin:6px 18px}.sy span{display:inline-block;font-size:12px;color:#8C939D;line-height:1.5}
.row{display:flex;gap:9px;margin:9px 0;align-items:flex-start}.row.me{flex-direction:row-reverse}
.av{width:38px;height:38px;border-radius:50%;background:${scene.merchantColor ?? '#5B8FF9'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px;flex:none}
.av.b{background:#B8C2CC}
.col{max-width:72%;display:flex;flex-direction:column}.me .col{align-items:flex-end}
.bb{background:#fff;border-radius:2px 14px 14px 14px;padding:10px 12px;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere}
.me .bb{background:${c};color:#fff;border-radius:14px 2px 14px 14px}
.lk{margin-top:6px;border-top:1px solid #EEF0F2;padding-top:6px;color:${c};font-size:14px;line-height:1.7}
.pic{width:110px;height:150px;border-radius:8px}
.rd{font-size:11px;color:#9AA0A8;margin-top:3px}.rd.un{color:${c}}
.chips{flex:none;display:flex;gap:8px;padding:8px 10px 4px;background:#F4F5F7;overflow:hidden}
.chips span{flex:none;background:#fff;border:1px solid #E3E6EA;border-radius:14px;padding:4px 12px;font-size:13px;color:#555}
.ip{flex:none;background:#fff;border-top:1px solid #ECEDEF;display:flex;align-items:center;gap:10px;padding:8px 10px ${scene._device.os === 'ios' ? 30 : 10}px}
.ip .i{width:28px;height:28px;border-radius:50%;border:1.6px solid #666;flex:none}
.ip .f{flex:1;height:36px;border-radius:18px;background:#F4F5F7;color:#B0B5BC;font-size:14px;display:flex;align-items:center;padding-left:14px}
`;
    const body = `<div class="app"><div class="top">${topBar(scene, { bg: '#fff' })}<div class="ti"><span class="bk">‹</span>${t('span', 'title', scene.title)}<span class="mo">⋯</span></div></div>
${scene.notice ? t('div', 'label', scene.notice, 'class="nt"') : ''}
<div class="ms" data-scroll>${msgs}</div>
<div class="chips">${x.chips.map((ch) => `<span>${esc(ch)}</span>`).join('')}</div>
<div class="ip"><span class="i"></span><span class="f">${esc(x.input)}</span><span class="i"></span><span class="i"></span></div></div>`;
    return page(css, body);
  },
};
