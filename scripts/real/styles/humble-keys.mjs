// Humble Bundle's site in a desktop browser, two pages: the gift-claim page a buyer opens from a
// gift link (the dark site header with the HUMBLE wordmark and the Bundles / Store / Choice links,
// a centred card with the game's art, the title of the result and its text, and the buttons), and
// the "Keys & Entitlements" page of the library (heading, search box, the rows of games with their
// platform, the revealed key masked or a "Reveal your Steam key" / "Redeemed" state). `scene.gift`
// = { game, title, text, buttons } gives the claim page, `scene.keys` = { rows: [[game, platform,
// state, bundle]] } the keys page. English only, light page. Layout reconstructed from the site;
// texts from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'humble-keys',
  kind: 'error',
  render(scene) {
    const css = `
body{background:#F2F3F5;color:#494F5C;font-size:14px}
.hd{height:64px;background:#2E3037;display:flex;align-items:center;padding:0 40px;gap:28px;color:#C7CBD1;font-size:15px}
.hd .logo{color:#fff;font-weight:900;font-size:24px;letter-spacing:3px;margin-right:18px}
.hd .sp{flex:1}.hd .acc{display:flex;align-items:center;gap:9px}.hd .acc i{width:30px;height:30px;border-radius:50%;background:#6B7386;display:inline-block}
.tabs{background:#fff;border-bottom:1px solid #dfe2e6;height:50px;display:flex;align-items:flex-end;gap:30px;padding:0 40px;font-size:14.5px}
.tabs span{padding-bottom:14px}.tabs .on{color:#1A1C20;border-bottom:3px solid #CB272C;font-weight:700}
.card{width:560px;margin:60px auto;background:#fff;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.08);overflow:hidden;text-align:center}
.art{height:200px;background:linear-gradient(135deg,${scene.art ?? '#3b4a6b,#a24b6f'})}
.cb{padding:26px 36px 30px}
.gm{font-size:13px;color:#8A919E;text-transform:uppercase;letter-spacing:1px}
.ttl{font-size:26px;color:#1A1C20;font-weight:700;margin:10px 0 12px}
.tx{font-size:15.5px;line-height:1.55;color:#494F5C}
.bt{display:flex;gap:12px;justify-content:center;margin-top:24px}
.bt span{padding:11px 20px;border-radius:4px;font-weight:700;font-size:14px;border:1px solid #c9cdd3;color:#494F5C}
.bt span:first-child{background:#CB272C;border-color:#CB272C;color:#fff}
.kp{max-width:1100px;margin:32px auto;background:#fff;border-radius:6px;box-shadow:0 1px 6px rgba(0,0,0,.06);padding:26px 30px}
.kp h1{margin:0 0 6px;font-size:26px;color:#1A1C20}
.kp .sub{font-size:14px;color:#8A919E;margin-bottom:18px}
.kp .srch{height:38px;border:1px solid #d3d7dc;border-radius:4px;width:320px;margin-bottom:14px;padding:9px 12px;color:#a0a6b0}
.kr{display:grid;grid-template-columns:1fr 120px 330px;align-items:center;border-top:1px solid #e6e8eb;padding:14px 4px;gap:16px}
.kr .g{font-weight:700;color:#1A1C20;font-size:15px}.kr .b{font-size:12.5px;color:#8A919E;margin-top:3px}
.kr .p{font-size:13px;color:#494F5C}
.kr .k{font-family:"DejaVu Sans Mono",monospace;font-size:14px;background:#F2F3F5;border:1px solid #dfe2e6;border-radius:3px;padding:8px 10px;text-align:center}
.kr .r{background:#CB272C;color:#fff;border-radius:3px;padding:9px 10px;text-align:center;font-weight:700;font-size:13px}
.kr .d{color:#8A919E;text-align:center;font-size:13px}
`;
    const g = scene.gift;
    let main;
    if (g) {
      main = `<div class="card"><div class="art"></div><div class="cb">${t('div', 'value', g.game, 'class="gm"')}${t('div', 'title', g.title, 'class="ttl"')}${t('div', 'body', g.text, 'class="tx"')}<div class="bt">${(g.buttons ?? ['Go to your library', 'Visit the Store']).map((b) => t('span', 'button', b)).join('')}</div></div></div>`;
    } else {
      const k = scene.keys;
      const rows = k.rows.map(([game, plat, state, bundle]) => {
        const cls = /^Reveal/.test(state) ? 'r' : /-/.test(state) ? 'k' : 'd';
        return `<div class="kr"><div>${t('div', 'value', game, 'class="g"')}${bundle ? t('div', 'label', bundle, 'class="b"') : ''}</div>${t('div', 'value', plat, 'class="p"')}${t('div', 'value', state, `class="${cls}"`)}</div>`;
      }).join('');
      main = `<div class="kp">${t('h1', 'title', 'Keys & Entitlements')}${t('div', 'body', k.sub ?? 'Keys, gifts and other entitlements from your purchases.', 'class="sub"')}<div class="srch">Search</div>${rows}</div>`;
    }
    const body = `<div class="hd"><span class="logo">HUMBLE</span><span>Bundles</span><span>Store</span><span>Choice</span><span class="sp"></span><span class="acc"><i></i>${esc(scene.account ?? 'Account')}</span></div>
<div class="tabs"><span>Library</span><span${g ? '' : ' class="on"'}>Keys &amp; Entitlements</span><span>Purchases</span><span${g ? ' class="on"' : ''}>Gifts</span></div>${main}`;
    return page(css, body, LATIN);
  },
};
