// An Android phone in split-screen (分屏) with two apps at once, captured as one screenshot: the
// status bar over the upper app, the black divider with its white grab handle between them, and
// each app in its own pane (lib/mini-screens.mjs panes: a chat in WeChat / QQ / 淘宝 旺旺 /
// WhatsApp colours, an order detail, a 充值记录 list or a redeem form). `scene.top` and
// `scene.bottom` are the panes; `scene.ratio` is the upper pane's share of the height (0.5 by
// default). The MIUI / HyperOS, HarmonyOS and ColorOS split screens look alike. Reconstructed.
import { page, statusBar } from '../lib/common.mjs';
import { SKINS, paneCss, anyPane } from '../lib/mini-screens.mjs';

export default {
  name: 'android-split',
  kind: 'chat',
  render(scene) {
    const chat = [scene.top, scene.bottom].find((p) => p.kind === 'chat');
    const k = SKINS[chat?.skin ?? 'wechat'];
    const H = scene._device.height - 28 - 14;
    const top = Math.round(H * (scene.ratio ?? 0.5));
    const css = `${paneCss(k)}
body{background:#000}
.wrap{display:flex;flex-direction:column;height:100vh}
.pane{display:flex;flex-direction:column;overflow:hidden;border-radius:${scene.rounded === false ? 0 : 14}px}
.div{flex:none;height:14px;display:flex;align-items:center;justify-content:center}
.div i{display:block;width:40px;height:4px;border-radius:2px;background:#e8e8e8}
`;
    const topBg = scene.top.kind === 'chat' ? k.bar : scene.top.color ?? '#2B6DE8';
    const body = `<div class="wrap">${statusBar({ time: scene.clock, battery: scene.battery, os: 'android', dark: true, bg: '#000' })}
<div class="pane" style="height:${top}px;background:${topBg}">${anyPane(scene.top)}</div>
<div class="div"><i></i></div>
<div class="pane" style="flex:1">${anyPane(scene.bottom)}</div></div>`;
    return page(css, body);
  },
};
