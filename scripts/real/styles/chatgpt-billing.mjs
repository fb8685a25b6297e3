// ChatGPT (the web app) with Settings open at the plan / billing pane: the chat app behind (the
// sidebar with the new-chat row and the history drawn as grey bars, the empty composer), dimmed,
// and the centred Settings modal: its left tabs (General, Notifications, Personalization, Data
// controls, Security, Account — `Account` open), and the right pane: the plan card (plan name,
// status lines such as the renewal date), an optional coloured notice with its message (`tone`:
// error | warn | info) and the action buttons (Manage, Upgrade …). On a phone (`_device.width` <
// 700) the pane fills the screen as the app's sheet. Light or dark (`scene.dark`); English or
// Simplified Chinese labels (`scene.lang`: en | zh). Layout reconstructed; texts from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { tabs: ['General', 'Notifications', 'Personalization', 'Connected apps', 'Data controls', 'Security', 'Account'], title: 'Settings', newChat: 'New chat', ask: 'Ask anything' },
  zh: { tabs: ['常规', '通知', '个性化', '已连接的应用', '数据管控', '安全', '账户'], title: '设置', newChat: '新聊天', ask: '询问任何问题' },
};

export default {
  name: 'chatgpt-billing',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const narrow = scene._device.width < 700;
    const c = d ? { bg: '#212121', side: '#171717', card: '#2f2f2f', fg: '#ececec', sub: '#b4b4b4', line: '#3d3d3d', bar: '#2a2a2a' } : { bg: '#ffffff', side: '#f9f9f9', card: '#ffffff', fg: '#0d0d0d', sub: '#5d5d5d', line: '#e5e5e5', bar: '#ececec' };
    const tone = { error: ['#E02E2A', d ? '#3b1e1e' : '#FDECEC'], warn: ['#B86E00', d ? '#3b2e14' : '#FFF5E0'], info: ['#1A7F64', d ? '#16302a' : '#E8F6F1'] };
    const p = scene.plan;
    const notice = scene.notice ? (() => { const [nc, nb] = tone[scene.notice.tone ?? 'error']; return `<div class="nt" style="background:${nb};border:1px solid ${nc}55">${scene.notice.lines.map((l) => t('div', 'body', l)).join('')}</div>`; })() : '';
    const pane = `${t('div', 'title', scene.paneTitle ?? x.tabs[6], 'class="pt"')}
<div class="pc"><div class="pr">${t('div', 'value', p.name, 'class="pn"')}${p.badge ? t('span', 'status', p.badge, 'class="bd"') : ''}</div>${(p.lines ?? []).map((l) => t('div', 'value', l, 'class="pl"')).join('')}</div>
${notice}<div class="rows">${(scene.rows ?? []).map(([k, v]) => `<div class="rw">${t('span', 'label', k)}${t('span', 'value', v, 'class="rv"')}</div>`).join('')}</div>
<div class="bs">${(scene.buttons ?? []).map((b, i) => t('span', 'button', b, `class="bt${i ? '' : ' m'}"`)).join('')}</div>`;
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.app{display:flex;height:100vh;position:relative}
.side{width:260px;background:${c.side};padding:14px 10px;flex:none}
.nc{padding:9px 10px;border-radius:8px;font-weight:600;margin-bottom:18px}
.hb{height:12px;border-radius:6px;background:${c.bar};margin:14px 10px}
.main{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center}
.cmp{width:640px;height:56px;border-radius:28px;border:1px solid ${c.line};color:${c.sub};display:flex;align-items:center;padding:0 22px;font-size:15px}
.dim{position:absolute;inset:0;background:rgba(0,0,0,${d ? 0.6 : 0.35})}
.mod{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:760px;min-height:500px;background:${c.card};border-radius:16px;display:flex;overflow:hidden;box-shadow:0 20px 60px rgba(0,0,0,.35)}
.tabs{width:210px;padding:16px 10px;border-right:1px solid ${c.line}}
.mt{font-size:18px;font-weight:600;padding:6px 10px 14px}
.tb{padding:8px 10px;border-radius:8px;color:${c.sub};margin-bottom:2px}
.tb.on{background:${d ? '#424242' : '#ececec'};color:${c.fg};font-weight:600}
.pane{flex:1;padding:22px 26px}
.pt{font-size:17px;font-weight:600;padding-bottom:12px;border-bottom:1px solid ${c.line};margin-bottom:16px}
.pc{border:1px solid ${c.line};border-radius:12px;padding:14px 16px}
.pr{display:flex;align-items:center;gap:10px}
.pn{font-size:17px;font-weight:600}
.bd{font-size:12px;border-radius:10px;padding:2px 9px;background:${d ? '#3d3d3d' : '#f0f0f0'};color:${c.sub}}
.pl{color:${c.sub};margin-top:6px;line-height:1.45}
.nt{margin-top:14px;border-radius:10px;padding:11px 14px;line-height:1.5}
.rows{margin-top:10px}
.rw{display:flex;justify-content:space-between;padding:11px 0;border-bottom:1px solid ${c.line}}
.rv{color:${c.sub}}
.bs{display:flex;gap:10px;margin-top:18px}
.bt{padding:9px 18px;border-radius:20px;border:1px solid ${c.line};font-weight:600}
.bt.m{background:${d ? '#fff' : '#0d0d0d'};color:${d ? '#0d0d0d' : '#fff'};border-color:transparent}
.sheet{padding:10px 18px}
.sheet .hd{display:flex;align-items:center;justify-content:space-between;font-size:17px;font-weight:600;padding:8px 0 14px}
`;
    const body = narrow
      ? `<div style="display:flex;flex-direction:column;height:100vh">${topBar(scene, { dark: d, bg: c.bg })}<div class="sheet"><div class="hd"><span>‹</span>${t('span', 'title', x.title)}<span></span></div>${pane}</div></div>`
      : `<div class="app"><div class="side"><div class="nc">${x.newChat}</div>${[70, 85, 60, 90, 75, 55, 80].map((w) => `<div class="hb" style="width:${w}%"></div>`).join('')}</div>
<div class="main"><div class="cmp">${x.ask}</div></div><div class="dim"></div>
<div class="mod"><div class="tabs">${t('div', 'title', x.title, 'class="mt"')}${x.tabs.map((n, i) => `<div class="tb${i === 6 ? ' on' : ''}">${n}</div>`).join('')}</div><div class="pane">${pane}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
