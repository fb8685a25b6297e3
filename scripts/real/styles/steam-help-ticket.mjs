// A Steam Support help request in a desktop browser (help.steampowered.com › Your help
// requests): the Steam header (STORE, COMMUNITY, ABOUT, SUPPORT), "Steam Support" title, the
// request heading with its number and status, the messages (a blue "Steam Support" block or the
// customer's block, each with a date line), the reply box. Texts come from the scene, so the page
// works in English or 简体中文. Layout reconstructed.
import { esc, t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'steam-help-ticket',
  kind: 'chat',
  render(scene) {
    const tk = scene.ticket;
    const msgs = tk.messages.map((m) => `<div class="m ${m.from === 'buyer' ? 'me' : 'sup'}"><div class="mh">${t('span', 'label', m.name, 'class="mn"')}${t('span', 'system', m.at, 'class="md"')}</div>${m.text.split('\n\n').map((p) => t('p', m.from, p)).join('')}</div>`).join('');
    const css = `
body{background:#1B2838;color:#C6D4DF;font-size:14px}
.gh{height:104px;background:#171A21;display:flex;align-items:center;gap:40px;padding:0 calc(50% - 470px)}
.lg{font-size:26px;font-weight:700;color:#fff;letter-spacing:1px;margin-right:20px}
.gh span{font-size:15px;font-weight:700;color:#DCDEDF;letter-spacing:.5px}
.gh span.on{color:#1A9FFF}
.wrap{width:940px;margin:0 auto;padding:26px 0}
.sst{font-size:26px;color:#fff;font-weight:300;margin-bottom:18px}
.box{background:#0E141B;border-radius:3px;padding:20px 24px}
.rh{display:flex;align-items:baseline;gap:14px;border-bottom:1px solid #2A3F5A;padding-bottom:12px;margin-bottom:10px}
.rt{font-size:19px;color:#fff}.rn{color:#8F98A0;font-size:13px}
.rs{margin-left:auto;font-size:12px;background:#2A475E;color:#66C0F4;padding:3px 9px;border-radius:2px;text-transform:uppercase}
.m{border-radius:3px;padding:12px 16px;margin:12px 0}
.m.sup{background:linear-gradient(90deg,#24364A,#1C2A3A);border-left:3px solid #66C0F4}
.m.me{background:#16202D;border-left:3px solid #5C7E10}
.mh{display:flex;gap:14px;align-items:baseline}.mn{color:#fff;font-weight:700}.md{color:#8F98A0;font-size:12px}
.m p{margin:8px 0 0;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.rep{margin-top:16px;height:80px;background:#222B35;border:1px solid #000;border-radius:3px;color:#6A7B8A;padding:10px}
.bt{margin-top:10px;display:inline-block;padding:7px 20px;border-radius:2px;background:linear-gradient(90deg,#47BFFF,#1A44C2);color:#fff}
`;
    const body = `<div class="gh"><span class="lg">STEAM</span>${(scene.nav ?? ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT']).map((n, i, a) => `<span class="${i === a.length - 1 ? 'on' : ''}">${esc(n)}</span>`).join('')}</div>
<div class="wrap">${t('div', 'title', scene.heading ?? 'Steam Support', 'class="sst"')}<div class="box"><div class="rh">${t('span', 'title', tk.subject, 'class="rt"')}${t('span', 'value', tk.number, 'class="rn"')}${t('span', 'status', tk.status, 'class="rs"')}</div>
${msgs}<div class="rep">${esc(scene.replyHint ?? 'Reply to this help request')}</div><span class="bt">${esc(scene.sendLabel ?? 'Send')}</span></div></div>`;
    return page(css, body, LATIN);
  },
};
