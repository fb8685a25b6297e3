// A phone chat screen shared by the mobile chat styles (WeChat, QQ, Taobao, Xianyu). A skin
// gives colours, shapes, the title bar and the input bar; the scene gives the messages.
//
// message: { from: 'buyer'|'merchant'|'system'|'time', text, type?: 'text'|'image'|'voice'|'card'|'quote',
//            card?: { title, price, order, status }, quote?: string, seconds?: number }
// The buyer took the screenshot, so buyer messages are on the right (self) unless the scene
// says `self: 'merchant'` (a seller app such as 千牛).
import { esc, t, page, statusBar, avatar, picture } from './common.mjs';

/**
 * @param {object} scene
 * @param {object} skin
 */
export function phoneChat(scene, skin) {
  const dark = Boolean(skin.dark);
  const self = scene.self ?? 'buyer';
  const os = scene._device.os;
  const rows = scene.messages.map((m) => row(m, skin, self)).join('\n');
  const css = `
body{background:${skin.bg};color:${skin.fg}}
.app{display:flex;flex-direction:column;${scene.long ? 'min-height:100vh' : 'height:100vh'}}
.top{background:${skin.titleBg};flex:none}
.title{height:${skin.titleH ?? 48}px;display:flex;align-items:center;justify-content:center;position:relative;color:${skin.titleFg};font-size:${skin.titleSize ?? 17}px;font-weight:${skin.titleWeight ?? 500};border-bottom:${skin.titleBorder ?? 'none'}}
.title .back{position:absolute;left:12px;font-size:22px;top:50%;transform:translateY(-55%)}
.title .more{position:absolute;right:14px;font-size:20px;top:50%;transform:translateY(-55%);letter-spacing:1px}
.title .sub{display:block;font-size:11px;color:${skin.subFg ?? '#888'};font-weight:400;text-align:center}
.msgs{flex:1;padding:8px 0 12px;overflow:hidden}
.row{display:flex;align-items:flex-start;padding:7px 12px;gap:9px}
.row.right{flex-direction:row-reverse}
.bub{max-width:${skin.maxW ?? 242}px;padding:${skin.pad ?? '9px 12px'};border-radius:${skin.radius ?? 6}px;font-size:${skin.fontSize ?? 16}px;line-height:1.45;overflow-wrap:anywhere;white-space:pre-wrap;position:relative}
.left .bub{background:${skin.otherBg};color:${skin.otherFg}}
.right .bub{background:${skin.selfBg};color:${skin.selfFg}}
${skin.tail ? `.left .bub::before{content:"";position:absolute;left:-5px;top:13px;border:6px solid transparent;border-left:0;border-right-color:${skin.otherBg}}
.right .bub::before{content:"";position:absolute;right:-5px;top:13px;border:6px solid transparent;border-right:0;border-left-color:${skin.selfBg}}` : ''}
.sep{text-align:center;margin:10px 0 6px}
.sep span{display:inline-block;font-size:12px;color:${skin.sepFg};${skin.sepBg ? `background:${skin.sepBg};padding:2px 8px;border-radius:4px` : ''}}
.notice{text-align:center;margin:6px 40px}
.notice span{display:inline-block;font-size:12px;color:${skin.sepFg};${skin.sepBg ? `background:${skin.sepBg};padding:3px 9px;border-radius:4px` : ''};line-height:1.5}
.card{width:250px;background:${skin.cardBg ?? '#fff'};border-radius:8px;padding:10px;display:flex;gap:8px;color:${skin.cardFg ?? '#222'}}
.card .th{flex:none;width:64px;height:64px;border-radius:4px;background:linear-gradient(135deg,#f5a623,#f76b1c)}
.card .ct{font-size:14px;line-height:1.35}
.card .cp{font-size:14px;color:#ff5000;margin-top:3px}
.card .co{font-size:11px;color:#999;margin-top:3px;overflow-wrap:anywhere}
.quote{display:block;font-size:12px;color:${skin.quoteFg ?? '#888'};background:${skin.quoteBg ?? '#0000000d'};padding:4px 8px;border-radius:4px;margin-bottom:5px}
.name{font-size:12px;color:${skin.nameFg ?? '#888'};margin-bottom:3px}
.input{flex:none;background:${skin.inputBg};border-top:1px solid ${skin.inputBorder};padding:8px 10px ${os === 'ios' ? 30 : 10}px;display:flex;align-items:center;gap:8px}
.input .box{flex:1;height:36px;border-radius:${skin.inputRadius ?? 4}px;background:${skin.inputBoxBg}}
.input .ic{width:28px;height:28px;border-radius:50%;border:1.6px solid ${skin.iconFg};flex:none}
${skin.inTime ? `.at{float:right;font-size:11px;opacity:.6;margin:8px -4px -6px 10px;white-space:nowrap}` : ''}
${skin.readMark ? `.rd{align-self:flex-end;font-size:11px;color:${skin.readFg ?? '#3296FA'};white-space:nowrap}` : ''}
${skin.wallpaper ? `.msgs{background:${skin.wallpaper}}` : ''}
${skin.extraCss ?? ''}
`;
  const body = `<div class="app">
<div class="top">${statusBar({ time: scene.clock, battery: scene.battery, os, dark, bg: skin.titleBg })}
<div class="title"><span class="back">${skin.back ?? '‹'}</span><span>${t('span', 'title', scene.title)}${scene.subtitle ? t('span', 'title', scene.subtitle, 'class="sub"') : ''}</span><span class="more">${skin.more ?? '···'}</span></div></div>
${skin.banner ? skin.banner(scene) : ''}
<div class="msgs" data-scroll>${rows}</div>
<div class="input">${skin.inputHtml ?? '<div class="ic"></div><div class="box"></div><div class="ic"></div><div class="ic"></div>'}</div>
</div>`;
  return page(css, body);

  function row(m, skin, self) {
    if (m.from === 'time') return `<div class="sep">${t('span', 'system', m.text)}</div>`;
    if (m.from === 'system' && m.type !== 'card') return `<div class="notice">${t('span', 'system', m.text)}</div>`;
    if (m.type === 'card') {
      const c = m.card;
      const side = m.from === 'system' ? (self === 'buyer' ? 'right' : 'left') : sideOf(m.from, self);
      const role = m.from === 'system' ? 'system' : m.from;
      return `<div class="row ${side}">${av(m.from, skin)}<div class="card"><div class="th"></div><div>${t('div', role, c.title, 'class="ct"')}${t('div', role, c.price, 'class="cp"')}${c.order ? t('div', role, c.order, 'class="co"') : ''}${c.status ? t('div', role, c.status, 'class="co"') : ''}</div></div></div>`;
    }
    const side = sideOf(m.from, self);
    let inner;
    if (m.type === 'image') inner = picture(m.w ?? 150, m.h ?? 200, m.hue ?? 210);
    else if (m.type === 'voice') inner = `<div class="bub" style="min-width:${60 + m.seconds * 4}px">${t('span', m.from, `${m.seconds}"`)}</div>`;
    else if (m.type === 'quote') inner = `<div class="bub">${t('span', m.from, m.text)}${t('span', 'system', m.quote, 'class="quote"')}</div>`;
    else inner = `<div class="bub">${t('span', m.from, m.text)}</div>`;
    const name = m.name && skin.showNames ? `<div class="name">${esc(m.name)}</div>` : '';
    if (skin.inTime && m.at && inner.endsWith('</div>')) inner = inner.slice(0, -6) + `<span class="at">${esc(m.at)}${side === 'right' && skin.ticks ? ` ${skin.ticks}` : ''}</span></div>`;
    const mark = skin.readMark && side === 'right' && m.read !== undefined ? `<div class="rd">${esc(m.read ? skin.readMark[0] : skin.readMark[1])}</div>` : '';
    return `<div class="row ${side}">${skin.noAvatar || (skin.noSelfAvatar && side === 'right') ? '' : av(m.from, skin)}<div>${name}${inner}</div>${mark}</div>`;
  }
  function sideOf(from, self) {
    return from === self ? 'right' : 'left';
  }
  function av(from, skin) {
    const a = from === 'buyer' ? skin.buyerAvatar ?? ['我', '#6a8caf'] : skin.merchantAvatar ?? ['店', '#d9822b'];
    const [ch, col] = scene[`${from}Avatar`] ?? a;
    return avatar(ch, col, skin.avatarSize ?? 40, skin.avatarRadius ?? 4);
  }
}
