// Proton Mail in a desktop browser (the web app, light theme): the left sidebar (the Proton Mail
// wordmark, the purple "New message" button, Inbox / Drafts / Sent / Starred / Archive / Spam /
// Trash with counts), the top search bar, the message list column (sender, subject, the start of
// the text, the time, the selected row tinted) and the reading pane with the conversation: the
// subject, then each message with the round initial, sender name and address, the date, the
// lock mark for end-to-end encrypted mail, and the text. `scene.mail` = { folder, list: [[from,
// subject, time, selected?]], subject, messages: [{ from, addr, role, date, text: [paras], to? }] }.
// English chrome. Layout reconstructed; texts from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'proton-mail',
  kind: 'chat',
  render(scene) {
    const m = scene.mail;
    const folders = [['Inbox', m.inboxCount ?? ''], ['Drafts', ''], ['Sent', ''], ['Starred', ''], ['Archive', ''], ['Spam', ''], ['Trash', ''], ['All mail', '']];
    const cols = ['#6D4AFF', '#1EA885', '#E45A3B', '#2E86DE'];
    const css = `
body{background:#fff;color:#0C0C14;font-size:14px}
.app{display:flex;height:100vh}
.sb{width:230px;flex:none;background:#F5F4F2;padding:14px 12px;display:flex;flex-direction:column;gap:4px}
.wm{font-weight:700;font-size:19px;color:#1B1340;margin:2px 6px 14px;display:flex;align-items:center;gap:8px}.wm i{width:22px;height:22px;border-radius:6px;background:linear-gradient(135deg,#6D4AFF,#2A1A8C);display:inline-block}
.nw{background:#6D4AFF;color:#fff;border-radius:8px;text-align:center;padding:10px;font-weight:600;margin-bottom:12px}
.fd{display:flex;justify-content:space-between;padding:7px 10px;border-radius:6px;color:#3D3D4C}.fd.on{background:#E5E1F7;font-weight:700;color:#1B1340}
.rest{flex:1;display:flex;flex-direction:column;min-width:0}
.tp{height:56px;flex:none;display:flex;align-items:center;padding:0 18px;border-bottom:1px solid #EAE7E4;gap:14px}
.sr{width:440px;height:36px;border-radius:8px;background:#F5F4F2;color:#8F8D99;padding:9px 14px}
.tp .sp{flex:1}.tp .u{width:32px;height:32px;border-radius:8px;background:#1EA885;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.cols{flex:1;display:flex;min-height:0}
.ls{width:${scene._device.width > 1500 ? 420 : 330}px;flex:none;border-right:1px solid #EAE7E4;overflow:hidden}
.li{padding:12px 16px;border-bottom:1px solid #F0EEEC}.li.on{background:#EEEBFB}
.li .a{display:flex;justify-content:space-between;font-weight:700;font-size:13.5px}.li .a span:last-child{font-weight:400;color:#706D7B;font-size:12.5px}
.li .s{font-size:13.5px;color:#3D3D4C;margin-top:3px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.rd{flex:1;overflow:hidden;padding:20px 28px;min-width:0}
.rd h1{font-size:21px;margin:0 0 16px;font-weight:700}
.mg{border:1px solid #EAE7E4;border-radius:10px;padding:14px 18px;margin-bottom:12px}
.mh{display:flex;align-items:center;gap:11px}
.av{width:34px;height:34px;border-radius:8px;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;flex:none}
.mh .n{font-weight:700}.mh .ad{color:#706D7B;font-size:12.5px;margin-left:6px}
.mh .to{font-size:12.5px;color:#706D7B;margin-top:2px}
.mh .dt{margin-left:auto;color:#706D7B;font-size:12.5px;white-space:nowrap}
.lk{color:#6D4AFF;margin-right:6px}
.bd{margin:12px 0 0 45px;line-height:1.55}
.bd p{margin:0 0 9px;white-space:pre-wrap;overflow-wrap:anywhere}
`;
    const list = m.list.map(([f, s, tm, on]) => `<div class="li${on ? ' on' : ''}"><div class="a"><span>${esc(f)}</span><span>${esc(tm)}</span></div><div class="s">${esc(s)}</div></div>`).join('');
    const msgs = m.messages.map((x, i) => `<div class="mg"><div class="mh"><div class="av" style="background:${x.color ?? cols[i % cols.length]}">${esc(x.from[0].toUpperCase())}</div><div>${t('span', 'label', x.from, 'class="n"')}${x.addr ? t('span', 'label', x.addr, 'class="ad"') : ''}${x.to ? t('div', 'label', `To: ${x.to}`, 'class="to"') : ''}</div>${t('span', 'system', x.date, 'class="dt"')}</div>
<div class="bd">${x.text.map((p) => t('p', x.role ?? 'buyer', p)).join('')}</div></div>`).join('');
    const body = `<div class="app"><div class="sb"><div class="wm"><i></i>Proton Mail</div><div class="nw">New message</div>${folders.map(([f, n]) => `<div class="fd${f === (m.folder ?? 'Inbox') ? ' on' : ''}"><span>${f}</span><span>${n}</span></div>`).join('')}</div>
<div class="rest"><div class="tp"><div class="sr">Search messages</div><span class="sp"></span><span>⚙</span><div class="u">${esc(scene.me ?? 'M')}</div></div>
<div class="cols"><div class="ls">${list}</div><div class="rd">${t('h1', 'title', m.subject)}${msgs}</div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
