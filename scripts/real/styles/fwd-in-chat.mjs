// A screenshot that was forwarded into another chat app and captured again from there: the
// buyer sent his own screenshots to his "saved" chat (Telegram "Saved Messages", WeChat 文件传输助手,
// QQ 我的电脑) or a friend forwarded them, and what reaches the case is a capture of that chat:
// the outer app's status bar, title bar and wallpaper, the pictures as image messages (each one a
// whole phone screenshot, status bar included, shrunk into a bubble with rounded corners and the
// outer app's time on it) and short text messages around them, then the input bar. The pictures
// are lib/mini-screens.mjs panes (chat, order, list, redeem); their lines are truth, small as
// they are. `scene.outer`: 'telegram' | 'wechat' | 'qq'; `scene.messages` of the outer chat:
// { from: 'time', text } | { from: 'self'|'other', text, at? } | { from: 'self'|'other', shot: pane, at?, h?, scale? }
// where `pane` is { kind, clock, … } as in lib/mini-screens.mjs. Reconstructed.
import { esc, t, page, statusBar } from '../lib/common.mjs';
import { SKINS, paneCss, anyPane } from '../lib/mini-screens.mjs';

const OUTER = {
  telegram: { bg: 'linear-gradient(160deg,#A8C98A,#CFE0A8 40%,#9CC08A)', bar: '#FFFFFF', barFg: '#111', self: '#EFFEDD', other: '#FFFFFF', fg: '#111', sep: '#FFFFFF', sepBg: '#00000030', radius: 14, time: '#5FA35A', sub: 'Saved Messages' },
  wechat: { bg: '#EDEDED', bar: '#EDEDED', barFg: '#111', self: '#95EC69', other: '#FFFFFF', fg: '#111', sep: '#9A9A9A', radius: 4, time: '#7A7A7A' },
  qq: { bg: '#F1F2F6', bar: '#F1F2F6', barFg: '#111', self: '#0099FF', selfFg: '#fff', other: '#FFFFFF', fg: '#111', sep: '#999', radius: 12, time: '#999' },
};

export default {
  name: 'fwd-in-chat',
  kind: 'chat',
  render(scene) {
    const o = OUTER[scene.outer ?? 'telegram'];
    const inK = SKINS.wechat;
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="osp">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'self';
      if (m.shot) {
        const s = m.scale ?? scene.scale ?? 0.6;
        const h = m.h ?? 700;
        const inner = `<div class="shot" style="width:${Math.round(360 * s)}px;height:${Math.round(h * s)}px"><div class="scr" style="transform:scale(${s});height:${h}px">${statusBar({ time: m.shot.clock ?? '12:00', battery: m.shot.battery ?? 60, os: 'android', bg: m.shot.barBg ?? '#fff' })}${anyPane({ ...m.shot, style: 'flex:1' })}</div>${m.at ? `<span class="ot">${esc(m.at)}</span>` : ''}</div>`;
        return `<div class="orw${me ? ' me' : ''}">${inner}</div>`;
      }
      return `<div class="orw${me ? ' me' : ''}">${t('div', 'body', m.text, 'class="obb"')}</div>`;
    }).join('\n');
    const css = `${paneCss(inK)}
body{background:${o.bg};color:${o.fg}}
.app{display:flex;flex-direction:column;height:100vh}
.otb{flex:none;height:50px;display:flex;align-items:center;justify-content:center;position:relative;background:${o.bar};color:${o.barFg};font-size:17px;font-weight:600;border-bottom:1px solid #00000012}
.otb .bk{position:absolute;left:12px;font-size:22px;font-weight:300}
.otb .mo{position:absolute;right:14px;font-size:18px}
.oms{flex:1;overflow:hidden;padding:6px 0 10px}
.osp{text-align:center;margin:10px 0 4px}
.osp span{display:inline-block;font-size:12px;color:${o.sep};${o.sepBg ? `background:${o.sepBg};padding:2px 9px;border-radius:10px` : ''}}
.orw{display:flex;padding:5px 12px}
.orw.me{justify-content:flex-end}
.obb{max-width:260px;padding:8px 12px;border-radius:${o.radius}px;background:${o.other};font-size:15px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.orw.me .obb{background:${o.self};color:${o.selfFg ?? o.fg}}
.shot{position:relative;overflow:hidden;border-radius:${Math.max(8, o.radius)}px;box-shadow:0 1px 2px rgba(0,0,0,.18);background:#fff}
.scr{position:absolute;left:0;top:0;width:360px;transform-origin:0 0;display:flex;flex-direction:column;background:#fff}
.ot{position:absolute;right:7px;bottom:6px;font-size:11px;color:#fff;background:#00000066;border-radius:8px;padding:1px 6px}
.oin{flex:none;height:${scene._device.os === 'ios' ? 80 : 56}px;background:${o.bar === '#FFFFFF' ? '#FFFFFF' : '#F7F7F7'};border-top:1px solid #DDD;display:flex;align-items:flex-start;gap:8px;padding:10px 10px 0}
.oin b{flex:1;height:36px;border-radius:18px;background:${scene.outer === 'telegram' ? '#FFFFFF' : '#fff'};border:1px solid #E2E2E2}
.oin i{width:28px;height:28px;border-radius:50%;border:1.6px solid #888;margin-top:4px}
`;
    const body = `<div class="app">${statusBar({ time: scene.clock, battery: scene.battery, os: scene._device.os, bg: o.bar })}
<div class="otb"><span class="bk">‹</span>${t('span', 'title', scene.title)}<span class="mo">${scene.outer === 'telegram' ? '⋮' : '···'}</span></div>
<div class="oms" data-scroll>${rows}</div><div class="oin"><i></i><b></b><i></i></div></div>`;
    return page(css, body);
  },
};
