// A Taiwanese payment service's payment-information page in the 綠界科技 ECPay manner (Traditional
// Chinese), desktop or phone: the green top bar with the logo and 安全付款 line, the shop strip
// (特約商店 name), the big card with the payment state (取號成功 waiting for payment, 已付款 with a
// green tick, 已逾期 grey), the amount, the 繳費代碼 / 虛擬帳號 in large monospace with its
// deadline, then label–value rows (特店訂單編號, 綠界交易編號, 商品名稱, 付款方式, 付款時間 …) and
// the notes. `scene.dark` gives a dark page. Layout reconstructed; the texts come from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const GREEN = '#0E9F6E';

export default {
  name: 'ecpay-payinfo',
  kind: 'order',
  render(scene) {
    const p = scene.pay;
    const narrow = scene._device.width < 700;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#121614', card: '#1c211f', fg: '#e4e8e6', sub: '#94a09a', line: '#2c3430', box: '#232a27' } : { bg: '#eef3f1', card: '#fff', fg: '#25302b', sub: '#7b8782', line: '#e3ebe7', box: '#f5faf8' };
    const tone = { ok: GREEN, wait: '#E8890C', bad: '#8A9199' }[p.tone ?? 'ok'];
    const mark = { ok: '✓', wait: '⏱', bad: '✕' }[p.tone ?? 'ok'];
    const rows = (p.rows ?? []).map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.bar{background:${GREEN};color:#fff;height:${narrow ? 50 : 60}px;display:flex;align-items:center;padding:0 ${narrow ? 14 : 60}px;gap:12px}
.logo{font-size:${narrow ? 18 : 22}px;font-weight:800;letter-spacing:.5px}.logo b{font-weight:400;margin-left:6px;font-size:${narrow ? 13 : 15}px;opacity:.9}
.safe{margin-left:auto;font-size:12px;opacity:.9}
.wrap{max-width:720px;margin:${narrow ? 10 : 28}px auto;padding:0 ${narrow ? 10 : 0}px}
.shop{font-size:13px;color:${c.sub};margin:0 4px 8px}
.card{background:${c.card};border:1px solid ${c.line};border-radius:10px;overflow:hidden}
.st{padding:${narrow ? '18px 16px 14px' : '24px 30px 18px'};text-align:center;border-bottom:1px dashed ${c.line}}
.st i{display:inline-flex;width:44px;height:44px;border-radius:50%;background:${tone};color:#fff;font-style:normal;font-size:24px;align-items:center;justify-content:center;margin-bottom:8px}
.st .s{font-size:${narrow ? 19 : 22}px;font-weight:700;color:${tone}}
.st .a{font-size:${narrow ? 26 : 30}px;font-weight:700;margin-top:6px;font-family:"Liberation Sans",sans-serif}
.code{margin:${narrow ? '14px 14px 4px' : '18px 30px 4px'};background:${c.box};border:1px solid ${c.line};border-radius:8px;padding:12px 14px;text-align:center}
.code .k{font-size:12.5px;color:${c.sub}}.code .v{font-family:"Liberation Mono",monospace;font-size:${narrow ? 22 : 26}px;letter-spacing:2px;margin:4px 0;font-weight:700}
.code .dl{font-size:12.5px;color:#D9480F}
.rows{padding:${narrow ? '8px 16px 12px' : '12px 30px 18px'}}
.r{display:flex;gap:12px;padding:8px 0;border-bottom:1px solid ${c.line};font-size:${narrow ? 13.5 : 14}px}
.r .k{width:${narrow ? 98 : 130}px;flex:none;color:${c.sub}}.r .v{flex:1;overflow-wrap:anywhere}
.note{font-size:12.5px;color:${c.sub};line-height:1.7;margin:12px 6px 0}
`;
    const code = p.code ? `<div class="code">${t('div', 'label', p.codeLabel ?? '繳費代碼', 'class="k"')}${t('div', 'value', p.code, 'class="v"')}${p.deadline ? t('div', 'value', p.deadline, 'class="dl"') : ''}</div>` : '';
    const body = `${topBar(scene, { bg: GREEN, dark: true })}<div class="bar">${t('span', 'title', '綠界科技', 'class="logo"')}<span class="logo"><b>ECPay</b></span>${narrow ? '' : `<span class="safe">${esc('🔒 安全付款')}</span>`}</div>
<div class="wrap">${t('div', 'value', `特約商店：${p.shop}`, 'class="shop"')}<div class="card"><div class="st"><i>${mark}</i>${t('div', 'status', p.status, 'class="s"')}${t('div', 'value', p.amount, 'class="a"')}</div>
${code}<div class="rows">${rows}</div></div>${(p.notes ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}</div>`;
    return page(css, body).replace('lang="zh-CN"', 'lang="zh-Hant"');
  },
};
