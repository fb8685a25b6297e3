#!/usr/bin/env node
// Generates the test fixtures: case folders under fixtures/cases/<id>/, their
// expectations in fixtures/cases/<id>.expected.json, the ground-truth text of every
// image in fixtures/truth/<id>/<image path>.txt and fixtures/README.md.
//
// Images are SVG scenes rasterised by sharp (librsvg + fontconfig), so the machine
// that regenerates them needs a CJK font:
//   apt-get install -y fonts-noto-cjk fonts-wqy-zenhei
// Tests never need the font: they read the committed images.
//
// Usage: node scripts/make-fixtures.mjs   (or: npm run fixtures)
// The output is deterministic: the same sharp/libvips build and fonts give the same bytes.

import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'fixtures');
const CASES = path.join(OUT, 'cases');
const TRUTH = path.join(OUT, 'truth');

const FONT = 'Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif';
const MONO = 'Noto Sans Mono CJK SC, DejaVu Sans Mono, monospace';

sharp.cache(false);
sharp.concurrency(1);

// ---------------------------------------------------------------------------
// Text measurement and wrapping
// ---------------------------------------------------------------------------

const widthCache = new Map();

function escXml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Ink width in px of one line of text, measured with Pango through sharp. */
async function measure(text, px, { bold = false, mono = false } = {}) {
  if (!text) return 0;
  const key = `${mono ? 'm' : 's'}${bold ? 'b' : 'r'}${px}|${text}`;
  const hit = widthCache.get(key);
  if (hit !== undefined) return hit;
  const family = mono ? 'Noto Sans Mono CJK SC' : 'Noto Sans CJK SC';
  let w;
  try {
    const { info } = await sharp({
      text: { text: escXml(text), font: `${family}${bold ? ' Bold' : ''} ${px}px`, dpi: 72 },
    })
      .png()
      .toBuffer({ resolveWithObject: true });
    w = info.width;
  } catch {
    w = approxWidth(text, px);
  }
  widthCache.set(key, w);
  return w;
}

/** Rough width: 1 em per CJK character, ~0.55 em per Latin character. */
function approxWidth(text, px) {
  let em = 0;
  // eslint-disable-next-line no-control-regex -- XML forbids these characters in SVG text
  for (const ch of text) em += /[\u0000-\u00ff]/.test(ch) ? 0.55 : 1;
  return em * px;
}

const CLOSING = /^[,.!?;:)\]}、，。！？；：）》」』%]/;

// Phrases a line break must not split, so that every fixture's key words stay on one line
// (real apps would break anywhere; the fixtures keep the tested words whole).
const KEEP = [
  '订单编号', '订单号', '订单', '单号', '卡密', '已被使用', '被用过', '用过了', '格式错误', '不存在', '已过期',
  '激活', '序列号', '密码', '卡号', '兑换码', '到账', '没发货', '发货', '拍错', '买错', '区服', '不退不换', '退款', '投诉',
  '骗子', '私下', '加我微信', '转你', '保证', '假一赔十', '包售后', '独享', '虚假宣传', '共享', '截图',
];
const TOKEN = new RegExp(
  `${[...KEEP].sort((a, b) => b.length - a.length).join('|')}|¥\\d+(?:\\.\\d+)?|\\d+个?(?:小时|分钟|天)内?|[\\x21-\\x7e]+|\\s+|[^\\x21-\\x7e\\s]`,
  'gu',
);

/** True when cur ends with a KEEP phrase, which must not lose its last character. */
function keptTail(cur) {
  return KEEP.some((k) => k.length > 1 && cur.endsWith(k));
}

/** Greedy line breaking: Latin words stay whole, CJK breaks anywhere, no punctuation at a line start. */
async function wrap(text, px, maxW, opts = {}) {
  const tokens = text.match(TOKEN) ?? [];
  const lines = [];
  let cur = '';
  const fits = async (s) => (await measure(s.trimEnd(), px, opts)) <= maxW;
  for (const tok of tokens) {
    if (cur === '' && /^\s+$/.test(tok)) continue;
    if (await fits(cur + tok)) {
      cur += tok;
      continue;
    }
    if (/^\s+$/.test(tok)) {
      lines.push(cur.trimEnd());
      cur = '';
      continue;
    }
    if (CLOSING.test(tok) && tok.length === 1 && (await measure(cur + tok, px, opts)) <= maxW + px * 0.6) {
      cur += tok; // a closing punctuation mark may hang past the edge
      continue;
    }
    const chars = [...cur];
    const last = chars[chars.length - 1];
    if (CLOSING.test(tok) && chars.length > 1 && last && !/[\s\x21-\x7e]/.test(last) && !keptTail(cur)) {
      lines.push(chars.slice(0, -1).join('').trimEnd());
      cur = last + tok;
      continue;
    }
    if (cur.trim() !== '') lines.push(cur.trimEnd());
    cur = '';
    if (await fits(tok)) {
      cur = tok;
    } else {
      for (const ch of tok) {
        if (await fits(cur + ch)) cur += ch;
        else {
          if (cur) lines.push(cur);
          cur = ch;
        }
      }
    }
  }
  if (cur.trim() !== '') lines.push(cur.trimEnd());
  return lines;
}

// ---------------------------------------------------------------------------
// Scene: SVG builder that also records the visible text for the truth file
// ---------------------------------------------------------------------------

const r2 = (v) => Math.round(v * 100) / 100;

class Scene {
  constructor(w, h, bg) {
    this.w = w;
    this.h = h;
    this.parts = [];
    this.texts = [];
    this.defs = [];
    if (bg) this.rect(0, 0, w, h, { fill: bg });
  }

  add(svg) {
    this.parts.push(svg);
  }

  rect(x, y, w, h, o = {}) {
    const a = [`x="${r2(x)}"`, `y="${r2(y)}"`, `width="${r2(w)}"`, `height="${r2(h)}"`];
    if (o.rx) a.push(`rx="${r2(o.rx)}"`);
    a.push(`fill="${o.fill ?? 'none'}"`);
    if (o.stroke) a.push(`stroke="${o.stroke}"`, `stroke-width="${r2(o.sw ?? 1)}"`);
    if (o.opacity !== undefined) a.push(`opacity="${o.opacity}"`);
    this.add(`<rect ${a.join(' ')}/>`);
  }

  circle(cx, cy, r, o = {}) {
    const a = [`cx="${r2(cx)}"`, `cy="${r2(cy)}"`, `r="${r2(r)}"`, `fill="${o.fill ?? 'none'}"`];
    if (o.stroke) a.push(`stroke="${o.stroke}"`, `stroke-width="${r2(o.sw ?? 1)}"`);
    if (o.opacity !== undefined) a.push(`opacity="${o.opacity}"`);
    this.add(`<circle ${a.join(' ')}/>`);
  }

  line(x1, y1, x2, y2, stroke, sw = 1) {
    this.add(
      `<line x1="${r2(x1)}" y1="${r2(y1)}" x2="${r2(x2)}" y2="${r2(y2)}" stroke="${stroke}" stroke-width="${r2(sw)}" stroke-linecap="round"/>`,
    );
  }

  path(d, o = {}) {
    const a = [`d="${d}"`, `fill="${o.fill ?? 'none'}"`];
    if (o.stroke) {
      a.push(`stroke="${o.stroke}"`, `stroke-width="${r2(o.sw ?? 1)}"`);
      a.push('stroke-linecap="round"', 'stroke-linejoin="round"');
    }
    if (o.opacity !== undefined) a.push(`opacity="${o.opacity}"`);
    this.add(`<path ${a.join(' ')}/>`);
  }

  gradient(id, stops, { x2 = 1, y2 = 0 } = {}) {
    const s = stops.map(([off, c]) => `<stop offset="${off}" stop-color="${c}"/>`).join('');
    this.defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient>`);
    return `url(#${id})`;
  }

  /** Text with its baseline at y. Recorded for the truth file unless record is false. */
  text(x, y, str, o = {}) {
    const size = o.size ?? 16;
    const a = [`x="${r2(x)}"`, `y="${r2(y)}"`, `font-size="${r2(size)}"`];
    a.push(`font-family="${o.mono ? MONO : FONT}"`);
    if (o.bold) a.push('font-weight="bold"');
    if (o.anchor) a.push(`text-anchor="${o.anchor}"`);
    a.push(`fill="${o.fill ?? '#191919'}"`);
    if (o.opacity !== undefined) a.push(`opacity="${o.opacity}"`);
    this.add(`<text ${a.join(' ')}>${escXml(str)}</text>`);
    if (o.record !== false) {
      const w = o.w ?? approxWidth(str, size);
      const left = o.anchor === 'middle' ? x - w / 2 : o.anchor === 'end' ? x - w : x;
      this.texts.push({ left, top: y - size * 0.88, bottom: y + size * 0.14, text: str });
    }
  }

  svg() {
    const defs = this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '';
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" ` +
      `viewBox="0 0 ${this.w} ${this.h}">${defs}${this.parts.join('')}</svg>`
    );
  }

  /**
   * Visible text, one line per visual row, top to bottom; items in a row joined by a space.
   * A page with panes side by side (`this.panes`, boxes: a desktop chat's contact list,
   * messages and order panel) is read pane by pane, left to right, after the text outside
   * every pane (the title bar).
   */
  truth(maxY = Infinity) {
    const visible = this.texts.filter((t) => t.bottom <= maxY);
    if (!this.panes) return rowsOf(visible);
    const paneOf = (t) => this.panes.findIndex((p) => t.left >= p.x0 && t.left < p.x1 && t.top >= p.y0 && t.top < p.y1);
    const groups = [-1, ...this.panes.keys()].map((i) => visible.filter((t) => paneOf(t) === i));
    return groups.flatMap((g) => rowsOf(g));
  }
}

/** Text items as visual rows, top to bottom; items in a row joined by a space, left to right. */
function rowsOf(texts) {
  const items = [...texts].sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.left - b.left);
  const rows = [];
  for (const it of items) {
    const row = rows[rows.length - 1];
    if (row) {
      const overlap = Math.min(row.bottom, it.bottom) - Math.max(row.top, it.top);
      const minH = Math.min(row.minH, it.bottom - it.top);
      if (overlap > minH * 0.5) {
        row.items.push(it);
        row.top = Math.min(row.top, it.top);
        row.bottom = Math.max(row.bottom, it.bottom);
        row.minH = Math.min(row.minH, it.bottom - it.top);
        continue;
      }
    }
    rows.push({ items: [it], top: it.top, bottom: it.bottom, minH: it.bottom - it.top });
  }
  return rows.map((r) =>
    r.items
      .sort((a, b) => a.left - b.left)
      .map((i) => i.text)
      .join(' '),
  );
}

// ---------------------------------------------------------------------------
// Phone chrome: status bars, title bars, input bar
// ---------------------------------------------------------------------------

function batteryIcon(sc, x, y, w, h, level, color) {
  sc.rect(x, y, w, h, { rx: h * 0.28, stroke: color, sw: h * 0.09, fill: 'none', opacity: 0.9 });
  sc.rect(x + w + h * 0.08, y + h * 0.32, h * 0.14, h * 0.36, { fill: color, opacity: 0.6 });
  const inner = (w - h * 0.36) * Math.max(0.08, level / 100);
  sc.rect(x + h * 0.18, y + h * 0.18, inner, h - h * 0.36, { rx: h * 0.12, fill: level <= 20 ? '#E0443E' : color });
}

function signalBars(sc, x, yBottom, s, color) {
  for (let i = 0; i < 4; i++) {
    const bh = (4 + i * 2.6) * s;
    sc.rect(x + i * 4.6 * s, yBottom - bh, 3 * s, bh, { rx: 0.8 * s, fill: color });
  }
}

function wifiIcon(sc, cx, cy, s, color) {
  sc.circle(cx, cy, 1.7 * s, { fill: color });
  for (const rr of [5.2, 9]) {
    const a = (-135 * Math.PI) / 180;
    const b = (-45 * Math.PI) / 180;
    const d = `M${r2(cx + rr * s * Math.cos(a))} ${r2(cy + rr * s * Math.sin(a))} A${r2(rr * s)} ${r2(rr * s)} 0 0 1 ${r2(cx + rr * s * Math.cos(b))} ${r2(cy + rr * s * Math.sin(b))}`;
    sc.path(d, { stroke: color, sw: 2 * s });
  }
}

/** Status bar. style: android | ios | ios-old. Returns its height in px. */
async function statusBar(sc, s, { style = 'android', time, battery = 80, color = '#000000', bg, carrier = '中国移动', net = '4G' }) {
  const W = sc.w;
  if (style === 'android') {
    const h = 26 * s;
    if (bg) sc.rect(0, 0, W, h, { fill: bg });
    sc.text(14 * s, 18 * s, time, { size: 13 * s, fill: color });
    const bx = W - 14 * s - 22 * s;
    batteryIcon(sc, bx, 8 * s, 22 * s, 11 * s, battery, color);
    const pct = `${battery}%`;
    const pw = await measure(pct, 13 * s);
    sc.text(bx - 3 * s, 18 * s, pct, { size: 13 * s, fill: color, anchor: 'end', w: pw });
    const wx = bx - 3 * s - pw - 14 * s;
    wifiIcon(sc, wx, 17 * s, s, color);
    signalBars(sc, wx - 30 * s, 18 * s, s, color);
    sc.text(wx - 34 * s, 17.5 * s, '5G', { size: 10.5 * s, bold: true, fill: color, anchor: 'end', w: await measure('5G', 10.5 * s, { bold: true }) });
    return h;
  }
  if (style === 'ios') {
    const h = 47 * s;
    if (bg) sc.rect(0, 0, W, h, { fill: bg });
    sc.text(54 * s, 32 * s, time, { size: 16.5 * s, bold: true, fill: color, anchor: 'middle', w: approxWidth(time, 16.5 * s) });
    batteryIcon(sc, W - 48 * s, 22 * s, 25 * s, 12 * s, battery, color);
    wifiIcon(sc, W - 64 * s, 33 * s, s, color);
    signalBars(sc, W - 98 * s, 34 * s, s, color);
    return h;
  }
  // ios-old: ●●●●○ carrier, time in the middle, percentage + battery on the right
  const h = 20 * s;
  if (bg) sc.rect(0, 0, W, h, { fill: bg });
  for (let i = 0; i < 5; i++) {
    sc.circle((6 + i * 6.6) * s, 10 * s, 2.7 * s, i < 4 ? { fill: color } : { stroke: color, sw: 0.8 * s });
  }
  const ct = `${carrier} ${net}`;
  sc.text(42 * s, 14.5 * s, ct, { size: 12 * s, fill: color });
  sc.text(W / 2, 14.5 * s, time, { size: 12.5 * s, bold: true, fill: color, anchor: 'middle', w: approxWidth(time, 12.5 * s) });
  batteryIcon(sc, W - 32 * s, 4.5 * s, 23 * s, 11 * s, battery, color);
  sc.text(W - 36 * s, 14.5 * s, `${battery}%`, { size: 12 * s, fill: color, anchor: 'end', w: approxWidth(`${battery}%`, 12 * s) });
  return h;
}

/** Title bar with back chevron. Returns its bottom y. */
async function titleBar(sc, s, y, { title, subtitle, bg, color = '#191919', subColor = '#7F7F7F', right = 'dots', border = '#D8D8D8', h = 46 }) {
  const H = h * s;
  const W = sc.w;
  if (bg) sc.rect(0, y, W, H, { fill: bg });
  if (border) sc.rect(0, y + H - Math.max(1, 0.4 * s), W, Math.max(1, 0.4 * s), { fill: border });
  const cy = y + H / 2;
  sc.path(`M${r2(21 * s)} ${r2(cy - 9 * s)} L${r2(13 * s)} ${r2(cy)} L${r2(21 * s)} ${r2(cy + 9 * s)}`, { stroke: color, sw: 2 * s });
  const tw = await measure(title, 17 * s, { bold: true });
  if (subtitle) {
    sc.text(W / 2, cy + 1 * s, title, { size: 17 * s, bold: true, fill: color, anchor: 'middle', w: tw });
    sc.text(W / 2, cy + 16 * s, subtitle, { size: 11 * s, fill: subColor, anchor: 'middle', w: approxWidth(subtitle, 11 * s) });
  } else {
    sc.text(W / 2, cy + 6 * s, title, { size: 17 * s, bold: true, fill: color, anchor: 'middle', w: tw });
  }
  if (right === 'dots') {
    for (let i = 0; i < 3; i++) sc.circle(W - (30 - i * 7) * s, cy, 2 * s, { fill: color });
  } else if (right) {
    sc.text(W - 16 * s, cy + 5.5 * s, right, { size: 15 * s, fill: color, anchor: 'end', w: approxWidth(right, 15 * s) });
  }
  return y + H;
}

function inputBar(sc, s, { dark = false, home = false }) {
  const W = sc.w;
  const h = (home ? 76 : 58) * s;
  const y = sc.h - h;
  sc.rect(0, y, W, h, { fill: dark ? '#1E1E1E' : '#F7F7F7' });
  sc.rect(0, y, W, Math.max(1, 0.5 * s), { fill: dark ? '#2A2A2A' : '#DCDCDC' });
  const cy = y + 29 * s;
  const ic = dark ? '#A8A8A8' : '#3A3A3A';
  sc.circle(24 * s, cy, 13 * s, { stroke: ic, sw: 1.4 * s });
  sc.path(`M${r2(21 * s)} ${r2(cy - 5 * s)} Q${r2(28 * s)} ${r2(cy)} ${r2(21 * s)} ${r2(cy + 5 * s)}`, { stroke: ic, sw: 1.4 * s });
  sc.rect(46 * s, cy - 17 * s, W - 46 * s - 96 * s, 34 * s, { rx: 4 * s, fill: dark ? '#2C2C2C' : '#FFFFFF' });
  const ex = W - 73 * s;
  sc.circle(ex, cy, 13 * s, { stroke: ic, sw: 1.4 * s });
  sc.circle(ex - 4.5 * s, cy - 3 * s, 1.3 * s, { fill: ic });
  sc.circle(ex + 4.5 * s, cy - 3 * s, 1.3 * s, { fill: ic });
  sc.path(`M${r2(ex - 6 * s)} ${r2(cy + 3 * s)} Q${r2(ex)} ${r2(cy + 9 * s)} ${r2(ex + 6 * s)} ${r2(cy + 3 * s)}`, { stroke: ic, sw: 1.3 * s });
  const px = W - 34 * s;
  sc.circle(px, cy, 13 * s, { stroke: ic, sw: 1.4 * s });
  sc.line(px - 7 * s, cy, px + 7 * s, cy, ic, 1.4 * s);
  sc.line(px, cy - 7 * s, px, cy + 7 * s, ic, 1.4 * s);
  if (home) sc.rect(W / 2 - 67 * s, sc.h - 12 * s, 134 * s, 5 * s, { rx: 2.5 * s, fill: dark ? '#CFCFCF' : '#111111' });
  return y;
}

// ---------------------------------------------------------------------------
// Chat screenshots
// ---------------------------------------------------------------------------

const THEMES = {
  wechat: {
    bg: '#EDEDED', barBg: '#EDEDED', barBorder: '#D5D5D5', title: '#191919', sep: '#A8A8A8',
    buyer: '#95EC69', buyerText: '#111111', merchant: '#FFFFFF', merchantText: '#111111',
    radius: 4, avatar: 'square', status: '#000000',
  },
  qq: {
    bg: '#F1F2F6', barBg: '#F7F7F9', barBorder: '#DADBE0', title: '#111111', sep: '#A3A3A3',
    buyer: '#0099FF', buyerText: '#FFFFFF', merchant: '#FFFFFF', merchantText: '#111111',
    radius: 13, avatar: 'round', status: '#000000',
  },
  dark: {
    bg: '#111111', barBg: '#111111', barBorder: '#222222', title: '#E6E6E6', sep: '#888888',
    buyer: '#3EB575', buyerText: '#0B0B0B', merchant: '#2C2C2C', merchantText: '#E6E6E6',
    radius: 4, avatar: 'square', status: '#FFFFFF', dark: true,
  },
};

function avatar(sc, x, y, size, color, shape) {
  if (shape === 'round') sc.circle(x + size / 2, y + size / 2, size / 2, { fill: color });
  else sc.rect(x, y, size, size, { rx: size * 0.1, fill: color });
  // a simple person silhouette, no text
  sc.circle(x + size / 2, y + size * 0.4, size * 0.17, { fill: '#FFFFFF', opacity: 0.55 });
  const d = `M${r2(x + size * 0.2)} ${r2(y + size * 0.86)} Q${r2(x + size / 2)} ${r2(y + size * 0.5)} ${r2(x + size * 0.8)} ${r2(y + size * 0.86)} Z`;
  sc.path(d, { fill: '#FFFFFF', opacity: 0.55 });
}

function thumbnail(sc, x, y, w, h, s, accent) {
  sc.rect(x, y, w, h, { rx: 3 * s, fill: '#FFFFFF', stroke: '#C9C9C9', sw: 0.8 * s });
  sc.rect(x, y, w, 14 * s, { fill: accent });
  for (let i = 0; i < 5; i++) sc.rect(x + 8 * s, y + (24 + i * 13) * s, (i % 2 ? 0.55 : 0.8) * w, 4.5 * s, { rx: 2 * s, fill: '#DADADA' });
  sc.rect(x + w * 0.15, y + h * 0.55, w * 0.7, h * 0.25, { rx: 4 * s, fill: '#FFFFFF', stroke: '#AAAAAA', sw: 0.8 * s });
  sc.rect(x + w * 0.25, y + h * 0.6, w * 0.5, 5 * s, { rx: 2 * s, fill: '#E5483F' });
}

/**
 * A chat screenshot. items: {sep}, {from: 'buyer'|'merchant', text}, {from, image: true}.
 * Options: w, h, theme, status ('android'|'ios'|'ios-old'), time, battery, title, subtitle,
 * buyerAvatar, merchantAvatar, accent (thumbnail colour).
 */
async function renderChat(o) {
  const T = THEMES[o.theme ?? 'wechat'];
  const sc = new Scene(o.w, o.h, T.bg);
  const s = o.w / 375;
  const style = o.status ?? 'android';
  const sb = await statusBar(sc, s, { style, time: o.time, battery: o.battery ?? 76, color: T.status, bg: T.barBg, carrier: o.carrier, net: o.net });
  let y = await titleBar(sc, s, sb, {
    title: o.title,
    subtitle: o.subtitle,
    bg: T.barBg,
    color: T.title,
    border: T.barBorder,
    h: style === 'ios-old' ? 46 : 48,
  });
  const bottom = inputBar(sc, s, { dark: !!T.dark, home: style === 'ios' });
  y += 14 * s;
  const fs = 16.5 * s;
  const lh = fs * 1.42;
  const av = 40 * s;
  const padX = 12 * s;
  const padY = 9.5 * s;
  const maxText = 202 * s;
  for (const it of o.items) {
    if (it.sep) {
      const size = 12.5 * s;
      y += 6 * s;
      sc.text(sc.w / 2, y + size, it.sep, { size, fill: T.sep, anchor: 'middle', w: await measure(it.sep, size) });
      y += size + 18 * s;
      continue;
    }
    const buyer = it.from === 'buyer';
    const avX = buyer ? sc.w - 10 * s - av : 10 * s;
    avatar(sc, avX, y, av, buyer ? o.buyerAvatar ?? '#5B7DB1' : o.merchantAvatar ?? '#E0884B', T.avatar);
    if (it.image) {
      const tw = 96 * s;
      const th = 150 * s;
      const tx = buyer ? avX - 10 * s - tw : avX + av + 10 * s;
      thumbnail(sc, tx, y, tw, th, s, o.accent ?? '#1AAD19');
      y += th + 16 * s;
      continue;
    }
    const lines = await wrap(it.text, fs, maxText);
    const widths = [];
    for (const ln of lines) widths.push(await measure(ln, fs));
    const textW = Math.max(...widths, 12 * s);
    const bw = textW + 2 * padX + 1 * s;
    const bh = lines.length * lh + 2 * padY;
    const bx = buyer ? avX - 10 * s - bw : avX + av + 10 * s;
    const fill = buyer ? T.buyer : T.merchant;
    sc.rect(bx, y, bw, bh, { rx: T.radius * s, fill });
    const ty = y + 20 * s;
    const tail = buyer
      ? `M${r2(bx + bw - 0.5)} ${r2(ty - 6 * s)} L${r2(bx + bw + 6 * s)} ${r2(ty)} L${r2(bx + bw - 0.5)} ${r2(ty + 6 * s)} Z`
      : `M${r2(bx + 0.5)} ${r2(ty - 6 * s)} L${r2(bx - 6 * s)} ${r2(ty)} L${r2(bx + 0.5)} ${r2(ty + 6 * s)} Z`;
    if (T.avatar === 'square') sc.path(tail, { fill });
    let ly = y + padY;
    for (let i = 0; i < lines.length; i++) {
      sc.text(bx + padX, ly + lh / 2 + fs * 0.36, lines[i], { size: fs, fill: buyer ? T.buyerText : T.merchantText, w: widths[i] });
      ly += lh;
    }
    y += Math.max(bh, av) + 15 * s;
  }
  if (y > bottom) throw new Error(`chat "${o.title}" overflows by ${Math.round(y - bottom)} px`);
  return sc;
}

// ---------------------------------------------------------------------------
// Error captures
// ---------------------------------------------------------------------------

/**
 * Mobile recharge/activation form with a toast or a dialog on top.
 * o: w, h, status, time, battery, header, headerColor, formTitle, fields [[label, value, mono]],
 * button, toast {text, icon}, dialog {title, lines, extra, button}, notes [text].
 */
async function renderMobileError(o) {
  const sc = new Scene(o.w, o.h, '#F1F2F4');
  const s = o.w / 375;
  const hc = o.headerColor ?? '#1677FF';
  const sb = await statusBar(sc, s, { style: o.status ?? 'android', time: o.time, battery: o.battery ?? 70, color: '#FFFFFF', bg: hc });
  let y = await titleBar(sc, s, sb, { title: o.header, bg: hc, color: '#FFFFFF', border: null, right: o.headerRight ?? null, h: 46 });
  const cx = 10 * s;
  const cw = sc.w - 20 * s;
  const cardTop = y + 10 * s;
  const fieldH = 52 * s;
  const btnH = 44 * s;
  const fieldsTop = cardTop + 52 * s;
  const btnTop = fieldsTop + o.fields.length * fieldH + 14 * s;
  const cardBottom = btnTop + btnH + 18 * s;
  sc.rect(cx, cardTop, cw, cardBottom - cardTop, { rx: 8 * s, fill: '#FFFFFF' });
  sc.text(24 * s, cardTop + 34 * s, o.formTitle, { size: 17.5 * s, bold: true });
  o.fields.forEach(([label, value, mono], i) => {
    const fy = fieldsTop + i * fieldH;
    sc.text(24 * s, fy + 27 * s, label, { size: 15 * s, fill: '#333333' });
    sc.rect(106 * s, fy + 3 * s, sc.w - 106 * s - 24 * s, 37 * s, { rx: 5 * s, fill: '#F4F5F7', stroke: '#E1E3E7', sw: 0.8 * s });
    sc.text(117 * s, fy + 27 * s, value, { size: 15 * s, fill: '#1A1A1A', mono: !!mono });
  });
  const btnColor = o.buttonColor ?? '#FF6A00';
  sc.rect(24 * s, btnTop, sc.w - 48 * s, btnH, { rx: btnH / 2, fill: btnColor });
  sc.text(sc.w / 2, btnTop + btnH / 2 + 5.8 * s, o.button ?? '立即充值', { size: 16.5 * s, fill: '#FFFFFF', anchor: 'middle', w: approxWidth(o.button ?? '立即充值', 16.5 * s) });
  y = cardBottom + 16 * s;
  for (const n of o.notes ?? []) {
    sc.text(24 * s, y + 13 * s, n, { size: 13 * s, fill: '#8A8A8A' });
    y += 22 * s;
  }
  if (o.toast) {
    const fs = 15.5 * s;
    const tw = await measure(o.toast.text, fs);
    const bw = Math.max(tw + 48 * s, o.toast.icon ? 150 * s : 0);
    const icon = o.toast.icon;
    const bh = icon ? 104 * s : 60 * s;
    const by = Math.max(y + 30 * s, sc.h * 0.36);
    const bx = sc.w / 2 - bw / 2;
    sc.rect(bx, by, bw, bh, { rx: 10 * s, fill: '#2E2E2E', opacity: 0.94 });
    if (icon) {
      sc.circle(sc.w / 2, by + 32 * s, 17 * s, { stroke: '#FFFFFF', sw: 2 * s });
      sc.line(sc.w / 2, by + 22 * s, sc.w / 2, by + 35 * s, '#FFFFFF', 3 * s);
      sc.circle(sc.w / 2, by + 41 * s, 1.9 * s, { fill: '#FFFFFF' });
    }
    sc.text(sc.w / 2, by + bh - (icon ? 22 : 24) * s, o.toast.text, { size: fs, fill: '#FFFFFF', anchor: 'middle', w: tw });
  }
  if (o.dialog) {
    const d = o.dialog;
    sc.rect(0, 0, sc.w, sc.h, { fill: '#000000', opacity: 0.35 });
    const dw = 290 * s;
    const dx = sc.w / 2 - dw / 2;
    const msgSize = 15.5 * s;
    const lines = [];
    for (const l of d.lines) lines.push(...(await wrap(l, msgSize, dw - 48 * s)));
    const extra = d.extra ?? [];
    const dh = 66 * s + lines.length * msgSize * 1.5 + extra.length * 21 * s + 16 * s + 52 * s;
    const dy = Math.max(y + 36 * s, sc.h * 0.4 - dh / 2);
    sc.rect(dx, dy, dw, dh, { rx: 12 * s, fill: '#FFFFFF' });
    sc.text(sc.w / 2, dy + 38 * s, d.title, { size: 17.5 * s, bold: true, anchor: 'middle', w: await measure(d.title, 17.5 * s, { bold: true }) });
    let ly = dy + 58 * s;
    for (const l of lines) {
      sc.text(sc.w / 2, ly + msgSize, l, { size: msgSize, fill: '#333333', anchor: 'middle', w: await measure(l, msgSize) });
      ly += msgSize * 1.5;
    }
    for (const e of extra) {
      sc.text(sc.w / 2, ly + 15 * s, e, { size: 13 * s, fill: '#8A8A8A', anchor: 'middle', w: await measure(e, 13 * s) });
      ly += 21 * s;
    }
    const bt = dy + dh - 52 * s;
    sc.rect(dx, bt, dw, Math.max(1, 0.5 * s), { fill: '#E5E5E5' });
    sc.text(sc.w / 2, bt + 32 * s, d.button ?? '确定', { size: 17 * s, bold: true, fill: d.buttonColor ?? '#1677FF', anchor: 'middle', w: approxWidth(d.button ?? '确定', 17 * s) });
  }
  return sc;
}

/**
 * Desktop application window with a modal error dialog (Snipaste-like capture).
 * o: w, h, window, heading, body [lines], dialogTitle, message [lines], button, code.
 */
async function renderDesktopError(o) {
  const W = o.w ?? 1280;
  const H = o.h ?? 760;
  const sc = new Scene(W, H, '#F3F4F6');
  sc.rect(0, 0, W, 40, { fill: o.titleBg ?? '#1F2933' });
  sc.text(16, 26, o.window, { size: 15, fill: '#FFFFFF' });
  const ic = '#FFFFFF';
  sc.line(W - 136, 20, W - 124, 20, ic, 1.2);
  sc.rect(W - 84, 14, 11, 11, { stroke: ic, sw: 1.2 });
  sc.line(W - 34, 14, W - 23, 25, ic, 1.4);
  sc.line(W - 23, 14, W - 34, 25, ic, 1.4);
  sc.rect(78, 62, W - 156, 60 + o.body.length * 28, { rx: 3, fill: '#FFFFFF', stroke: '#E2E4E8' });
  sc.text(94, 94, o.heading, { size: 19, bold: true });
  o.body.forEach((b, i) => sc.text(94, 132 + i * 28, b, { size: 17, fill: '#333333' }));
  // modal mask
  sc.rect(0, 40, W, H - 40, { fill: '#000000', opacity: 0.3 });
  const msgLines = o.message;
  const dw = 530;
  const dh = 118 + msgLines.length * 29 + 58;
  const dx = W / 2 - dw / 2;
  const dy = 254;
  sc.rect(dx + 4, dy + 5, dw, dh, { rx: 3, fill: '#000000', opacity: 0.25 });
  sc.rect(dx, dy, dw, dh, { rx: 3, fill: '#FFFFFF' });
  sc.rect(dx, dy, dw, 48, { fill: '#F3F4F6' });
  sc.text(dx + 19, dy + 31, o.dialogTitle, { size: 17, bold: true });
  sc.line(dx + dw - 33, dy + 19, dx + dw - 24, dy + 28, '#666666', 1.5);
  sc.line(dx + dw - 24, dy + 19, dx + dw - 33, dy + 28, '#666666', 1.5);
  sc.circle(dx + 48, dy + 96, 21, { fill: '#E53935' });
  sc.line(dx + 42, dy + 90, dx + 54, dy + 102, '#FFFFFF', 2.6);
  sc.line(dx + 54, dy + 90, dx + 42, dy + 102, '#FFFFFF', 2.6);
  msgLines.forEach((l, i) => sc.text(dx + 88, dy + 95 + i * 29, l, { size: 18, fill: '#222222' }));
  const bw = 97;
  const by = dy + dh - 62;
  sc.rect(dx + dw - bw - 28, by, bw, 39, { rx: 3, fill: '#1A73E8' });
  sc.text(dx + dw - 28 - bw / 2, by + 25.5, o.button ?? '关闭', { size: 17, fill: '#FFFFFF', anchor: 'middle', w: approxWidth(o.button ?? '关闭', 17) });
  return sc;
}

// ---------------------------------------------------------------------------
// Order pages
// ---------------------------------------------------------------------------

/**
 * Mobile order detail (shop app). o: w, h, status, time, battery, banner {title, sub, colors},
 * thumb {label, color}, product, spec, price, rows [[label, value, {bold, color}]], buttons [..].
 */
async function renderMobileOrder(o) {
  const sc = new Scene(o.w, o.h, '#F2F3F5');
  const s = o.w / 375;
  const sb = await statusBar(sc, s, { style: o.status ?? 'ios-old', time: o.time, battery: o.battery ?? 88, color: '#000000', bg: '#FFFFFF', carrier: o.carrier, net: o.net });
  let y = await titleBar(sc, s, sb, { title: o.title ?? '订单详情', bg: '#FFFFFF', right: o.right ?? null, border: '#E3E3E3', h: 46 });
  y += 10 * s;
  // status banner
  const g = sc.gradient('banner', [[0, o.banner.colors?.[0] ?? '#FF7A2F'], [1, o.banner.colors?.[1] ?? '#FF4B2B']]);
  sc.rect(10 * s, y, sc.w - 20 * s, 78 * s, { rx: 8 * s, fill: g });
  sc.text(28 * s, y + 35 * s, o.banner.title, { size: 21 * s, bold: true, fill: '#FFFFFF' });
  if (o.banner.sub) sc.text(28 * s, y + 61 * s, o.banner.sub, { size: 13.5 * s, fill: '#FFFFFF', opacity: 0.92 });
  y += 88 * s;
  // product card
  const titleLines = await wrap(o.product, 16 * s, 180 * s);
  const cardH = Math.max(92 * s, 14 * s + titleLines.length * 23 * s + (o.spec ? 24 * s : 0) + 16 * s);
  sc.rect(10 * s, y, sc.w - 20 * s, cardH, { rx: 8 * s, fill: '#FFFFFF' });
  sc.rect(24 * s, y + 14 * s, 64 * s, 64 * s, { rx: 5 * s, fill: o.thumb.color });
  sc.text(56 * s, y + 52 * s, o.thumb.label, { size: (o.thumb.size ?? 17) * s, bold: true, fill: '#FFFFFF', anchor: 'middle', w: await measure(o.thumb.label, (o.thumb.size ?? 17) * s, { bold: true }) });
  let ty = y + 14 * s;
  for (const ln of titleLines) {
    sc.text(100 * s, ty + 17 * s, ln, { size: 16 * s, fill: '#222222' });
    ty += 23 * s;
  }
  if (o.spec) sc.text(100 * s, ty + 16 * s, o.spec, { size: 13 * s, fill: '#999999' });
  if (o.price) {
    sc.text(sc.w - 24 * s, y + 31 * s, o.price, { size: 16 * s, fill: '#222222', anchor: 'end', w: approxWidth(o.price, 16 * s) });
    sc.text(sc.w - 24 * s, y + 54 * s, 'x1', { size: 13 * s, fill: '#999999', anchor: 'end', w: approxWidth('x1', 13 * s) });
  }
  y += cardH + 10 * s;
  // info rows
  const rowH = 36 * s;
  const infoH = 16 * s + o.rows.length * rowH;
  sc.rect(10 * s, y, sc.w - 20 * s, infoH, { rx: 8 * s, fill: '#FFFFFF' });
  o.rows.forEach(([label, value, opt = {}], i) => {
    const ry = y + 8 * s + i * rowH + 24 * s;
    sc.text(24 * s, ry, label, { size: 15 * s, fill: '#8C8C8C' });
    sc.text(112 * s, ry, value, { size: 15 * s, fill: opt.color ?? '#222222', bold: !!opt.bold });
  });
  // bottom bar
  const bb = sc.h - 60 * s;
  sc.rect(0, bb, sc.w, 60 * s, { fill: '#FFFFFF' });
  sc.rect(0, bb, sc.w, Math.max(1, 0.5 * s), { fill: '#E0E0E0' });
  const btns = o.buttons ?? ['联系卖家', '申请售后'];
  let bx = sc.w - 12 * s;
  for (let i = btns.length - 1; i >= 0; i--) {
    const label = btns[i];
    const primary = i === btns.length - 1;
    const bw = 88 * s;
    bx -= bw;
    sc.rect(bx, bb + 11 * s, bw, 38 * s, primary ? { rx: 19 * s, fill: '#FF5000' } : { rx: 19 * s, fill: '#FFFFFF', stroke: '#999999', sw: 1 * s });
    sc.text(bx + bw / 2, bb + 35.5 * s, label, { size: 15 * s, fill: primary ? '#FFFFFF' : '#333333', anchor: 'middle', w: approxWidth(label, 15 * s) });
    bx -= 10 * s;
  }
  return sc;
}

function browserChrome(sc, { tab, url, site, nav, user, color }) {
  const W = sc.w;
  sc.rect(0, 0, W, 48, { fill: '#DEE1E6' });
  sc.rect(12, 9, 318, 39, { rx: 8, fill: '#FFFFFF' });
  sc.rect(22, 19, 18, 18, { rx: 4, fill: color });
  sc.text(51, 34, tab, { size: 15, fill: '#333333' });
  sc.rect(0, 48, W, 50, { fill: '#FFFFFF' });
  sc.path('M40 73 L26 73 M31 68 L26 73 L31 78', { stroke: '#444444', sw: 1.6 });
  sc.path('M64 73 L78 73 M73 68 L78 73 L73 78', { stroke: '#444444', sw: 1.6 });
  sc.path('M113 68 A6.5 6.5 0 1 0 114.5 75', { stroke: '#444444', sw: 1.6 });
  sc.path('M110 66 L114 68 L111 71.5', { stroke: '#444444', sw: 1.4 });
  sc.rect(140, 56, W - 250, 34, { rx: 17, fill: '#F1F3F4' });
  sc.text(170, 79, url, { size: 16, fill: '#202124' });
  sc.rect(0, 98, W, 80, { fill: color });
  sc.text(50, 149, site, { size: 30, bold: true, fill: '#FFFFFF' });
  let nx = 50 + approxWidth(site, 30) + 52;
  for (const n of nav) {
    sc.text(nx, 146, n, { size: 18, fill: '#FFFFFF' });
    nx += approxWidth(n, 18) + 38;
  }
  sc.text(W - 50, 146, user, { size: 18, fill: '#FFFFFF', anchor: 'end', w: approxWidth(user, 18) });
}

/** Desktop shop order detail with label/value rows. */
function renderDesktopOrderDetail(o) {
  const W = o.w ?? 1536;
  const H = o.h ?? 760;
  const sc = new Scene(W, H, '#F0F1F5');
  browserChrome(sc, o);
  const top = 200;
  const rowH = 45;
  sc.rect(93, top, W - 186, 58 + o.rows.length * rowH, { fill: '#FFFFFF', stroke: '#E3E3E8' });
  sc.text(111, top + 36, '订单详情', { size: 20, bold: true });
  o.rows.forEach(([label, value, opt = {}], i) => {
    const y = top + 81 + i * rowH;
    sc.text(111, y, label, { size: 18, fill: '#8A8A8A' });
    sc.text(248, y, value, { size: 18, fill: opt.color ?? '#1E1E1E', mono: !!opt.mono, bold: !!opt.bold });
  });
  return sc;
}

/** Desktop shop order list as a table. */
function renderDesktopOrderTable(o) {
  const W = o.w ?? 1536;
  const H = o.h ?? 800;
  const sc = new Scene(W, H, '#F0F1F5');
  browserChrome(sc, o);
  const top = 208;
  const cols = o.columns;
  sc.rect(92, top, W - 184, 178 + (o.rows.length - 1) * 62, { rx: 3, fill: '#FFFFFF', stroke: '#E3E3E8' });
  sc.text(110, top + 37, o.heading ?? '我的订单', { size: 21, bold: true });
  sc.rect(93, top + 56, W - 186, 57, { fill: '#F3F4F7' });
  for (const [label, x] of cols) sc.text(x, top + 90, label, { size: 19, bold: true, fill: '#222222' });
  o.rows.forEach((row, ri) => {
    const y = top + 149 + ri * 62;
    sc.rect(93, y - 36, W - 186, 1, { fill: '#ECECEC' });
    row.forEach((cell, ci) => {
      const c = typeof cell === 'string' ? { text: cell } : cell;
      sc.text(cols[ci][1], y, c.text, { size: 19, fill: c.color ?? '#222222', bold: !!c.bold, mono: !!c.mono });
    });
  });
  return sc;
}

// ---------------------------------------------------------------------------
// Policy / product page
// ---------------------------------------------------------------------------

/**
 * Mobile product page with 售后须知. o: w, h, status, time, battery, banner {title, sub, colors},
 * price, face, sold, name, desc [lines], notice [{text, red}].
 */
async function renderPolicy(o) {
  const sc = new Scene(o.w, o.h, '#F1F2F4');
  const s = o.w / 375;
  const sb = await statusBar(sc, s, { style: o.status ?? 'android', time: o.time, battery: o.battery ?? 91, color: '#000000', bg: '#FFFFFF' });
  let y = await titleBar(sc, s, sb, { title: '商品详情', bg: '#FFFFFF', right: '分享', border: '#E6E6E6', h: 46 });
  y += 10 * s;
  const g = sc.gradient('pb', [[0, o.banner.colors[0]], [1, o.banner.colors[1]]], { x2: 1, y2: 1 });
  sc.rect(10 * s, y, sc.w - 20 * s, 190 * s, { fill: g });
  const bt = o.banner.title;
  sc.text(sc.w / 2, y + 98 * s, bt, { size: 29 * s, bold: true, fill: '#FFFFFF', anchor: 'middle', w: await measure(bt, 29 * s, { bold: true }) });
  if (o.banner.sub) sc.text(sc.w / 2, y + 133 * s, o.banner.sub, { size: 14.5 * s, fill: '#FFFFFF', anchor: 'middle', w: await measure(o.banner.sub, 14.5 * s), opacity: 0.92 });
  y += 200 * s;
  // price card
  const nameLines = await wrap(o.name, 16.5 * s, 320 * s, { bold: true });
  const pcH = 68 * s + nameLines.length * 24 * s + 12 * s;
  sc.rect(10 * s, y, sc.w - 20 * s, pcH, { rx: 8 * s, fill: '#FFFFFF' });
  const pw = await measure(o.price, 27 * s, { bold: true });
  sc.text(24 * s, y + 47 * s, o.price, { size: 27 * s, bold: true, fill: '#F03D37', w: pw });
  if (o.face) sc.text(24 * s + pw + 12 * s, y + 45 * s, o.face, { size: 14 * s, fill: '#999999' });
  if (o.sold) sc.text(sc.w - 24 * s, y + 38 * s, o.sold, { size: 13 * s, fill: '#999999', anchor: 'end', w: approxWidth(o.sold, 13 * s) });
  let ny = y + 62 * s;
  for (const ln of nameLines) {
    sc.text(24 * s, ny + 17 * s, ln, { size: 16.5 * s, bold: true, fill: '#222222' });
    ny += 24 * s;
  }
  y += pcH + 10 * s;
  const block = async (title, entries) => {
    const fs = 14.5 * s;
    const laid = [];
    for (const e of entries) for (const ln of await wrap(e.text, fs, 322 * s)) laid.push({ ln, red: e.red });
    const h = 52 * s + laid.length * fs * 1.55 + 14 * s;
    sc.rect(10 * s, y, sc.w - 20 * s, h, { rx: 8 * s, fill: '#FFFFFF' });
    sc.text(24 * s, y + 32 * s, title, { size: 16.5 * s, bold: true });
    let ly = y + 50 * s;
    for (const { ln, red } of laid) {
      sc.text(24 * s, ly + fs, ln, { size: fs, fill: red ? '#E8332B' : '#333333' });
      ly += fs * 1.55;
    }
    y += h + 10 * s;
  };
  if (o.desc) await block('商品说明', o.desc.map((t) => ({ text: t })));
  await block('售后须知', o.notice);
  const bb = sc.h - 60 * s;
  sc.rect(0, bb, sc.w, 60 * s, { fill: '#FFFFFF' });
  sc.rect(0, bb, sc.w, Math.max(1, 0.5 * s), { fill: '#E0E0E0' });
  sc.rect(sc.w - 207 * s, bb + 11 * s, 76 * s, 38 * s, { rx: 19 * s, fill: '#FFFFFF', stroke: '#999999', sw: 1 * s });
  sc.text(sc.w - 169 * s, bb + 35.5 * s, '客服', { size: 15 * s, fill: '#333333', anchor: 'middle', w: 30 * s });
  sc.rect(sc.w - 121 * s, bb + 11 * s, 109 * s, 38 * s, { rx: 19 * s, fill: '#FF5000' });
  sc.text(sc.w - 66.5 * s, bb + 35.5 * s, '立即购买', { size: 15 * s, fill: '#FFFFFF', anchor: 'middle', w: 60 * s });
  return sc;
}

// ---------------------------------------------------------------------------
// An irrelevant picture: a game screenshot with a bit of unrelated chat
// ---------------------------------------------------------------------------

function renderGame({ w = 1600, h = 720, lines }) {
  const sc = new Scene(w, h, null);
  const sky = sc.gradient('sky', [[0, '#3B6FB6'], [0.6, '#9CC7E8'], [1, '#F2D7A7']], { x2: 0, y2: 1 });
  sc.rect(0, 0, w, h, { fill: sky });
  sc.circle(1210, 150, 60, { fill: '#FFF4CC', opacity: 0.85 });
  sc.path(`M0 430 L180 250 L330 390 L520 190 L700 400 L880 260 L1060 420 L1250 230 L1420 380 L1600 280 L1600 720 L0 720 Z`, { fill: '#4D6A7A' });
  sc.path(`M0 500 L220 380 L420 480 L640 360 L860 500 L1100 390 L1340 500 L1600 420 L1600 720 L0 720 Z`, { fill: '#3E5C4B' });
  const ground = sc.gradient('gr', [[0, '#5E8A45'], [1, '#2F4A24']], { x2: 0, y2: 1 });
  sc.rect(0, 540, w, 180, { fill: ground });
  for (let i = 0; i < 14; i++) {
    const x = 40 + i * 117;
    const y = 560 + ((i * 37) % 60);
    sc.path(`M${x} ${y} L${x + 26} ${y - 80} L${x + 52} ${y} Z`, { fill: '#1F3B1C' });
    sc.rect(x + 22, y, 8, 18, { fill: '#4A3322' });
  }
  // hero
  sc.circle(800, 470, 26, { fill: '#F1C9A5' });
  sc.path('M770 500 L830 500 L846 600 L754 600 Z', { fill: '#B03A2E' });
  sc.path('M846 520 L905 470', { stroke: '#D9D9D9', sw: 7 });
  sc.rect(770, 598, 22, 42, { fill: '#2E2E2E' });
  sc.rect(808, 598, 22, 42, { fill: '#2E2E2E' });
  // HUD
  sc.circle(62, 62, 40, { fill: '#2A2A2A', stroke: '#E8C15A', sw: 4 });
  sc.circle(62, 54, 16, { fill: '#F1C9A5' });
  sc.text(118, 52, lines[0], { size: 24, bold: true, fill: '#FFFFFF' });
  sc.rect(118, 66, 260, 16, { rx: 8, fill: '#000000', opacity: 0.5 });
  sc.rect(120, 68, 190, 12, { rx: 6, fill: '#E54848' });
  sc.rect(118, 88, 260, 12, { rx: 6, fill: '#000000', opacity: 0.5 });
  sc.rect(120, 90, 120, 8, { rx: 4, fill: '#4AA3F0' });
  sc.circle(w - 100, 100, 78, { fill: '#1B2A1E', stroke: '#CFCFCF', sw: 3, opacity: 0.8 });
  sc.circle(w - 100, 100, 5, { fill: '#F5D04A' });
  for (const [x, y, r] of [[w - 120, 620, 54], [w - 240, 650, 38], [w - 215, 540, 38], [w - 105, 470, 38]]) {
    sc.circle(x, y, r, { fill: '#000000', opacity: 0.35, stroke: '#FFFFFF', sw: 3 });
  }
  sc.rect(20, 560, 420, 130, { rx: 10, fill: '#000000', opacity: 0.42 });
  lines.slice(1).forEach((l, i) => sc.text(38, 604 + i * 40, l, { size: 24, fill: i === 0 ? '#7FE3FF' : '#FFFFFF' }));
  return sc;
}

// ---------------------------------------------------------------------------
// Rasterising
// ---------------------------------------------------------------------------

async function toPng(sc) {
  return sharp(Buffer.from(sc.svg()), { density: 72 })
    .flatten({ background: '#FFFFFF' })
    .png({ compressionLevel: 9, adaptiveFiltering: true, palette: true, quality: 100, colours: 256, dither: 0 })
    .toBuffer();
}

async function toJpeg(sc, width, quality) {
  let img = sharp(Buffer.from(sc.svg()), { density: 72 }).flatten({ background: '#FFFFFF' });
  if (width && width !== sc.w) img = sharp(await img.png().toBuffer()).resize({ width, kernel: 'lanczos3' });
  return img.jpeg({ quality, chromaSubsampling: '4:2:0', mozjpeg: false }).toBuffer();
}

/** The top `height` px of the scene as a PNG: a screenshot the user cropped before sending. */
async function toCroppedPng(sc, height) {
  const full = await sharp(Buffer.from(sc.svg()), { density: 72 }).flatten({ background: '#FFFFFF' }).png().toBuffer();
  return sharp(full)
    .extract({ left: 0, top: 0, width: sc.w, height })
    .png({ compressionLevel: 9, adaptiveFiltering: true, palette: true, quality: 100, colours: 256, dither: 0 })
    .toBuffer();
}

/** A 16-bit-per-channel RGB PNG of the scene (an editor's "export as 16-bit"). */
async function toPng16(sc) {
  const bytes = await sharp(await toPng(sc)).toColourspace('rgb16').png({ compressionLevel: 9 }).toBuffer();
  const m = await sharp(bytes).metadata();
  if (m.depth !== 'ushort') throw new Error(`16-bit PNG came out as ${m.depth}`);
  return bytes;
}

/**
 * The scene as a camera-style JPEG: pixels stored rotated 90° counter-clockwise, EXIF
 * Orientation 6 ("rotate 90° clockwise to display"), so only an EXIF-aware reader sees it upright.
 */
async function toJpegExif6(sc, quality) {
  const bytes = await sharp(await toPng(sc))
    .rotate(-90)
    .jpeg({ quality, chromaSubsampling: '4:2:0', mozjpeg: false })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  const m = await sharp(bytes).metadata();
  const up = await sharp(bytes).rotate().toBuffer({ resolveWithObject: true });
  if (m.orientation !== 6 || m.width !== sc.h || up.info.width !== sc.w || up.info.height !== sc.h) {
    throw new Error(`EXIF JPEG: orientation ${m.orientation}, stored ${m.width}x${m.height}, upright ${up.info.width}x${up.info.height}`);
  }
  return bytes;
}

/** An animated GIF from scenes of the same size (one frame each, delays in ms). */
async function toGif(scenes, delays) {
  const frames = [];
  for (const sc of scenes) frames.push(await toPng(sc));
  const bytes = await sharp(frames, { join: { animated: true } }).gif({ delay: delays, loop: 0, dither: 0, effort: 10 }).toBuffer();
  const m = await sharp(bytes).metadata();
  if (m.pages !== scenes.length) throw new Error(`GIF has ${m.pages} frames, expected ${scenes.length}`);
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A ~1 KB PNG whose IHDR declares width x height 8-bit RGB (50000 x 50000 = 7.5 GB of pixels):
 * valid signature and CRCs, then one IDAT holding a zlib stream with a single non-final stored
 * block of 1024 zero bytes and no Adler-32, i.e. the pixel data is cut short after 1 KB.
 */
function hugePng(width, height) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB; compression, filter, interlace 0
  const stored = Buffer.from([0x78, 0x01, 0x00, 0x00, 0x04, 0xff, 0xfb]); // zlib header, BFINAL 0 stored, LEN 1024, NLEN
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.concat([stored, Buffer.alloc(1024)])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// GBK (CP936) codes of the non-ASCII characters used in the GBK chat export, written out by hand
// because Node can decode GBK but not encode it. Checked against TextDecoder('gbk') when available.
const GBK = {
  被: 0xb1bb, 查: 0xb2e9, 充: 0xb3e4, 出: 0xb3f6, 单: 0xb5a5, 导: 0xb5bc, 等: 0xb5c8, 订: 0xb6a9,
  服: 0xb7fe, 给: 0xb8f8, 过: 0xb9fd, 号: 0xbac5, 后: 0xbaf3, 间: 0xbce4, 经: 0xbead, 卡: 0xbfa8,
  客: 0xbfcd, 了: 0xc1cb, 密: 0xc3dc, 你: 0xc4e3, 上: 0xc9cf, 稍: 0xc9d4, 时: 0xcab1, 使: 0xcab9,
  示: 0xcabe, 售: 0xcadb, 提: 0xcce1, 我: 0xced2, 下: 0xcfc2, 显: 0xcfd4, 一: 0xd2bb, 已: 0xd2d1,
  用: 0xd3c3, 游: 0xd3ce, 张: 0xd5c5, 这: 0xd5e2, 走: 0xd7df,
};

function gbkEncode(text) {
  const out = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) out.push(cp);
    else if (GBK[ch]) out.push(GBK[ch] >> 8, GBK[ch] & 0xff);
    else throw new Error(`no GBK code for ${ch}`);
  }
  const bytes = Buffer.from(out);
  let dec = null;
  try {
    dec = new TextDecoder('gbk', { fatal: true });
  } catch {
    // a Node without full ICU: trust the table
  }
  if (dec && dec.decode(bytes) !== text) throw new Error('GBK table does not round-trip');
  return bytes;
}

// ---------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------

const png = (name, build) => ({ name, build, format: 'png' });
const jpg = (name, build, width, quality) => ({ name, build, format: 'jpg', width, quality });
// Files that are not plain screenshots (hostile-files, symlink-outside). truth: the text a reader
// that decodes the file correctly sees, or null for files that get no truth file (text exports, links).
const raw = (name, bytes, truth = []) => ({ name, format: 'raw', bytes, truth });
const link = (name, target) => ({ name, format: 'symlink', target });

const ALL_CLEAN = [
  'case-invalid',
  'order-missing',
  'chat-missing',
  'error-capture-missing',
  'error-capture-mismatch',
  'order-id-mismatch',
  'reason-mismatch',
  'request-return-virtual',
  'refund-partial',
  'deadline-passed',
  'policy-no-refund',
  'claim-unsupported',
];

const CASE_LIST = [];
const defineCase = (c) => CASE_LIST.push(c);

// 1 ------------------------------------------------------------------------
defineCase({
  id: 'ready-card-light',
  tests: 'ready card_invalid: order.json, rejection toast, WeChat chat with report, reply and a "保证卡密都能用" promise',
  targets: ['merchant-promise'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026112514201145873',
    product: '腾讯Q币 100元 卡密',
    category: 'game_card',
    amount: 96.5,
    paid_at: '2026-11-25T14:20:11+08:00',
    delivered_at: '2026-11-25T14:20:18+08:00',
    merchant: '企鹅点卡专营店',
  },
  images: [
    png('Screenshot_20261125-142905.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '14:29', battery: 82, header: 'Q币充值', headerColor: '#12B7F5',
        formTitle: '腾讯Q币卡充值',
        fields: [['充值账号', '28****7731'], ['面额', '100 Q币'], ['卡号', '**** **** **** 4172', true], ['密码', '************', true]],
        button: '确认充值',
        toast: { text: '该卡密已被使用', icon: true },
      }),
    ),
    png('Screenshot_20261125-144118.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '14:41', battery: 80, title: '企鹅点卡专营店',
        items: [
          { sep: '11月25日 14:32' },
          { from: 'buyer', text: '刚买的Q币卡充不进去,提示已经被用过了' },
          { from: 'buyer', text: '订单号2026112514201145873' },
          { from: 'buyer', image: true },
          { from: 'merchant', text: '稍等我查一下' },
          { from: 'merchant', text: '亲,我们卡都是新的,保证卡密都能用' },
          { from: 'buyer', text: '截图你也看到了,就是提示该卡密已被使用' },
          { from: 'merchant', text: '好的,我联系上游核实,确认有问题给你处理' },
        ],
      }),
    ),
  ],
  now: '2026-11-25T18:00:00+08:00',
  verdict: ['ready'],
  include: ['merchant-promise'],
  exclude: [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'private-channel', 'threatening-language', 'timeline-inconsistent', 'evidence-unlinked', 'amount-mismatch', 'evidence-unreadable', 'evidence-irrelevant'],
  why: 'Order, "该卡密已被使用" capture and chat (report, reply, "保证卡密都能用" promise) filed 3.7 h after delivery.',
});

// 2 ------------------------------------------------------------------------
defineCase({
  id: 'ready-card-dark-jpeg',
  tests: 'ready card_invalid: dark-mode iPhone chat with an E-prefixed order number, error capture as a small re-compressed JPEG',
  targets: [],
  claim: { reason: 'card_invalid', request: 'refund' },
  order: {
    order_id: 'E2026112620150388',
    product: '网易一卡通 50点 梦幻西游点卡',
    category: 'game_card',
    amount: 47.5,
    paid_at: '2026-11-26T20:15:03+08:00',
    delivered_at: '2026-11-26T20:15:09+08:00',
    merchant: '网易点卡批发',
  },
  images: [
    png('IMG_2231.PNG', () =>
      renderChat({
        w: 1170, h: 2532, theme: 'dark', status: 'ios', time: '20:38', battery: 64, title: '网易点卡批发',
        buyerAvatar: '#6A8CC7', merchantAvatar: '#C9743F',
        items: [
          { sep: '11月26日 20:31' },
          { from: 'buyer', text: '在吗,刚拍的网易一卡通充梦幻一直说卡密格式错误' },
          { from: 'buyer', text: '订单E2026112620150388' },
          { from: 'merchant', text: '你是不是手输的?注意字母O和数字0别搞混' },
          { from: 'buyer', text: '直接复制粘贴的,试了好几遍了' },
          { from: 'merchant', text: '好,我让上游查下这张卡,有问题给你换' },
        ],
      }),
    ),
    jpg(
      '微信图片_20261126203602.jpg',
      () =>
        renderMobileError({
          w: 1080, h: 2340, time: '20:34', battery: 66, header: '网易一卡通充值', headerColor: '#D7000F',
          formTitle: '点卡充值',
          fields: [['充值游戏', '梦幻西游'], ['卡号', '1126 **** **** 3908', true], ['密码', '**********', true]],
          button: '确认充值',
          toast: { text: '卡密格式错误,请核对后重新输入', icon: true },
        }),
      620,
      64,
    ),
  ],
  now: '2026-11-27T09:30:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'private-channel', 'threatening-language', 'timeline-inconsistent', 'evidence-unlinked'],
  why: 'Dark-mode chat quotes order E2026112620150388 and gets a reply; the JPEG capture shows "卡密格式错误"; 13.3 h after delivery.',
});

// 3 ------------------------------------------------------------------------
defineCase({
  id: 'ready-activation-en',
  tests: 'ready activation_failed: software key, English desktop error dialog, chat mixing Chinese and English',
  targets: [],
  claim: { reason: 'activation_failed' },
  order: {
    order_id: '2026112809452217730',
    product: 'Windows 11 Pro 专业版 激活密钥 零售版',
    category: 'software_key',
    amount: 39,
    paid_at: '2026-11-28T09:45:22+08:00',
    delivered_at: '2026-11-28T09:45:40+08:00',
    merchant: '微软正版密钥店',
  },
  images: [
    png('Snipaste_2026-11-28_10-12-07.png', () =>
      renderDesktopError({
        window: 'Settings',
        titleBg: '#202020',
        heading: 'System > Activation',
        body: ['Windows 11 Pro', 'Activation state: Not active', 'Product key: *****-*****-*****-*****-7QKJ8'],
        dialogTitle: 'Windows Activation',
        message: ['Activation failed: invalid product key', 'Error code: 0xC004F050'],
        button: 'Close',
      }),
    ),
    png('IMG_0415.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'qq', status: 'ios-old', carrier: '中国电信', time: '10:24', battery: 57,
        title: '微软正版密钥店', subtitle: '手机在线',
        items: [
          { sep: '2026-11-28 10:15' },
          { from: 'buyer', text: '老板,Win11专业版的key激活不了' },
          { from: 'buyer', text: '提示 Activation failed: invalid product key,订单号2026112809452217730' },
          { from: 'merchant', text: '您好,请问系统是专业版吗?家庭版要先升级哦' },
          { from: 'buyer', text: '是Pro,Settings里看过了' },
          { from: 'merchant', text: 'OK,稍等,我核实一下这个key' },
        ],
      }),
    ),
  ],
  now: '2026-11-28T16:00:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'private-channel', 'threatening-language', 'timeline-inconsistent', 'evidence-unlinked', 'amount-mismatch'],
  why: 'English "Activation failed: invalid product key" capture, zh/en chat with order number and reply, 6.3 h after delivery.',
});

// 4 ------------------------------------------------------------------------
defineCase({
  id: 'ready-not-received-order-shot',
  tests: 'ready not_received without order.json: the mobile order screenshot (订单号, product, ¥, 付款时间, 待发货) is the order proof; "10分钟内到账" is a delivery promise, not a refund window',
  targets: [],
  claim: { reason: 'not_received' },
  order: null,
  images: [
    png('IMG_0588.PNG', () =>
      renderMobileOrder({
        w: 750, h: 1334, status: 'ios-old', time: '10:15', battery: 71,
        banner: { title: '待发货', sub: '商家正在备货中,请耐心等待' },
        thumb: { label: '迅雷', color: '#1F7AE0' },
        product: '迅雷超级会员 12个月 激活码',
        spec: '自动发货',
        price: '¥88.00',
        rows: [
          ['订单号', '2026112711060345190'],
          ['付款时间', '2026-11-27 11:06:03'],
          ['支付方式', '支付宝'],
          ['实付', '¥88.00', { bold: true }],
        ],
        buttons: ['联系卖家', '提醒发货'],
      }),
    ),
    png('Screenshot_20261128-102030.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '10:20', battery: 58, title: '迅雷会员小铺',
        buyerAvatar: '#7A9E5B', merchantAvatar: '#3B82C4',
        items: [
          { sep: '11月27日 15:20' },
          { from: 'buyer', text: '上午付了钱一直没发货,订单2026112711060345190' },
          { from: 'merchant', text: '亲,正常10分钟内到账的,我帮你催一下' },
          { sep: '11月28日 10:02' },
          { from: 'buyer', text: '一天了还是没收到激活码' },
          { from: 'merchant', text: '抱歉亲,上游这两天缺货' },
          { from: 'buyer', text: '那我申请退款了' },
          { from: 'merchant', text: '好的' },
        ],
      }),
    ),
  ],
  now: '2026-11-28T12:00:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: [...ALL_CLEAN, 'order-incomplete', 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'private-channel', 'threatening-language', 'timeline-inconsistent', 'evidence-unlinked', 'amount-mismatch'],
  why: 'No order.json, but the order screenshot carries number, product, ¥88.00, 付款时间 and 待发货; chat reports non-delivery; 25 h into the 7-day window. "10分钟内到账" is a delivery promise.',
});

// 5 ------------------------------------------------------------------------
defineCase({
  id: 'chat-missing',
  tests: 'chat-missing: card_invalid with order.json and an error capture but no chat',
  targets: ['chat-missing'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026113008124460218',
    product: 'Steam 钱包充值码 100元 国区',
    category: 'game_card',
    amount: 92,
    paid_at: '2026-11-30T08:12:44+08:00',
    delivered_at: '2026-11-30T08:12:51+08:00',
    merchant: '蒸汽卡铺',
  },
  images: [
    png('Screenshot_20261130-083510.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '08:35', battery: 93, header: 'Steam 钱包', headerColor: '#171A21',
        formTitle: '兑换 Steam 钱包充值码',
        fields: [['账户', 'gaben_fan_07'], ['充值码', '*****-*****-7H2KQ', true]],
        button: '继续', buttonColor: '#4C9A2A',
        dialog: { title: '兑换失败', lines: ['卡密不存在,请检查输入是否正确'], button: '确定' },
      }),
    ),
  ],
  now: '2026-11-30T12:00:00+08:00',
  verdict: ['not-ready'],
  include: ['chat-missing'],
  exclude: ['case-invalid', 'order-missing', 'error-capture-missing', 'error-capture-mismatch', 'deadline-passed', 'deadline-near', 'reason-mismatch', 'merchant-promise'],
  why: 'card_invalid needs the chat with the problem report; only the order record and the "卡密不存在" capture are there.',
});

// 6 ------------------------------------------------------------------------
defineCase({
  id: 'error-capture-missing',
  tests: 'error-capture-missing: card_invalid with order.json and a chat, but no capture of the rejection',
  targets: ['error-capture-missing'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026120115302288164',
    product: '爱奇艺黄金会员 周卡 兑换码',
    category: 'other',
    amount: 6.8,
    paid_at: '2026-12-01T15:30:22+08:00',
    delivered_at: '2026-12-01T15:30:25+08:00',
    merchant: '奇异果会员店',
  },
  images: [
    png('IMG_6120.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'wechat', status: 'ios-old', carrier: '中国联通', time: '15:52', battery: 44,
        title: '奇异果会员店',
        items: [
          { sep: '12月1日 15:48' },
          { from: 'buyer', text: '你好,周卡兑换码兑换的时候提示已过期' },
          { from: 'buyer', text: '单号 2026120115302288164' },
          { from: 'merchant', text: '亲,不会的,我们的码都是当天进的货' },
          { from: 'merchant', text: '你把报错截图发我看看' },
          { from: 'buyer', text: '好,我等下截' },
        ],
      }),
    ),
  ],
  now: '2026-12-01T20:00:00+08:00',
  verdict: ['not-ready'],
  include: ['error-capture-missing'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'chat-no-reply', 'chat-no-feedback', 'order-id-mismatch', 'deadline-passed', 'deadline-near', 'reason-mismatch'],
  why: 'The chat describes the "已过期" rejection but the folder holds no capture of it.',
});

// 7 ------------------------------------------------------------------------
defineCase({
  id: 'error-capture-mismatch',
  tests: 'error-capture-mismatch: the only capture shows a network timeout, not a card rejection',
  targets: ['error-capture-mismatch'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026120119051873326',
    product: '完美世界 一卡通 30元',
    category: 'game_card',
    amount: 28.8,
    paid_at: '2026-12-01T19:05:18+08:00',
    delivered_at: '2026-12-01T19:05:21+08:00',
    merchant: '完美点卡城',
  },
  images: [
    png('Screenshot_20261201-191845.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '19:18', battery: 37, header: '完美世界充值中心', headerColor: '#2B5AA8',
        formTitle: '一卡通充值',
        fields: [['充值游戏', '诛仙3'], ['卡号', '**** **** **** 6613', true], ['密码', '********', true]],
        toast: { text: '网络连接超时,请稍后重试' },
      }),
    ),
    png('Screenshot_20261201-192530.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '19:25', battery: 35, title: '完美点卡城',
        buyerAvatar: '#8E6FB5', merchantAvatar: '#D9A23B',
        items: [
          { sep: '12月1日 19:21' },
          { from: 'buyer', text: '完美一卡通充诛仙充不上,订单2026120119051873326' },
          { from: 'merchant', text: '亲,卡密是正常的,你换个网络再试试' },
          { from: 'buyer', text: '试过了,还是不行,退了吧' },
        ],
      }),
    ),
  ],
  now: '2026-12-01T23:00:00+08:00',
  verdict: ['not-ready'],
  include: ['error-capture-mismatch'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'order-id-mismatch', 'deadline-passed', 'deadline-near'],
  why: '"网络连接超时,请稍后重试" is not a card rejection (已被使用/格式错误/不存在/已过期); the capture does not prove card_invalid.',
});

// 8 ------------------------------------------------------------------------
defineCase({
  id: 'order-id-mismatch',
  tests: 'order-id-mismatch: the buyer quotes 2026112916328804517 in the chat, the order is 2026112916250077341',
  targets: ['order-id-mismatch'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026112916250077341',
    product: '剑网3 通宝卡 100元',
    category: 'game_card',
    amount: 95,
    paid_at: '2026-11-29T16:25:00+08:00',
    delivered_at: '2026-11-29T16:25:06+08:00',
    merchant: '西山居点卡',
  },
  images: [
    png('Screenshot_20261129-164012.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '16:40', battery: 52, header: '剑网3 充值', headerColor: '#3C3F58',
        formTitle: '通宝卡充值',
        fields: [['游戏账号', 'jx3****88'], ['卡号', '**** **** **** 2095', true], ['密码', '**********', true]],
        toast: { text: '该卡密已被使用', icon: true },
      }),
    ),
    png('Screenshot_20261129-164930.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'qq', time: '16:49', battery: 50, title: '西山居点卡', subtitle: '手机在线',
        items: [
          { sep: '2026-11-29 16:42' },
          { from: 'buyer', text: '剑网3通宝卡充不进去,说已被使用' },
          { from: 'buyer', text: '订单号2026112916328804517' },
          { from: 'merchant', text: '亲,我们卡都是新的,我这边查下' },
          { from: 'merchant', text: '稍等哈' },
        ],
      }),
    ),
  ],
  now: '2026-11-29T20:00:00+08:00',
  verdict: ['not-ready'],
  include: ['order-id-mismatch'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'error-capture-mismatch', 'deadline-passed', 'deadline-near', 'reason-mismatch'],
  why: 'The chat quotes order 2026112916328804517; this order is 2026112916250077341 (last 10 digits differ).',
});

// 9 ------------------------------------------------------------------------
defineCase({
  id: 'deadline-passed-policy',
  tests: 'deadline-passed from terms: the policy screenshot says card problems within 1 hour of delivery; filed 3 h after',
  targets: ['deadline-passed'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026120209101536620',
    product: '和平精英 660点券 卡密',
    category: 'game_card',
    amount: 58,
    paid_at: '2026-12-02T09:10:15+08:00',
    delivered_at: '2026-12-02T09:10:20+08:00',
    merchant: '吃鸡点券站',
  },
  images: [
    png('IMG_0731.PNG', () =>
      renderPolicy({
        w: 1080, h: 2340, time: '09:02', battery: 97,
        banner: { title: '和平精英 点券卡', sub: '660点券 · 自动发卡', colors: ['#F2A93B', '#C8641E'] },
        price: '¥58.00', face: '面值 66元', sold: '已售 3200+', name: '和平精英 660点券 卡密',
        notice: [
          { text: '卡密问题请于发货后1小时内反馈,逾期不予处理。', red: true },
          { text: '兑换前请确认游戏账号和区服。' },
        ],
      }),
    ),
    png('Screenshot_20261202-115630.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '11:56', battery: 81, header: '和平精英 点券兑换', headerColor: '#E08A1E',
        formTitle: '卡密兑换',
        fields: [['角色ID', '51****2290'], ['卡密', '**** **** **** 8830', true]],
        button: '立即兑换',
        toast: { text: '卡密不存在' },
      }),
    ),
    png('Screenshot_20261202-120512.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '12:05', battery: 79, title: '吃鸡点券站',
        buyerAvatar: '#4F86A8', merchantAvatar: '#B35C44',
        items: [
          { sep: '12月2日 11:58' },
          { from: 'buyer', text: '上午买的和平精英点券卡,兑换提示卡密不存在' },
          { from: 'buyer', text: '订单 2026120209101536620' },
          { from: 'merchant', text: '亲,售后须知写了1小时内反馈,你这都两个多小时了' },
          { from: 'buyer', text: '我刚刚才用,之前没空' },
          { from: 'merchant', text: '我帮你问问上游,不保证哦' },
        ],
      }),
    ),
  ],
  now: '2026-12-02T12:10:00+08:00',
  verdict: ['not-ready'],
  include: ['deadline-passed'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'error-capture-mismatch', 'deadline-near', 'reason-mismatch', 'policy-no-refund', 'order-id-mismatch'],
  why: 'The terms screenshot sets a 1-hour window after delivery for card problems; 3 h have passed (24 h would be open).',
});

// 10 -----------------------------------------------------------------------
defineCase({
  id: 'deadline-passed-generic',
  tests: 'deadline-passed on the generic profile: not_as_described, 72 h window, filed 4 days after delivery',
  targets: ['deadline-passed'],
  claim: { reason: 'not_as_described' },
  order: {
    order_id: '2026112720304127759',
    product: '优酷VIP会员 年卡 独享账号',
    category: 'account',
    amount: 118,
    paid_at: '2026-11-27T20:30:41+08:00',
    delivered_at: '2026-11-27T20:33:02+08:00',
    merchant: '优选影视会员',
  },
  images: [
    png('IMG_0290.PNG', () =>
      renderPolicy({
        w: 1080, h: 2340, time: '20:26', battery: 68,
        banner: { title: '优酷VIP 年卡', sub: '独享账号 · 可改密码', colors: ['#2D8CF0', '#1E4FB8'] },
        price: '¥118.00', sold: '已售 860+', name: '优酷VIP会员 年卡 独享账号',
        desc: ['独享账号,可修改密码和绑定手机。', '手机、电脑、平板均可登录。'],
        notice: [{ text: '账号无法登录请联系客服处理。' }],
      }),
    ),
    png('Screenshot_20261201-194530.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '19:45', battery: 40, header: '账号登录', headerColor: '#1F1F1F',
        formTitle: '优酷VIP会员登录',
        fields: [['账号', '138****5219'], ['密码', '**********', true]],
        button: '登录', buttonColor: '#2D8CF0',
        dialog: { title: '登录设备已达上限', lines: ['该账号已在其他3台设备登录,请先退出其他设备'], button: '我知道了' },
      }),
    ),
    jpg(
      '微信图片_20261201200512.jpg',
      () =>
        renderChat({
          w: 1080, h: 2340, theme: 'wechat', time: '20:04', battery: 38, title: '优选影视会员',
          buyerAvatar: '#5D8F8A', merchantAvatar: '#C4525B',
          items: [
            { sep: '12月1日 19:52' },
            { from: 'buyer', text: '你们写的独享账号,登录提示已经有3台设备在线了,根本不是独享' },
            { from: 'merchant', text: '亲,这个价格都是共享的哦' },
            { from: 'buyer', text: '商品页明明写的独享可改密,这是虚假宣传' },
            { from: 'merchant', text: '那你去申请吧' },
          ],
        }),
      540,
      66,
    ),
  ],
  now: '2026-12-01T20:40:00+08:00',
  verdict: ['not-ready'],
  include: ['deadline-passed'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'deadline-near', 'reason-mismatch', 'order-id-mismatch', 'claim-unsupported'],
  why: 'not_as_described allows 72 h after delivery (2026-11-27 20:33); filing 4 days later is too late.',
});

// 11 -----------------------------------------------------------------------
defineCase({
  id: 'deadline-near',
  tests: 'deadline-near: card_invalid, complete evidence, 22.5 h of the 24 h window used; chat separators "昨天 21:42" and bare "12:05"',
  targets: ['deadline-near'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026113021084952031',
    product: '王者荣耀 1000点券 卡密',
    category: 'game_card',
    amount: 92,
    paid_at: '2026-11-30T21:08:49+08:00',
    delivered_at: '2026-11-30T21:08:55+08:00',
    merchant: '峡谷点券铺',
  },
  images: [
    png('Screenshot_20261130-214002.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '21:40', battery: 29, header: '王者荣耀 点券充值', headerColor: '#B8862B',
        formTitle: '卡密兑换',
        fields: [['区服', '微信区 安卓'], ['卡密', '**** **** **** 0615', true]],
        button: '立即兑换',
        dialog: { title: '提示', lines: ['该卡密已被使用,请更换后重试'], button: '我知道了' },
      }),
    ),
    png('Screenshot_20261201-190415.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '19:04', battery: 61, title: '峡谷点券铺',
        buyerAvatar: '#3E7CB1', merchantAvatar: '#A7793A',
        items: [
          { sep: '昨天 21:42' },
          { from: 'buyer', text: '刚买的点券卡兑换不了,说卡密已经用过了' },
          { from: 'buyer', text: '订单2026113021084952031' },
          { from: 'merchant', text: '收到,明天上班给你查' },
          { sep: '12:05' },
          { from: 'buyer', text: '查得怎么样了?' },
          { from: 'merchant', text: '上游还没回复,你先在平台申请吧' },
        ],
      }),
    ),
  ],
  now: '2026-12-01T19:39:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['deadline-near'],
  exclude: [...ALL_CLEAN, 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'private-channel', 'threatening-language'],
  why: '24 h from delivery 2026-11-30 21:08:55 closes 12-01 21:08:55; at --now 1.5 h are left (< 2 h and < a quarter).',
});

// 12 -----------------------------------------------------------------------
defineCase({
  id: 'request-return-partial',
  tests: 'request-return-virtual + refund-partial: request: return for a virtual good, amount 30 of 58',
  targets: ['request-return-virtual', 'refund-partial'],
  claim: { reason: 'card_invalid', request: 'return', amount: 30 },
  order: {
    order_id: '2026120313150062407',
    product: '网易云音乐 黑胶VIP 年卡 兑换码',
    category: 'other',
    amount: 58,
    paid_at: '2026-12-03T13:15:00+08:00',
    delivered_at: '2026-12-03T13:15:04+08:00',
    merchant: '云村会员小店',
  },
  images: [
    png('Screenshot_20261203-133205.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '13:32', battery: 74, header: '兑换中心', headerColor: '#C20C0C',
        formTitle: '黑胶VIP兑换',
        fields: [['兑换码', '**** **** **** 7305', true]],
        button: '立即兑换',
        toast: { text: '该激活码已过期' },
      }),
    ),
    png('IMG_1893.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'qq', status: 'ios-old', time: '13:46', battery: 70, title: '云村会员小店', subtitle: '手机在线',
        buyerAvatar: '#5A7FB5', merchantAvatar: '#D05A4E',
        items: [
          { sep: '12月3日 13:40' },
          { from: 'buyer', text: '黑胶年卡的码是错的,兑换说已过期' },
          { from: 'buyer', text: '单号2026120313150062407' },
          { from: 'merchant', text: '亲亲,码都是官方渠道的,假一赔十' },
          { from: 'buyer', text: '那你看截图' },
          { from: 'merchant', text: '好的,我核对一下' },
        ],
      }),
    ),
  ],
  now: '2026-12-03T18:00:00+08:00',
  verdict: ['not-ready'],
  include: ['request-return-virtual', 'refund-partial'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'error-capture-mismatch', 'order-id-mismatch', 'reason-mismatch', 'deadline-passed', 'deadline-near'],
  why: '退货 makes no sense for a redeem code (ask 退款), and 30 differs from the 58 paid.',
});

// 13 -----------------------------------------------------------------------
defineCase({
  id: 'threat-private',
  tests: 'threatening-language + private-channel: buyer "再不退款我就去投诉你,骗子", merchant "加我微信私下转你"; 支付方式 微信支付 and the 交易单号 on the order page are neither',
  targets: ['threatening-language', 'private-channel'],
  claim: { reason: 'not_received' },
  order: {
    order_id: '2026120408203356782',
    product: '中国电信 话费充值 100元 快充',
    category: 'recharge',
    amount: 98.5,
    paid_at: '2026-12-04T08:20:33+08:00',
    merchant: '极速话费充值',
  },
  images: [
    png('截图/Screenshot_20261204-163011.png', () =>
      renderMobileOrder({
        w: 1080, h: 2340, status: 'android', time: '16:30', battery: 47,
        banner: { title: '充值中', sub: '预计10分钟内到账', colors: ['#3A8DFF', '#2563EB'] },
        thumb: { label: '电信', color: '#0B63B6' },
        product: '中国电信 话费充值 100元 快充',
        spec: '充值号码 189****6620',
        price: '¥98.50',
        rows: [
          ['订单编号', '2026120408203356782'],
          ['付款时间', '2026-12-04 08:20:33'],
          ['支付方式', '微信支付'],
          ['交易单号', '4200002715202612041832764509'],
          ['实付款', '¥98.50', { bold: true }],
        ],
        buttons: ['联系客服', '催一催'],
      }),
    ),
    png('Screenshot_20261204-170245.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'dark', time: '17:02', battery: 41, title: '极速话费充值',
        items: [
          { sep: '12月4日 14:10' },
          { from: 'buyer', text: '早上8点充的电信100,到现在还没到账' },
          { from: 'buyer', text: '订单2026120408203356782' },
          { from: 'merchant', text: '亲,在排队中,耐心等下' },
          { sep: '12月4日 16:55' },
          { from: 'buyer', text: '再不退款我就去投诉你,骗子' },
          { from: 'merchant', text: '别投诉,加我微信私下转你,平台退太慢' },
        ],
      }),
    ),
  ],
  now: '2026-12-04T18:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['threatening-language', 'private-channel'],
  exclude: [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'amount-mismatch'],
  why: 'Complete not_received evidence; the buyer threatens and insults (warning), the merchant offers to settle over WeChat (warning). 微信支付 at the checkout and the 28-digit 交易单号 are not findings.',
});

// 14 -----------------------------------------------------------------------
defineCase({
  id: 'policy-no-refund',
  tests: 'policy-no-refund: wrong_purchase, terms screenshot "虚拟商品一经售出,不退不换"',
  targets: ['policy-no-refund'],
  claim: { reason: 'wrong_purchase' },
  order: {
    order_id: '2026120310050071158',
    product: '腾讯视频 超级影视VIP 月卡',
    category: 'other',
    amount: 30,
    paid_at: '2026-12-03T10:05:00+08:00',
    merchant: '企鹅影视会员店',
  },
  images: [
    png('IMG_4410.PNG', () =>
      renderPolicy({
        w: 1080, h: 2340, time: '10:03', battery: 86,
        banner: { title: '超级影视VIP', sub: '月卡 · 手动发货', colors: ['#FF8A3D', '#F0483E'] },
        price: '¥30.00', sold: '已售 1.2万+', name: '腾讯视频 超级影视VIP 月卡',
        notice: [
          { text: '虚拟商品一经售出,不退不换。', red: true },
          { text: '下单后请联系客服发货。' },
        ],
      }),
    ),
    jpg(
      '微信图片_20261203101455.jpg',
      () =>
        renderChat({
          w: 1080, h: 2340, theme: 'wechat', time: '10:14', battery: 84, title: '企鹅影视会员店',
          buyerAvatar: '#6C8EBF', merchantAvatar: '#E07B39',
          items: [
            { sep: '12月3日 10:08' },
            { from: 'buyer', text: '不好意思我拍错了,能取消吗' },
            { from: 'buyer', text: '我要的是普通VIP,不是超级影视VIP' },
            { from: 'merchant', text: '亲,页面写了虚拟商品不退不换的哦' },
            { from: 'buyer', text: '还没发货呢,也不行吗' },
            { from: 'merchant', text: '抱歉亲,规定就是这样' },
          ],
        }),
      540,
      60,
    ),
  ],
  now: '2026-12-03T10:40:00+08:00',
  verdict: ['not-ready'],
  include: ['policy-no-refund'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'reason-mismatch', 'deadline-passed', 'error-capture-missing', 'order-id-mismatch'],
  why: 'The buyer ordered the wrong item; the product terms say 不退不换, which excludes a wrong_purchase refund. (35 min into the 1 h window, so deadline-near is expected too.)',
});

// 15 -----------------------------------------------------------------------
defineCase({
  id: 'reason-mismatch',
  tests: 'reason-mismatch: card_invalid chosen, the chat says "我买错区服了,想退" and there is no card failure capture',
  targets: ['reason-mismatch'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026120220154418830',
    product: '原神 创世结晶 980 兑换码 官服',
    category: 'game_card',
    amount: 118,
    paid_at: '2026-12-02T20:15:44+08:00',
    delivered_at: '2026-12-02T20:15:50+08:00',
    merchant: '提瓦特充值站',
  },
  images: [
    png('Screenshot_20261202-202630.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '20:26', battery: 55, title: '提瓦特充值站',
        buyerAvatar: '#7B6FB0', merchantAvatar: '#3D9A8B',
        items: [
          { sep: '12月2日 20:21' },
          { from: 'buyer', text: '老板,我买错区服了,我是B服的,想退' },
          { from: 'buyer', text: '码还没用过,订单2026120220154418830' },
          { from: 'merchant', text: '官服的码B服确实用不了,你在平台申请吧' },
          { from: 'buyer', text: '好的谢谢' },
        ],
      }),
    ),
  ],
  now: '2026-12-02T22:00:00+08:00',
  verdict: ['not-ready'],
  include: ['reason-mismatch'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'order-id-mismatch', 'deadline-passed'],
  why: '"我买错区服了,想退" with an unused code is wrong_purchase, not card_invalid; nothing shows a card rejection.',
});

// 16 -----------------------------------------------------------------------
defineCase({
  id: 'case-invalid',
  tests: 'case-invalid: case.yaml names an unknown reason (refund_please)',
  targets: ['case-invalid'],
  claim: { reason: 'refund_please' },
  order: {
    order_id: '2026120507301129904',
    product: '酷狗音乐 豪华VIP 月卡 兑换码',
    category: 'other',
    amount: 12,
    paid_at: '2026-12-05T07:30:11+08:00',
    delivered_at: '2026-12-05T07:30:15+08:00',
    merchant: '酷狗会员小铺',
  },
  images: [
    png('IMG_7002.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'qq', status: 'ios-old', time: '08:10', battery: 90, title: '酷狗会员小铺',
        items: [
          { sep: '12月5日 08:02' },
          { from: 'buyer', text: '豪华VIP月卡的兑换码用不了,订单2026120507301129904' },
          { from: 'merchant', text: '亲,麻烦截图看看提示什么' },
        ],
      }),
    ),
  ],
  now: '2026-12-05T10:00:00+08:00',
  verdict: ['not-ready'],
  include: ['case-invalid'],
  exclude: ['order-missing'],
  why: 'reason: refund_please is not a known reason id.',
});

// 17 -----------------------------------------------------------------------
defineCase({
  id: 'order-missing-irrelevant',
  tests: 'order-missing + evidence-irrelevant: no order record or order screenshot; an unrelated game screenshot',
  targets: ['order-missing', 'evidence-irrelevant'],
  claim: { reason: 'card_invalid' },
  order: null,
  images: [
    png('Screenshot_20261205-201533.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '20:15', battery: 66, header: '迷你币充值', headerColor: '#2BAE66',
        formTitle: '卡密充值',
        fields: [['迷你号', '3****8102'], ['卡密', '**** **** **** 5521', true]],
        dialog: { title: '充值失败', lines: ['该卡密已被使用'], button: '确定' },
      }),
    ),
    png('IMG_8841.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'wechat', status: 'ios-old', time: '20:26', battery: 63, title: '迷你币小卖部',
        buyerAvatar: '#5E84B8', merchantAvatar: '#E2A04A',
        items: [
          { sep: '12月5日 20:18' },
          { from: 'buyer', text: '买的迷你币卡密充不了,显示已被使用' },
          { from: 'merchant', text: '你发下截图' },
          { from: 'buyer', image: true },
          { from: 'merchant', text: '我看一下,稍等' },
        ],
        accent: '#2BAE66',
      }),
    ),
    jpg('IMG_8790.JPG', () => renderGame({ lines: ['Lv.32', '[队伍] 阿杰:', '周末一起开黑'] }), 1600, 80),
  ],
  now: '2026-12-05T22:00:00+08:00',
  verdict: ['not-ready'],
  include: ['order-missing', 'evidence-irrelevant'],
  exclude: ['case-invalid', 'chat-missing', 'error-capture-missing', 'error-capture-mismatch', 'reason-mismatch'],
  why: 'No order.json and no order screenshot; the game screenshot ("周末一起开黑") supports nothing in the claim.',
});

// 18 -----------------------------------------------------------------------
defineCase({
  id: 'evidence-unreadable',
  tests: 'evidence-unreadable: complete not_received case plus a truncated JPEG (first 40% of its bytes) and a zero-byte blank.png',
  targets: ['evidence-unreadable'],
  claim: { reason: 'not_received' },
  order: {
    order_id: '2026120409451033417',
    product: '爱奇艺 黄金VIP 季卡 直充',
    category: 'recharge',
    amount: 45,
    paid_at: '2026-12-04T09:45:10+08:00',
    merchant: '爱看会员直充',
  },
  images: [
    png('Screenshot_20261205-101220.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '10:12', battery: 77, title: '爱看会员直充',
        buyerAvatar: '#4A7DB5', merchantAvatar: '#2FA56B',
        items: [
          { sep: '12月4日 10:30' },
          { from: 'buyer', text: '直充的黄金季卡到现在还没到账' },
          { from: 'buyer', text: '订单号 2026120409451033417' },
          { from: 'merchant', text: '亲,充值高峰期,今天内到' },
          { sep: '12月5日 10:05' },
          { from: 'buyer', text: '过了一天了还是没有,会员页面还是普通用户' },
          { from: 'merchant', text: '我再催一下渠道' },
        ],
      }),
    ),
    {
      name: '微信图片_20261205101530.jpg',
      format: 'jpg',
      width: 600,
      quality: 68,
      truncate: 0.4,
      build: () =>
        renderChat({
          w: 1080, h: 2340, theme: 'wechat', time: '10:15', battery: 76, title: '爱看会员直充',
          items: [
            { sep: '10:13' },
            { from: 'buyer', text: '会员中心截图给你看,还是普通用户' },
            { from: 'merchant', text: '收到' },
          ],
        }),
    },
    { name: 'blank.png', format: 'empty' },
  ],
  now: '2026-12-05T12:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['evidence-unreadable'],
  exclude: [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback'],
  why: 'The order record and the chat make a complete not_received case; one JPEG is cut at 40% and blank.png is empty (warnings, not a broken case).',
});

// 19 -----------------------------------------------------------------------
defineCase({
  id: 'timeline-inconsistent',
  tests: 'timeline-inconsistent: the error dialog is dated 2026-11-24 09:12, a day before the order was paid',
  targets: ['timeline-inconsistent'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026112510223065114',
    product: 'QQ音乐 豪华绿钻 月卡 卡密',
    category: 'other',
    amount: 15.8,
    paid_at: '2026-11-25T10:22:30+08:00',
    delivered_at: '2026-11-25T10:22:34+08:00',
    merchant: '绿钻会员小铺',
  },
  images: [
    png('IMG_5012.PNG', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '09:12', battery: 88, header: '兑换中心', headerColor: '#31C27C',
        formTitle: '绿钻卡兑换',
        fields: [['QQ号', '74****1203'], ['卡密', '**** **** **** 3367', true]],
        button: '立即兑换',
        dialog: { title: '兑换失败', lines: ['该卡密已被使用'], extra: ['兑换时间: 2026-11-24 09:12'], button: '确定', buttonColor: '#31C27C' },
      }),
    ),
    png('Screenshot_20261125-110208.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '11:02', battery: 71, title: '绿钻会员小铺',
        buyerAvatar: '#5877A8', merchantAvatar: '#31C27C',
        items: [
          { sep: '11月25日 10:50' },
          { from: 'buyer', text: '绿钻月卡的卡密兑换不了,提示已经被使用了' },
          { from: 'buyer', text: '订单2026112510223065114' },
          { from: 'merchant', text: '不应该啊,我们发的都是新卡' },
          { from: 'merchant', text: '你把报错截图发一下' },
          { from: 'buyer', image: true },
        ],
        accent: '#31C27C',
      }),
    ),
  ],
  now: '2026-11-25T15:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['timeline-inconsistent'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'order-id-mismatch', 'reason-mismatch', 'deadline-passed', 'deadline-near'],
  why: 'The rejection is dated 2026-11-24 09:12, before payment at 2026-11-25 10:22: the capture cannot show this order\'s card.',
});

// 20 -----------------------------------------------------------------------
defineCase({
  id: 'evidence-unlinked',
  tests: 'evidence-unlinked: chat and error capture carry no order number, no product and no date (bare times, contact nickname, IMG_ names)',
  targets: ['evidence-unlinked'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026120614055590123',
    product: '网易一卡通 100点 通用点卡',
    category: 'game_card',
    amount: 96,
    paid_at: '2026-12-06T14:05:55+08:00',
    delivered_at: '2026-12-06T14:06:01+08:00',
    merchant: '星辰卡盟旗舰店',
  },
  images: [
    png('IMG_3306.PNG', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '14:28', battery: 58, header: '充值中心', headerColor: '#4A5568',
        formTitle: '卡密充值',
        fields: [['卡密', '**** **** **** 9034', true]],
        toast: { text: '该卡密已被使用' },
      }),
    ),
    png('IMG_3307.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'wechat', status: 'ios-old', time: '14:36', battery: 56, title: '卡盟小王',
        buyerAvatar: '#6B8DB5', merchantAvatar: '#8D6E63',
        items: [
          { sep: '14:32' },
          { from: 'buyer', text: '你家卡是不是有问题,一直提示已被使用' },
          { from: 'merchant', text: '哪张?' },
          { from: 'buyer', text: '就刚买的那张啊' },
          { from: 'merchant', text: '我查查' },
        ],
      }),
    ),
  ],
  now: '2026-12-06T18:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['evidence-unlinked'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'error-capture-mismatch', 'order-id-mismatch', 'deadline-passed', 'chat-no-reply', 'chat-no-feedback'],
  why: 'Neither the chat nor the capture names an order number, a product or a dated time, so they cannot be tied to this order.',
});

// 21 -----------------------------------------------------------------------
defineCase({
  id: 'chat-no-reply',
  tests: 'chat-no-reply: activation_failed, the chat holds only the buyer\'s messages; 16-character alphanumeric order number',
  targets: ['chat-no-reply'],
  claim: { reason: 'activation_failed' },
  order: {
    order_id: 'KM7Q2X9D4LBT81NZ',
    product: 'Adobe Acrobat Pro 激活序列号 1年',
    category: 'software_key',
    amount: 79,
    paid_at: '2026-12-06T09:20:05+08:00',
    delivered_at: '2026-12-06T09:20:30+08:00',
    merchant: '正版软件授权店',
  },
  images: [
    png('Snipaste_2026-12-06_09-41-18.png', () =>
      renderDesktopError({
        window: 'Adobe Acrobat Pro - 激活',
        titleBg: '#2B2B2B',
        heading: '激活 Adobe Acrobat Pro',
        body: ['请输入购买时获得的序列号以激活产品。', '序列号: 1118-****-****-****-****-6620'],
        dialogTitle: '激活',
        message: ['激活失败,无法验证此序列号。', '(错误代码 A12E1)'],
        button: '关闭',
      }),
    ),
    png('Screenshot_20261206-100530.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'qq', time: '10:05', battery: 83, title: '正版软件授权店', subtitle: '离线',
        items: [
          { sep: '12月6日 09:45' },
          { from: 'buyer', text: '你好,Acrobat的序列号激活不了' },
          { from: 'buyer', text: '订单号 KM7Q2X9D4LBT81NZ' },
          { from: 'buyer', text: '提示无法验证此序列号' },
          { sep: '12月6日 10:03' },
          { from: 'buyer', text: '在吗?麻烦回复一下' },
        ],
      }),
    ),
  ],
  now: '2026-12-06T14:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['chat-no-reply'],
  exclude: [...ALL_CLEAN, 'chat-no-feedback', 'deadline-near', 'deadline-unknown'],
  why: 'The buyer reported the activation failure twice; the merchant never answered (warning only).',
});

// 22 -----------------------------------------------------------------------
defineCase({
  id: 'chat-no-feedback',
  tests: 'chat-no-feedback: card_invalid, the chat is only the merchant delivering the code and the buyer saying "好的谢谢"',
  targets: ['chat-no-feedback'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026120711302208875',
    product: '畅游一卡通 30元 天龙八部',
    category: 'game_card',
    amount: 28.5,
    paid_at: '2026-12-07T11:30:22+08:00',
    delivered_at: '2026-12-07T11:31:40+08:00',
    merchant: '畅游点卡坊',
  },
  images: [
    png('Screenshot_20261207-113420.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '11:34', battery: 90, title: '畅游点卡坊',
        buyerAvatar: '#5C7FA8', merchantAvatar: '#C0673A',
        items: [
          { sep: '12月7日 11:31' },
          { from: 'merchant', text: '您好,您购买的畅游一卡通已发货' },
          { from: 'merchant', text: '卡号:CY30 2612 0745 密码:8813 2056 7741 9030' },
          { from: 'merchant', text: '祝您游戏愉快,有问题随时联系' },
          { from: 'buyer', text: '好的谢谢' },
        ],
      }),
    ),
    png('Screenshot_20261207-115012.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '11:50', battery: 88, header: '畅游充值中心', headerColor: '#E4572E',
        formTitle: '一卡通充值',
        fields: [['充值游戏', '天龙八部'], ['卡号', 'CY30 **** 0745', true], ['密码', '************', true]],
        toast: { text: '该卡密已被使用', icon: true },
      }),
    ),
  ],
  now: '2026-12-07T15:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['chat-no-feedback'],
  exclude: [...ALL_CLEAN, 'chat-no-reply', 'deadline-near', 'deadline-unknown'],
  why: 'A capture shows the rejection, but the chat never tells the merchant about it: no problem report from the buyer.',
});

// 23 -----------------------------------------------------------------------
defineCase({
  id: 'amount-mismatch',
  tests: 'amount-mismatch: order.json says 95, the order screenshot shows 实付金额 ¥59.00',
  targets: ['amount-mismatch'],
  claim: { reason: 'not_received' },
  order: {
    order_id: '2026120808155537760',
    product: '芒果TV 会员 年卡 直充',
    category: 'recharge',
    amount: 95,
    paid_at: '2026-12-08T08:15:55+08:00',
    merchant: '芒果会员直充',
  },
  images: [
    png('order_20261208.png', () =>
      renderDesktopOrderDetail({
        tab: '订单详情 - 芒果会员直充', url: 'https://www.mgvip-chong.cn/order/detail', site: '芒果会员直充',
        nav: ['首页', '会员直充', '我的订单'], user: 'orange_tv', color: '#F26A1B',
        rows: [
          ['订单号', '2026120808155537760', { mono: true }],
          ['商品名称', '芒果TV 会员 年卡 直充'],
          ['实付金额', '¥59.00'],
          ['付款时间', '2026-12-08 08:15:55'],
          ['状态', '待发货', { color: '#D0021B' }],
        ],
      }),
    ),
    png('IMG_2040.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'qq', status: 'ios-old', time: '13:24', battery: 49, title: '芒果会员直充', subtitle: '手机在线',
        items: [
          { sep: '12月8日 13:20' },
          { from: 'buyer', text: '芒果年卡直充到现在还没到账,订单2026120808155537760' },
          { from: 'merchant', text: '亲,渠道维护,晚点给您充' },
        ],
      }),
    ),
  ],
  now: '2026-12-08T18:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['amount-mismatch'],
  exclude: [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback'],
  why: 'The order record says 95 but the order page shows ¥59.00 paid; everything else is consistent.',
});

// 24 -----------------------------------------------------------------------
defineCase({
  id: 'deadline-unknown',
  tests: 'deadline-unknown: not_received, no order.json, the order list screenshot shows no time; the order number carries no date',
  targets: ['deadline-unknown'],
  claim: { reason: 'not_received' },
  order: null,
  images: [
    png('order_list.png', () =>
      renderDesktopOrderTable({
        tab: '我的订单 - B站会员小铺', url: 'https://www.bvip-shop.com/my/orders', site: 'B站会员小铺',
        nav: ['首页', '大会员', '我的订单'], user: 'bili_2233', color: '#FB7299',
        columns: [['订单号', 114], ['商品', 430], ['数量', 820], ['实付', 940], ['状态', 1120]],
        rows: [[{ text: '836105472918263540', mono: true }, '哔哩哔哩 大会员 年卡', '1', '¥148.00', { text: '待发货', color: '#D0021B', bold: true }]],
      }),
    ),
    png('IMG_5127.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'wechat', status: 'ios-old', carrier: '中国联通', time: '16:31', battery: 22, title: 'B站会员小铺',
        buyerAvatar: '#FB7299', merchantAvatar: '#23ADE5',
        items: [
          { sep: '16:20' },
          { from: 'buyer', text: '大会员年卡付了款一直没发货,订单836105472918263540' },
          { from: 'merchant', text: '亲,今天单子多,晚点给你发' },
          { from: 'buyer', text: '都等好久了' },
        ],
      }),
    ),
  ],
  now: '2026-12-10T12:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['deadline-unknown'],
  exclude: [...ALL_CLEAN, 'deadline-near', 'chat-no-reply', 'chat-no-feedback'],
  why: 'The order proof has number, product, ¥148.00 and 待发货 but no payment time, and nothing else dates the purchase: no anchor for the 7-day window.',
});

// 25 -----------------------------------------------------------------------
defineCase({
  id: 'claim-unsupported',
  tests: 'claim-unsupported: late_delivery with an order record and only a greeting chat ("你好在吗" / "在的")',
  targets: ['claim-unsupported'],
  claim: { reason: 'late_delivery' },
  order: {
    order_id: '2026120907402261345',
    product: '腾讯视频VIP 年卡 直充',
    category: 'recharge',
    amount: 148,
    paid_at: '2026-12-09T07:40:22+08:00',
    delivered_at: '2026-12-09T09:05:10+08:00',
    merchant: '影视会员直充站',
  },
  images: [
    png('Screenshot_20261209-091512.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '09:15', battery: 95, title: '影视会员直充站',
        items: [
          { sep: '12月9日 09:12' },
          { from: 'buyer', text: '你好在吗' },
          { from: 'merchant', text: '在的' },
        ],
      }),
    ),
  ],
  now: '2026-12-09T12:00:00+08:00',
  verdict: ['not-ready'],
  include: ['claim-unsupported'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'deadline-passed', 'order-id-mismatch'],
  why: 'Nothing shows a promised delivery time or a late delivery: the chat is only a greeting.',
});

// 26 (extra) ---------------------------------------------------------------
defineCase({
  id: 'ready-pay-checkout-not-private',
  tests: 'negative private-channel: paying with 支付宝/微信 at the shop checkout, mentioned on the order page and in the chat, is not settling privately',
  targets: [],
  claim: { reason: 'not_received', platform: 'generic', filed_at: '2026-12-10T21:00:00+08:00' },
  order: {
    order_id: '2026121017325508163',
    product: '中国移动 话费 50元 快充',
    category: 'recharge',
    amount: 48.5,
    paid_at: '2026-12-10T17:32:55+08:00',
    merchant: '话费便利店',
  },
  images: [
    png('IMG_3120.PNG', () =>
      renderMobileOrder({
        w: 750, h: 1334, status: 'ios-old', time: '20:41', battery: 66,
        banner: { title: '待发货', sub: '快充订单,预计10分钟内到账', colors: ['#FF9A3C', '#FF5E3A'] },
        thumb: { label: '移动', color: '#0086D1' },
        product: '中国移动 话费 50元 快充',
        spec: '充值号码 139****0087',
        price: '¥48.50',
        rows: [
          ['订单号', '2026121017325508163'],
          ['付款时间', '2026-12-10 17:32:55'],
          ['支付方式', '支付宝'],
          ['实付', '¥48.50', { bold: true }],
        ],
        buttons: ['联系卖家', '提醒发货'],
      }),
    ),
    png('IMG_3121.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'qq', status: 'ios-old', time: '20:49', battery: 64, title: '话费便利店', subtitle: '手机在线',
        items: [
          { sep: '12月10日 20:44' },
          { from: 'buyer', text: '下午用支付宝付的款,三个小时了话费还没到账,订单2026121017325508163' },
          { from: 'merchant', text: '亲,通道卡单了,我帮你查下' },
          { from: 'buyer', text: '我急用,不想等了,能退吗' },
          { from: 'merchant', text: '可以,你在平台申请退款,我同意' },
        ],
      }),
    ),
  ],
  now: '2026-12-10T21:00:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: [...ALL_CLEAN, 'private-channel', 'threatening-language', 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'amount-mismatch'],
  why: 'Complete not_received evidence; 支付宝 as the checkout payment method is not a private channel and the merchant agrees to refund on the platform.',
});

// 27 (extra) ---------------------------------------------------------------
defineCase({
  id: 'ready-kind-folders-order-yaml',
  tests: 'format variants: case.json + order.yaml, images in chat/ and error/ folders (kind override), desktop order page; ready activation_failed',
  targets: [],
  claimFormat: 'json',
  orderFormat: 'yaml',
  claim: { reason: 'activation_failed', request: 'refund' },
  order: {
    order_id: '2026121109120347785',
    product: 'Office 2021 专业增强版 激活密钥',
    category: 'software_key',
    amount: 45,
    paid_at: '2026-12-11T09:12:03+08:00',
    delivered_at: '2026-12-11T09:12:20+08:00',
    merchant: '办公软件优选',
  },
  images: [
    png('order/order_detail.png', () =>
      renderDesktopOrderDetail({
        tab: '订单详情 - 办公软件优选', url: 'https://www.office-youxuan.cn/order/view', site: '办公软件优选',
        nav: ['首页', '正版软件', '我的订单'], user: 'wps_no_more', color: '#D83B01',
        rows: [
          ['订单编号', '2026121109120347785', { mono: true }],
          ['商品名称', 'Office 2021 专业增强版 激活密钥'],
          ['实付金额', '¥45.00'],
          ['付款时间', '2026-12-11 09:12:03'],
          ['发货时间', '2026-12-11 09:12:20'],
          ['状态', '交易成功'],
        ],
      }),
    ),
    png('error/IMG_0921.PNG', () =>
      renderDesktopError({
        window: 'Microsoft Office 激活向导',
        titleBg: '#B7472A',
        heading: '激活 Office 专业增强版 2021',
        body: ['请输入 25 位产品密钥。', '产品密钥: *****-*****-*****-*****-P4G2M'],
        dialogTitle: 'Microsoft Office',
        message: ['激活失败,产品密钥无法通过验证。', '(错误代码 0xC004C008)'],
        button: '关闭',
      }),
    ),
    png('chat/IMG_0925.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'wechat', status: 'ios-old', time: '09:58', battery: 80, title: '办公软件优选',
        items: [
          { sep: '12月11日 09:50' },
          { from: 'buyer', text: 'Office 2021的密钥激活失败,提示无法通过验证' },
          { from: 'buyer', text: '订单编号2026121109120347785' },
          { from: 'merchant', text: '您好,电话激活试过吗?' },
          { from: 'buyer', text: '试了,一样报错' },
          { from: 'merchant', text: '好的,我这边申请换一个' },
        ],
      }),
    ),
  ],
  now: '2026-12-11T13:00:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'private-channel', 'threatening-language', 'amount-mismatch', 'evidence-unlinked', 'timeline-inconsistent'],
  why: 'case.json and order.yaml are accepted; kind folders chat/, error/, order/ hold the evidence; "激活失败,产品密钥无法通过验证" capture, chat report and reply, 3.8 h after delivery.',
});

// 28 (extra) ---------------------------------------------------------------
defineCase({
  id: 'order-incomplete',
  tests: 'order-incomplete: not_received, no order.json; the order screenshot was cropped above its 订单编号 row (product, ¥128.00, 付款时间, 待发货 visible) and the chat names the product but no order number',
  targets: ['order-incomplete'],
  claim: { reason: 'not_received' },
  order: null,
  images: [
    {
      ...png('Screenshot_20261214-093355.png', () =>
        renderMobileOrder({
          w: 1080, h: 2340, status: 'android', time: '09:33', battery: 47, title: '订单详情', right: '帮助',
          banner: { title: '待发货', sub: '直充订单排队中,请耐心等待', colors: ['#F5515F', '#D7263D'] },
          thumb: { label: '云音乐', color: '#C20C0C', size: 14 },
          product: '网易云音乐 黑胶VIP 年卡 直充',
          spec: '充值账号 138****2260',
          price: '¥128.00',
          rows: [
            ['付款时间', '2026-12-12 20:05:47'],
            ['实付款', '¥128.00', { bold: true, color: '#D7263D' }],
            ['订单编号', '2026121220054781932'],
            ['创建时间', '2026-12-12 20:05:31'],
          ],
          buttons: ['联系商家', '催发货'],
        }),
      ),
      // cropped in the phone's editor just above the 订单编号 row: no order number in the pixels
      crop: (sc) => sc.texts.find((t) => t.text === '订单编号').top - 10 * (sc.w / 375),
    },
    png('IMG_8842.PNG', () =>
      renderChat({
        w: 1170, h: 2532, theme: 'qq', status: 'ios', time: '09:47', battery: 53, title: '云音乐会员直充', subtitle: '在线',
        buyerAvatar: '#8E6BBF', merchantAvatar: '#D7263D',
        items: [
          { sep: '12月14日 09:38' },
          { from: 'buyer', text: '前天晚上拍的网易云音乐黑胶VIP年卡,到现在会员都没开通' },
          { from: 'buyer', text: '订单页面一直是待发货' },
          { from: 'merchant', text: '亲,直充通道这两天排队,我帮您加急处理' },
          { from: 'buyer', text: '好的,麻烦快一点' },
        ],
      }),
    ),
  ],
  now: '2026-12-14T10:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['order-incomplete'],
  exclude: ['order-missing', 'case-invalid', 'chat-missing', 'deadline-passed', 'order-id-mismatch'],
  why: 'The only order proof is a screenshot cropped above the 订单编号 row: product, ¥128.00, 付款时间 2026-12-12 20:05:47 and 待发货 are visible, the order number is not, and the chat (report + reply) names the product but no number. 38 h into the 7-day window.',
});

// 29 (extra) ---------------------------------------------------------------
const HOSTILE_ERROR = {
  header: '骏网一卡通充值', headerColor: '#E8590C', formTitle: '一卡通充值',
  fields: [['充值账号', 'jw_8820****'], ['卡号', '1125 **** **** 6640', true], ['密码', '****************', true]],
  button: '立即充值',
};

defineCase({
  id: 'hostile-files',
  tests: 'evidence-unreadable from hostile files: a complete card_invalid case plus a text file named .png, a PNG header declaring 50000x50000, a zero-byte .jpg, an animated GIF, a 16-bit PNG, an EXIF-rotated JPEG and a GBK chat export',
  targets: ['evidence-unreadable'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026112514352207716',
    product: '骏网一卡通 100元 卡密',
    category: 'game_card',
    amount: 97,
    paid_at: '2026-11-25T14:35:22+08:00',
    delivered_at: '2026-11-25T14:35:29+08:00',
    merchant: '一卡通批发站',
  },
  images: [
    png('IMG_7716.PNG', () =>
      renderMobileError({
        w: 750, h: 1334, status: 'ios-old', time: '14:38', battery: 61, ...HOSTILE_ERROR,
        dialog: { title: '充值未成功', lines: ['卡密已被使用,请确认卡密是否正确'], button: '知道了', buttonColor: '#E8590C' },
      }),
    ),
    { ...png('IMG_7716-16bit.png', () =>
      renderMobileError({
        w: 750, h: 1334, status: 'ios-old', time: '14:38', battery: 61, ...HOSTILE_ERROR,
        dialog: { title: '充值未成功', lines: ['卡密已被使用,请确认卡密是否正确'], button: '知道了', buttonColor: '#E8590C' },
      }),
    ), format: 'png16' },
    {
      name: 'Screenrecorder-2026-11-25-14-38-05.gif',
      format: 'gif',
      delays: [1500, 700],
      build: async () => [
        await renderMobileError({ w: 540, h: 960, status: 'ios-old', time: '14:38', battery: 61, ...HOSTILE_ERROR, toast: { text: '卡密已被使用', icon: true } }),
        await renderMobileError({ w: 540, h: 960, status: 'ios-old', time: '14:38', battery: 61, ...HOSTILE_ERROR }),
      ],
    },
    png('Screenshot_20261125-144702.png', () => hostileChat()),
    { name: 'IMG_20261125_144702.jpg', format: 'jpg-exif6', quality: 85, build: () => hostileChat() },
    raw('fake.png', Buffer.from('not an image\n')),
    raw('huge-50000x50000.png', hugePng(50000, 50000)),
    { name: 'empty.jpg', format: 'empty' },
    raw(
      'chat-export.txt',
      gbkEncode(
        [
          '导出时间: 2026-11-25 15:02',
          '2026-11-25 14:40:00 我: 卡密提示已被使用',
          '2026-11-25 14:40:25 我: 订单号2026112514352207716',
          '2026-11-25 14:41:10 客服: 稍等我查一下',
          '2026-11-25 14:44:38 客服: 查了,上游显示这张卡已经充过了,给你走售后',
          '',
        ].join('\r\n'),
      ),
      null,
    ),
  ],
  now: '2026-11-25T20:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['evidence-unreadable'],
  exclude: ['case-invalid', 'chat-missing', 'error-capture-missing', 'order-missing'],
  why:
    'A complete card_invalid case (order.json; IMG_7716.PNG dialog "卡密已被使用"; Screenshot_20261125-144702.png chat with report, order number and reply; 5.4 h after delivery) plus hostile files, none of which may crash the run or hang it: ' +
    'fake.png = the 13-byte text "not an image" (unreadable); ' +
    'huge-50000x50000.png = a 1.1 KB PNG whose IHDR declares 50000x50000 RGB (7.5 GB decoded) with 1 KB of truncated IDAT (unreadable, must be refused by size before decoding); ' +
    'empty.jpg = zero bytes (unreadable); ' +
    'Screenrecorder-2026-11-25-14-38-05.gif = 2-frame animated GIF, frame 1 shows the toast "卡密已被使用", frame 2 the form without it (readable); ' +
    'IMG_7716-16bit.png = the error capture as a 16-bit-per-channel RGB PNG (readable); ' +
    'IMG_20261125_144702.jpg = the chat screenshot stored rotated 90° counter-clockwise with EXIF Orientation 6 (readable once rotated upright); ' +
    'chat-export.txt = the chat exported as GBK (CP936) with CRLF line ends, report + order number + merchant reply (readable once decoded as GBK).',
});

function hostileChat() {
  return renderChat({
    w: 1080, h: 2340, theme: 'dark', status: 'android', time: '14:47', battery: 58, title: '一卡通批发站',
    buyerAvatar: '#5F7FA8', merchantAvatar: '#C98A3A',
    items: [
      { sep: '11月25日 14:40' },
      { from: 'buyer', text: '你好,刚买的骏网一卡通100元,充值时弹窗说卡密已被使用' },
      { from: 'buyer', text: '订单号2026112514352207716' },
      { from: 'merchant', text: '稍等我查一下' },
      { from: 'merchant', text: '查了,上游显示这张卡已经充过了,给你走售后' },
    ],
  });
}

// 30 (extra) ---------------------------------------------------------------
defineCase({
  id: 'symlink-outside',
  tests: 'symbolic links in the case folder: evidence/passwd.png -> /etc/passwd and evidence/up.png -> an image of another case; the rest is a small ready card_invalid case',
  targets: [],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026121316204455018',
    product: '完美世界 点卡 50元 卡密',
    category: 'game_card',
    amount: 48,
    paid_at: '2026-12-13T16:20:44+08:00',
    delivered_at: '2026-12-13T16:20:51+08:00',
    merchant: '完美点卡直营',
  },
  images: [
    png('evidence/Snipaste_2026-12-13_16-29-40.png', () =>
      renderDesktopError({
        window: '完美世界游戏平台 - 充值中心',
        titleBg: '#2B3A55',
        heading: '点卡充值',
        body: ['充值账号: pw_*****2046', '卡号: 1213 **** **** 5507'],
        dialogTitle: '充值失败',
        message: ['该点卡卡密无效,系统中不存在此卡。', '(错误码 30021)'],
        button: '确定',
      }),
    ),
    png('evidence/IMG_5018.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'wechat', status: 'ios-old', carrier: '中国电信', time: '16:38', battery: 72, title: '完美点卡直营',
        buyerAvatar: '#3C8D7A', merchantAvatar: '#B5523B',
        items: [
          { sep: '12月13日 16:31' },
          { from: 'buyer', text: '老板,完美点卡充不上,平台提示卡密无效' },
          { from: 'buyer', text: '单号 2026121316204455018' },
          { from: 'merchant', text: '我看下,你截个图发我' },
          { from: 'buyer', image: true },
          { from: 'merchant', text: '收到,这张卡我核实一下,确认无效给你退' },
        ],
      }),
    ),
    link('evidence/passwd.png', '/etc/passwd'),
    link('evidence/up.png', '../../ready-card-light/Screenshot_20261125-142905.png'),
  ],
  now: '2026-12-13T19:30:00+08:00',
  verdict: ['weak', 'ready'],
  include: [],
  exclude: ['case-invalid', 'chat-missing', 'error-capture-missing'],
  why: 'Order, "该点卡卡密无效,系统中不存在此卡" capture and chat (report, order number, reply) 3.2 h after delivery. evidence/passwd.png is a symbolic link to /etc/passwd and evidence/up.png a relative link to ../../ready-card-light/Screenshot_20261125-142905.png: both point outside the case folder and must not be read as evidence (or, at most, be reported), nor break the case.',
});

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

function yamlScalar(v) {
  if (typeof v === 'number') return String(v);
  if (/^[A-Za-z0-9_.-]+$/.test(v) && !/^\d/.test(v)) return v;
  return JSON.stringify(v);
}

function caseYaml(c) {
  const lines = [`# ${c.tests}`];
  for (const [k, v] of Object.entries(c.claim)) lines.push(`${k}: ${yamlScalar(v)}`);
  return `${lines.join('\n')}\n`;
}

function orderYaml(o) {
  return `${Object.entries(o)
    .map(([k, v]) => `${k}: ${yamlScalar(v)}`)
    .join('\n')}\n`;
}

async function renderImage(img) {
  if (img.format === 'empty') return { bytes: Buffer.alloc(0), truth: [] };
  if (img.format === 'raw') return { bytes: img.bytes, truth: img.truth };
  if (img.format === 'gif') {
    const scenes = await img.build();
    return { bytes: await toGif(scenes, img.delays), truth: scenes[0].truth() };
  }
  const sc = await img.build();
  if (img.format === 'png' && img.crop) {
    const height = Math.round(img.crop(sc));
    return { bytes: await toCroppedPng(sc, height), truth: sc.truth(height) };
  }
  if (img.format === 'png') return { bytes: await toPng(sc), truth: sc.truth() };
  if (img.format === 'png16') return { bytes: await toPng16(sc), truth: sc.truth() };
  if (img.format === 'jpg-exif6') return { bytes: await toJpegExif6(sc, img.quality), truth: sc.truth() };
  let bytes = await toJpeg(sc, img.width, img.quality);
  if (img.truncate) {
    bytes = bytes.subarray(0, Math.floor(bytes.length * img.truncate));
    // A lenient decoder shows the rows before the cut and fills the rest with grey;
    // the truth is the text that is wholly above the first grey run.
    const { data, info } = await sharp(bytes, { failOn: 'none' }).raw().toBuffer({ resolveWithObject: true });
    const cut = firstGreyRow(data, info);
    return { bytes, truth: sc.truth((cut * sc.w) / info.width) };
  }
  return { bytes, truth: sc.truth() };
}

/** First pixel row holding a run of 48+ pixels of the decoder's fill grey (128). */
function firstGreyRow(data, { width, height, channels }) {
  for (let y = 0; y < height; y++) {
    let run = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      const grey = Math.abs(data[i] - 128) <= 1 && Math.abs(data[i + 1] - 128) <= 1 && Math.abs(data[i + 2] - 128) <= 1;
      run = grey ? run + 1 : 0;
      if (run >= 48) return y;
    }
  }
  return height;
}


// 31 (extra) ---------------------------------------------------------------
// Secrets in every place a report can quote from: the chat, a chat export and the
// order record. No output format may print any of them whole (tests list them).
const SECRET_CARD = '8273661509342281';
const SECRET_PASSWORD = '5839221074619902';
const SECRET_PHONE = '13812345678';
const SECRET_ID = '110101199003074514';
const SECRET_BANK = '6222021234567890128';
defineCase({
  id: 'secrets-everywhere',
  tests: 'secrets: card code, card password, phone, PRC ID and bank card numbers in chat, export and threats; masked in every output',
  targets: ['private-channel', 'threatening-language'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026112416052273306',
    product: '骏网一卡通 50元 卡密',
    category: 'game_card',
    amount: 48.5,
    paid_at: '2026-11-24T16:05:22+08:00',
    delivered_at: '2026-11-24T16:05:29+08:00',
    merchant: '骏网卡密小铺',
  },
  images: [
    png('Screenshot_20261124-161840.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '16:18', battery: 71, header: '骏网一卡通充值', headerColor: '#E8590C',
        formTitle: '一卡通充值',
        fields: [['卡号', SECRET_CARD], ['密码', SECRET_PASSWORD]],
        button: '立即充值',
        toast: { text: '该卡密已被使用', icon: true },
      }),
    ),
    png('Screenshot_20261124-162530.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '16:25', battery: 69, title: '骏网卡密小铺',
        items: [
          { sep: '11月24日 16:20' },
          { from: 'buyer', text: `卡号${SECRET_CARD}充值提示已被使用` },
          { from: 'buyer', text: '订单号2026112416052273306' },
          { from: 'merchant', text: `卡密: ${SECRET_PASSWORD} 你再试试` },
          { from: 'merchant', text: `加我微信${SECRET_PHONE}私下转你` },
          { from: 'buyer', text: `骗子,我身份证${SECRET_ID}都给你看了` },
        ],
      }),
    ),
    raw(
      'chat-export.txt',
      Buffer.from(
        [
          '2026-11-24 16:21:00 我: 卡密充值失败,提示已被使用',
          `2026-11-24 16:22:10 客服: 退款打到你银行卡${SECRET_BANK}吧,加微信${SECRET_PHONE}`,
          `2026-11-24 16:23:00 我: 不走平台不行,我手机号${SECRET_PHONE}`,
          '',
        ].join('\n'),
      ),
      null,
    ),
  ],
  now: '2026-11-24T20:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['private-channel', 'threatening-language'],
  exclude: ['case-invalid', 'chat-missing', 'error-capture-missing', 'order-missing', 'order-id-mismatch'],
  secrets: [SECRET_CARD, SECRET_PASSWORD, SECRET_PHONE, SECRET_ID, SECRET_BANK],
  why: 'Card code, card password, phone number, PRC ID number and bank card number appear in the error capture, the chat (threat and private-channel quotes) and a chat export; every output must mask them (last 4 kept).',
});

// ===========================================================================
// Variation cases (v-*): the same checks through other layouts (Taobao/Xianyu order
// pages, an Alipay bill, a desktop web chat with names above the messages, QQ dark
// mode, a tiny JPEG), other wordings and other order-number formats.
// ===========================================================================

THEMES.qqdark = {
  bg: '#0F0F10', barBg: '#1A1A1C', barBorder: '#262628', title: '#E8E8E8', sep: '#7A7A7A',
  buyer: '#2B6BDE', buyerText: '#FFFFFF', merchant: '#262628', merchantText: '#E3E3E3',
  radius: 13, avatar: 'round', status: '#FFFFFF', dark: true,
};

const SHOP_STYLES = {
  taobao: { top: ['#FF9A00', '#FF5000'], text: '#FFFFFF', accent: '#FF5000', primary: '#FF5000', primaryText: '#FFFFFF', shopIcon: '#FF5000' },
  xianyu: { top: ['#FFE60F', '#FFD900'], text: '#111111', accent: '#FF4400', primary: '#FFE60F', primaryText: '#111111', shopIcon: '#333333' },
};

/**
 * Taobao- or Xianyu-style mobile order detail: coloured status header, shop + product card with
 * 实付款, then an 订单信息 card. o: w, h, style (taobao|xianyu), status, time, battery, statusTitle,
 * statusSub, shop, thumb {label, color, size}, product, spec, price, paid, rows [[label, value, {copy}]],
 * valueX, buttons.
 */
async function renderShopOrder(o) {
  const P = SHOP_STYLES[o.style ?? 'taobao'];
  const sc = new Scene(o.w, o.h, '#F3F3F3');
  const s = o.w / 375;
  const g = sc.gradient(`shop-${o.style ?? 'taobao'}`, [[0, P.top[0]], [1, P.top[1]]]);
  sc.rect(0, 0, sc.w, 200 * s, { fill: g });
  const sb = await statusBar(sc, s, { style: o.status ?? 'android', time: o.time, battery: o.battery ?? 80, color: P.text });
  let y = await titleBar(sc, s, sb, { title: o.title ?? '订单详情', color: P.text, border: null, right: 'dots', h: 44 });
  sc.text(22 * s, y + 32 * s, o.statusTitle, { size: 22 * s, bold: true, fill: P.text });
  if (o.statusSub) sc.text(22 * s, y + 57 * s, o.statusSub, { size: 13.5 * s, fill: P.text, opacity: 0.9 });
  y += 78 * s;
  const titleLines = await wrap(o.product, 15.5 * s, 168 * s);
  const prodH = Math.max(80 * s, titleLines.length * 22 * s + (o.spec ? 24 * s : 0) + 8 * s);
  const cardH = 46 * s + prodH + 12 * s + 46 * s;
  sc.rect(10 * s, y, sc.w - 20 * s, cardH, { rx: 10 * s, fill: '#FFFFFF' });
  sc.rect(22 * s, y + 14 * s, 18 * s, 18 * s, { rx: 4 * s, fill: P.shopIcon });
  sc.text(48 * s, y + 29 * s, o.shop, { size: 15 * s, bold: true });
  const shopW = await measure(o.shop, 15 * s, { bold: true });
  const cx = 48 * s + shopW + 8 * s;
  sc.path(`M${r2(cx)} ${r2(y + 18 * s)} L${r2(cx + 5 * s)} ${r2(y + 23 * s)} L${r2(cx)} ${r2(y + 28 * s)}`, { stroke: '#999999', sw: 1.5 * s });
  let py = y + 46 * s;
  sc.rect(22 * s, py, 76 * s, 76 * s, { rx: 6 * s, fill: o.thumb.color });
  const ts = (o.thumb.size ?? 16) * s;
  sc.text(60 * s, py + 38 * s + ts * 0.36, o.thumb.label, { size: ts, bold: true, fill: '#FFFFFF', anchor: 'middle', w: await measure(o.thumb.label, ts, { bold: true }) });
  let ty = py;
  for (const ln of titleLines) {
    sc.text(110 * s, ty + 16 * s, ln, { size: 15.5 * s, fill: '#222222' });
    ty += 22 * s;
  }
  if (o.spec) sc.text(110 * s, ty + 18 * s, o.spec, { size: 12.5 * s, fill: '#999999' });
  sc.text(sc.w - 22 * s, py + 16 * s, o.price, { size: 15 * s, fill: '#222222', anchor: 'end', w: await measure(o.price, 15 * s) });
  sc.text(sc.w - 22 * s, py + 38 * s, 'x1', { size: 13 * s, fill: '#999999', anchor: 'end', w: await measure('x1', 13 * s) });
  py += prodH + 12 * s;
  sc.rect(22 * s, py, sc.w - 44 * s, Math.max(1, 0.5 * s), { fill: '#EEEEEE' });
  const pl = o.paidLabel ?? '实付款';
  const pvw = await measure(o.paid, 18 * s, { bold: true });
  sc.text(sc.w - 22 * s, py + 31 * s, o.paid, { size: 18 * s, bold: true, fill: P.accent, anchor: 'end', w: pvw });
  sc.text(sc.w - 22 * s - pvw - 8 * s, py + 30 * s, pl, { size: 14 * s, fill: '#333333', anchor: 'end', w: await measure(pl, 14 * s) });
  y += cardH + 10 * s;
  const rowH = 33 * s;
  const infoH = 50 * s + o.rows.length * rowH + 6 * s;
  sc.rect(10 * s, y, sc.w - 20 * s, infoH, { rx: 10 * s, fill: '#FFFFFF' });
  sc.text(22 * s, y + 31 * s, '订单信息', { size: 15.5 * s, bold: true });
  const vx = (o.valueX ?? 112) * s;
  for (const [i, [label, value, opt = {}]] of o.rows.entries()) {
    const ry = y + 50 * s + i * rowH + 19 * s;
    sc.text(22 * s, ry, label, { size: 14 * s, fill: '#999999' });
    sc.text(vx, ry, value, { size: 14 * s, fill: '#333333' });
    if (opt.copy) {
      const bw = 40 * s;
      const bx = sc.w - 22 * s - bw;
      sc.rect(bx, ry - 15 * s, bw, 21 * s, { rx: 10.5 * s, fill: '#FFFFFF', stroke: '#CCCCCC', sw: 0.8 * s });
      sc.text(bx + bw / 2, ry - 0.5 * s, '复制', { size: 12 * s, fill: '#666666', anchor: 'middle', w: await measure('复制', 12 * s) });
    }
  }
  const bb = sc.h - 60 * s;
  sc.rect(0, bb, sc.w, 60 * s, { fill: '#FFFFFF' });
  sc.rect(0, bb, sc.w, Math.max(1, 0.5 * s), { fill: '#E0E0E0' });
  const btns = o.buttons ?? ['联系卖家', '申请售后'];
  let bx = sc.w - 12 * s;
  for (let i = btns.length - 1; i >= 0; i--) {
    const label = btns[i];
    const primary = i === btns.length - 1;
    const bw = 88 * s;
    bx -= bw;
    sc.rect(bx, bb + 11 * s, bw, 38 * s, primary ? { rx: 19 * s, fill: P.primary } : { rx: 19 * s, fill: '#FFFFFF', stroke: '#999999', sw: 1 * s });
    sc.text(bx + bw / 2, bb + 35.5 * s, label, { size: 15 * s, fill: primary ? P.primaryText : '#333333', anchor: 'middle', w: await measure(label, 15 * s) });
    bx -= 10 * s;
  }
  return sc;
}

/**
 * Alipay 账单详情: merchant, signed amount, 交易成功, then label/value rows (交易号 beside 商家订单号).
 * o: w, h, status, time, battery, merchant, amount, state, rows [[label, value]], extra [[label, value]].
 */
async function renderAlipayBill(o) {
  const sc = new Scene(o.w, o.h, '#F5F5F5');
  const s = o.w / 375;
  const sb = await statusBar(sc, s, { style: o.status ?? 'android', time: o.time, battery: o.battery ?? 70, color: '#000000', bg: '#FFFFFF' });
  let y = await titleBar(sc, s, sb, { title: '账单详情', bg: '#FFFFFF', border: '#EEEEEE', right: 'dots', h: 46 });
  const top = y;
  const fs = 14.5 * s;
  const vx = 112 * s;
  const laid = [];
  for (const [label, value] of o.rows) laid.push({ label, lines: await wrap(value, fs, sc.w - 20 * s - vx) });
  const rowsH = laid.reduce((a, r) => a + r.lines.length * 22 * s + 16 * s, 0);
  const panelH = 176 * s + rowsH + 10 * s;
  sc.rect(0, top, sc.w, panelH, { fill: '#FFFFFF' });
  const mw = await measure(o.merchant, 15.5 * s);
  const mx = sc.w / 2 + 14 * s;
  sc.circle(mx - mw / 2 - 18 * s, top + 38 * s, 12 * s, { fill: '#1677FF' });
  sc.rect(mx - mw / 2 - 24 * s, top + 33 * s, 12 * s, 10 * s, { rx: 2 * s, fill: '#FFFFFF', opacity: 0.85 });
  sc.text(mx, top + 43.5 * s, o.merchant, { size: 15.5 * s, fill: '#333333', anchor: 'middle', w: mw });
  sc.text(sc.w / 2, top + 98 * s, o.amount, { size: 36 * s, bold: true, fill: '#111111', anchor: 'middle', w: await measure(o.amount, 36 * s, { bold: true }) });
  sc.text(sc.w / 2, top + 128 * s, o.state ?? '交易成功', { size: 14 * s, fill: '#888888', anchor: 'middle', w: await measure(o.state ?? '交易成功', 14 * s) });
  sc.rect(20 * s, top + 150 * s, sc.w - 40 * s, Math.max(1, 0.5 * s), { fill: '#EEEEEE' });
  y = top + 166 * s;
  for (const r of laid) {
    sc.text(20 * s, y + 16 * s, r.label, { size: fs, fill: '#999999' });
    for (const ln of r.lines) {
      sc.text(vx, y + 16 * s, ln, { size: fs, fill: '#333333' });
      y += 22 * s;
    }
    y += 16 * s;
  }
  y = top + panelH + 10 * s;
  const extra = o.extra ?? [['账单分类', '网络虚拟'], ['标签和备注', '添加']];
  sc.rect(0, y, sc.w, extra.length * 50 * s, { fill: '#FFFFFF' });
  for (const [i, [label, value]] of extra.entries()) {
    const ry = y + i * 50 * s + 31 * s;
    sc.text(20 * s, ry, label, { size: fs, fill: '#333333' });
    sc.text(sc.w - 34 * s, ry, value, { size: fs, fill: '#999999', anchor: 'end', w: await measure(value, fs) });
    sc.path(`M${r2(sc.w - 24 * s)} ${r2(ry - 10 * s)} L${r2(sc.w - 19 * s)} ${r2(ry - 5 * s)} L${r2(sc.w - 24 * s)} ${r2(ry)}`, { stroke: '#BBBBBB', sw: 1.4 * s });
    if (i) sc.rect(20 * s, y + i * 50 * s, sc.w - 20 * s, Math.max(1, 0.5 * s), { fill: '#EEEEEE' });
  }
  y += extra.length * 50 * s + 30 * s;
  sc.text(sc.w / 2, y, '对此订单有疑问', { size: 14 * s, fill: '#1677FF', anchor: 'middle', w: await measure('对此订单有疑问', 14 * s) });
  return sc;
}

/**
 * Desktop web chat (a shop's or marketplace's messages page): conversation list on the left, the
 * sender's name and time above each message (no left/right bubbles), an order panel on the right.
 * o: w, h, app, user, accent, contacts [{name, snippet, time, active}], peer, peerSub,
 * names {buyer, merchant}, items [{sep} | {from, time, text} | {from, time, image}],
 * panel {title, rows [[label, value]]}, send, placeholder.
 */
async function renderWebChat(o) {
  const W = o.w ?? 1440;
  const H = o.h ?? 900;
  const sc = new Scene(W, H, '#F4F5F7');
  const accent = o.accent ?? '#2F80ED';
  sc.rect(0, 0, W, 52, { fill: o.barColor ?? '#23272E' });
  sc.rect(18, 14, 24, 24, { rx: 6, fill: accent });
  sc.text(54, 33, o.app, { size: 17, bold: true, fill: '#FFFFFF' });
  sc.text(W - 24, 33, o.user, { size: 15, fill: '#D0D4DA', anchor: 'end', w: await measure(o.user, 15) });
  const SB = 300;
  sc.rect(0, 52, SB, H - 52, { fill: '#FFFFFF' });
  sc.rect(SB, 52, 1, H - 52, { fill: '#E2E5E9' });
  sc.rect(16, 66, SB - 32, 36, { rx: 18, fill: '#F1F3F5' });
  sc.circle(38, 84, 6, { stroke: '#9AA0A6', sw: 1.6 });
  sc.line(42.5, 88.5, 47, 93, '#9AA0A6', 1.6);
  sc.text(56, 89, o.searchHint ?? 'Search', { size: 14, fill: '#9AA0A6' });
  let cy = 114;
  for (const c of o.contacts) {
    if (c.active) sc.rect(0, cy, SB, 72, { fill: '#EAF2FE' });
    sc.circle(42, cy + 36, 22, { fill: c.color ?? '#B0B8C4' });
    sc.text(76, cy + 30, c.name, { size: 15, bold: true, fill: '#222222' });
    sc.text(SB - 16, cy + 30, c.time, { size: 12, fill: '#9AA0A6', anchor: 'end', w: await measure(c.time, 12) });
    sc.text(76, cy + 53, c.snippet, { size: 13, fill: '#8A9099' });
    cy += 72;
  }
  const RP = o.panel ? 330 : 0;
  // read pane by pane: contacts, messages, order panel
  sc.panes = [
    { x0: 0, y0: 52, x1: SB, y1: H },
    { x0: SB, y0: 52, x1: W - RP, y1: H },
    ...(RP ? [{ x0: W - RP, y0: 52, x1: W, y1: H }] : []),
  ];
  const x0 = SB + 1;
  const x1 = W - RP;
  sc.rect(x0, 52, x1 - x0, 66, { fill: '#FFFFFF' });
  sc.rect(x0, 117, x1 - x0, 1, { fill: '#E2E5E9' });
  sc.text(x0 + 24, 84, o.peer, { size: 18, bold: true, fill: '#222222' });
  if (o.peerSub) sc.text(x0 + 24, 106, o.peerSub, { size: 13, fill: '#2EAD5B' });
  const inputTop = H - 150;
  let y = 136;
  const fs = 15;
  const lh = 22;
  const maxW = Math.min(600, x1 - x0 - 160);
  for (const it of o.items) {
    if (it.sep) {
      const w = await measure(it.sep, 13);
      sc.rect((x0 + x1) / 2 - w / 2 - 12, y, w + 24, 24, { rx: 12, fill: '#E6E8EC' });
      sc.text((x0 + x1) / 2, y + 17, it.sep, { size: 13, fill: '#6B7280', anchor: 'middle', w });
      y += 40;
      continue;
    }
    const buyer = it.from === 'buyer';
    const name = buyer ? o.names.buyer : o.names.merchant;
    sc.circle(x0 + 42, y + 18, 18, { fill: buyer ? o.buyerAvatar ?? '#7A8FB8' : o.merchantAvatar ?? accent });
    sc.text(x0 + 72, y + 14, name, { size: 14, bold: true, fill: buyer ? '#374151' : accent });
    const nw = await measure(name, 14, { bold: true });
    sc.text(x0 + 72 + nw + 10, y + 14, it.time, { size: 12.5, fill: '#9AA0A6' });
    y += 24;
    if (it.image) {
      thumbnail(sc, x0 + 72, y, 100, 150, 1, o.thumbAccent ?? '#107C10');
      y += 150 + 18;
      continue;
    }
    const lines = await wrap(it.text, fs, maxW);
    let tw = 0;
    const widths = [];
    for (const ln of lines) {
      const w = await measure(ln, fs);
      widths.push(w);
      tw = Math.max(tw, w);
    }
    const bh = lines.length * lh + 18;
    sc.rect(x0 + 72, y, tw + 34, bh, { rx: 8, fill: buyer ? '#FFFFFF' : '#EAF2FE', stroke: buyer ? '#E1E4E8' : null, sw: 1 });
    let ly = y + 9;
    for (const [i, ln] of lines.entries()) {
      sc.text(x0 + 86, ly + lh / 2 + fs * 0.36, ln, { size: fs, fill: '#1F2328', w: widths[i] });
      ly += lh;
    }
    y += bh + 18;
  }
  if (y > inputTop) throw new Error(`web chat "${o.peer}" overflows by ${Math.round(y - inputTop)} px`);
  sc.rect(x0, inputTop, x1 - x0, H - inputTop, { fill: '#FFFFFF' });
  sc.rect(x0, inputTop, x1 - x0, 1, { fill: '#E2E5E9' });
  for (let i = 0; i < 3; i++) sc.rect(x0 + 24 + i * 34, inputTop + 14, 20, 20, { rx: 4, stroke: '#9AA0A6', sw: 1.4 });
  sc.rect(x1 - 110, H - 52, 86, 34, { rx: 6, fill: accent });
  sc.text(x1 - 67, H - 30, o.send ?? 'Send', { size: 15, fill: '#FFFFFF', anchor: 'middle', w: await measure(o.send ?? 'Send', 15) });
  if (o.panel) {
    sc.rect(x1, 52, RP, H - 52, { fill: '#FFFFFF' });
    sc.rect(x1, 52, 1, H - 52, { fill: '#E2E5E9' });
    sc.text(x1 + 24, 88, o.panel.title, { size: 16, bold: true, fill: '#222222' });
    let py = 120;
    for (const [label, value] of o.panel.rows) {
      sc.text(x1 + 24, py + 14, label, { size: 13, fill: '#8A9099' });
      for (const ln of await wrap(value, 15, RP - 48)) {
        py += 22;
        sc.text(x1 + 24, py + 14, ln, { size: 15, fill: '#1F2328' });
      }
      py += 36;
    }
  }
  return sc;
}

/**
 * A membership centre page (网盘/视频 app) showing the membership state.
 * o: w, h, status, time, battery, title, user, tag, rows [[label, value, {color}]], notice, button, perks [..].
 */
async function renderMemberPage(o) {
  const sc = new Scene(o.w, o.h, '#F4F5F7');
  const s = o.w / 375;
  const dark = '#2B2F3A';
  const sb = await statusBar(sc, s, { style: o.status ?? 'android', time: o.time, battery: o.battery ?? 60, color: '#FFFFFF', bg: dark });
  let y = await titleBar(sc, s, sb, { title: o.title ?? '会员中心', bg: dark, color: '#FFFFFF', border: null, right: null, h: 46 });
  sc.rect(0, y, sc.w, 104 * s, { fill: dark });
  sc.circle(52 * s, y + 48 * s, 28 * s, { fill: '#6C7A96' });
  sc.circle(52 * s, y + 42 * s, 10 * s, { fill: '#FFFFFF', opacity: 0.6 });
  sc.path(`M${r2(36 * s)} ${r2(y + 68 * s)} Q${r2(52 * s)} ${r2(y + 48 * s)} ${r2(68 * s)} ${r2(y + 68 * s)} Z`, { fill: '#FFFFFF', opacity: 0.6 });
  sc.text(94 * s, y + 42 * s, o.user, { size: 18 * s, bold: true, fill: '#FFFFFF' });
  const tw = await measure(o.tag, 12.5 * s);
  sc.rect(94 * s, y + 54 * s, tw + 18 * s, 22 * s, { rx: 11 * s, fill: '#5A5F6B' });
  sc.text(103 * s, y + 69.5 * s, o.tag, { size: 12.5 * s, fill: '#E7E7E7' });
  y += 114 * s;
  const rowH = 40 * s;
  sc.rect(10 * s, y, sc.w - 20 * s, 16 * s + o.rows.length * rowH, { rx: 8 * s, fill: '#FFFFFF' });
  for (const [i, [label, value, opt = {}]] of o.rows.entries()) {
    const ry = y + 8 * s + i * rowH + 26 * s;
    sc.text(24 * s, ry, label, { size: 15 * s, fill: '#888888' });
    sc.text(sc.w - 24 * s, ry, value, { size: 15 * s, fill: opt.color ?? '#222222', bold: !!opt.bold, anchor: 'end', w: await measure(value, 15 * s, { bold: !!opt.bold }) });
  }
  y += 16 * s + o.rows.length * rowH + 12 * s;
  const nl = await wrap(o.notice, 14 * s, sc.w - 68 * s);
  const nh = nl.length * 21 * s + 24 * s;
  sc.rect(10 * s, y, sc.w - 20 * s, nh, { rx: 8 * s, fill: '#FFF4E5', stroke: '#FFD8A8', sw: 0.8 * s });
  let ny = y + 12 * s;
  for (const ln of nl) {
    sc.text(24 * s, ny + 15 * s, ln, { size: 14 * s, fill: '#B85C00' });
    ny += 21 * s;
  }
  y += nh + 16 * s;
  sc.text(24 * s, y + 16 * s, '会员特权', { size: 16 * s, bold: true });
  y += 30 * s;
  const perks = o.perks ?? [];
  const cw = (sc.w - 20 * s) / 4;
  for (const [i, p] of perks.entries()) {
    const cx = 10 * s + cw * (i % 4) + cw / 2;
    const py = y + Math.floor(i / 4) * 86 * s;
    sc.circle(cx, py + 26 * s, 20 * s, { fill: '#E3E5EA' });
    sc.text(cx, py + 68 * s, p, { size: 12.5 * s, fill: '#9A9A9A', anchor: 'middle', w: await measure(p, 12.5 * s) });
  }
  const bb = sc.h - 84 * s;
  sc.rect(24 * s, bb, sc.w - 48 * s, 48 * s, { rx: 24 * s, fill: '#F5C15A' });
  sc.text(sc.w / 2, bb + 30.5 * s, o.button, { size: 17 * s, bold: true, fill: '#4A2E00', anchor: 'middle', w: await measure(o.button, 17 * s, { bold: true }) });
  return sc;
}

// v-helper: the exclusions a clean ready case shares
const READY_CLEAN = [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'private-channel', 'threatening-language', 'timeline-inconsistent', 'evidence-unlinked', 'amount-mismatch'];

// v1 -----------------------------------------------------------------------
defineCase({
  id: 'v-ready-card-en-webchat',
  tests: 'ready card_invalid, English only: desktop web chat with names and times above the messages (no left/right bubbles), English redeem error, 16-character alphanumeric order number',
  targets: [],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: 'K7M2Q9X4B8N1L5TZ',
    product: 'Xbox Gift Card 50 USD (US)',
    category: 'game_card',
    amount: 318,
    paid_at: '2026-12-14T20:31:07+08:00',
    delivered_at: '2026-12-14T20:31:15+08:00',
    merchant: 'KeyNest Store',
  },
  images: [
    png('Screenshot_20261214-204630.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '20:46', battery: 62, header: 'Redeem', headerColor: '#107C10',
        formTitle: 'Redeem a code',
        fields: [['Account', 'alex.m***@outlook.com'], ['Code', '*****-*****-*****-9QF7T', true]],
        button: 'Redeem', buttonColor: '#107C10',
        dialog: { title: "Can't redeem code", lines: ['This code has already been redeemed on another account.'], extra: ['Error 0x8015DC0B'], button: 'OK', buttonColor: '#107C10' },
      }),
    ),
    png('chat_keynest.png', () =>
      renderWebChat({
        w: 1440, h: 900, app: 'KeyNest Marketplace · Messages', user: 'alex_m', accent: '#107C10',
        contacts: [
          { name: 'KeyNest Support', snippet: 'Thanks, we have asked our...', time: '9:06 PM', active: true, color: '#107C10' },
          { name: 'PixelCodes', snippet: 'Your order has been delivered.', time: 'Nov 30', color: '#B0B8C4' },
        ],
        peer: 'KeyNest Support', peerSub: 'Online',
        names: { buyer: 'alex_m', merchant: 'KeyNest Support' },
        items: [
          { sep: 'Dec 14, 2026' },
          { from: 'buyer', time: '8:52 PM', text: 'Hi, I just bought the Xbox $50 gift card, order K7M2Q9X4B8N1L5TZ.' },
          { from: 'buyer', time: '8:53 PM', text: "Xbox won't take it. It says the code was already redeemed on another account, but I never used it." },
          { from: 'merchant', time: '8:58 PM', text: 'Sorry about that! Could you send a screenshot of the error?' },
          { from: 'buyer', time: '9:01 PM', image: true },
          { from: 'merchant', time: '9:06 PM', text: 'Thanks, we have asked our supplier to check this code. Please open a refund request on the platform and we will approve it.' },
        ],
        panel: {
          title: 'Order info',
          rows: [['Order No.', 'K7M2Q9X4B8N1L5TZ'], ['Item', 'Xbox Gift Card 50 USD (US)'], ['Paid', '¥318.00'], ['Status', 'Delivered']],
        },
      }),
    ),
  ],
  now: '2026-12-15T09:00:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: READY_CLEAN,
  why: 'English-only case: the redeem dialog says "This code has already been redeemed on another account", the web chat (sender names above messages) reports it with order K7M2Q9X4B8N1L5TZ and the shop replies and agrees to refund; 12.5 h after delivery.',
});

// v2 -----------------------------------------------------------------------
defineCase({
  id: 'v-ready-activation-qqdark-taobao',
  tests: 'ready activation_failed: Taobao-style order page (订单编号 + 28-digit 支付宝交易号, 实付款), QQ dark-mode chat, desktop error worded "已达到其激活次数上限"',
  targets: [],
  claim: { reason: 'activation_failed' },
  order: {
    order_id: '2026121610225537418',
    product: 'Visio 2021 专业版 激活密钥 零售版',
    category: 'software_key',
    amount: 36,
    paid_at: '2026-12-16T10:22:55+08:00',
    delivered_at: '2026-12-16T10:23:02+08:00',
    merchant: '码上正版',
  },
  images: [
    png('Screenshot_20261216-103015.png', () =>
      renderShopOrder({
        w: 1080, h: 2340, style: 'taobao', time: '10:30', battery: 88,
        statusTitle: '卖家已发货', statusSub: '虚拟商品自动发货,请在订单中查收',
        shop: '码上正版', thumb: { label: 'Visio', color: '#3955A3', size: 15 },
        product: 'Visio 2021 专业版 激活密钥 零售版', spec: '版本:专业版;自动发货', price: '¥36.00', paid: '¥36.00',
        rows: [
          ['订单编号', '2026121610225537418', { copy: true }],
          ['支付宝交易号', '2026121622001456781503229461'],
          ['创建时间', '2026-12-16 10:22:41'],
          ['付款时间', '2026-12-16 10:22:55'],
          ['发货时间', '2026-12-16 10:23:02'],
        ],
        valueX: 120,
        buttons: ['联系卖家', '申请售后'],
      }),
    ),
    png('Snipaste_2026-12-16_11-02-44.png', () =>
      renderDesktopError({
        window: 'Microsoft Visio',
        titleBg: '#3955A3',
        heading: '产品激活',
        body: ['Visio 专业版 2021', '产品密钥: *****-*****-*****-*****-KX3RB'],
        dialogTitle: 'Microsoft Visio',
        message: ['此产品密钥已达到其激活次数上限,', '不能在这台电脑上使用。', '(错误代码 0xC004C008)'],
        button: '确定',
      }),
    ),
    png('Screenshot_20261216-111820.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'qqdark', time: '11:18', battery: 81, title: '码上正版', subtitle: '手机在线',
        buyerAvatar: '#4F6FA8', merchantAvatar: '#8A5CC2',
        items: [
          { sep: '12月16日 11:05' },
          { from: 'buyer', text: 'visio的key装好了填进去一直过不去,弹窗说这个密钥的激活次数到上限了' },
          { from: 'buyer', text: '订单编号2026121610225537418' },
          { from: 'merchant', text: '您好,麻烦截个图我看下' },
          { from: 'buyer', image: true },
          { from: 'merchant', text: '看到了,这个key被别人用过了,我给您登记售后' },
          { from: 'merchant', text: '您先在平台提交一下,我这边同意' },
        ],
        accent: '#3955A3',
      }),
    ),
  ],
  now: '2026-12-16T15:00:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: READY_CLEAN,
  why: 'Taobao-style order page matches order.json (the 28-digit 支付宝交易号 is a payment number, not another order); the Visio dialog "此产品密钥已达到其激活次数上限,不能在这台电脑上使用" is an activation failure; the QQ dark-mode chat reports it with the order number and the shop agrees; 4.6 h after delivery.',
});

// v3 -----------------------------------------------------------------------
defineCase({
  id: 'v-ready-not-received-long-chat',
  tests: 'ready not_received: Xianyu-style order page (等待卖家发货, 订单编号, 实付款); a long chat (10 messages) with separators "昨天 21:40" and bare "09:15" and the wording "等了一晚上了还没收到"',
  targets: [],
  claim: { reason: 'not_received' },
  order: {
    order_id: '2026121521364209185',
    product: '原神 空月祝福 月卡 代充',
    category: 'recharge',
    amount: 25,
    paid_at: '2026-12-15T21:36:42+08:00',
    merchant: '派蒙代充屋',
  },
  images: [
    png('Screenshot_20261216-092805.png', () =>
      renderShopOrder({
        w: 1080, h: 2340, style: 'xianyu', time: '09:28', battery: 54,
        statusTitle: '等待卖家发货', statusSub: '已付款,等待卖家处理',
        shop: '派蒙代充屋', thumb: { label: '原神', color: '#5B6BBF' },
        product: '原神 空月祝福 月卡 代充', spec: '官服 · 提供UID即可', price: '¥25.00', paid: '¥25.00',
        rows: [
          ['订单编号', '2026121521364209185', { copy: true }],
          ['下单时间', '2026-12-15 21:36:30'],
          ['付款时间', '2026-12-15 21:36:42'],
          ['交易方式', '担保交易'],
        ],
        buttons: ['联系卖家', '提醒发货'],
      }),
    ),
    png('Screenshot_20261216-093210.png', () =>
      renderChat({
        w: 1080, h: 2400, theme: 'wechat', time: '09:32', battery: 52, title: '派蒙代充屋',
        buyerAvatar: '#6E8FC4', merchantAvatar: '#D59B3F',
        items: [
          { sep: '昨天 21:40' },
          { from: 'buyer', text: '老板,月卡付好了,UID 1085****62' },
          { from: 'merchant', text: '收到,半小时内给你充好' },
          { from: 'buyer', text: '一个小时了还没动静啊' },
          { from: 'merchant', text: '今晚单多,睡前肯定弄好' },
          { sep: '09:15' },
          { from: 'buyer', text: '等了一晚上了还没收到,游戏邮箱里啥也没有' },
          { from: 'buyer', text: '订单编号2026121521364209185' },
          { from: 'merchant', text: '不好意思,昨晚号被风控了' },
          { from: 'buyer', text: '我不等了,直接退款吧' },
          { from: 'merchant', text: '行,你申请吧,我同意' },
        ],
      }),
    ),
  ],
  now: '2026-12-16T10:00:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: READY_CLEAN,
  why: 'The Xianyu-style order page shows 等待卖家发货 for this order; the chat ("昨天 21:40" is 12-15 21:40, "09:15" is 12-16 09:15) reports non-delivery overnight with the order number, the shop admits it and agrees to refund; 12.4 h into the 7-day window.',
});

// v4 -----------------------------------------------------------------------
defineCase({
  id: 'v-ready-late-delivery-alipay',
  tests: 'ready late_delivery: product page promises "付款后10分钟内到账", Alipay 账单详情 with a 28-digit 交易号 beside the 商家订单号 (= this order), chat 3 h after payment, still not delivered',
  targets: [],
  claim: { reason: 'late_delivery' },
  order: {
    order_id: '2026121718052630417',
    product: '中国联通 话费充值 100元 快充',
    category: 'recharge',
    amount: 98,
    paid_at: '2026-12-17T18:05:26+08:00',
    merchant: '闪充话费',
  },
  images: [
    png('IMG_3361.PNG', () =>
      renderPolicy({
        w: 1080, h: 2340, time: '18:03', battery: 77,
        banner: { title: '联通话费快充', sub: '100元 · 全国通用', colors: ['#E60027', '#A8001C'] },
        price: '¥98.00', face: '面值 100元', sold: '已售 2.6万+', name: '中国联通 话费充值 100元 快充',
        desc: ['快充通道,付款后10分钟内到账。', '充值前请核对手机号码及归属地。'],
        notice: [{ text: '充值未到账请联系客服处理。' }],
      }),
    ),
    png('Screenshot_20261217-205811.png', () =>
      renderAlipayBill({
        w: 1080, h: 2340, time: '20:58', battery: 46,
        merchant: '闪充话费', amount: '-98.00', state: '交易成功',
        rows: [
          ['支付时间', '2026-12-17 18:05:26'],
          ['付款方式', '余额宝'],
          ['商品说明', '中国联通 话费充值 100元 快充'],
          ['收单机构', '支付宝(杭州)信息技术有限公司'],
          ['交易号', '2026121722001483561402117735'],
          ['商家订单号', '2026121718052630417'],
        ],
      }),
    ),
    png('Screenshot_20261217-210640.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'qq', time: '21:06', battery: 44, title: '闪充话费', subtitle: '手机在线',
        items: [
          { sep: '12月17日 21:02' },
          { from: 'buyer', text: '你们页面上写着付款后10分钟内到账,这都快3个小时了话费还没充上' },
          { from: 'buyer', text: '订单2026121718052630417' },
          { from: 'merchant', text: '亲,联通晚高峰通道排队,今晚12点前一定到' },
          { from: 'buyer', text: '说好10分钟的,我急用,不等了' },
          { from: 'merchant', text: '那您走平台退款吧' },
        ],
      }),
    ),
  ],
  now: '2026-12-17T21:20:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: READY_CLEAN,
  why: 'The product page promises delivery within 10 minutes of payment; the Alipay bill (交易号 is Alipay\'s own number, 商家订单号 is this order) dates payment 18:05:26; at 21:02 the chat reports it still not delivered (about 3 h) and the shop admits the delay. Alipay\'s "交易成功" is the payment, not the delivery.',
});

// v5 -----------------------------------------------------------------------
defineCase({
  id: 'v-reason-mismatch-wrong-edition',
  tests: 'reason-mismatch: activation_failed chosen, the buyer writes "我点错规格了,拍成了家庭版" and says the key is unused; no activation failure anywhere',
  targets: ['reason-mismatch'],
  claim: { reason: 'activation_failed' },
  order: {
    order_id: '2026121813402277150',
    product: 'Windows 11 家庭版 激活密钥 零售版',
    category: 'software_key',
    amount: 29,
    paid_at: '2026-12-18T13:40:22+08:00',
    delivered_at: '2026-12-18T13:40:31+08:00',
    merchant: '蓝窗正版软件',
  },
  images: [
    png('IMG_5530.PNG', () =>
      renderChat({
        w: 1170, h: 2532, theme: 'wechat', status: 'ios', time: '13:52', battery: 73, title: '蓝窗正版软件',
        buyerAvatar: '#5C7FB0', merchantAvatar: '#2C7BD6',
        items: [
          { sep: '12月18日 13:46' },
          { from: 'buyer', text: '老板不好意思,我点错规格了,拍成了家庭版' },
          { from: 'buyer', text: '我电脑是专业版,要的是专业版的key' },
          { from: 'buyer', text: '家庭版的key我还没用,订单2026121813402277150,能给退了吗' },
          { from: 'merchant', text: '密钥是自动发的,发出去了我们这边收不回来哦' },
          { from: 'merchant', text: '你可以在平台申请试试' },
        ],
      }),
    ),
  ],
  now: '2026-12-18T14:30:00+08:00',
  verdict: ['not-ready'],
  include: ['reason-mismatch'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'order-id-mismatch', 'deadline-passed', 'private-channel', 'threatening-language', 'request-return-virtual', 'refund-partial'],
  why: '"我点错规格了,拍成了家庭版" with an unused key is wrong_purchase; nothing shows the key failing to activate, so activation_failed does not fit.',
});

// v6 -----------------------------------------------------------------------
defineCase({
  id: 'v-reason-mismatch-bought-twice',
  tests: 'reason-mismatch: not_received chosen, but the chat shows the code was delivered and the buyer says "我刚才买重了"; the chat is a 390 px wide quality-50 JPEG',
  targets: ['reason-mismatch'],
  claim: { reason: 'not_received' },
  order: {
    order_id: '2026121909125563028',
    product: '腾讯视频VIP 月卡 激活码',
    category: 'other',
    amount: 19.8,
    paid_at: '2026-12-19T09:12:55+08:00',
    delivered_at: '2026-12-19T09:13:01+08:00',
    merchant: '鹅厂会员小站',
  },
  images: [
    jpg(
      '微信图片_20261219094410.jpg',
      () =>
        renderChat({
          w: 1080, h: 2340, theme: 'wechat', time: '09:44', battery: 67, title: '鹅厂会员小站',
          buyerAvatar: '#6C8EBF', merchantAvatar: '#E07B39',
          items: [
            { sep: '12月19日 09:13' },
            { from: 'merchant', text: '您好,您购买的腾讯视频VIP月卡激活码已发货,请在订单详情查看' },
            { sep: '09:40' },
            { from: 'buyer', text: '老板,我刚才买重了,同一个月卡下了两单' },
            { from: 'buyer', text: '这单2026121909125563028的码我没动过,能退一单吗' },
            { from: 'merchant', text: '码已经发出去了,我这边没办法退哦' },
            { from: 'buyer', text: '那我去平台申请' },
          ],
        }),
      390,
      50,
    ),
  ],
  now: '2026-12-19T10:00:00+08:00',
  verdict: ['not-ready'],
  include: ['reason-mismatch'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'order-id-mismatch', 'deadline-passed', 'private-channel', 'threatening-language', 'request-return-virtual', 'refund-partial'],
  why: 'The code was delivered (merchant message, delivered_at) and the buyer admits buying the same card twice ("买重了"): that is wrong_purchase, not not_received.',
});

// v7 -----------------------------------------------------------------------
defineCase({
  id: 'v-order-id-mismatch-tb',
  tests: 'order-id-mismatch with letter-prefixed numbers: the order is TB2026121820331756, the chat quotes TB2026121819052208; buyer wording "你们这是卖的二手卡吧"',
  targets: ['order-id-mismatch'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: 'TB2026121820331756',
    product: '英雄联盟 点券卡 50元 卡密',
    category: 'game_card',
    amount: 48,
    paid_at: '2026-12-18T20:33:17+08:00',
    delivered_at: '2026-12-18T20:33:24+08:00',
    merchant: '召唤师点券店',
  },
  images: [
    png('Screenshot_20261218-204105.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '20:41', battery: 58, header: '英雄联盟 点券充值', headerColor: '#0A2A4A',
        formTitle: '点券卡充值',
        fields: [['大区', '艾欧尼亚'], ['卡号', '**** **** **** 6087', true], ['密码', '**********', true]],
        button: '确认充值', buttonColor: '#C89B3C',
        dialog: { title: '充值失败', lines: ['该点券卡已被使用,请勿重复充值'], button: '确定', buttonColor: '#0A2A4A' },
      }),
    ),
    png('IMG_6612.PNG', () =>
      renderChat({
        w: 1170, h: 2532, theme: 'qq', status: 'ios', time: '20:52', battery: 55, title: '召唤师点券店', subtitle: '在线',
        buyerAvatar: '#4E77B8', merchantAvatar: '#C89B3C',
        items: [
          { sep: '12月18日 20:45' },
          { from: 'buyer', text: '你们这是卖的二手卡吧?刚买的点券卡一充就说被用过了' },
          { from: 'buyer', text: '订单号TB2026121819052208' },
          { from: 'merchant', text: '亲,卡都是官方渠道拿的,我查下这个单号' },
          { from: 'merchant', text: '稍等' },
        ],
      }),
    ),
  ],
  now: '2026-12-18T23:00:00+08:00',
  verdict: ['not-ready'],
  include: ['order-id-mismatch'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'error-capture-mismatch', 'deadline-passed', 'deadline-near', 'reason-mismatch'],
  why: 'The chat quotes TB2026121819052208, another order; this order is TB2026121820331756 (same shop format, different number).',
});

// v8 -----------------------------------------------------------------------
defineCase({
  id: 'v-deadline-passed-2h-term',
  tests: 'deadline-passed from terms: the product page says "如卡密有误,请在购买后2小时内反馈"; the report comes 6 h after delivery (24 h would be open); buyer wording "充值页面说这个卡不能用"',
  targets: ['deadline-passed'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026122008151930662',
    product: '网易一卡通 100点 大话西游2',
    category: 'game_card',
    amount: 95,
    paid_at: '2026-12-20T08:15:19+08:00',
    delivered_at: '2026-12-20T08:15:25+08:00',
    merchant: '西游点卡铺',
  },
  images: [
    png('IMG_2208.PNG', () =>
      renderPolicy({
        w: 1080, h: 2340, time: '08:12', battery: 95,
        banner: { title: '网易一卡通', sub: '100点 · 秒发卡密', colors: ['#C8161D', '#8E0E13'] },
        price: '¥95.00', face: '面值 100元', sold: '已售 5400+', name: '网易一卡通 100点 大话西游2',
        notice: [
          { text: '如卡密有误,请在购买后2小时内反馈,过时不予受理。', red: true },
          { text: '请确认充值游戏为大话西游2后再兑换。' },
        ],
      }),
    ),
    png('Screenshot_20261220-134822.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '13:48', battery: 61, header: '网易一卡通 充值', headerColor: '#C8161D',
        formTitle: '点卡充值',
        fields: [['充值游戏', '大话西游2'], ['卡号', '1220 **** **** 7731', true], ['密码', '**********', true]],
        button: '确认充值',
        dialog: { title: '充值失败', lines: ['卡号或密码错误,请核对后重新输入'], button: '确定' },
      }),
    ),
    png('Screenshot_20261220-141033.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '14:10', battery: 58, title: '西游点卡铺',
        buyerAvatar: '#5A86B0', merchantAvatar: '#B8453A',
        items: [
          { sep: '12月20日 14:02' },
          { from: 'buyer', text: '早上买的点卡,充值页面说这个卡不能用,卡号或密码错误' },
          { from: 'buyer', text: '订单2026122008151930662' },
          { from: 'merchant', text: '亲,页面写了2小时内反馈,你这都快6个小时了' },
          { from: 'buyer', text: '我下午才登的游戏' },
          { from: 'merchant', text: '我找上游试试,不一定能处理' },
        ],
      }),
    ),
  ],
  now: '2026-12-20T14:20:00+08:00',
  verdict: ['not-ready'],
  include: ['deadline-passed'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'error-capture-mismatch', 'deadline-near', 'reason-mismatch', 'policy-no-refund', 'order-id-mismatch'],
  why: 'The terms allow 2 hours after purchase for a wrong card code (ended 10:15); the first report is at 14:02 and filing at 14:20, 6 h after delivery. The 24 h generic window would still be open.',
});

// v9 -----------------------------------------------------------------------
defineCase({
  id: 'v-threat-private-alipay',
  tests: 'threatening-language + private-channel in new words: buyer "你们这种奸商迟早倒闭,今天不退钱我就去消协告你们", merchant "支付宝直接退你,别走平台了"',
  targets: ['threatening-language', 'private-channel'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026121915403318827',
    product: '穿越火线 CF点 100元 卡密',
    category: 'game_card',
    amount: 96,
    paid_at: '2026-12-19T15:40:33+08:00',
    delivered_at: '2026-12-19T15:40:40+08:00',
    merchant: '火线点卡城',
  },
  images: [
    png('Screenshot_20261219-155512.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '15:55', battery: 70, header: 'CF 充值中心', headerColor: '#D9731A',
        formTitle: 'CF点卡充值',
        fields: [['游戏账号', 'cf****2381'], ['卡号', '**** **** **** 4452', true], ['密码', '************', true]],
        button: '立即充值',
        dialog: { title: '兑换失败', lines: ['该充值卡已被其他账号使用'], button: '确定' },
      }),
    ),
    png('IMG_9021.PNG', () =>
      renderChat({
        w: 1170, h: 2532, theme: 'wechat', status: 'ios', time: '17:36', battery: 48, title: '火线点卡城',
        buyerAvatar: '#6B85B5', merchantAvatar: '#D9731A',
        items: [
          { sep: '12月19日 16:02' },
          { from: 'buyer', text: 'CF点卡充不进去,说已经被其他账号用了,订单2026121915403318827' },
          { from: 'merchant', text: '不可能,我们卡都是刚进的' },
          { from: 'buyer', text: '截图都发你了,还不认?' },
          { sep: '12月19日 17:30' },
          { from: 'buyer', text: '你们这种奸商迟早倒闭,今天不退钱我就去消协告你们' },
          { from: 'merchant', text: '别闹大,支付宝直接退你,别走平台了' },
          { from: 'merchant', text: '把你支付宝账号发我' },
        ],
      }),
    ),
  ],
  now: '2026-12-19T18:00:00+08:00',
  verdict: ['weak', 'ready'],
  include: ['threatening-language', 'private-channel'],
  exclude: [...ALL_CLEAN, 'deadline-near', 'deadline-unknown', 'chat-no-reply', 'chat-no-feedback', 'amount-mismatch'],
  why: 'Complete card_invalid evidence ("该充值卡已被其他账号使用", report with order number, reply; 2.3 h after delivery). The buyer insults and threatens ("奸商", "迟早倒闭", "去消协告你们"): warning. The merchant offers to refund by Alipay off the platform ("支付宝直接退你,别走平台了"): warning.',
});

// v10 ----------------------------------------------------------------------
defineCase({
  id: 'v-ready-nad-permanent',
  tests: 'ready not_as_described: the product page sells a "永久" membership; the account\'s membership page shows a 7-day trial (7天体验卡) that has expired (会员已到期); chat quotes the order',
  targets: [],
  claim: { reason: 'not_as_described' },
  order: {
    order_id: '2026121020151867409',
    product: '百度网盘 超级会员 永久 独享账号',
    category: 'account',
    amount: 68,
    paid_at: '2026-12-10T20:15:18+08:00',
    delivered_at: '2026-12-10T20:16:02+08:00',
    merchant: '云盘会员铺',
  },
  images: [
    png('IMG_7140.PNG', () =>
      renderPolicy({
        w: 1080, h: 2340, time: '20:12', battery: 83,
        banner: { title: '百度网盘 超级会员', sub: '永久会员 · 独享账号', colors: ['#3A7BF0', '#1F4FBF'] },
        price: '¥68.00', sold: '已售 1800+', name: '百度网盘 超级会员 永久 独享账号',
        desc: ['永久超级会员,一次购买终身使用。', '独享账号,可修改密码。'],
        notice: [{ text: '账号问题请联系客服处理。' }],
      }),
    ),
    png('Screenshot_20261212-090512.png', () =>
      renderMemberPage({
        w: 1080, h: 2340, time: '09:05', battery: 90,
        user: 'pan_u****82', tag: '会员已到期',
        rows: [
          ['会员类型', '超级会员 7天体验卡'],
          ['到期时间', '2026-12-11 22:10'],
          ['会员状态', '已到期', { color: '#E8332B', bold: true }],
        ],
        notice: '您的超级会员已于2026-12-11到期,续费后可恢复极速下载等会员权益。',
        perks: ['极速下载', '超大空间', '在线解压', '视频倍速'],
        button: '立即续费',
      }),
    ),
    png('Screenshot_20261212-092230.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '09:22', battery: 88, title: '云盘会员铺',
        buyerAvatar: '#4D7FB8', merchantAvatar: '#3A7BF0',
        items: [
          { sep: '12月12日 09:10' },
          { from: 'buyer', text: '老板,页面写的永久超级会员,今天打开网盘提示会员已到期' },
          { from: 'buyer', text: '会员记录里是7天体验卡,11号就到期了,订单2026121020151867409' },
          { from: 'merchant', text: '亲,永久是指账号永久给你用,会员要自己续的' },
          { from: 'buyer', text: '商品名写的就是超级会员永久,这跟宣传的完全是两回事' },
          { from: 'merchant', text: '那你平台申请吧' },
        ],
      }),
    ),
  ],
  now: '2026-12-12T10:00:00+08:00',
  verdict: ['ready'],
  include: [],
  exclude: READY_CLEAN,
  why: 'The product page promises a permanent (永久) SVIP; the account\'s membership page shows a 7-day trial that expired 2026-12-11 22:10, a day after delivery; the chat reports it with the order number and the shop replies. 37.7 h into the 72 h window.',
});

// v11 ----------------------------------------------------------------------
defineCase({
  id: 'v-claim-unsupported-happy-buyer',
  tests: 'claim-unsupported: not_as_described chosen, the product page describes an 独享 account and the chat shows the buyer logged in and thanking the shop; nothing differs from the description',
  targets: ['claim-unsupported'],
  claim: { reason: 'not_as_described' },
  order: {
    order_id: '2026121314203851276',
    product: '喜马拉雅 VIP会员 年卡 独享账号',
    category: 'account',
    amount: 88,
    paid_at: '2026-12-13T14:20:38+08:00',
    delivered_at: '2026-12-13T14:22:10+08:00',
    merchant: '有声会员小店',
  },
  images: [
    png('IMG_0619.PNG', () =>
      renderPolicy({
        w: 1080, h: 2340, time: '14:18', battery: 64,
        banner: { title: '喜马拉雅 VIP 年卡', sub: '独享账号 · 可改密码', colors: ['#F86442', '#D8382A'] },
        price: '¥88.00', sold: '已售 430+', name: '喜马拉雅 VIP会员 年卡 独享账号',
        desc: ['独享账号,可修改密码和绑定手机。', '会员有效期 12个月。'],
        notice: [{ text: '账号无法登录请联系客服处理。' }],
      }),
    ),
    png('IMG_0622.PNG', () =>
      renderChat({
        w: 750, h: 1334, theme: 'qq', status: 'ios-old', time: '14:41', battery: 60, title: '有声会员小店', subtitle: '手机在线',
        items: [
          { sep: '12月13日 14:22' },
          { from: 'merchant', text: '您好,账号密码已发到订单里了,登录后记得改密码哦' },
          { from: 'buyer', text: '收到,已经登上去了,会员到2027年12月' },
          { from: 'buyer', text: '密码也改好了,谢谢老板' },
          { from: 'merchant', text: '好的,用得开心给个好评哈' },
        ],
      }),
    ),
  ],
  now: '2026-12-14T10:00:00+08:00',
  verdict: ['not-ready'],
  include: ['claim-unsupported'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'deadline-passed', 'order-id-mismatch', 'reason-mismatch', 'private-channel', 'threatening-language', 'request-return-virtual', 'refund-partial'],
  why: 'The description (独享账号, 可改密码, 12个月) is all the buyer got: he logged in, changed the password and sees membership to 2027-12. No evidence differs from the description.',
});

// v12 ----------------------------------------------------------------------
defineCase({
  id: 'v-error-capture-mismatch-busy',
  tests: 'error-capture-mismatch: the only capture says "服务器繁忙,请稍后再试" while the chat says "充值页面说这个卡不能用"',
  targets: ['error-capture-mismatch'],
  claim: { reason: 'card_invalid' },
  order: {
    order_id: '2026121119301145592',
    product: '盛趣一卡通 50元 热血传奇',
    category: 'game_card',
    amount: 47,
    paid_at: '2026-12-11T19:30:11+08:00',
    delivered_at: '2026-12-11T19:30:16+08:00',
    merchant: '传奇点卡小铺',
  },
  images: [
    png('Screenshot_20261211-194512.png', () =>
      renderMobileError({
        w: 1080, h: 2340, time: '19:45', battery: 39, header: '盛趣游戏 充值中心', headerColor: '#1C3F94',
        formTitle: '一卡通充值',
        fields: [['游戏账号', 'sd****0917'], ['卡号', '**** **** **** 3021', true], ['密码', '*********', true]],
        button: '立即充值',
        toast: { text: '服务器繁忙,请稍后再试' },
      }),
    ),
    png('Screenshot_20261211-195806.png', () =>
      renderChat({
        w: 1080, h: 2340, theme: 'wechat', time: '19:58', battery: 37, title: '传奇点卡小铺',
        buyerAvatar: '#7A6AB0', merchantAvatar: '#1C3F94',
        items: [
          { sep: '12月11日 19:52' },
          { from: 'buyer', text: '一卡通充不上,充值页面说这个卡不能用,订单2026121119301145592' },
          { from: 'merchant', text: '亲,卡是好的,刚才官方服务器在维护,你晚点再充' },
          { from: 'buyer', text: '我就截到这个图,反正用不了,给我退了吧' },
        ],
      }),
    ),
  ],
  now: '2026-12-11T22:00:00+08:00',
  verdict: ['not-ready'],
  include: ['error-capture-mismatch'],
  exclude: ['case-invalid', 'order-missing', 'chat-missing', 'error-capture-missing', 'order-id-mismatch', 'deadline-passed', 'deadline-near'],
  why: '"服务器繁忙,请稍后再试" is a server-side busy message, not a card rejection; the only capture does not show the card failing.',
});


async function main() {
  // real-* cases hold chromium-rendered images (scripts/real/); they are not this generator's
  for (const e of await readdir(CASES).catch(() => [])) {
    if (!e.startsWith('real-')) await rm(path.join(CASES, e), { recursive: true, force: true });
  }
  await rm(TRUTH, { recursive: true, force: true });
  await mkdir(CASES, { recursive: true });
  const rows = [];
  let total = 0;
  for (const [i, c] of CASE_LIST.entries()) {
    const dir = path.join(CASES, c.id);
    await mkdir(dir, { recursive: true });
    if (c.claimFormat === 'json') {
      await writeFile(path.join(dir, 'case.json'), `${JSON.stringify(c.claim, null, 2)}\n`);
    } else {
      await writeFile(path.join(dir, 'case.yaml'), caseYaml(c));
    }
    if (c.order) {
      if (c.orderFormat === 'yaml') await writeFile(path.join(dir, 'order.yaml'), `# ${c.tests}\n${orderYaml(c.order)}`);
      else await writeFile(path.join(dir, 'order.json'), `${JSON.stringify(c.order, null, 2)}\n`);
    }
    const sizes = [];
    for (const img of c.images) {
      const file = path.join(dir, img.name);
      await mkdir(path.dirname(file), { recursive: true });
      if (img.format === 'symlink') {
        await symlink(img.target, file);
        sizes.push(`${img.name} -> ${img.target}`);
        continue;
      }
      const { bytes, truth } = await renderImage(img);
      await writeFile(file, bytes);
      if (truth === null) {
        sizes.push(`${img.name} ${Math.round(bytes.length / 1024)} KB`);
        total += bytes.length;
        continue;
      }
      const tfile = path.join(TRUTH, c.id, `${img.name}.txt`);
      await mkdir(path.dirname(tfile), { recursive: true });
      await writeFile(tfile, truth.length ? `${truth.join('\n')}\n` : '');
      sizes.push(`${img.name} ${Math.round(bytes.length / 1024)} KB`);
      total += bytes.length;
    }
    const expected = {
      now: c.now,
      verdict_in: c.verdict,
      must_include: c.include,
      must_not_include: c.exclude.filter((x) => !c.include.includes(x)),
      why: c.why,
      ...(c.secrets ? { secrets: c.secrets } : {}),
      ...(c.knownGap ? { known_gap: c.knownGap } : {}),
    };
    await writeFile(path.join(CASES, `${c.id}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    rows.push({ n: i + 1, c });
    console.log(`${c.id}: ${sizes.join(', ')}`);
  }
  await writeFile(path.join(OUT, 'README.md'), readme(rows));
  console.log(`${CASE_LIST.length} cases, images ${Math.round(total / 1024)} KB`);
}

function readme(rows) {
  const table = rows
    .map(({ n, c }) => {
      const files = [
        c.claimFormat === 'json' ? 'case.json' : 'case.yaml',
        ...(c.order ? [c.orderFormat === 'yaml' ? 'order.yaml' : 'order.json'] : []),
        ...c.images.map((i) => (i.format === 'symlink' ? `${i.name} → ${i.target}` : i.name)),
      ];
      const targets = c.targets.length ? c.targets.map((t) => `\`${t}\``).join(', ') : '(none: clean)';
      return `| ${n} | \`${c.id}\` | \`${c.claim.reason}\` | ${targets} | ${c.verdict.join(' / ')} | ${files.join(', ')} | ${c.tests.replace(/\|/g, '\\|')} |`;
    })
    .join('\n');
  return `# Fixtures

Generated by \`scripts/make-fixtures.mjs\`; do not edit by hand.

\`\`\`sh
apt-get install -y fonts-noto-cjk fonts-wqy-zenhei   # the generator needs a CJK font; tests do not
npm run fixtures                                      # = node scripts/make-fixtures.mjs
\`\`\`

The generator deletes and rewrites \`fixtures/cases/\` and \`fixtures/truth/\`, then this file.
Images are SVG scenes rasterised by sharp (librsvg + fontconfig) in the style of real phone and
desktop screenshots: WeChat light and dark chats, QQ/shop chats, re-compressed WeChat JPEGs,
mobile and desktop order pages, recharge/activation error toasts and dialogs, product pages with
售后须知, and one unrelated game screenshot.

## Layout

- \`cases/<id>/\`: one case folder (SPEC section 2): \`case.yaml\` (a comment says what it tests),
  optional \`order.json\`, screenshots (some in sub-folders).
- \`cases/<id>.expected.json\`: \`now\` (pass it as \`--now\`), \`verdict_in\`, \`must_include\`,
  \`must_not_include\` (finding codes) and \`why\`, in the same shape as the public samples.
- \`truth/<id>/<image path>.txt\`: the text visible in that image, one visual row per line, top
  to bottom; items on the same row (status bar, table cells, a thumbnail label beside a product
  title) are joined by one space, left to right. Text dimmed under a dialog's mask counts as
  visible. It lives outside the case folder because a \`.txt\` inside one counts as a chat export.
  For OCR tests and fast sidecar tests. The truncated JPEG's truth holds only the rows a lenient
  decoder shows above the cut (strict decoders reject the file); the zero-byte \`blank.png\` has
  an empty truth file. A cropped screenshot's truth holds only the rows above the crop.
- \`hostile-files\` (its \`why\` lists each file): files that cannot be decoded (\`fake.png\`
  is text, \`huge-50000x50000.png\` declares 7.5 GB of pixels in 1 KB, \`empty.jpg\` is empty)
  have empty truth files; the animated GIF's truth is its first frame; the EXIF-rotated JPEG's
  truth is the text as seen upright (after applying Orientation 6); \`chat-export.txt\` is GBK
  with CRLF line ends and has no truth file.
- \`symlink-outside/evidence/passwd.png\` and \`up.png\` are symbolic links (to \`/etc/passwd\`
  and, relatively, to an image of \`ready-card-light\`); links have no truth files. The
  generator recreates them, so run it on a file system that supports symbolic links.
- Chat bubbles are wrapped like the apps do (CJK breaks anywhere, Latin words and order numbers
  stay whole), except that the phrases a check looks for (订单号, 卡密, 已被使用, 骗子, 私下, ...)
  are never split across lines.

## Cases

| # | id | reason | targets | verdict | files | what it tests |
|---|---|---|---|---|---|---|
${table}

Deadlines follow the \`generic\` profile (SPEC section 3): 24 h for card/activation problems from
delivery, 72 h for not_as_described, 7 days from payment for not_received/late_delivery, 1 h for
wrong_purchase; a shorter window in the terms (case \`deadline-passed-policy\`) overrides.
`;
}

await main();
