// A highlighter stroke a user drew over lines of a screenshot in the phone's markup tool (a
// translucent yellow or pink band over the text, line by line, a little ragged at the ends), used by
// the blind43 styles: `scene.highlight` lists substrings; a message whose text contains one is
// drawn with the band. The band is no truth (the text under it is, unchanged).
import { esc } from './common.mjs';

export const markerCss = `
.hlm{-webkit-box-decoration-break:clone;box-decoration-break:clone;padding:0 3px;margin:0 -3px;border-radius:3px 6px 4px 7px;
background:linear-gradient(178deg,transparent 0 18%,var(--hl,rgba(255,226,0,.58)) 18% 90%,transparent 90%)}
`;

/** Whether a text is one the user highlighted. */
export function isMarked(scene, text) {
  return (scene.highlight ?? []).some((h) => String(text).includes(h));
}

/** A truth element whose text may be highlighted (`on`); the text itself is unchanged. */
export function mt(tag, role, text, attrs, on) {
  const inner = on ? `<span class="hlm">${esc(text)}</span>` : esc(text);
  return `<${tag} data-role="${role}" ${attrs ?? ''}>${inner}</${tag}>`;
}
