// A Jira Service Management customer portal, one request as the customer sees it in the browser: the
// help center's top bar in the portal's colour (logo square, help center name, the search field,
// the "Requests" link and the round avatar), the breadcrumb ("Help Center / <portal> / KEY-123"),
// the request summary as the heading, then two columns: on the left the "Add a comment" box and
// the activity, oldest at the bottom as the portal shows it (each entry: round initials, the name,
// the relative time "Yesterday 9:14 PM", the text; agents' entries under the portal's name), and
// the request's own fields at the foot ("<name> raised this on …", the description and the
// request's form fields); on the right the status lozenge (WAITING FOR SUPPORT blue, WAITING FOR
// CUSTOMER yellow, RESOLVED green…), "Don't notify me", "Share", "Request type" with its icon and
// "Shared with". English chrome (the portal's language is the customer's choice; Thai, Malay or
// Chinese text stays in the comments). Light only. Layout reconstructed from the Atlassian portal.
import { t, esc, page, LATIN } from '../lib/common.mjs';

const LOZ = { support: ['#0055CC', '#E9F2FF'], customer: ['#7F5F01', '#FFF7D6'], resolved: ['#216E4E', '#DCFFF1'], progress: ['#0055CC', '#E9F2FF'], closed: ['#44546F', '#F1F2F4'] };

export default {
  name: 'jsm-portal',
  kind: 'chat',
  render(scene) {
    const rq = scene.request;
    const brand = scene.brandColor ?? '#0C66E4';
    const [lf, lb] = LOZ[rq.tone ?? 'support'];
    const acts = [...scene.messages].reverse().map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const who = me ? scene.buyerName : m.name ?? scene.merchantName;
      return `<div class="ac"><span class="av" style="background:${me ? '#6B778C' : brand}">${esc(who[0])}</span><div class="ab"><div>${t('span', 'label', who, 'class="nm"')} ${t('span', 'value', m.at, 'class="at"')}</div>
${m.text.split('\n').map((p) => t('p', m.from, p)).join('')}</div></div>`;
    }).join('');
    const fields = (rq.fields ?? []).map(([k, v]) => `<div class="fd">${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}</div>`).join('');
    const css = `
body{background:#FFFFFF;color:#172B4D;font-size:14px}
.top{height:56px;background:${brand};display:flex;align-items:center;gap:12px;padding:0 28px;color:#fff}
.lg{width:28px;height:28px;border-radius:4px;background:#fff3;flex:none}
.hc{font-weight:600;font-size:16px}
.sr{margin-left:auto;width:260px;height:32px;border-radius:4px;background:#ffffff26;display:flex;align-items:center;padding-left:12px;font-size:13px;color:#ffffffcc}
.rq{font-size:14px;margin-left:20px}
.me{width:30px;height:30px;border-radius:50%;background:#fff;color:${brand};font-weight:700;display:flex;align-items:center;justify-content:center;margin-left:16px}
.page{max-width:1040px;margin:0 auto;padding:22px 28px}
.bc{font-size:13px;color:#44546F;margin-bottom:10px}.bc span{color:#0C66E4}
h1{font-size:24px;font-weight:600;margin:0 0 18px;line-height:1.3}
.cols{display:flex;gap:40px}
.main{flex:1;min-width:0}
.cb{border:2px solid #DFE1E6;border-radius:4px;height:40px;display:flex;align-items:center;padding-left:12px;color:#8590A2;margin-bottom:18px}
.h3{font-size:12px;font-weight:700;color:#44546F;text-transform:uppercase;letter-spacing:.4px;margin:6px 0 10px}
.ac{display:flex;gap:12px;padding:12px 0;border-bottom:1px solid #F1F2F4}
.av{width:32px;height:32px;border-radius:50%;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;flex:none}
.ab{flex:1;min-width:0}.nm{font-weight:600}.at{color:#626F86;font-size:12.5px;margin-left:6px}
.ab p{margin:5px 0;line-height:1.5;overflow-wrap:anywhere}
.sys{color:#626F86;font-size:12.5px;padding:8px 0}
.raised{margin-top:18px;padding-top:14px;border-top:2px solid #F1F2F4}
.rl{color:#44546F;font-size:13px;margin-bottom:8px}
.fd{margin:8px 0}.fk{font-size:12px;color:#626F86;font-weight:600}.fv{margin-top:2px;overflow-wrap:anywhere;line-height:1.45}
.side{width:280px;flex:none}
.lz{display:inline-block;font-size:12px;font-weight:700;color:${lf};background:${lb};border-radius:3px;padding:2px 6px;text-transform:uppercase}
.sl{margin:16px 0;color:#44546F;font-size:13.5px;line-height:2}
.sk{font-size:12px;color:#626F86;font-weight:600;margin-top:14px}
.sv{display:flex;align-items:center;gap:8px;margin-top:4px}
.ic{width:20px;height:20px;border-radius:4px;background:#8F7EE7}
`;
    const body = `<div class="top"><span class="lg"></span>${t('span', 'title', scene.helpCenter ?? 'Help Center', 'class="hc"')}<span class="sr">Search</span><span class="rq">Requests</span><span class="me">${esc(scene.buyerName[0])}</span></div>
<div class="page"><div class="bc">Help Center / ${esc(scene.portal)} / <span>${esc(rq.key)}</span></div>
${t('h1', 'title', rq.summary)}
<div class="cols"><div class="main"><div class="cb">Add a comment</div>${t('div', 'label', 'Activity', 'class="h3"')}<div data-scroll>${acts}</div>
<div class="raised">${t('div', 'label', `${scene.buyerName} raised this on ${rq.raised}`, 'class="rl"')}${fields}</div></div>
<div class="side">${t('span', 'status', rq.status, 'class="lz"')}<div class="sl">🔔 Don't notify me<br>↗ Share</div>
${t('div', 'label', 'Request type', 'class="sk"')}<div class="sv"><span class="ic"></span>${t('span', 'value', rq.type)}</div>
${t('div', 'label', 'Shared with', 'class="sk"')}<div class="sv">${t('span', 'value', `${scene.buyerName} (Creator)`)}</div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
