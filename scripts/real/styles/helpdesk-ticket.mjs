// A shop's help-center request page in the look of Zendesk Guide's "My requests" view: the brand
// header (logo, "Submit a request", the signed-in name), the breadcrumb, the request title, the
// conversation (round initials, name, an "Agent" tag on staff, the time, the text paragraphs,
// newest last), the "Add to conversation" box, and the side panel with the requester, created /
// last activity, the status badge and the request fields (order number, product …). On a phone
// the side panel moves above the conversation. English, Simplified or Traditional Chinese chrome
// (`scene.lang`: en | zh | zh-Hant). Light only. Layout reconstructed from the Copenhagen theme.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { submit: 'Submit a request', reqs: 'My activities', requests: 'Requests', add: 'Add to conversation', agent: 'Agent', req: 'Requester', created: 'Created', last: 'Last activity', status: 'Status', id: 'Request' },
  zh: { submit: '提交请求', reqs: '我的活动', requests: '请求', add: '添加到对话', agent: '客服', req: '请求者', created: '创建时间', last: '最后活动', status: '状态', id: '请求' },
  'zh-Hant': { submit: '提交請求', reqs: '我的活動', requests: '請求', add: '新增至對話', agent: '客服專員', req: '請求者', created: '建立時間', last: '上次活動', status: '狀態', id: '請求' },
};
const TONE = { open: '#CC3340', pending: '#1F73B7', solved: '#68737D', new: '#FFB648', hold: '#2F3941' };

export default {
  name: 'helpdesk-ticket',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const tk = scene.ticket;
    const narrow = scene._device.width < 700;
    const brand = scene.brandColor ?? '#17494D';
    const comments = scene.messages.map((m) => {
      if (m.from === 'system' || m.from === 'time') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const name = m.from === 'buyer' ? scene.buyerName : m.name ?? scene.merchantName;
      const col = m.from === 'buyer' ? '#87929D' : brand;
      return `<div class="cm"><div class="av" style="background:${col}">${name[0]}</div><div class="cb"><div class="ch">${t('span', 'label', name, 'class="nm"')}${m.from === 'merchant' ? t('span', 'label', x.agent, 'class="tag"') : ''}${t('span', 'value', m.at, 'class="at"')}</div>
${m.text.split('\n').map((p) => t('p', m.from, p)).join('')}</div></div>`;
    }).join('');
    const fields = [[x.req, scene.buyerName], [x.created, tk.created], [x.last, tk.last], ...(tk.fields ?? [])]
      .map(([k, v]) => `<dt>${t('span', 'label', k)}</dt><dd>${t('span', 'value', v)}</dd>`).join('');
    const side = `<div class="side">${t('div', 'value', `${x.id} #${tk.id}`, 'class="rid"')}<dl>${fields}<dt>${t('span', 'label', x.status)}</dt><dd>${t('span', 'status', tk.status, `class="st" style="background:${TONE[tk.tone ?? 'open']}"`)}</dd></dl></div>`;
    const css = `
body{background:#fff;color:#2F3941;font-size:15px}
.hd{height:${narrow ? 56 : 72}px;display:flex;align-items:center;gap:18px;padding:0 ${narrow ? 14 : 5}%;border-bottom:1px solid #ddd}
.lg{width:${narrow ? 30 : 36}px;height:${narrow ? 30 : 36}px;border-radius:6px;background:${brand};flex:none}
.bn{font-weight:700;font-size:${narrow ? 16 : 18}px;color:${brand}}
.sb{margin-left:auto;color:${brand};font-size:14px}
.me{width:30px;height:30px;border-radius:50%;background:#87929D;color:#fff;display:flex;align-items:center;justify-content:center;font-size:13px}
.wrap{padding:${narrow ? '12px 14px' : '26px 5%'}}
.bc{font-size:13px;color:#68737D;margin-bottom:${narrow ? 10 : 18}px}
h1{font-size:${narrow ? 21 : 28}px;margin:0 0 ${narrow ? 12 : 22}px;line-height:1.3;font-weight:600}
.cols{display:flex;gap:40px;${narrow ? 'flex-direction:column-reverse;gap:14px' : ''}}
.conv{flex:1;min-width:0}
.cm{display:flex;gap:12px;padding:${narrow ? 12 : 18}px 0;border-bottom:1px solid #e9ebed}
.av{width:40px;height:40px;border-radius:50%;color:#fff;font-weight:600;display:flex;align-items:center;justify-content:center;flex:none}
.cb{min-width:0;flex:1}
.ch{display:flex;align-items:center;gap:8px;flex-wrap:wrap;margin-bottom:4px}
.nm{font-weight:600}
.tag{background:#E9EBED;color:#49545C;border-radius:4px;font-size:11px;padding:1px 6px}
.at{color:#68737D;font-size:13px}
.cb p{margin:6px 0;line-height:1.55;overflow-wrap:anywhere}
.sys{color:#68737D;font-size:13px;padding:10px 0;border-bottom:1px solid #e9ebed}
.add{margin-top:16px;border:1px solid #C2C8CC;border-radius:4px;height:${narrow ? 46 : 64}px;color:#87929D;padding:10px 12px;font-size:14px}
.side{width:${narrow ? 'auto' : '300px'};flex:none;background:#F8F9F9;border-radius:4px;padding:${narrow ? '10px 14px' : '18px 20px'};font-size:14px}
dl{margin:0;display:grid;grid-template-columns:${narrow ? '108px 1fr' : '1fr'};gap:${narrow ? '6px 10px' : '2px'}}
dt{color:#68737D;font-size:13px;margin-top:${narrow ? 0 : 10}px}
dd{margin:0;overflow-wrap:anywhere}
.rid{font-weight:600;font-size:15px;margin-bottom:${narrow ? 6 : 0}px}
.st{display:inline-block;color:#fff;border-radius:4px;padding:2px 8px;font-size:12px;font-weight:600}
`;
    const body = `${topBar(scene)}<div class="hd"><div class="lg"></div>${t('span', 'title', scene.brand, 'class="bn"')}${narrow ? '' : t('span', 'button', x.submit, 'class="sb"')}<div class="me" ${narrow ? 'style="margin-left:auto"' : ''}>${scene.buyerName[0]}</div></div>
<div class="wrap">${t('div', 'label', `${scene.brand} › ${x.reqs} › ${x.requests}`, 'class="bc"')}${t('h1', 'title', tk.subject)}
<div class="cols"><div class="conv" data-scroll>${comments}<div class="add">${x.add}</div></div>${side}</div></div>`;
    return page(css, body, LATIN);
  },
};
