// A marketplace help-centre support request (Zendesk Guide "My activities › Requests" look), as
// key and top-up marketplaces run their support: the brand header, breadcrumbs, the request
// subject, the conversation (avatar, name, an "Agent"/"Support" badge, date, comment body, an
// attachment chip), the "Add to conversation" box, and the sidebar with the request number,
// status pill, requester, created / last activity and custom fields (order number). Phone widths
// stack the sidebar above the conversation. Layout reconstructed; texts from the scene.
import { esc, t, page, topBar, avatar, LATIN } from '../lib/common.mjs';

export default {
  name: 'zendesk-request',
  kind: 'chat',
  render(scene) {
    const narrow = scene._device.width < 700;
    const r = scene.request;
    const tone = { open: '#C72A1C', pending: '#3091EC', solved: '#68737D', new: '#FFB648' }[r.tone ?? 'open'];
    const comments = r.comments.map((m) => {
      const who = m.from === 'buyer' ? r.requester : m.name ?? 'Support';
      const badge = m.from === 'buyer' ? '' : `<span class="bd">${esc(m.badge ?? 'Agent')}</span>`;
      return `<div class="cm">${avatar(who.slice(0, 1).toUpperCase(), m.from === 'buyer' ? '#5C6970' : (scene.brandColor ?? '#1F73B7'), 40, 20)}<div class="cb"><div class="ch">${t('span', 'label', who, 'class="cn"')}${badge}${t('span', 'system', m.at, 'class="cd"')}</div>${m.text.split('\n\n').map((p) => t('p', m.from, p)).join('')}${m.file ? `<div class="att">📎 ${esc(m.file)}</div>` : ''}</div></div>`;
    }).join('');
    const fields = r.fields.map(([k, v]) => `<div class="fd">${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}</div>`).join('');
    const css = `
body{background:#fff;color:#2F3941;font-size:${narrow ? 14 : 15}px}
.hdr{height:${narrow ? 56 : 72}px;border-bottom:1px solid #E9EBED;display:flex;align-items:center;padding:0 ${narrow ? '14px' : '8%'};gap:20px}
.logo{font-weight:800;font-size:${narrow ? 19 : 22}px;color:${scene.brandColor ?? '#1F73B7'}}
.nv{margin-left:auto;color:#68737D;font-size:14px;display:flex;gap:18px}
.wrap{padding:${narrow ? '10px 14px' : '22px 8%'}}
.crumb{font-size:13px;color:#68737D;margin-bottom:${narrow ? 8 : 14}px}
.sub{font-size:${narrow ? 21 : 28}px;font-weight:600;margin:0 0 ${narrow ? 12 : 22}px;line-height:1.3}
.cols{display:flex;gap:40px;${narrow ? 'flex-direction:column-reverse;gap:14px' : ''}}
.conv{flex:1;min-width:0}
.cm{display:flex;gap:12px;padding:${narrow ? 12 : 18}px 0;border-bottom:1px solid #E9EBED}
.cb{flex:1;min-width:0}.ch{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.cn{font-weight:600}.bd{font-size:11px;background:#EDF7FF;color:#1F73B7;border-radius:4px;padding:1px 6px}
.cd{font-size:13px;color:#68737D;${narrow ? '' : 'margin-left:auto'}}
.cb p{margin:8px 0 0;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere}
.att{margin-top:8px;display:inline-block;border:1px solid #D8DCDE;border-radius:4px;padding:5px 10px;font-size:13px;color:#1F73B7}
.add{margin-top:${narrow ? 12 : 18}px;border:1px solid #D8DCDE;border-radius:4px;height:${narrow ? 60 : 90}px;padding:10px;color:#87929D}
.side{width:${narrow ? 'auto' : '300px'};flex:none;background:#F8F9F9;border-radius:4px;padding:${narrow ? '10px 14px' : '16px 20px'}}
.fd{display:flex;${narrow ? 'gap:10px' : 'flex-direction:column;gap:2px'};padding:${narrow ? 4 : 8}px 0}
.fk{color:#68737D;font-size:13px;${narrow ? 'width:120px;flex:none' : ''}}.fv{overflow-wrap:anywhere}
.st{display:inline-block;background:${tone};color:#fff;border-radius:4px;padding:2px 8px;font-size:12px;font-weight:700;text-transform:uppercase}
`;
    const body = `${topBar(scene)}<div class="hdr">${t('span', 'title', scene.brand, 'class="logo"')}${narrow ? '' : `<span class="nv"><span>Submit a request</span><span>${esc(r.requester)}</span></span>`}</div>
<div class="wrap">${t('div', 'label', `${scene.brand} Help Center › My activities › Requests`, 'class="crumb"')}${t('h1', 'title', r.subject, 'class="sub"')}
<div class="cols"><div class="conv">${comments}<div class="add">Add to conversation</div></div>
<div class="side"><div class="fd">${t('div', 'label', 'Request', 'class="fk"')}${t('div', 'value', `#${r.number}`, 'class="fv"')}</div><div class="fd">${t('div', 'label', 'Status', 'class="fk"')}<div>${t('span', 'status', r.status, 'class="st"')}</div></div>${fields}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
