// 饿了么 (Ele.me) app, 我的 › 卡券 › 兑换卡券: the blue nav bar "兑换卡券" with 兑换记录 on the right,
// a white card with the code field (the typed code, partly masked) and the wide blue 立即兑换
// button, an inline red message under the field or a dark toast in the middle of the screen
// (`scene.toast`), the 兑换说明 list and the 我的卡券 list of held cards when the scene gives them.
// Light, or the app's dark mode (`scene.dark`). Layout reconstructed from the app; the texts come
// from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

export default {
  name: 'eleme-redeem',
  kind: 'error',
  render(scene) {
    const d = Boolean(scene.dark);
    const blue = '#0A8CFF';
    const card = d ? '#1C1C1E' : '#fff';
    const sub = d ? '#8D8D93' : '#999';
    const css = `
body{background:${d ? '#000' : '#F5F5F5'};color:${d ? '#E5E5EA' : '#333'}}
.app{display:flex;flex-direction:column;height:100vh;position:relative}
.top{background:${d ? '#1C1C1E' : blue};color:${d ? '#E5E5EA' : '#fff'};flex:none}
.nav{height:46px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.nav .b{position:absolute;left:12px;font-size:24px;font-weight:400}.nav .r{position:absolute;right:14px;font-size:13.5px;font-weight:400}
.card{margin:12px 12px 0;background:${card};border-radius:10px;padding:16px 14px}
.lb{font-size:14px;color:${sub};margin-bottom:8px}
.field{height:44px;border-radius:6px;background:${d ? '#2C2C2E' : '#F7F7F7'};display:flex;align-items:center;padding:0 12px;font-size:16px;letter-spacing:.5px;font-family:"DejaVu Sans Mono","Noto Sans CJK SC",monospace}
.field .x{margin-left:auto;color:${sub};font-size:16px}
.err{font-size:13px;color:#FF4D4F;margin-top:8px;line-height:1.45}
.btn{margin-top:16px;height:44px;border-radius:22px;background:${blue};color:#fff;font-size:16px;display:flex;align-items:center;justify-content:center}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}.txt{font-size:12.5px;line-height:1.7;color:${d ? '#AEAEB2' : '#666'}}
.cp{display:flex;align-items:center;gap:10px;padding:10px 0;border-top:1px solid ${d ? '#2C2C2E' : '#F0F0F0'}}
.cp:first-of-type{border-top:none}.cp .ic{width:40px;height:40px;border-radius:8px;background:linear-gradient(135deg,#35B8FF,#0A6CFF);flex:none}
.cp .t1{font-size:14px}.cp .t2{font-size:12px;color:${sub};margin-top:2px}.cp .st{margin-left:auto;font-size:12.5px;color:${sub};flex:none}
.toast{position:absolute;left:50%;top:46%;transform:translate(-50%,-50%);max-width:270px;background:#000000D0;color:#fff;font-size:14.5px;line-height:1.5;border-radius:8px;padding:11px 16px;text-align:center}
`;
    const body = `<div class="app"><div class="top">${topBar(scene, { dark: true, bg: 'transparent' })}<div class="nav"><span class="b">‹</span>${t('span', 'title', '兑换卡券')}<span class="r">兑换记录</span></div></div>
<div class="card"><div class="lb">请输入兑换码</div><div class="field">${t('span', 'value', scene.code)}<span class="x">⊗</span></div>
${scene.error ? t('div', 'body', scene.error, 'class="err"') : ''}<div class="btn" data-role="button">立即兑换</div></div>
${scene.held ? `<div class="card">${t('div', 'title', '我的卡券', 'class="h"')}${scene.held.map(([a, b, s]) => `<div class="cp"><div class="ic"></div><div>${t('div', 'value', a, 'class="t1"')}${t('div', 'value', b, 'class="t2"')}</div>${t('span', 'status', s, 'class="st"')}</div>`).join('')}</div>` : ''}
${scene.tips ? `<div class="card">${t('div', 'title', '兑换说明', 'class="h"')}${scene.tips.map((l) => t('div', 'body', l, 'class="txt"')).join('')}</div>` : ''}
${scene.toast ? `<div class="toast" data-role="body">${esc(scene.toast)}</div>` : ''}</div>`;
    return page(css, body);
  },
};
