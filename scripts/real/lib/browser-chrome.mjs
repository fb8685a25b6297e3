// Browser chrome drawn above a web page (blind39 styles): on a desktop capture Chrome's tab strip
// (one tab with a favicon dot and `tab`) and the address bar (`url`); on a phone the status bar
// and a compact address pill (Safari at the bottom is left out: most users crop it). Light or
// dark. The tab title and the address carry no truth (a reader does not rely on them).
import { esc, topBar } from './common.mjs';

export function chromeCss(dark = false) {
  return `
.bc{flex:none;background:${dark ? '#202124' : '#dee1e6'}}
.bc .tabs{height:38px;display:flex;align-items:flex-end;padding-left:10px}
.bc .tab{height:32px;width:250px;background:${dark ? '#35363a' : '#fff'};border-radius:9px 9px 0 0;display:flex;align-items:center;padding:0 12px;gap:8px;font-size:12.5px;color:${dark ? '#e8eaed' : '#333'};white-space:nowrap;overflow:hidden}
.bc .tab i{flex:none;width:14px;height:14px;border-radius:4px}
.bc .bar{height:42px;background:${dark ? '#35363a' : '#fff'};display:flex;align-items:center;padding:0 12px;gap:14px;color:${dark ? '#9aa0a6' : '#5f6368'};font-size:15px;border-bottom:1px solid ${dark ? '#4a4b4f' : '#dadce0'}}
.bc .addr{flex:1;height:30px;border-radius:15px;background:${dark ? '#202124' : '#f1f3f4'};display:flex;align-items:center;padding:0 14px;font-size:13.5px;color:${dark ? '#e8eaed' : '#202124'};white-space:nowrap;overflow:hidden}
.bc .pill{margin:4px 12px 8px;height:36px;border-radius:12px;background:${dark ? '#2c2c2e' : '#eeeef0'};display:flex;align-items:center;justify-content:center;font-size:14px;color:${dark ? '#f2f2f7' : '#1c1c1e'};gap:6px}
`;
}

/** The chrome; `fav` is the favicon colour. */
export function chrome(scene, { url, tab, fav = '#888', dark = false }) {
  if (scene._device.os === 'desktop') {
    return `<div class="bc"><div class="tabs"><div class="tab"><i style="background:${fav}"></i>${esc(tab ?? url)}</div></div><div class="bar"><span>←</span><span>→</span><span>↻</span><div class="addr">🔒&nbsp; ${esc(url)}</div><span>☆</span><span>⋮</span></div></div>`;
  }
  return `<div class="bc" style="background:${dark ? '#1c1c1e' : '#f9f9f9'}">${topBar(scene, { dark, bg: dark ? '#1c1c1e' : '#f9f9f9' })}<div class="pill">🔒 ${esc(url.replace(/\/.*$/, ''))}</div></div>`;
}
