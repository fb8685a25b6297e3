// A Steam Community trade offer page in a desktop browser (steamcommunity.com/tradeoffer/…): the
// browser's tab strip and address bar, Steam's dark header (STORE · COMMUNITY · ABOUT · SUPPORT),
// the page title "Trade offer with <partner>", the partner's avatar and the "<partner> offered you
// a trade:" line with the date the offer came in, the partner's quoted message, the two item
// panels ("Items you will give" / "Items you will receive") with item tiles and each tile's
// name under it, an optional status banner (accepted, on hold, cancelled, `scene.banner`) and the
// green "Accept Trade" / grey "Decline Trade" buttons. Always dark, as Steam is. English chrome;
// the texts come from the scene. Layout reconstructed.
import { t, esc, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'steam-trade-offer',
  kind: 'other',
  render(scene) {
    const o = scene.offer;
    const css = `
body{background:#1b2838;color:#c6d4df;font-size:14px}
.tabs{height:34px;background:#202124;display:flex;align-items:flex-end;padding:0 8px}
.tab{background:#35363a;color:#e8eaed;font-size:12px;height:28px;border-radius:8px 8px 0 0;padding:0 14px;display:flex;align-items:center;width:260px}
.addr{height:36px;background:#35363a;display:flex;align-items:center;padding:0 12px}
.addr span{flex:1;height:26px;border-radius:13px;background:#202124;color:#bdc1c6;font-size:13px;display:flex;align-items:center;padding:0 14px}
.hd{background:#171a21;height:80px;display:flex;align-items:center;gap:34px;padding:0 ${scene._device.width > 1500 ? 300 : 110}px;font-size:15px;letter-spacing:.5px;color:#dcdedf}
.logo{font-weight:800;font-size:24px;color:#fff;letter-spacing:1px;margin-right:20px}
.hd .me{margin-left:auto;font-size:12px;color:#8f98a0;letter-spacing:0}
.wrap{width:${scene._device.width > 1500 ? 1100 : 960}px;margin:22px auto}
.h1{font-size:26px;color:#fff;font-weight:300;margin-bottom:14px}
.who{display:flex;gap:12px;align-items:center;background:#16202d;padding:12px 14px}
.av{width:46px;height:46px;background:linear-gradient(135deg,#57cbde,#4c6b22);border:2px solid #57cbde;flex:none}
.wl{font-size:15px;color:#dcdedf}.wd{font-size:12px;color:#8f98a0;margin-top:3px}
.quote{background:#0e141b;margin:10px 0 14px;padding:12px 16px;border-left:3px solid #57cbde;font-size:14px;line-height:1.5;color:#c6d4df}
.qn{color:#57cbde;font-size:12px;margin-bottom:4px}
.banner{padding:11px 16px;margin-bottom:12px;font-size:14.5px;color:#fff;background:${scene.bannerTone === 'bad' ? '#7a2a22' : scene.bannerTone === 'ok' ? '#4c6b22' : '#6b5a1c'}}
.panels{display:flex;gap:16px}
.panel{flex:1;background:#16202d;padding:12px 14px 14px}
.ph{font-size:13px;color:#8f98a0;letter-spacing:.3px;margin-bottom:10px}
.items{display:flex;flex-wrap:wrap;gap:10px}
.it{width:${scene._device.width > 1500 ? 112 : 96}px}
.ti{height:${scene._device.width > 1500 ? 84 : 72}px;background:radial-gradient(circle at 50% 40%,#3a4f6a,#1d2a3a);border:1px solid #3a4b5e;position:relative}
.ti::after{content:"";position:absolute;left:28%;top:22%;width:44%;height:52%;border-radius:6px;background:var(--c,#d2a24c);opacity:.85}
.tn{font-size:11.5px;line-height:1.3;color:#c6d4df;margin-top:5px}
.empty{font-size:13px;color:#67707b;padding:24px 0}
.bt{display:flex;gap:12px;margin-top:16px;justify-content:flex-end}
.bt span{height:38px;padding:0 22px;display:flex;align-items:center;font-size:15px;border-radius:2px}
.acc{background:linear-gradient(90deg,#75b022,#588a1b);color:#d2efa9}.dec{background:#3d4450;color:#c6d4df}
`;
    const items = (list) => (list.length
      ? `<div class="items">${list.map(([name, col]) => `<div class="it"><div class="ti" style="--c:${col ?? '#d2a24c'}"></div>${t('div', 'value', name, 'class="tn"')}</div>`).join('')}</div>`
      : t('div', 'body', o.nothing ?? 'You are not giving anything in this trade.', 'class="empty"'));
    const body = `<div class="tabs"><div class="tab">Steam Trade Offer</div></div><div class="addr"><span>🔒 steamcommunity.com/tradeoffer/${esc(o.id)}/</span></div>
<div class="hd"><span class="logo">STEAM</span><span>STORE</span><span>COMMUNITY</span><span>ABOUT</span><span>SUPPORT</span><span class="me">${esc(scene.user ?? '')}</span></div>
<div class="wrap">${t('div', 'title', `Trade offer with ${o.partner}`, 'class="h1"')}
${scene.banner ? t('div', 'status', scene.banner, 'class="banner"') : ''}
<div class="who"><div class="av"></div><div>${t('div', 'body', `${o.partner} offered you a trade:`, 'class="wl"')}${t('div', 'body', o.date, 'class="wd"')}</div></div>
${o.message ? `<div class="quote"><div class="qn">${esc(o.partner)} says:</div>${t('div', 'merchant', o.message)}</div>` : '<div style="height:14px"></div>'}
<div class="panels"><div class="panel">${t('div', 'label', 'Items you will give', 'class="ph"')}${items(o.give ?? [])}</div>
<div class="panel">${t('div', 'label', 'Items you will receive', 'class="ph"')}${items(o.get)}</div></div>
${scene.noButtons ? '' : `<div class="bt">${t('span', 'button', 'Decline Trade', 'class="dec"')}${t('span', 'button', 'Accept Trade', 'class="acc"')}</div>`}
</div>`;
    return page(css, body, LATIN);
  },
};
