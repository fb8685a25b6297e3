// 遊戲橘子 beanfun! 會員中心 › 儲值中心 in a browser (desktop) or the phone browser: the white header
// with the orange "beanfun!" word mark and the top menu, the breadcrumb, then either the 序號儲值
// form (`scene.mode` 'redeem': 遊戲帳號, 儲值序號 masked, 驗證碼, the red message box the page shows
// after a failed try, the 儲值 button) or the 儲值紀錄 list (`scene.mode` 'history': date range,
// rows of 時間 / 項目 / 點數 / 狀態). The right column (desktop) shows the 樂點 balance and notes.
// Layout reconstructed from the site; the texts come from the scene.
import { t, page, esc, topBar } from '../lib/common.mjs';

const OR = '#F47C20';

export default {
  name: 'beanfun-redeem',
  kind: 'error',
  render(scene) {
    const desk = scene._device.os === 'desktop';
    const mode = scene.mode ?? 'redeem';
    const menu = ['首頁', '遊戲', '儲值', '會員中心', '客服中心'].map((m) => `<span class="${m === '儲值' ? 'on' : ''}">${esc(m)}</span>`).join('');
    const crumb = t('div', 'title', mode === 'redeem' ? '會員中心 › 儲值中心 › 序號儲值' : '會員中心 › 儲值中心 › 儲值紀錄', 'class="crumb"');
    const tabs = `<div class="tabs"><span class="${mode === 'redeem' ? 'on' : ''}">序號儲值</span><span>樂點卡儲值</span><span class="${mode === 'history' ? 'on' : ''}">儲值紀錄</span></div>`;
    let main;
    if (mode === 'redeem') {
      const f = scene.form;
      const rows = f.fields.map(([k, v]) => `<div class="fr">${t('span', 'label', k, 'class="fk"')}${t('span', 'value', v, 'class="fv"')}</div>`).join('');
      main = `${tabs}<div class="form">${rows}
${f.error ? `<div class="err"><b>!</b><div>${f.error.map((l) => t('div', 'status', l)).join('')}</div></div>` : ''}
<div class="btns">${t('span', 'button', '確定儲值', 'class="go"')}${t('span', 'button', '重新填寫', 'class="re"')}</div>
${(f.notes ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}</div>`;
    } else {
      const h = scene.history;
      const head = `<tr>${['儲值時間', '項目', '樂點', '狀態'].map((x) => t('th', 'label', x)).join('')}</tr>`;
      const rows = h.rows.map((r) => `<tr>${r.map((c, i) => t('td', i === 3 ? 'status' : 'value', c, i === 2 ? 'class="pt"' : '')).join('')}</tr>`).join('');
      main = `${tabs}<div class="form">${t('div', 'label', h.range, 'class="rg"')}<table>${head}${rows}</table>${h.empty ? t('div', 'body', h.empty, 'class="nt"') : ''}${(h.notes ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}</div>`;
    }
    const side = desk
      ? `<aside><div class="box">${t('div', 'label', '我的樂點')}${t('div', 'value', scene.balance ?? '0 點', 'class="bal"')}${t('div', 'value', scene.account ?? '', 'class="acc"')}</div>
<div class="box sm">${t('div', 'title', '儲值說明')}${(scene.side ?? ['序號儲值完成後，樂點會立即存入您的 beanfun! 帳號。', '如有問題請至客服中心提問。']).map((s) => t('div', 'body', s)).join('')}</div></aside>`
      : '';
    const css = `
body{background:#F5F5F5;color:#333;font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:${desk ? 14 : 14}px}
.browser{background:#DEE1E6;height:${desk ? 74 : 0}px;display:${desk ? 'block' : 'none'}}
.tabsb{height:36px;display:flex;align-items:flex-end;padding:0 10px}.tabsb span{background:#fff;border-radius:8px 8px 0 0;height:30px;width:240px;padding:7px 12px;font-size:12.5px}
.addr{background:#fff;height:38px;display:flex;align-items:center;padding:0 14px;gap:12px;color:#666;border-bottom:1px solid #ccc}.addr .u{flex:1;background:#F1F3F4;border-radius:16px;padding:5px 14px;color:#222;font-size:13.5px}
header{background:#fff;border-bottom:3px solid ${OR};display:flex;align-items:center;gap:${desk ? 40 : 12}px;padding:${desk ? '0 14%' : '0 14px'};height:${desk ? 64 : 52}px}
.logo{font-size:${desk ? 30 : 24}px;font-weight:800;color:${OR};letter-spacing:-.5px;font-family:"Liberation Sans",sans-serif}
nav{display:${desk ? 'flex' : 'none'};gap:28px;font-size:15px;color:#555}nav .on{color:${OR};font-weight:700}
.user{margin-left:auto;font-size:13px;color:#777}
.wrap{display:flex;gap:22px;padding:${desk ? '18px 14%' : '12px'}}
.mainc{flex:1;min-width:0}
.crumb{font-size:13px;color:#888;margin-bottom:10px}
.tabs{display:flex;border-bottom:1px solid #ddd}.tabs span{padding:10px ${desk ? 22 : 12}px;color:#666;font-size:${desk ? 15 : 14}px}.tabs .on{color:${OR};border-bottom:3px solid ${OR};font-weight:700}
.form{background:#fff;border:1px solid #e5e5e5;border-top:none;padding:${desk ? '22px 28px' : '16px 14px'}}
.fr{display:flex;align-items:center;gap:12px;margin-bottom:14px}.fk{width:${desk ? 110 : 78}px;flex:none;color:#666;text-align:right}
.fv{flex:1;border:1px solid #ccc;border-radius:3px;padding:8px 10px;background:#FAFAFA;font-family:"Liberation Mono","Noto Sans Mono CJK TC",monospace;overflow-wrap:anywhere}
.err{display:flex;gap:10px;border:1px solid #F5C2C0;background:#FDECEA;color:#C62828;padding:12px 14px;border-radius:4px;margin:6px 0 16px;line-height:1.55}
.err b{flex:none;width:20px;height:20px;border-radius:50%;background:#E53935;color:#fff;display:flex;align-items:center;justify-content:center;font-size:13px}
.btns{display:flex;gap:12px;justify-content:center;margin:6px 0 14px}.btns span{padding:9px 30px;border-radius:3px}.go{background:${OR};color:#fff}.re{background:#eee;color:#555}
.nt{font-size:12.5px;color:#888;line-height:1.7}
.rg{font-size:13px;color:#666;margin-bottom:10px}
table{width:100%;border-collapse:collapse;font-size:${desk ? 14 : 12.5}px}th{background:#FFF3E8;color:#8A4A12;font-weight:600;padding:9px 6px;text-align:left}td{border-bottom:1px solid #eee;padding:10px 6px;vertical-align:top}.pt{color:${OR};font-weight:700;white-space:nowrap}
aside{width:250px;flex:none}.box{background:#fff;border:1px solid #e5e5e5;padding:16px;margin-bottom:14px}.bal{font-size:26px;color:${OR};font-weight:700;margin:6px 0}.acc{font-size:12.5px;color:#888}
.box.sm div{font-size:12.5px;color:#777;line-height:1.7}.box.sm div:first-child{font-size:14px;color:#333;font-weight:600;margin-bottom:6px}
footer{text-align:center;color:#aaa;font-size:12px;padding:10px}
`;
    const body = `${topBar(scene)}<div class="browser"><div class="tabsb"><span>beanfun! 儲值中心</span></div><div class="addr"><span>←</span><span>⟳</span><div class="u">${esc(scene.url ?? 'tw.beanfun.com/member/topup')}</div></div></div>
<header><span class="logo">beanfun!</span><nav>${menu}</nav><span class="user">${esc(scene.user ?? '')}</span></header>
<div class="wrap"><div class="mainc">${crumb}${main}</div>${side}</div><footer>© Gamania Digital Entertainment Co., Ltd.</footer>`;
    return page(css, body);
  },
};
