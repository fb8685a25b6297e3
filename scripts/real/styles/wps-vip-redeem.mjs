// WPS Office on the Windows desktop with the membership redeem dialog open (WPS会员 › 兑换码兑换):
// the WPS window (the tab strip with the WPS mark, 首页 and open document tabs, the caption
// buttons; the 首页 left column with 新建 / 打开 / 文档 and the recent-files list drawn dimmed behind),
// and the modal dialog: its title bar (兑换会员, ✕), the signed-in account (masked) with its member
// line, the code box with the typed code (masked), the red message under it, the 立即兑换 button
// and the small grey notes at the foot. Simplified Chinese chrome, light only. The Windows clock
// at the bottom right (`scene.clock`, `scene.date`). Layout reconstructed; texts from the scene.
import { t, page, esc } from '../lib/common.mjs';

export default {
  name: 'wps-vip-redeem',
  kind: 'error',
  render(scene) {
    const files = (scene.files ?? ['工作周报.docx', '报价单.xlsx', '项目汇报.pptx', '会议纪要.docx', '采购清单.xlsx', '培训资料.pdf']).map((f, i) => `<div class="fr"><i style="background:${['#2B7CD3', '#1E9E5A', '#D9532B', '#2B7CD3', '#1E9E5A', '#C8372D'][i % 6]}"></i><span>${esc(f)}</span><span class="ft">${esc(`${i + 1}天前`)}</span></div>`).join('');
    const css = `
body{background:#e9edf2;color:#1f2329;font-size:13px}
.win{position:absolute;inset:0 0 40px 0;background:#fff;display:flex;flex-direction:column}
.tabs{height:38px;background:#e8ebf0;display:flex;align-items:flex-end;padding-left:8px;gap:2px;flex:none;position:relative}
.tab{height:32px;padding:0 16px;border-radius:8px 8px 0 0;display:flex;align-items:center;gap:8px;color:#444;font-size:13px}
.tab.on{background:#fff}
.mk{width:18px;height:18px;border-radius:5px;background:#E33B2E;color:#fff;font-size:10px;font-weight:800;display:flex;align-items:center;justify-content:center}
.cap{position:absolute;right:0;top:0;height:38px;display:flex}
.cap span{width:46px;display:flex;align-items:center;justify-content:center;color:#444;font-size:14px}
.home{flex:1;display:flex}
.left{width:200px;border-right:1px solid #eef0f3;padding:18px 14px;display:flex;flex-direction:column;gap:6px}
.left .nw{height:38px;border-radius:8px;background:#2F6BFF;color:#fff;display:flex;align-items:center;justify-content:center;font-size:14px;margin-bottom:10px}
.left div.it{padding:9px 10px;border-radius:6px;color:#444}
.list{flex:1;padding:22px 30px}
.list h3{margin:0 0 14px;font-size:15px}
.fr{display:flex;align-items:center;gap:12px;height:44px;border-bottom:1px solid #f2f3f5}
.fr i{width:22px;height:26px;border-radius:3px}
.fr .ft{margin-left:auto;color:#999}
.dim{position:absolute;inset:0 0 40px 0;background:rgba(0,0,0,.45)}
.dlg{position:absolute;left:50%;top:46%;transform:translate(-50%,-50%);width:520px;background:#fff;border-radius:12px;box-shadow:0 18px 50px rgba(0,0,0,.35);overflow:hidden}
.dh{height:52px;display:flex;align-items:center;padding:0 20px;font-size:16px;font-weight:600;background:linear-gradient(90deg,#FFF4E0,#FFE3B8);color:#7A4B00;position:relative}
.dh .x{position:absolute;right:18px;font-weight:400;color:#7A4B00}
.db{padding:22px 28px 24px}
.acc{display:flex;align-items:center;gap:12px;margin-bottom:18px}
.acc i{width:40px;height:40px;border-radius:50%;background:#c9d6ea}
.acc .n{font-size:14px;font-weight:600}
.acc .l{font-size:12px;color:#8a8f99;margin-top:3px}
.row{display:flex;gap:10px}
.fd{flex:1;height:42px;border:1.5px solid ${scene.lines?.length ? '#F04134' : '#d9dce1'};border-radius:8px;padding:0 12px;display:flex;align-items:center;font-size:15px;letter-spacing:.5px;font-family:"Liberation Mono","DejaVu Sans Mono",monospace}
.bt{width:118px;height:42px;border-radius:8px;background:linear-gradient(90deg,#F7B547,#E8912B);color:#fff;font-size:15px;font-weight:600;display:flex;align-items:center;justify-content:center}
.er{color:#F04134;font-size:13px;margin-top:9px}
.nt{font-size:12px;color:#9aa0a8;line-height:1.7;margin-top:16px;border-top:1px dashed #e5e7eb;padding-top:12px}
.bar{position:absolute;left:0;right:0;bottom:0;height:40px;background:#f3f3f3;border-top:1px solid #ddd;display:flex;align-items:center;justify-content:flex-end;padding-right:14px;font-size:11.5px;color:#222;text-align:right;line-height:1.3}
`;
    const body = `<div class="win"><div class="tabs"><div class="tab on"><span class="mk">W</span>首页</div>${(scene.docs ?? ['工作周报.docx']).map((n) => `<div class="tab">${esc(n)}</div>`).join('')}<div class="cap"><span>—</span><span>☐</span><span>✕</span></div></div>
<div class="home"><div class="left"><div class="nw">+ 新建</div><div class="it">打开</div><div class="it">文档</div><div class="it">稻壳</div><div class="it">应用</div></div><div class="list"><h3>最近</h3>${files}</div></div></div>
<div class="dim"></div>
<div class="dlg"><div class="dh">${t('span', 'title', scene.dialogTitle ?? '兑换会员')}<span class="x">✕</span></div><div class="db">
<div class="acc"><i></i><div>${t('div', 'label', scene.account, 'class="n"')}${t('div', 'value', scene.member, 'class="l"')}</div></div>
<div class="row">${t('div', 'value', scene.code, 'class="fd"')}${t('span', 'button', scene.button ?? '立即兑换', 'class="bt"')}</div>
${(scene.lines ?? []).map((l) => t('div', 'body', l, 'class="er"')).join('')}
${scene.notes?.length ? `<div class="nt">${scene.notes.map((n) => t('div', 'body', n)).join('')}</div>` : ''}</div></div>
<div class="bar"><div>${esc(scene.clock ?? '11:40')}<br>${esc(scene.date ?? '2028/4/11')}</div></div>`;
    return page(css, body);
  },
};
