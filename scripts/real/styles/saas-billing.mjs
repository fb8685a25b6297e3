// A subscription service's web dashboard (VPN, AI tool, cloud storage …) at Account › Billing /
// Subscription, in the common SaaS layout: the left navigation with the product mark and items
// (the open one highlighted), the page title, a coloured banner (error / warning / info) with the
// message, the "current plan" card (plan name, status badge, label–value rows: renews or expired
// on, payment, account e-mail masked) and an optional "redeem a code" card with the typed code
// (masked) and the red message under it. On a phone the navigation collapses to a top bar.
// Labels come from the scene, so English, Simplified and Traditional Chinese pages can be drawn;
// light or dark (`scene.dark`). Layout reconstructed from such dashboards; texts from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'saas-billing',
  kind: 'error',
  render(scene) {
    const a = scene.app;
    const d = Boolean(scene.dark);
    const narrow = scene._device.width < 700;
    const c = d
      ? { bg: '#0F1115', side: '#15181E', card: '#1A1E25', fg: '#E8EAED', sub: '#9AA3AF', line: '#2A2F38', field: '#11141A' }
      : { bg: '#F7F8FA', side: '#FFFFFF', card: '#FFFFFF', fg: '#111827', sub: '#6B7280', line: '#E5E7EB', field: '#FFFFFF' };
    const tone = { error: ['#DC2626', d ? '#3A1518' : '#FEF2F2'], warn: ['#D97706', d ? '#3A2A10' : '#FFFBEB'], info: ['#2563EB', d ? '#12233F' : '#EFF6FF'], ok: ['#16A34A', d ? '#11301D' : '#F0FDF4'] };
    const nav = a.nav.map((n, i) => `<div class="ni ${i === a.navOn ? 'on' : ''}"><i></i>${t('span', 'label', n)}</div>`).join('');
    const plan = scene.plan;
    const [pc] = tone[plan.tone ?? 'ok'];
    const rows = plan.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const banner = scene.banner ? (() => { const [bc, bb] = tone[scene.banner.tone ?? 'error']; return `<div class="bn" style="border-color:${bc};background:${bb}"><b style="background:${bc}">!</b><div>${scene.banner.lines.map((l) => t('div', 'body', l)).join('')}</div></div>`; })() : '';
    const redeem = scene.redeem ? `<div class="card">${t('div', 'title', scene.redeem.title, 'class="ct"')}${scene.redeem.help ? t('div', 'body', scene.redeem.help, 'class="hp"') : ''}
<div class="rr">${t('div', 'value', scene.redeem.code, `class="fld" style="border-color:${scene.redeem.lines?.length ? '#DC2626' : c.line}"`)}${t('span', 'button', scene.redeem.button, 'class="rb"')}</div>
${(scene.redeem.lines ?? []).map((l) => t('div', 'body', l, `class="re" style="color:${scene.redeem.ok ? '#16A34A' : '#DC2626'}"`)).join('')}</div>` : '';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.app{display:flex;${narrow ? 'flex-direction:column' : ''};height:100vh}
.side{${narrow ? 'height:52px;display:flex;align-items:center;gap:12px;padding:0 14px;border-bottom' : 'width:230px;flex:none;padding:20px 14px;border-right'}:1px solid ${c.line};background:${c.side}}
.brand{display:flex;align-items:center;gap:10px;font-weight:700;font-size:17px;${narrow ? '' : 'margin:0 6px 24px'}}
.mk{width:28px;height:28px;border-radius:8px;background:${a.color};flex:none}
.ni{display:flex;align-items:center;gap:10px;padding:9px 10px;border-radius:8px;color:${c.sub};margin-bottom:2px}
.ni i{width:16px;height:16px;border-radius:4px;border:1.5px solid currentColor;flex:none}
.ni.on{background:${a.color}1f;color:${d ? '#fff' : a.color};font-weight:600}
.burger{margin-left:auto;font-size:20px;color:${c.sub}}
.main{flex:1;padding:${narrow ? '16px 14px' : '32px 44px'};overflow:hidden}
.crumb{color:${c.sub};font-size:13px;margin-bottom:6px}
h1{font-size:${narrow ? 22 : 26}px;margin:0 0 18px;font-weight:650}
.bn{display:flex;gap:12px;border:1px solid;border-radius:10px;padding:12px 14px;margin-bottom:18px;line-height:1.5;max-width:760px}
.bn b{width:20px;height:20px;border-radius:50%;color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center;flex:none;margin-top:1px}
.card{background:${c.card};border:1px solid ${c.line};border-radius:12px;padding:${narrow ? 16 : 22}px;margin-bottom:16px;max-width:760px}
.ph{display:flex;align-items:center;gap:10px;flex-wrap:wrap;margin-bottom:10px}
.ct{font-size:13px;color:${c.sub};margin-bottom:4px}
.pn{font-size:${narrow ? 19 : 21}px;font-weight:650}
.pill{border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600;color:${pc};background:${pc}22}
.r{display:flex;justify-content:space-between;gap:16px;padding:10px 0;border-top:1px solid ${c.line}}
.k{color:${c.sub}}.v{text-align:right;overflow-wrap:anywhere}
.hp{color:${c.sub};margin:4px 0 10px;line-height:1.5}
.rr{display:flex;gap:10px;${narrow ? 'flex-direction:column' : ''}}
.fld{flex:${narrow ? 'none' : '1'};border:1.5px solid;border-radius:8px;padding:10px 12px;background:${c.field};font-family:"Liberation Mono","DejaVu Sans Mono",monospace;font-size:14px;overflow-wrap:anywhere}
.rb{background:${a.color};color:#fff;border-radius:8px;padding:10px 18px;font-weight:600;text-align:center}
.re{margin-top:8px;line-height:1.5}
`;
    const body = `${topBar(scene, { dark: d, bg: c.side })}<div class="app"><div class="side"><div class="brand"><span class="mk"></span>${t('span', 'title', a.name)}</div>${narrow ? '<span class="burger">☰</span>' : nav}</div>
<div class="main">${a.crumb ? t('div', 'label', a.crumb, 'class="crumb"') : ''}${t('h1', 'title', a.title)}${banner}
<div class="card">${t('div', 'label', plan.label, 'class="ct"')}<div class="ph">${t('span', 'value', plan.name, 'class="pn"')}${t('span', 'status', plan.status, 'class="pill"')}</div>${rows}</div>${redeem}</div></div>`;
    return page(css, body, LATIN);
  },
};
