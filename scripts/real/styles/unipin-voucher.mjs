// A UniPin-like voucher top-up page on a phone browser (unipin.com style): the dark navy site bar
// with the UniPin word mark (orange "Uni", white "Pin") and the country pill, the game banner (icon,
// game name, publisher), then the numbered steps of the form: "1 Enter Player ID", "2 Voucher"
// with the masked serial and PIN, and the result: a coloured alert (red for a rejected voucher,
// green for a credited one, `alert.tone` bad|ok|wait) with its title and text, optional
// label–value rows (reference, time, amount) and the orange button. English or Traditional Chinese
// chrome (`scene.lang`); `scene.dark` gives the site's dark theme. Layout reconstructed; the texts
// come from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { s1: 'Enter Player ID', s2: 'Redeem UniPin Voucher', help: 'Find the serial number and PIN on your voucher.', btn: 'Redeem', login: 'Log in' },
  'zh-Hant': { s1: '輸入玩家 ID', s2: '兌換 UniPin 點數卡', help: '序號與 PIN 碼印在點數卡上。', btn: '兌換', login: '登入' },
};

export default {
  name: 'unipin-voucher',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#0E1420', card: '#182132', fg: '#E8ECF4', sub: '#98A3B8', line: '#263247', field: '#101827' }
      : { bg: '#EEF1F6', card: '#FFFFFF', fg: '#17202F', sub: '#6B778C', line: '#E3E8F0', field: '#F6F8FB' };
    const a = scene.alert;
    const tone = { bad: ['#FDECEC', '#D93025', '✕'], ok: ['#E7F6EC', '#188038', '✓'], wait: ['#FFF4DC', '#B26A00', '…'] }[a.tone ?? 'bad'];
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.bar{height:52px;background:#101B33;display:flex;align-items:center;justify-content:space-between;padding:0 14px;color:#fff}
.logo{font-size:21px;font-weight:800;letter-spacing:.3px}.logo i{font-style:normal;color:#FF7A1A}
.br{display:flex;align-items:center;gap:10px;font-size:12px}.pill{border:1px solid #ffffff55;border-radius:12px;padding:3px 9px}
.game{display:flex;gap:12px;align-items:center;padding:14px;background:linear-gradient(100deg,#1B2A4A,#3B2A5E);color:#fff}
.gi{width:52px;height:52px;border-radius:12px;background:linear-gradient(135deg,${scene.gameColor ?? '#F59E0B'},#7C3AED);flex:none}
.gn{font-size:16px;font-weight:700}.gp{font-size:12px;opacity:.75;margin-top:3px}
.card{background:${c.card};margin:12px;border-radius:10px;padding:14px;box-shadow:0 1px 3px #00000014}
.st{display:flex;align-items:center;gap:8px;font-weight:700;font-size:15px;margin-bottom:10px}
.st b{width:22px;height:22px;border-radius:50%;background:#FF7A1A;color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center}
.fk{font-size:12px;color:${c.sub};margin:8px 0 5px}
.fv{background:${c.field};border:1px solid ${c.line};border-radius:6px;padding:10px 12px;font-size:15px;letter-spacing:.6px;overflow-wrap:anywhere}
.help{font-size:12px;color:${c.sub};margin-top:8px}
.al{margin:12px;border-radius:10px;background:${d ? '#2A1B1D' : tone[0]};border:1px solid ${tone[1]}55;padding:12px 14px;display:flex;gap:11px}
.al .m{flex:none;width:26px;height:26px;border-radius:50%;background:${tone[1]};color:#fff;font-size:14px;font-weight:700;display:flex;align-items:center;justify-content:center}
.at{font-weight:700;font-size:15px;color:${d ? '#FFB4AB' : tone[1]}}
.ax{font-size:14px;line-height:1.5;margin-top:3px;color:${d ? '#E8ECF4' : '#2B2B2B'}}
.row{display:flex;justify-content:space-between;gap:12px;padding:8px 0;border-top:1px solid ${c.line};font-size:13px}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.btn{margin:4px 12px 12px;height:46px;border-radius:8px;background:#FF7A1A;color:#fff;font-weight:700;font-size:16px;display:flex;align-items:center;justify-content:center}
`;
    const player = (scene.player ?? []).map(([k, v]) => `${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}`).join('');
    const voucher = (scene.voucher ?? []).map(([k, v]) => `${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}`).join('');
    const rows = (a.rows ?? []).map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const alert = `<div class="al"><div class="m">${tone[2]}</div><div style="flex:1">${t('div', 'status', a.title, 'class="at"')}${(a.text ?? []).map((s) => t('div', 'body', s, 'class="ax"')).join('')}${rows}</div></div>`;
    const body = `${topBar(scene, { bg: '#101B33', dark: true })}<div class="bar"><span class="logo"><i>Uni</i>Pin</span><span class="br">${t('span', 'body', scene.country ?? 'Indonesia', 'class="pill"')}<span>${esc(x.login)}</span></span></div>
<div class="game"><div class="gi"></div><div>${t('div', 'title', scene.game, 'class="gn"')}${scene.publisher ? t('div', 'body', scene.publisher, 'class="gp"') : ''}</div></div>
${scene.alertFirst ? alert : ''}
<div class="card"><div class="st"><b>1</b>${t('span', 'label', x.s1)}</div>${player}</div>
<div class="card"><div class="st"><b>2</b>${t('span', 'label', x.s2)}</div>${voucher}<div class="help">${esc(x.help)}</div></div>
${scene.alertFirst ? '' : alert}
${t('div', 'button', scene.button ?? x.btn, 'class="btn"')}`;
    return page(css, body, LATIN);
  },
};
