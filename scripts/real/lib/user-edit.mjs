// Edits a user makes to a screenshot before sending it: cutting the top off (status bar and
// title gone), and a red circle with an arrow drawn round the line that matters.
import sharp from 'sharp';

/** Cuts `px` device pixels off the top of the image; boxes move up by as much. */
export async function cropTop(img, px) {
  const height = img.height - px;
  const out = sharp(img.buf).extract({ left: 0, top: px, width: img.width, height });
  const buf = img.ext === 'jpg' ? await out.jpeg({ quality: 90 }).toBuffer() : await out.png().toBuffer();
  return { img: { buf, ext: img.ext, width: img.width, height }, map: (b) => [b[0], b[1] - px, b[2], b[3]] };
}

/**
 * Runs in the page: draws a hand-drawn-looking red ellipse round the first truth element whose
 * text contains `mark.text`, and an arrow pointing at it from below. The drawing carries no
 * data-role, so it is no truth block.
 * @param {{ text: string }} mark
 */
export function drawMark(mark) {
  /* global document, window */
  const el = [...document.querySelectorAll('[data-role]')].find((e) => e.innerText.includes(mark.text));
  if (!el) throw new Error(`mark: no element with ${mark.text}`);
  const r = el.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  const rx = r.width / 2 + 16;
  const ry = r.height / 2 + 12;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(window.innerWidth));
  svg.setAttribute('height', String(document.documentElement.scrollHeight));
  svg.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;z-index:9999';
  const ax = cx + rx * 0.35;
  const ay = cy + ry + 70;
  svg.innerHTML = `<path d="M ${cx - rx} ${cy + 2} C ${cx - rx} ${cy - ry * 1.1}, ${cx + rx * 1.05} ${cy - ry * 1.15}, ${cx + rx} ${cy - 3} C ${cx + rx * 0.98} ${cy + ry * 1.1}, ${cx - rx * 0.9} ${cy + ry * 1.05}, ${cx - rx * 1.02} ${cy - ry * 0.3}" fill="none" stroke="#ff1a1a" stroke-width="3.2" stroke-linecap="round"/>
<path d="M ${ax + 30} ${ay} L ${ax + 4} ${cy + ry + 6}" stroke="#ff1a1a" stroke-width="3.2" stroke-linecap="round"/>
<path d="M ${ax - 6} ${cy + ry + 20} L ${ax + 4} ${cy + ry + 5} L ${ax + 19} ${cy + ry + 14}" fill="none" stroke="#ff1a1a" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>`;
  document.body.appendChild(svg);
}
