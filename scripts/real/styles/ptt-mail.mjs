// A PTT (批踢踢, Taiwan's telnet BBS) 站內信 read in the browser terminal (term.ptt.cc) on a desktop:
// the browser's tab strip and address bar, then the black 80-column terminal in a CJK monospace
// font: the header lines (作者 / 標題 / 時間, the labels blue on grey, the values white on blue),
// the rule, a quoted earlier mail (※ 引述《id》之銘言: and cyan ": " lines), the reply in light grey
// and the bottom status bar (瀏覽 第 1/1 頁 … (y)回應 … (←)離開). `scene.mail`: { author, title, time,
// from: 'buyer'|'merchant', lines, quote?: { id, lines } }. Layout reconstructed; texts from the scene.
import { t, page, esc } from '../lib/common.mjs';

const MONO = '"Noto Sans Mono CJK TC","Noto Sans Mono CJK SC","Liberation Mono",monospace';

export default {
  name: 'ptt-mail',
  kind: 'chat',
  render(scene) {
    const m = scene.mail;
    const other = m.from === 'buyer' ? 'merchant' : 'buyer';
    const head = [['作者', m.author, '站內', m.box ?? '信箱'], ['標題', m.title], ['時間', m.time]]
      .map(([k, v, k2, v2]) => `<div class="ln">${t('span', 'label', ` ${k} `, 'class="hk"')}${t('span', 'value', ` ${v}`, 'class="hv" style="flex:1"')}${k2 ? `${t('span', 'label', ` ${k2} `, 'class="hk"')}<span class="hv" style="width:8ch">${esc(` ${v2}`)}</span>` : ''}</div>`).join('');
    const body = m.lines.map((l) => (l ? `<div class="ln">${t('span', m.from, l)}</div>` : '<div class="ln"> </div>')).join('');
    const quote = m.quote
      ? `<div class="ln">${t('span', 'system', `※ 引述《${m.quote.id}》之銘言：`, 'class="q0"')}</div>${m.quote.lines.map((l) => `<div class="ln">${t('span', other, `: ${l}`, 'class="q"')}</div>`).join('')}`
      : '';
    const sig = (m.sig ?? []).map((l) => `<div class="ln"><span class="sg">${esc(l)}</span></div>`).join('');
    const n = 3 + 1 + m.lines.length + (m.quote ? 2 + m.quote.lines.length : 0);
    const css = `
body{background:#dfe1e5;font-family:"Liberation Sans","Noto Sans CJK TC",sans-serif}
.tabs{height:36px;display:flex;align-items:flex-end;padding:0 10px;gap:4px}
.tab{background:#fff;border-radius:8px 8px 0 0;height:30px;width:230px;display:flex;align-items:center;padding:0 12px;font-size:12.5px;color:#333}
.tab.off{background:transparent;color:#555}
.addr{background:#fff;height:38px;display:flex;align-items:center;gap:14px;padding:0 14px;border-bottom:1px solid #ccc;color:#666;font-size:14px}
.addr .u{flex:1;background:#f1f3f4;border-radius:16px;height:28px;display:flex;align-items:center;padding:0 14px;color:#222}
.term{background:#000;height:calc(100vh - 74px);display:flex;justify-content:center;padding-top:8px}
.scr{width:80ch;font-family:${MONO};font-size:${scene.fontSize ?? 24}px;line-height:1.18;color:#c0c0c0}
.ln{display:flex;white-space:pre;height:1.18em;overflow:hidden}
.hk{background:#c0c0c0;color:#0000a8}.hv{background:#0000a8;color:#fff;flex:none}
.rule{color:#808080}
.q0{color:#00a8a8}.q{color:#00a8a8}.sg{color:#00a800}
.st{display:flex;margin-top:auto}
.st .a{background:#00a8a8;color:#0000a8}.st .b{background:#c0c0c0;color:#000;flex:1}.st .c{background:#c0c0c0;color:#a80000}
.wrapper{display:flex;flex-direction:column;height:100%}
`;
    const pad = Math.max(0, 23 - n - (m.sig ?? []).length);
    const html = `<div class="tabs"><div class="tab">批踢踢實業坊 - term.ptt.cc</div><div class="tab off">＋</div></div>
<div class="addr"><span>←</span><span>→</span><span>⟳</span><div class="u">term.ptt.cc</div><span>☆</span></div>
<div class="term"><div class="scr"><div class="wrapper">${head}<div class="ln"><span class="rule">${'─'.repeat(39)}</span></div>${quote}${m.quote ? '<div class="ln"> </div>' : ''}${body}${sig}${'<div class="ln"> </div>'.repeat(pad)}
<div class="ln st"><span class="a"> 瀏覽 第 1/1 頁 (100%) </span><span class="b">  目前顯示: 第 01~${String(n).padStart(2, '0')} 行</span><span class="c">(y)回應(X%)推文(h)說明(←)離開 </span></div></div></div></div>`;
    return page(css, html);
  },
};
