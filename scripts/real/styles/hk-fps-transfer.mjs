// A Hong Kong bank app's 轉數快 FPS transfer result (phone, Traditional Chinese or English): the
// bank-coloured title bar with ✕, the big tick and 轉賬成功 / "Transfer successful", the amount in
// HKD, then label–value rows (收款人, FPS 識別碼 / 電話 masked, 付款戶口, 交易參考編號, 備註,
// 日期及時間), and the 分享 / 完成 buttons at the foot. `scene.dark` gives the dark theme; `bank`
// and `color` name the bank. Layout reconstructed; the bank name and the texts come from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const CHROME = {
  'zh-Hant': { title: '轉數快轉賬', ok: '轉賬成功', share: '分享', done: '完成', fps: '轉數快 FPS' },
  en: { title: 'FPS Transfer', ok: 'Transfer successful', share: 'Share', done: 'Done', fps: 'FPS' },
};

export default {
  name: 'hk-fps-transfer',
  kind: 'order',
  render(scene) {
    const f = scene.fps;
    const L = CHROME[scene.lang ?? 'zh-Hant'];
    const d = Boolean(scene.dark);
    const col = scene.color ?? '#C8102E';
    const c = d ? { bg: '#111214', card: '#1d1f22', fg: '#ececec', sub: '#9ba0a6', line: '#2d3035' } : { bg: '#f4f5f7', card: '#fff', fg: '#1f2328', sub: '#7a8088', line: '#eceef1' };
    const rows = f.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif}
.app{display:flex;flex-direction:column;height:100vh}
.top{background:${col};color:#fff;flex:none}
.tt{height:50px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tt .x{position:absolute;left:16px;font-size:20px;font-weight:400}.tt .bk{position:absolute;right:14px;font-size:12px;opacity:.9;font-weight:400}
.main{flex:1;overflow:hidden;padding:14px 14px 0}
.card{background:${c.card};border-radius:12px;padding:22px 18px 8px;box-shadow:0 1px 3px #0000000f}
.ok{text-align:center}
.ok i{display:inline-flex;width:56px;height:56px;border-radius:50%;background:#1E9E5A;color:#fff;font-style:normal;font-size:32px;align-items:center;justify-content:center}
.ok .s{font-size:19px;font-weight:700;margin-top:10px}
.ok .a{font-size:30px;font-weight:700;margin:8px 0 4px;font-family:"Liberation Sans",sans-serif}
.ok .via{display:inline-block;font-size:11.5px;color:${col};border:1px solid ${col};border-radius:10px;padding:1px 9px;margin-bottom:14px}
.r{display:flex;gap:10px;padding:10px 0;border-top:1px solid ${c.line};font-size:14px;line-height:1.4}
.r .k{width:112px;flex:none;color:${c.sub}}.r .v{flex:1;text-align:right;overflow-wrap:anywhere}
.bs{flex:none;display:flex;gap:10px;padding:14px 14px ${scene._device.os === 'ios' ? 34 : 16}px}
.bs span{flex:1;height:46px;border-radius:23px;display:flex;align-items:center;justify-content:center;font-size:15.5px}
.bs .g{border:1.5px solid ${col};color:${col}}.bs .p{background:${col};color:#fff}
`;
    const body = `<div class="app"><div class="top">${topBar(scene, { bg: col, dark: true })}<div class="tt"><span class="x">✕</span>${t('span', 'title', L.title)}<span class="bk">${esc(scene.bank ?? '')}</span></div></div>
<div class="main"><div class="card"><div class="ok"><i>✓</i>${t('div', 'status', f.status ?? L.ok, 'class="s"')}${t('div', 'value', f.amount, 'class="a"')}${t('span', 'label', L.fps, 'class="via"')}</div>${rows}</div></div>
<div class="bs">${t('span', 'button', L.share, 'class="g"')}${t('span', 'button', L.done, 'class="p"')}</div></div>`;
    return page(css, body).replace('lang="zh-CN"', 'lang="zh-Hant"');
  },
};
