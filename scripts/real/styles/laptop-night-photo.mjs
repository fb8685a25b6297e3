// A low-light phone photo of a laptop screen (the buyer photographs the laptop at night instead
// of capturing it): a dark room with a warm lamp glow at one side, the laptop's lid turned a few
// degrees and leaning back, its black bezel and camera dot, the keyboard deck in shadow below,
// the screen glowing (a little overexposed, blue-white) with a soft reflection band, the whole
// photo grainy (an SVG noise layer) and slightly out of focus (a light blur on the laptop). Render at the iPad 4:3 size and
// degrade with `fwd:W:Q`. On the screen (`scene.screen`, 1280×800 CSS, scaled):
//   kind 'webchat': a browser window (tab, address bar) on a shop's 在线客服 / web chat page:
//     the shop's header, messages with sender names and times, the input box;
//   kind 'dialog': a Windows desktop with an app window (title, fields) and a modal error
//     dialog (title bar, icon, message lines, OK button).
// `scene.tilt` = [rotateZ, rotateX] degrees; `scene.exposure` darkens the room. Reconstructed.
import { page, esc, t } from '../lib/common.mjs';
import { rich } from '../lib/mini-screens.mjs';

export default {
  name: 'laptop-night-photo',
  kind: 'chat',
  render(scene) {
    const s = scene.screen;
    const [rz, rx] = scene.tilt ?? [-3, 10];
    const scale = scene.scale ?? 0.66;
    const acc = s.color ?? '#1677FF';
    const css = `
body{background:#0b0908;width:100vw;height:100vh;position:relative;overflow:hidden}
.room{position:absolute;inset:0;background:radial-gradient(ellipse at ${scene.lamp ?? '88% 18%'},rgba(255,170,90,.38),rgba(60,35,20,.25) 35%,rgba(0,0,0,0) 60%),linear-gradient(180deg,#16110e,#0a0807 55%,#1a1410)}
.hold{position:absolute;left:50%;top:47%;width:${Math.round(1280 * scale) + 36}px;margin-left:-${Math.round((1280 * scale + 36) / 2)}px;transform:translateY(-50%) perspective(1500px) rotateZ(${rz}deg) rotateX(${rx}deg);transform-origin:50% 100%;filter:blur(.55px)}
.lid{background:#141516;border-radius:14px 14px 4px 4px;padding:18px;box-shadow:0 0 60px rgba(150,180,255,.18)}
.cam{position:absolute;left:50%;top:7px;width:5px;height:5px;margin-left:-2px;border-radius:50%;background:#2b2d30}
.scr{width:${Math.round(1280 * scale)}px;height:${Math.round(800 * scale)}px;overflow:hidden;position:relative;background:#fff}
.in{width:1280px;height:800px;transform:scale(${scale});transform-origin:0 0;position:absolute;left:0;top:0;font-family:"Noto Sans CJK SC",sans-serif;color:#1f2329;filter:brightness(1.1) contrast(.88) saturate(.85)}
.glare{position:absolute;inset:0;background:linear-gradient(105deg,rgba(255,255,255,0) 30%,rgba(255,255,255,.13) 40%,rgba(255,255,255,0) 52%),radial-gradient(ellipse at 50% 45%,rgba(200,220,255,.10),rgba(0,0,30,.28));pointer-events:none;z-index:3}
.deck{height:60px;margin:0 -70px;background:linear-gradient(180deg,#26282b,#0c0d0e);border-radius:0 0 20px 20px;transform:perspective(600px) rotateX(58deg);transform-origin:50% 0}
.dim{position:absolute;inset:0;background:rgba(0,0,0,${scene.exposure ?? 0.12});pointer-events:none}
.grain{position:absolute;inset:0;opacity:${scene.grainOpacity ?? 0.22};pointer-events:none;background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='160' height='160'%3E%3Cfilter id='n'%3E%3CfeTurbulence type='fractalNoise' baseFrequency='${scene.grain ?? 1.3}' numOctaves='1' seed='${(scene.seed ?? 7) % 97}'/%3E%3CfeColorMatrix type='saturate' values='0.2'/%3E%3C/filter%3E%3Crect width='160' height='160' filter='url(%23n)'/%3E%3C/svg%3E");background-size:160px 160px}
/* browser */
.br{position:absolute;inset:0;display:flex;flex-direction:column;background:#fff}
.br .tabs{height:38px;background:#DEE1E6;display:flex;align-items:flex-end;padding-left:10px}
.br .tab{height:32px;width:240px;background:#fff;border-radius:8px 8px 0 0;display:flex;align-items:center;padding:0 12px;font-size:13px;color:#333}
.br .addr{height:40px;display:flex;align-items:center;gap:14px;padding:0 14px;border-bottom:1px solid #ddd;font-size:14px;color:#555}
.br .addr .u{flex:1;height:30px;border-radius:15px;background:#F1F3F4;display:flex;align-items:center;padding:0 14px;color:#333}
.kf{flex:1;display:flex;flex-direction:column;background:#F5F6F7;min-height:0}
.kf .hd{height:58px;background:${acc};color:#fff;display:flex;align-items:center;padding:0 26px;gap:14px;font-size:19px;font-weight:600}
.kf .hd .st{font-size:13px;font-weight:400;opacity:.9}
.kf .ms{flex:1;overflow:hidden;padding:14px 140px;display:flex;flex-direction:column;justify-content:flex-end}
.kf .m{display:flex;flex-direction:column;margin:7px 0;align-items:flex-start}
.kf .m.me{align-items:flex-end}
.kf .who{font-size:13px;color:#8a8f99;margin-bottom:4px}
.kf .bb{max-width:640px;background:#fff;border:1px solid #e6e8eb;border-radius:10px;padding:10px 14px;font-size:17px;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere}
.kf .m.me .bb{background:${acc};border-color:${acc};color:#fff}
.kf .sys{text-align:center;font-size:13px;color:#999;margin:8px 0}
.kf .ip{height:120px;background:#fff;border-top:1px solid #e6e8eb}
/* windows */
.dk{position:absolute;inset:0;background:linear-gradient(135deg,#1b4f8a,#0e2c55 60%,#0a1f3c)}
.dk .task{position:absolute;left:0;right:0;bottom:0;height:44px;background:#1f1f1f;display:flex;align-items:center;justify-content:flex-end;padding-right:16px;color:#eee;font-size:13px}
.win{position:absolute;left:170px;top:90px;width:820px;height:520px;background:#F3F3F3;border:1px solid #666;box-shadow:0 10px 40px rgba(0,0,0,.5)}
.win .tt{height:34px;background:#fff;display:flex;align-items:center;padding:0 12px;font-size:14px}
.win .fr{margin:18px 30px 0;font-size:15px;display:flex;gap:14px}
.win .fr .k{width:110px;color:#555}
.mb{position:absolute;left:350px;top:250px;width:520px;background:#fff;border:1px solid #888;box-shadow:0 12px 40px rgba(0,0,0,.55)}
.mb .tt{height:32px;display:flex;align-items:center;padding:0 12px;font-size:13.5px}
.mb .bd{display:flex;gap:16px;padding:20px 24px 24px;font-size:15.5px;line-height:1.5}
.mb .ic{flex:none;width:34px;height:34px;border-radius:50%;background:#D32F2F;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.mb .ft{background:#F0F0F0;padding:12px 16px;display:flex;justify-content:flex-end}
.mb .ft span{border:1px solid #0067C0;padding:5px 28px;font-size:14px;background:#fff}
`;
    let inner;
    if (s.kind === 'dialog') {
      inner = `<div class="dk"><div class="win">${t('div', 'title', s.app, 'class="tt"')}${(s.fields ?? []).map(([k, v]) => `<div class="fr">${t('span', 'label', k, 'class="k"')}<span data-role="value">${rich(v)}</span></div>`).join('')}</div>
<div class="mb">${t('div', 'title', s.dialog.title, 'class="tt"')}<div class="bd"><div class="ic">✕</div><div>${s.dialog.body.map((b) => t('div', 'body', b)).join('')}</div></div><div class="ft">${t('span', 'button', s.dialog.button ?? 'OK')}</div></div>
<div class="task">${t('span', 'label', s.taskTime ?? '')}</div></div>`;
    } else {
      const rows = s.messages.map((m) => {
        if (m.from === 'time' || m.from === 'system') return t('div', 'system', m.text, 'class="sys"');
        return `<div class="m${m.from === 'buyer' ? ' me' : ''}">${t('div', 'label', m.name ?? '', 'class="who"')}<div class="bb" data-role="${m.from}">${rich(m.text)}</div></div>`;
      }).join('');
      inner = `<div class="br"><div class="tabs"><div class="tab">${esc(s.tab ?? s.shop)}</div></div><div class="addr"><span>←</span><span>→</span><span>⟳</span><div class="u">${esc(s.url)}</div></div>
<div class="kf"><div class="hd">${t('span', 'title', s.shop)}${s.status ? t('span', 'title', s.status, 'class="st"') : ''}</div><div class="ms" data-scroll>${rows}</div><div class="ip"></div></div></div>`;
    }
    const body = `<div class="room"></div><div class="hold"><div class="lid"><div class="cam"></div><div class="scr"><div class="in">${inner}</div><div class="glare"></div></div></div><div class="deck"></div></div>
<div class="dim"></div><div class="grain"></div>`;
    return page(css, body);
  },
};
