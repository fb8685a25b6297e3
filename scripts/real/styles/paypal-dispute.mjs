// PayPal Resolution Center case page (browser, English): the white PayPal header with the blue
// wordmark, "Resolution Center" crumb, the case title (reason and case ID), the status band
// (e.g. "Waiting for seller's response", with a date to answer by), the transaction summary
// (seller, transaction ID, the seller's invoice / order number, date, amount), and the case
// messages, newest first, each under "You" or the seller's name with its date. Phone or desktop.
// Layout reconstructed from the site's look; the wording of the band and the messages is the
// scene's.
import { t, page, topBar, esc, LATIN } from '../lib/common.mjs';

export default {
  name: 'paypal-dispute',
  kind: 'chat',
  render(scene) {
    const c = scene.dispute;
    const narrow = scene._device.width < 700;
    const css = `
body{background:#F5F7FA;color:#2C2E2F;font-size:14px}
.hd{background:#fff;height:${narrow ? 52 : 64}px;display:flex;align-items:center;gap:26px;padding:0 ${narrow ? 14 : 48}px;box-shadow:0 1px 3px #0000001a}
.logo{font-size:${narrow ? 22 : 25}px;font-weight:800;font-style:italic;color:#003087;letter-spacing:-.5px}.logo b{color:#009CDE}
.hd .nav{display:flex;gap:22px;font-size:14px;color:#2C2E2F}
.wrap{max-width:880px;margin:${narrow ? 12 : 24}px auto;padding:0 ${narrow ? 10 : 0}px}
.cr{font-size:13px;color:#0070BA;margin-bottom:8px}
h1{font-size:${narrow ? 19 : 24}px;font-weight:500;margin:0 0 4px}.id{font-size:13px;color:#6C7378;margin-bottom:12px}
.band{background:#fff;border-left:4px solid ${c.tone === 'closed' ? '#6C7378' : '#FF9600'};border-radius:4px;padding:12px 14px;margin-bottom:12px;box-shadow:0 1px 2px #0000000f}
.band .s{font-size:16px;font-weight:700}.band .d{font-size:13px;color:#6C7378;margin-top:4px;line-height:1.5}
.card{background:#fff;border-radius:6px;padding:12px 16px;margin-bottom:12px;box-shadow:0 1px 2px #0000000f}
.card h2{font-size:15px;margin:0 0 6px}
.row{display:flex;justify-content:space-between;gap:14px;padding:7px 0;border-bottom:1px solid #EEF0F2}.row:last-child{border:0}
.k{color:#6C7378;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.msg{padding:10px 0;border-bottom:1px solid #EEF0F2}.msg:last-child{border:0}
.msg .w{display:flex;justify-content:space-between;font-size:13px;color:#6C7378;margin-bottom:4px}.msg .w b{color:#2C2E2F}
.msg .x{font-size:14px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere}
.btns{display:flex;gap:10px;${narrow ? '' : 'justify-content:flex-end'}}.btns span{border-radius:20px;padding:9px 18px;font-weight:700;border:2px solid #0070BA;color:#0070BA;background:#fff}
.btns span:last-child{background:#0070BA;color:#fff}
`;
    const rows = c.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const msgs = c.messages.map((m) => `<div class="msg"><div class="w"><b>${esc(m.from === 'buyer' ? 'You' : c.seller)}</b>${t('span', 'system', m.at)}</div>${t('div', m.from, m.text, 'class="x"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#fff' })}<div class="hd"><span class="logo">Pay<b>Pal</b></span>${narrow ? '' : '<span class="nav"><span>Home</span><span>Send and Request</span><span>Wallet</span><span>Activity</span><span>Help</span></span>'}</div>
<div class="wrap"><div class="cr">Resolution Center › Case details</div>${t('h1', 'title', c.title)}${t('div', 'value', `Case ID: ${c.id}`, 'class="id"')}
<div class="band">${t('div', 'status', c.status, 'class="s"')}${c.statusNote ? t('div', 'body', c.statusNote, 'class="d"') : ''}</div>
<div class="card"><h2>Transaction details</h2>${rows}</div>
<div class="card"><h2>Messages</h2>${msgs}</div>
<div class="btns">${(c.buttons ?? ['Add info', 'Send a message']).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body, LATIN);
  },
};
