// A whole phone screenshot shown as a picture inside another app (the blind47 styles: a chat
// client's image message, a photo viewer): the inner phone's status bar and one
// lib/mini-screens.mjs pane (chat, order, list, redeem), laid out at 360 CSS px wide and scaled
// into a box. Its lines stay truth (data-role), however small they come out.
// shot: { kind, clock?, battery?, barBg?, darkBar?, h?, dialog?, toast?, …pane fields }: `dialog`
// ({ title, body, button }) is a modal box over the dimmed pane, `toast` a dark pill in the middle
// (a redeem page's failure as the game or shop shows it).
import { esc, t, statusBar } from './common.mjs';
import { anyPane } from './mini-screens.mjs';

/** CSS for shotBox(); include once per page (paneCss from mini-screens.mjs is needed too). */
export const SHOT_CSS = `
.shotx{position:relative;overflow:hidden;background:#fff;flex:none;line-height:normal;text-align:left}
.shotx .scrx{position:absolute;left:0;top:0;width:360px;transform-origin:0 0;display:flex;flex-direction:column;background:#fff;color:#111}
.shotx .dim{position:absolute;inset:0;background:#00000073;display:flex;align-items:center;justify-content:center}
.shotx .dlg{width:280px;background:#fff;border-radius:12px;overflow:hidden;text-align:center}
.shotx .dlg .dt{font-size:17px;font-weight:600;padding:20px 16px 6px}
.shotx .dlg .db{font-size:14.5px;color:#444;line-height:1.5;padding:4px 20px 18px}
.shotx .dlg .dk{border-top:1px solid #E5E5E5;font-size:16px;color:#2B6DE8;padding:12px 0}
.shotx .tst{position:absolute;left:50%;top:46%;transform:translate(-50%,-50%);max-width:280px;background:#000000cc;color:#fff;font-size:14.5px;line-height:1.45;border-radius:8px;padding:10px 16px;text-align:center}
`;

/**
 * The scaled screenshot: `width` is the box width in CSS px; the height follows the inner
 * screen's height (`shot.h`, 760 by default). `radius` rounds the corners; `extra` is HTML put
 * over the picture (a time stamp, a badge).
 */
export function shotBox(shot, width, { radius = 6, extra = '', border = '' } = {}) {
  const h = shot.h ?? 760;
  const s = width / 360;
  const bar = statusBar({ time: shot.clock ?? '12:00', battery: shot.battery ?? 60, os: 'android', dark: Boolean(shot.darkBar), bg: shot.barBg ?? '#fff' });
  const dialog = shot.dialog
    ? `<div class="dim"><div class="dlg">${t('div', 'title', shot.dialog.title, 'class="dt"')}${t('div', 'body', shot.dialog.body, 'class="db"')}<div class="dk" data-role="button">${esc(shot.dialog.button ?? '确定')}</div></div></div>`
    : '';
  const toast = shot.toast ? t('div', 'body', shot.toast, 'class="tst"') : '';
  return `<div class="shotx" style="width:${width}px;height:${Math.round(h * s)}px;border-radius:${radius}px;${border ? `border:${border};` : ''}"><div class="scrx" style="transform:scale(${s});height:${h}px">${bar}${anyPane({ ...shot, style: 'flex:1' })}${dialog}${toast}</div>${extra}</div>`;
}
