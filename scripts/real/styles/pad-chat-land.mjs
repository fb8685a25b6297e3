// A chat app on a tablet held in landscape (iPad): the two-pane layout with the chat list on the
// left (the open chat highlighted, other chats with their last line and time: truth, they are on
// screen) and the open chat on the right (its header, the messages, the input bar), the iOS
// status bar across the top. `scene.skin`: 'whatsapp' (WhatsApp for iPad: green own bubbles, the
// doodle wallpaper, times and ticks in the bubbles; `scene.dark` for its dark theme) or 'wechat'
// (WeChat for iPad: the narrow dark icon rail, the grey list, green own bubbles, avatars).
// `scene.chats` = [[name, last line, time]] (the first is the open chat). Reconstructed.
import { page, statusBar, esc, avatar } from '../lib/common.mjs';
import { SKINS, paneCss, chatRows, rt } from '../lib/mini-screens.mjs';

export default {
  name: 'pad-chat-land',
  kind: 'chat',
  render(scene) {
    const wa = (scene.skin ?? 'whatsapp') === 'whatsapp';
    const dark = Boolean(scene.dark);
    const k = wa ? SKINS[dark ? 'whatsappDark' : 'whatsapp'] : SKINS.wechat;
    const c = wa
      ? dark ? { list: '#111B21', fg: '#E9EDEF', sub: '#8696A0', sel: '#2A3942', line: '#222D34', head: '#202C33' } : { list: '#FFFFFF', fg: '#111B21', sub: '#667781', sel: '#F0F2F5', line: '#E9EDEF', head: '#F0F2F5' }
      : { list: '#F7F7F7', fg: '#111', sub: '#999', sel: '#DEDEDE', line: '#E6E6E6', head: '#F7F7F7' };
    const lw = scene.listW ?? 340;
    const css = `${paneCss(k)}
body{background:${c.list};color:${c.fg}}
.wrap{display:flex;height:100vh;padding-top:0}
.rail{flex:none;width:64px;background:#2E2E2E;display:flex;flex-direction:column;align-items:center;gap:26px;padding-top:70px}
.rail i{display:block;width:26px;height:26px;border-radius:6px;border:2px solid #9a9a9a}
.rail i.on{border-color:#07C160}
.list{flex:none;width:${lw}px;background:${c.list};border-right:1px solid ${c.line};display:flex;flex-direction:column;padding-top:47px}
.list .lh{height:52px;display:flex;align-items:center;padding:0 18px;font-size:${wa ? 26 : 17}px;font-weight:700}
.list .se{margin:2px 14px 8px;height:34px;border-radius:10px;background:${wa ? c.sel : '#EAEAEA'}}
.ch{display:flex;gap:12px;padding:10px 14px;align-items:center}
.ch.on{background:${c.sel}}
.ch .tx{flex:1;min-width:0;border-bottom:1px solid ${c.line};padding-bottom:10px}
.ch .r1{display:flex;justify-content:space-between;gap:8px}
.ch .n{font-size:16px;font-weight:${wa ? 500 : 400};white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ch .tm{font-size:12px;color:${c.sub};white-space:nowrap}
.ch .l{font-size:13.5px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:3px}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.main .mp{flex:1}
.main .tb{height:${wa ? 60 : 56}px;justify-content:${wa ? 'flex-start' : 'center'};padding-left:${wa ? 18 : 0}px;gap:12px;background:${wa ? c.head : '#F5F5F5'};color:${c.fg};border-bottom:1px solid ${c.line}}
.main .tb .bk{display:none}
.main .mp .bb{max-width:460px;font-size:15.5px}
.main .ms{padding-top:10px}
${wa ? `.main .ms{background:${dark ? 'repeating-linear-gradient(45deg,#0b141a 0 18px,#0f1a21 18px 20px)' : 'repeating-linear-gradient(45deg,#efeae2 0 18px,#e9e2d8 18px 20px)'}}` : ''}
.main .ip{height:60px;background:${wa ? c.head : '#F5F5F5'}}
`;
    const chats = (scene.chats ?? []).map(([n, l, tm], i) => `<div class="ch${i === 0 ? ' on' : ''}">${avatar(n.slice(0, 1), ['#7E9CB8', '#C9A27E', '#8BB38B', '#B58BB8', '#C98B8B'][i % 5], 46, wa ? 23 : 5)}<div class="tx"><div class="r1">${rt('span', 'label', n, 'class="n"')}${rt('span', 'label', tm, 'class="tm"')}</div>${rt('div', 'label', l, 'class="l"')}</div></div>`).join('');
    const head = wa
      ? `${avatar(scene.title.slice(0, 1), '#7E9CB8', 38, 19)}<div>${rt('div', 'title', scene.title, 'style="font-size:16px;font-weight:500"')}${scene.subtitle ? rt('div', 'title', scene.subtitle, `style="font-size:12.5px;font-weight:400;color:${c.sub}"`) : ''}</div>`
      : rt('span', 'title', scene.title);
    const body = `<div style="position:absolute;left:0;right:0;top:0;z-index:5">${statusBar({ time: scene.clock, battery: scene.battery, os: 'ios', dark })}</div>
<div class="wrap">${wa ? '' : '<div class="rail"><i class="on"></i><i></i><i></i><i></i></div>'}
<div class="list"><div class="lh">${esc(wa ? 'Chats' : '微信')}</div><div class="se"></div>${chats}</div>
<div class="main" style="padding-top:${wa ? 47 : 47}px;background:${wa ? c.head : '#F5F5F5'}"><div class="mp"><div class="tb">${head}</div>
<div class="ms" data-scroll>${chatRows(scene.messages, k, scene.names)}</div><div class="ip"><i></i><b></b><i></i><i></i></div></div></div></div>`;
    return page(css, body);
  },
};
