// A GASH-like point-card member site's 點數卡儲值 page (Taiwan / Hong Kong, Traditional Chinese),
// desktop or phone: the black top bar with the orange logo and the member menu (phone: a black
// title bar with ☰), the tabs 點數卡儲值 / 轉點 / 儲值紀錄, the form (會員帳號, 點數卡序號, 點數卡密碼
// with the middle masked, 驗證碼) under a dimmed layer, and the result dialog over it: an icon,
// 儲值結果, the message the service returned, optional detail rows (序號, 儲值時間 …) and 確定.
// `scene.dark` gives a dark page behind the dialog. Layout reconstructed; texts from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const ORANGE = '#F07C00';

export default {
  name: 'gash-redeem',
  kind: 'error',
  render(scene) {
    const r = scene.redeem;
    const narrow = scene._device.width < 700;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#17181b', card: '#222327', fg: '#e6e6e6', sub: '#9a9ca3', line: '#34353a', inp: '#2b2c31' } : { bg: '#f1f1f1', card: '#fff', fg: '#333', sub: '#8a8a8a', line: '#e3e3e3', inp: '#fafafa' };
    const res = r.result;
    const icon = res.tone === 'ok' ? ['✓', '#2B8A3E'] : ['!', '#E03131'];
    const fields = r.fields.map(([k, v]) => `<div class="f">${t('label', 'label', k)}<div class="in">${esc(v)}</div></div>`).join('');
    const det = (res.rows ?? []).map(([k, v]) => `<div class="dr">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v)}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.bar{background:#111;color:#eee;height:${narrow ? 50 : 62}px;display:flex;align-items:center;padding:0 ${narrow ? 14 : 50}px;gap:30px}
.logo{font-size:${narrow ? 20 : 26}px;font-weight:900;color:${ORANGE};letter-spacing:1px;font-family:"Liberation Sans",sans-serif;font-style:italic}
.nav{display:flex;gap:26px;font-size:14px;flex:1}.nav .on{color:${ORANGE}}
.usr{font-size:13px;color:#bbb}
.main{max-width:760px;margin:${narrow ? 10 : 30}px auto;background:${c.card};border:1px solid ${c.line};border-radius:6px;padding-bottom:20px}
.tabs{display:flex;border-bottom:1px solid ${c.line}}.tabs span{padding:13px ${narrow ? 14 : 26}px;color:${c.sub};font-size:14.5px}
.tabs span.on{color:${ORANGE};border-bottom:3px solid ${ORANGE};font-weight:600}
.f{display:flex;align-items:center;gap:14px;padding:12px ${narrow ? 14 : 40}px}${narrow ? '.f{flex-direction:column;align-items:stretch;gap:6px}' : ''}
.f label{width:${narrow ? 'auto' : '120px'};color:${c.sub};text-align:${narrow ? 'left' : 'right'}}
.f .in{flex:1;height:38px;border:1px solid ${c.line};border-radius:4px;background:${c.inp};display:flex;align-items:center;padding:0 12px;font-family:"Liberation Mono",monospace;letter-spacing:1px}
.go{margin:14px ${narrow ? 14 : 174}px 0;height:42px;border-radius:4px;background:${ORANGE};color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px}
.dim{position:fixed;inset:0;background:rgba(0,0,0,.48)}
.dlg{position:fixed;left:50%;top:${narrow ? '46%' : '44%'};transform:translate(-50%,-50%);width:${narrow ? 300 : 420}px;background:${d ? '#26272c' : '#fff'};border-radius:8px;box-shadow:0 10px 40px rgba(0,0,0,.35);text-align:center;padding:22px 22px 18px}
.ic{width:46px;height:46px;border-radius:50%;margin:0 auto 10px;color:#fff;font-size:26px;font-weight:700;display:flex;align-items:center;justify-content:center}
.dt{font-size:17px;font-weight:700;margin-bottom:10px}
.dm{font-size:14.5px;line-height:1.6;color:${res.tone === 'ok' ? c.fg : '#E03131'};overflow-wrap:anywhere}
.dd{margin-top:12px;border-top:1px dashed ${c.line};padding-top:10px;text-align:left}
.dr{display:flex;gap:10px;font-size:13px;padding:3px 0}.dr .k{color:${c.sub};width:70px;flex:none}
.ok{margin:16px auto 0;width:120px;height:38px;border-radius:4px;background:${ORANGE};color:#fff;display:flex;align-items:center;justify-content:center}
`;
    const top = narrow
      ? `${topBar(scene, { bg: '#111', dark: true })}<div class="bar"><span style="font-size:20px">☰</span>${t('span', 'title', scene.brand ?? 'GASH', 'class="logo"')}<span style="margin-left:auto" class="usr">${esc(r.member)}</span></div>`
      : `<div class="bar">${t('span', 'title', scene.brand ?? 'GASH', 'class="logo"')}<div class="nav"><span>會員中心</span><span class="on">儲值</span><span>轉點</span><span>查詢</span><span>客服中心</span></div><span class="usr">${esc(r.member)} 您好｜登出</span></div>`;
    const body = `${top}<div class="main"><div class="tabs">${t('span', 'title', '點數卡儲值', 'class="on"')}<span>轉點</span><span>儲值紀錄</span></div>${fields}<div class="go">確認儲值</div></div>
<div class="dim"></div><div class="dlg"><div class="ic" style="background:${icon[1]}">${icon[0]}</div>${t('div', 'title', res.title ?? '儲值結果', 'class="dt"')}${t('div', 'body', res.text, 'class="dm"')}${det ? `<div class="dd">${det}</div>` : ''}${t('div', 'button', '確定', 'class="ok"')}</div>`;
    return page(css, body);
  },
};
