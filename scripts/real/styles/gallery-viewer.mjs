// A screenshot of a screenshot: an Android phone's photo album (MIUI / HyperOS 相册 look, the
// black immersive viewer) showing an earlier screenshot, captured again. The outer frame has the
// status bar, the top bar ("‹", the date and time of the shown picture, "ⓘ"), and the bottom
// toolbar (分享 编辑 收藏 删除 更多, or English labels with `scene.lang: 'en'`). The shown
// screenshot is scaled down to fit, with its own status bar and content (`scene.inner`):
//   kind 'redeem': a game's 兑换 page (title, fields, button) with a modal dialog or a toast;
//   kind 'chat': a phone chat (title, bubbles left and right, centred notices).
// The text in both frames is truth. Layout reconstructed from the apps.
import { esc, t, page, statusBar } from '../lib/common.mjs';

const LABELS = { zh: ['分享', '编辑', '收藏', '删除', '更多'], en: ['Send', 'Edit', 'Favorite', 'Delete', 'More'] };

export default {
  name: 'gallery-viewer',
  kind: 'other',
  render(scene) {
    const dev = scene._device;
    const inn = scene.inner;
    const avail = dev.height - 28 - 56 - 74 - 24;
    const scale = Math.min(avail / 800, (dev.width - 24) / 360);
    const w = Math.round(360 * scale);
    const h = Math.round(800 * scale);
    const content = inn.kind === 'chat' ? chat(inn) : redeem(inn);
    const labels = LABELS[scene.lang ?? 'zh'];
    const css = `
body{background:#000;color:#fff}
.top{height:56px;display:flex;align-items:center;gap:14px;padding:0 14px}
.top .bk{font-size:26px;font-weight:300}
.top .dt{flex:1}
.top .d1{font-size:16px}
.top .d2{font-size:12px;color:#aaa;margin-top:1px}
.stage{height:${avail + 24}px;display:flex;align-items:center;justify-content:center}
.shot{width:${w}px;height:${h}px;overflow:hidden;position:relative;background:#fff}
.in{width:360px;height:800px;transform:scale(${scale});transform-origin:0 0;position:absolute;left:0;top:0;color:#111;display:flex;flex-direction:column}
.bar{height:74px;display:flex;justify-content:space-around;align-items:center;font-size:11.5px;color:#ddd}
.bar div{display:flex;flex-direction:column;align-items:center;gap:6px}
.bar i{display:block;width:20px;height:20px;border:1.6px solid #ddd;border-radius:5px}
.rd{flex:1;background:${inn.bg ?? '#F4F5F9'};position:relative}
.rd .hd{height:48px;background:${inn.color ?? '#2B6DE8'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;position:relative}
.rd .hd .bk{position:absolute;left:12px;font-size:22px;font-weight:300}
.rd .fm{margin:14px;background:#fff;border-radius:10px;padding:6px 14px 16px}
.rd .fr{padding:12px 0;border-bottom:1px solid #F0F0F0;display:flex;gap:10px;font-size:14.5px}
.rd .fr .k{width:76px;color:#888;flex:none}
.rd .go{margin:16px 0 0;height:42px;border-radius:21px;background:${inn.color ?? '#2B6DE8'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.rd .mask{position:absolute;inset:0;background:#00000073;display:flex;align-items:center;justify-content:center}
.rd .dlg{width:280px;background:#fff;border-radius:12px;overflow:hidden;text-align:center}
.rd .dlg .dt{font-size:17px;font-weight:600;padding:20px 16px 8px}
.rd .dlg .db{font-size:15px;color:#444;padding:0 18px 20px;line-height:1.5}
.rd .dlg .dbn{border-top:1px solid #EEE;height:46px;display:flex;align-items:center;justify-content:center;color:${inn.color ?? '#2B6DE8'};font-size:16px}
.rd .toast{position:absolute;left:50%;top:46%;transform:translateX(-50%);background:#000000cc;color:#fff;font-size:14.5px;padding:10px 16px;border-radius:8px;max-width:260px;text-align:center;line-height:1.45}
.ct{flex:1;background:${inn.bg ?? '#EDEDED'};display:flex;flex-direction:column}
.ct .hd{height:46px;display:flex;align-items:center;justify-content:center;font-size:16.5px;font-weight:500;position:relative}
.ct .hd .bk{position:absolute;left:12px;font-size:22px}
.ct .ms{flex:1;overflow:hidden;padding:6px 0;display:flex;flex-direction:column;justify-content:flex-end}
.ct .r{display:flex;gap:8px;padding:6px 12px;align-items:flex-start}
.ct .r.me{flex-direction:row-reverse}
.ct .av{flex:none;width:38px;height:38px;border-radius:${inn.round ? 19 : 4}px;background:#9DB4CF}
.ct .r.me .av{background:#F5C46B}
.ct .bb{max-width:232px;padding:8px 11px;border-radius:${inn.round ? 12 : 4}px;font-size:15.5px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;background:${inn.otherBg ?? '#fff'};color:#111}
.ct .r.me .bb{background:${inn.selfBg ?? '#95EC69'};color:${inn.selfFg ?? '#111'}}
.ct .nt{text-align:center;font-size:12px;color:#999;margin:6px 30px}
.ct .ip{height:54px;background:#F7F7F7;border-top:1px solid #E0E0E0}
`;
    const body = `${statusBar({ time: scene.clock, battery: scene.battery, os: dev.os, dark: true, bg: '#000' })}
<div class="top"><span class="bk">‹</span><div class="dt">${t('div', 'label', scene.shotDate, 'class="d1"')}${t('div', 'label', scene.shotTime, 'class="d2"')}</div><span>ⓘ</span></div>
<div class="stage"><div class="shot"><div class="in">${statusBar({ time: inn.clock, battery: inn.battery ?? 60, os: 'android', dark: Boolean(inn.darkBar), bg: inn.barBg ?? '#fff' })}${content}</div></div></div>
<div class="bar">${labels.map((l) => `<div><i></i><span>${esc(l)}</span></div>`).join('')}</div>`;
    return page(css, body);

    function redeem(x) {
      const fields = x.fields.map(([k, v]) => `<div class="fr">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v)}</div>`).join('');
      const dlg = x.dialog ? `<div class="mask"><div class="dlg">${t('div', 'title', x.dialog.title, 'class="dt"')}${t('div', 'system', x.dialog.body, 'class="db"')}${t('div', 'button', x.dialog.button ?? '确定', 'class="dbn"')}</div></div>` : '';
      const toast = x.toast ? t('div', 'system', x.toast, 'class="toast"') : '';
      return `<div class="rd"><div class="hd"><span class="bk">‹</span>${t('span', 'title', x.title)}</div><div class="fm">${fields}${t('div', 'button', x.submit ?? '立即兑换', 'class="go"')}</div>${dlg}${toast}</div>`;
    }
    function chat(x) {
      const rows = x.messages.map((m) => {
        if (m.from === 'time' || m.from === 'system') return `<div class="nt">${t('span', 'system', m.text)}</div>`;
        return `<div class="r ${m.from === 'buyer' ? 'me' : ''}"><div class="av"></div>${t('div', m.from, m.text, 'class="bb"')}</div>`;
      }).join('');
      return `<div class="ct"><div class="hd"><span class="bk">‹</span>${t('span', 'title', x.title)}</div><div class="ms">${rows}</div><div class="ip"></div></div>`;
    }
  },
};
