// 腾讯企点 (Tencent QiDian) web customer-service chat, the page a shop's "QQ客服" / "在线客服" button
// opens: on a phone (inside QQ's browser: the grey QQ title strip with the page's host, then the
// blue 企点 header with the company's name and the "企点客服" mark) or on a desktop (a browser window
// with the chat pane in the middle: blue header with the company, the message list with the
// speaker's name and time above each bubble, the editor with the tool row and a blue 发送 button,
// and the right-hand 企业信息 / 常见问题 pane). Own bubbles blue with white text, the agent's white;
// centred grey notices ("客服 xx 已接入"). Light, or dark on the phone (`scene.dark`, QQ's dark mode).
// Layout reconstructed; texts from the scene.
import { esc, t, page, avatar, picture } from '../lib/common.mjs';
import { phoneChat } from '../lib/chat.mjs';

const BLUE = '#0A6CFF';

function desktop(scene) {
  const css = `
body{background:#E9EDF3;color:#1F2329;font-size:14px}
.bw{position:absolute;left:0;right:0;top:0;height:76px;background:#DEE1E6}
.tab{position:absolute;left:12px;top:8px;width:260px;height:32px;background:#fff;border-radius:8px 8px 0 0;font-size:12.5px;display:flex;align-items:center;padding:0 12px;gap:8px}
.tab i{width:14px;height:14px;border-radius:50%;background:${BLUE}}
.url{position:absolute;left:84px;right:120px;top:44px;height:26px;background:#fff;border-radius:13px;font-size:13px;color:#444;display:flex;align-items:center;padding:0 14px}
.win{position:absolute;left:50%;top:104px;transform:translateX(-50%);width:${scene.winW ?? 1040}px;bottom:28px;background:#fff;border-radius:6px;box-shadow:0 4px 24px #0000001f;display:flex;overflow:hidden}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.hd{height:56px;background:${BLUE};color:#fff;display:flex;align-items:center;padding:0 18px;gap:10px}
.hd .n{font-size:16px;font-weight:600}.hd .tag{font-size:11px;border:1px solid #ffffffaa;border-radius:3px;padding:0 5px}
.msgs{flex:1;overflow:hidden;padding:14px 22px;background:#F7F8FA}
.m{display:flex;gap:10px;margin:12px 0}
.m.r{flex-direction:row-reverse}
.who{font-size:12px;color:#8F959E;margin-bottom:4px}
.m.r .who{text-align:right}
.bub{display:inline-block;max-width:520px;padding:9px 13px;border-radius:6px;background:#fff;border:1px solid #E8EAED;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere}
.m.r .bub{background:${BLUE};border-color:${BLUE};color:#fff}
.m.r .col{text-align:right}
.m.r .bub{text-align:left}
.sep{text-align:center;font-size:12px;color:#8F959E;margin:10px 0}
.ed{height:150px;border-top:1px solid #E8EAED;padding:10px 16px;position:relative}
.tools{display:flex;gap:14px}.tools i{width:18px;height:18px;border:1.5px solid #8F959E;border-radius:4px}
.send{position:absolute;right:16px;bottom:14px;background:${BLUE};color:#fff;border-radius:4px;padding:6px 20px;font-size:13.5px}
.side{width:260px;border-left:1px solid #E8EAED;padding:16px;font-size:13px;color:#4E5969;flex:none}
.side h4{margin:0 0 10px;font-size:14px;color:#1F2329}
.side p{margin:6px 0;line-height:1.6}
`;
  const rows = scene.messages.map((m) => {
    if (m.from === 'time' || m.from === 'system') return `<div class="sep">${t('span', 'system', m.text)}</div>`;
    const self = m.from === 'buyer';
    const who = `${m.name ?? (self ? scene.buyerName ?? '访客' : scene.merchantName ?? '客服')}${m.at ? '  ' + m.at : ''}`;
    const inner = m.type === 'image' ? picture(m.w ?? 200, m.h ?? 120, m.hue ?? 210) : `<div class="bub">${t('span', m.from, m.text)}</div>`;
    return `<div class="m ${self ? 'r' : ''}">${avatar(self ? '访' : '企', self ? '#8FA3BF' : BLUE, 34, 17)}<div class="col"><div class="who">${esc(who)}</div>${inner}</div></div>`;
  }).join('');
  const body = `<div class="bw"><div class="tab"><i></i>${esc(scene.tabTitle ?? scene.title)}</div><div class="url">${esc(scene.url ?? 'https://wpa1.qq.com/')}</div></div>
<div class="win"><div class="main"><div class="hd">${t('span', 'title', scene.title, 'class="n"')}<span class="tag">企点客服</span></div>
<div class="msgs" data-scroll>${rows}</div>
<div class="ed"><div class="tools"><i></i><i></i><i></i><i></i></div><span class="send">发送</span></div></div>
<div class="side"><h4>企业信息</h4>${(scene.side ?? []).map((s) => t('p', 'body', s)).join('')}</div></div>`;
  return page(css, body);
}

const light = {
  bg: '#F2F3F5', fg: '#1F2329', titleBg: BLUE, titleFg: '#FFFFFF', titleWeight: 600, titleSize: 16, subFg: '#D6E6FF',
  selfBg: BLUE, selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#1F2329', radius: 8, pad: '9px 12px', sepFg: '#8F959E',
  inputBg: '#FFFFFF', inputBorder: '#E5E6EB', inputBoxBg: '#F2F3F5', iconFg: '#86909C', inputRadius: 4,
  avatarRadius: 18, avatarSize: 36, back: '‹', more: '', showNames: true, nameFg: '#8F959E',
};
const dark = {
  ...light, dark: true, bg: '#121212', fg: '#E5E6EB', titleBg: '#17345F', subFg: '#9DB6DA', otherBg: '#262626', otherFg: '#E5E6EB',
  selfBg: '#1F5FCC', sepFg: '#6B7078', inputBg: '#1C1C1C', inputBorder: '#2A2A2A', inputBoxBg: '#2A2A2A', iconFg: '#8A8A8A', nameFg: '#777',
};

export default {
  name: 'qidian-kefu',
  kind: 'chat',
  render(scene) {
    if (scene._device.os === 'desktop') return desktop(scene);
    const s = scene.dark ? dark : light;
    // the phone page opens inside QQ: QQ's own grey strip with the host sits above the page's header
    const strip = `<div style="background:${scene.dark ? '#1C1C1C' : '#F7F7F7'};color:${scene.dark ? '#AAA' : '#333'};height:40px;display:flex;align-items:center;justify-content:space-between;padding:0 14px;font-size:13px;border-bottom:1px solid ${scene.dark ? '#2A2A2A' : '#E5E5E5'}"><span style="font-size:20px">✕</span><span>${esc(scene.host ?? 'wpa1.qq.com')}</span><span style="letter-spacing:1px">···</span></div>`;
    const html = phoneChat({ ...scene, subtitle: scene.subtitle ?? '企点客服' }, {
      ...s,
      buyerAvatar: ['访', '#8FA3BF'],
      merchantAvatar: ['企', scene.dark ? '#1F5FCC' : BLUE],
      inputHtml: '<div class="box"></div><div class="ic"></div><div style="background:' + (scene.dark ? '#1F5FCC' : BLUE) + ';color:#fff;border-radius:4px;padding:6px 14px;font-size:13.5px;flex:none">发送</div>',
      extraCss: '.notice span{background:' + (scene.dark ? '#1F1F1F' : '#E5E6EB') + ';padding:3px 10px;border-radius:10px}',
    });
    // put QQ's strip between the status bar and the page's own header
    return html.replace(/(<div data-statusbar[\s\S]*?<\/div><\/div>)/, `$1${strip}`);
  },
};
