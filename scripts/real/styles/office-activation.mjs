// Microsoft Word (Office 2021 / Microsoft 365 desktop, Windows 11) with an activation problem:
// the blue title bar, the ribbon tabs, the red "产品激活失败" / "PRODUCT ACTIVATION FAILED" message
// bar under the ribbon, the empty page, and the modal "Microsoft Office 激活向导" dialog that shows
// the error code and message (`scene.error`, lines) with its buttons. Chinese or English UI.
import { t, page, LATIN } from '../lib/common.mjs';

const TXT = {
  zh: {
    tabs: ['文件', '开始', '插入', '绘图', '设计', '布局', '引用', '邮件', '审阅', '视图', '帮助'],
    bar: '产品激活失败', barNote: '为避免中断，请立即激活 Office。', barBtn: '重新激活',
    dlgTitle: 'Microsoft Office 激活向导', head: '很抱歉，出现了问题，无法激活 Office。',
    buttons: ['更改产品密钥', '关闭'], status: ['第 1 页，共 1 页', '0 个字', '中文(中国)'], doc: '文档1 - Word',
  },
  en: {
    tabs: ['File', 'Home', 'Insert', 'Draw', 'Design', 'Layout', 'References', 'Mailings', 'Review', 'View', 'Help'],
    bar: 'PRODUCT ACTIVATION FAILED', barNote: 'To avoid interruption, activate Office now.', barBtn: 'Reactivate',
    dlgTitle: 'Microsoft Office Activation Wizard', head: 'Sorry, something went wrong and Office could not be activated.',
    buttons: ['Change Product Key', 'Close'], status: ['Page 1 of 1', '0 words', 'English (United States)'], doc: 'Document1 - Word',
  },
};

export default {
  name: 'office-activation',
  kind: 'error',
  render(scene) {
    const lang = scene.lang ?? 'zh';
    const x = TXT[lang];
    const css = `
body{background:#E6E6E6;color:#262626;font-size:13px}
.tb{height:32px;background:#185ABD;color:#fff;display:flex;align-items:center;padding:0 12px;gap:14px;font-size:12.5px}
.tb .doc{margin:0 auto}.tb .ctl{letter-spacing:30px}
.tabs{height:34px;background:#F3F3F3;display:flex;align-items:center;gap:22px;padding:0 18px;border-bottom:1px solid #dcdcdc}
.tabs span.on{color:#185ABD;border-bottom:3px solid #185ABD;padding:7px 0 4px}
.rib{height:88px;background:#F9F9F9;border-bottom:1px solid #d5d5d5;display:flex;gap:10px;padding:10px 18px}
.rib i{display:block;width:58px;height:62px;border-radius:3px;background:#ececec}
.mb{display:flex;align-items:center;gap:14px;background:#FDE7E9;border-bottom:1px solid #F1BBBC;padding:8px 18px}
.mb b{color:#A4262C;font-size:13px;letter-spacing:.3px}
.mb .btn{margin-left:10px;border:1px solid #8a8886;background:#fff;padding:3px 14px;border-radius:2px}
.pg{width:${Math.round(scene._device.width * 0.42)}px;height:calc(100vh - 240px);margin:22px auto;background:#fff;box-shadow:0 0 4px #0002}
.sb{position:fixed;left:0;right:0;bottom:0;height:26px;background:#F3F3F3;border-top:1px solid #dcdcdc;display:flex;gap:26px;align-items:center;padding:0 16px;font-size:12px;color:#444}
.mask{position:fixed;inset:0;background:#00000026}
.dlg{position:fixed;left:50%;top:47%;transform:translate(-50%,-50%);width:560px;background:#fff;border:1px solid #8a8886;box-shadow:0 10px 30px #0005}
.dh{height:34px;display:flex;align-items:center;justify-content:space-between;padding:0 12px;font-size:12.5px;border-bottom:1px solid #eee}
.dc{padding:22px 28px 8px 28px;display:flex;gap:18px}
.logo{width:44px;height:44px;flex:none;border-radius:6px;background:linear-gradient(135deg,#EB3C00,#D83B01)}
.hd{font-size:17px;color:#A4262C;margin-bottom:12px}
.ln{font-size:13.5px;line-height:1.6}
.dbs{display:flex;justify-content:flex-end;gap:10px;padding:18px 22px}
.dbs span{border:1px solid #8a8886;padding:5px 18px;min-width:88px;text-align:center;border-radius:2px}
.dbs span:last-child{background:#185ABD;border-color:#185ABD;color:#fff}
`;
    const body = `<div class="tb"><span>⟲ ↶ ↷</span>${t('span', 'title', x.doc, 'class="doc"')}<span class="ctl">–▢✕</span></div>
<div class="tabs">${x.tabs.map((n, i) => t('span', 'label', n, i === 1 ? 'class="on"' : '')).join('')}</div>
<div class="rib">${'<i></i>'.repeat(12)}</div>
<div class="mb">${t('b', 'status', x.bar)}${t('span', 'body', x.barNote)}${t('span', 'button', x.barBtn, 'class="btn"')}</div>
<div class="pg"></div>
<div class="sb">${x.status.map((s) => t('span', 'label', s)).join('')}</div>
<div class="mask"></div><div class="dlg"><div class="dh">${t('span', 'title', x.dlgTitle)}<span>✕</span></div>
<div class="dc"><div class="logo"></div><div>${t('div', 'title', x.head, 'class="hd"')}${scene.error.map((e) => t('div', 'body', e, 'class="ln"')).join('')}</div></div>
<div class="dbs">${x.buttons.map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body, lang === 'en' ? LATIN : undefined);
  },
};
