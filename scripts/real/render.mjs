#!/usr/bin/env node
// Renders the real-looking screenshot set with Debian's chromium and writes
// fixtures/real/<style>/<name>.png|jpg plus <name>.truth.json beside each image.
// usage: node scripts/real/render.mjs [--only NAME] [--set corpus|holdout3|holdout4|blindN] [--chromium PATH]
// --set corpus renders only scenes/corpus.mjs (the corpus-* e2e cases) into fixtures/real-corpus/;
// without it that file is left out, so the 72-image bench and its holdout choice do not change.
// --set holdout3 renders only scenes/holdout3.mjs (new app styles, every scene `split: 'holdout3'`)
// into fixtures/real/ beside the 72 images, touching only its own styles' folders; --set holdout4 likewise.
// --set blind renders scenes/blind.mjs (the blind e2e set fixtures/blind/, judged once) into fixtures/real-blind/;
// --set blindN (blind2 … blind9) renders scenes/blindN.mjs (the Nth blind set fixtures/blindN/) into fixtures/real-blindN/.
//
// Truth comes from the templates: every element with data-role is one block; its text is the
// element's text and its box is getBoundingClientRect() × dpr (mapped through the
// degradations). Needs chromium, fonts-noto-cjk and fonts-noto-color-emoji.
import { readdirSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/* global document, window -- page.evaluate callbacks run in chromium */
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import { DEVICES } from './lib/devices.mjs';
import { forward, monitorPhoto } from './lib/degrade.mjs';
import { rng, seedOf } from './lib/common.mjs';
import { cropTop, drawMark } from './lib/user-edit.mjs';

sharp.cache(false);
sharp.concurrency(1);

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
// A named set renders only its scene file into its own folder; every blindN renders scenes/blindN.mjs
// into fixtures/real-blindN/. Without --set, all of them are left out.
const FIXED_SETS = { corpus: ['corpus.mjs', 'real-corpus'], holdout3: ['holdout3.mjs', 'real'], holdout4: ['holdout4.mjs', 'real'] };
const setOf = (name) => FIXED_SETS[name] ?? (/^blind\d*$/.test(name) ? [`${name}.mjs`, `real-${name}`] : undefined);
const setScene = (file) => Object.values(FIXED_SETS).some(([f]) => f === file) || /^blind\d*\.mjs$/.test(file);
if (set && !setOf(set)) throw new Error(`unknown --set ${set}`);
const outRoot = join(root, 'fixtures', set ? setOf(set)[1] : 'real');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const exe = args.includes('--chromium') ? args[args.indexOf('--chromium') + 1] : '/usr/bin/chromium';
const HOLDOUT_SEED = 20261215;
const MAX_BYTES = 400 * 1024;
const STATUS_WORDS = ['已完成', '已发货', '待发货', '交易成功', '等待卖家发货', '卖家已发货', '已支付', '未激活', '处理中', '待处理', '已退款', '退款中', '交易关闭', '已关闭', 'Not active', '异常'];

const styles = {};
for (const f of readdirSync(join(here, 'styles')).filter((f) => f.endsWith('.mjs')).sort()) {
  const m = (await import(pathToFileURL(join(here, 'styles', f)))).default;
  styles[m.name] = m;
}
const scenes = [];
for (const f of readdirSync(join(here, 'scenes')).filter((f) => f.endsWith('.mjs') && (set ? f === setOf(set)[0] : !setScene(f))).sort()) {
  for (const s of (await import(pathToFileURL(join(here, 'scenes', f)))).default) scenes.push({ ...s, _file: f });
}
validate(scenes);
// a set's scenes carry corpus holdout wording: all of them are holdout
const holdout = set ? new Set(scenes.map((s) => s.name)) : chooseHoldout(scenes);

const browser = await chromium.launch({
  executablePath: exe,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--font-render-hinting=none', '--force-color-profile=srgb',
    '--hide-scrollbars', '--disable-lcd-text'],
});
// a set that writes beside the main images clears only the folders of its own styles
const ownStyles = set && setOf(set)[1] === 'real' ? [...new Set(scenes.map((s) => s.style))] : Object.keys(styles);
if (!only) for (const s of ownStyles) rmSync(join(outRoot, s), { recursive: true, force: true });
let n = 0;
const problems = [];
const summary = {};
try {
  for (const scene of scenes) {
    if (only && scene.name !== only) continue;
    const res = await renderScene(scene);
    n++;
    summary[scene.style] = (summary[scene.style] ?? 0) + 1;
    console.log(`${scene.style}/${scene.name}.${res.ext} ${res.width}x${res.height} ${(res.bytes / 1024).toFixed(0)} KB ${res.blocks} blocks${holdout.has(scene.name) ? ' holdout' : ''}`);
  }
} finally {
  await browser.close();
}
console.log(`${n} screenshots`, summary);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}

async function renderScene(scene) {
  const dev = DEVICES[scene.device];
  const style = styles[scene.style];
  const sc = { clock: '14:32', battery: 76, ...scene, _device: dev };
  const ctx = await browser.newContext({
    viewport: { width: dev.width, height: dev.height },
    deviceScaleFactor: dev.dpr,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  try {
    const page = await ctx.newPage();
    await page.setContent(style.render(sc), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    // a red circle and arrow the user drew round a line (no truth: it carries no data-role)
    if (scene.mark) await page.evaluate(drawMark, scene.mark);
    if (scene.long) {
      const h = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      await page.setViewportSize({ width: dev.width, height: Math.max(h, dev.height) });
    }
    const grab = await page.evaluate(() => {
      // a chat scrolled to its newest message, as people capture it
      for (const el of document.querySelectorAll('[data-scroll]')) el.scrollTop = el.scrollHeight;
      const norm = (s) => s.replace(/\s+/g, ' ').trim();
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      };
      const visible = (el) => {
        // the part of the element inside the viewport and inside its scroll container
        const r = el.getBoundingClientRect();
        let [x0, y0, x1, y1] = [0, 0, window.innerWidth, window.innerHeight];
        const sc = el.closest('[data-scroll]');
        if (sc) {
          const c = sc.getBoundingClientRect();
          [x0, y0, x1, y1] = [Math.max(x0, c.left), Math.max(y0, c.top), Math.min(x1, c.right), Math.min(y1, c.bottom)];
        }
        const w = Math.min(r.right, x1) - Math.max(r.left, x0);
        const h = Math.min(r.bottom, y1) - Math.max(r.top, y0);
        if (w <= 0 || h <= 0) return 0;
        return (w * h) / (r.width * r.height);
      };
      const blocks = [...document.querySelectorAll('[data-role]')]
        .map((el) => ({ text: norm(el.innerText), role: el.dataset.role, box: box(el), vis: visible(el) }))
        .filter((b) => b.text && b.box[2] > 0 && b.box[3] > 0 && b.vis > 0)
        .map(({ vis, ...b }) => (vis < 0.999 ? { ...b, partial: true } : b));
      const sb = document.querySelector('[data-statusbar]');
      return { blocks, statusbar: sb ? { text: norm(sb.innerText), box: box(sb) } : null, h: document.documentElement.clientHeight };
    });
    const png = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide', scale: 'device' });
    const meta = await sharp(png).metadata();
    let img = { buf: png, ext: 'png', width: meta.width, height: meta.height };
    let map = (b) => b.map((v) => Math.round(v * dev.dpr));
    const steps = [];
    const r = rng(seedOf(scene.name));
    for (const d of scene.degrade ?? []) {
      let res;
      if (d === 'forward') res = await forward(img, 720, 70 + Math.floor(r() * 11));
      else if (d === 'reforward') res = await forward(img, 540, 60);
      // 'fwd:W:Q': a forward at a given width and JPEG quality (a small, heavily compressed copy)
      else if (/^fwd:\d+:\d+$/.test(d)) res = await forward(img, Number(d.split(':')[1]), Number(d.split(':')[2]));
      // 'crop:N': the user cut the top N device pixels off (status bar and title gone)
      else if (/^crop:\d+$/.test(d)) res = await cropTop(img, Number(d.split(':')[1]));
      else if (d === 'monitor') res = await monitorPhoto(img, seedOf(scene.name), scene.zoom ?? 1, scene.focus);
      else throw new Error(`${scene.name}: unknown degradation ${d}`);
      const prev = map;
      map = (b) => res.map(prev(b));
      img = res.img;
      steps.push(d);
    }
    if (img.ext === 'png') {
      img.buf = await sharp(img.buf).png({ compressionLevel: 9, effort: 10 }).toBuffer();
      if (img.buf.length > MAX_BYTES) img.buf = await sharp(img.buf).png({ compressionLevel: 9, palette: true, quality: 100, colours: 256, dither: 0.5 }).toBuffer();
    }
    const blocks = [];
    for (const b of grab.blocks) {
      // a photo may cut the screen's edges: drop what falls outside, flag what is cut
      const [x, y, w, h] = map(b.box);
      const x0 = Math.max(0, x);
      const y0 = Math.max(0, y);
      const x1 = Math.min(img.width, x + w);
      const y1 = Math.min(img.height, y + h);
      if (x1 <= x0 || y1 <= y0) continue;
      const cut = (x1 - x0) * (y1 - y0) < w * h * 0.999;
      blocks.push({ text: b.text, role: b.role, box: [x0, y0, x1 - x0, y1 - y0], ...(b.partial || cut ? { partial: true } : {}) });
    }
    const degradations = [...(scene.long ? ['long'] : []), ...(isDark(scene) ? ['dark'] : []), ...steps];
    const truth = {
      style: scene.style,
      device: { id: scene.device, label: dev.label, css: [dev.width, scene.long ? grab.h : dev.height], dpr: dev.dpr },
      kind: scene.kind ?? style.kind,
      split: scene.split ?? (holdout.has(scene.name) ? 'holdout' : 'dev'),
      degradations,
      image: { file: `${scene.name}.${img.ext}`, width: img.width, height: img.height },
      ...(scene.case ? { case: scene.case } : {}),
      ...(scene.corpus ? { corpus_holdout_wording: scene.corpus } : {}),
      statusbar: grab.statusbar ? { text: grab.statusbar.text, box: map(grab.statusbar.box) } : null,
      blocks,
      key_phrases: keyPhrases(scene, blocks),
    };
    const dir = join(outRoot, scene.style);
    mkdirSync(dir, { recursive: true });
    for (const e of ['png', 'jpg']) rmSync(join(dir, `${scene.name}.${e}`), { force: true });
    writeFileSync(join(dir, `${scene.name}.${img.ext}`), img.buf);
    writeFileSync(join(dir, `${scene.name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
    return { ext: img.ext, width: img.width, height: img.height, bytes: img.buf.length, blocks: blocks.length };
  } finally {
    await ctx.close();
  }
}

function isDark(scene) {
  return scene.style === 'wechat-dark' || Boolean(scene.dark);
}


/** Key phrases: order numbers, trade numbers, amounts, status words, error codes, plus the scene's own. */
function keyPhrases(scene, blocks) {
  const whole = blocks.filter((b) => !b.partial);
  const found = new Set();
  for (const { text: tx, role } of whole) {
    for (const m of tx.matchAll(/(?<![A-Za-z0-9])(?:[A-Z]{1,3})?\d{14,28}(?![A-Za-z0-9])/g)) found.add(m[0]);
    for (const m of tx.matchAll(/(?<![A-Za-z0-9])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{16}(?![A-Za-z0-9])/g)) found.add(m[0]);
    for (const m of tx.matchAll(/[¥￥]\s?\d+(?:\.\d{1,2})?/g)) found.add(m[0]);
    for (const m of tx.matchAll(/0x[0-9A-Fa-f]{8}/g)) found.add(m[0]);
    for (const w of STATUS_WORDS) if (tx.includes(w) && role !== 'label') found.add(w);
  }
  for (const k of scene.key_phrases ?? []) {
    if (!blocks.some((b) => !b.partial && b.text.includes(k))) problems.push(`${scene.name}: key phrase not wholly visible in one block: ${k}`);
    found.add(k);
  }
  return [...found];
}

function validate(list) {
  const names = new Set();
  for (const s of list) {
    if (!s.name || names.has(s.name)) throw new Error(`scene name missing or repeated: ${s.name} (${s._file})`);
    names.add(s.name);
    if (!styles[s.style]) throw new Error(`${s.name}: unknown style ${s.style}`);
    if (!DEVICES[s.device]) throw new Error(`${s.name}: unknown device ${s.device}`);
  }
}

/** About a quarter of each style's scenes, chosen with a fixed seed; case images stay in dev. */
function chooseHoldout(list) {
  const r = rng(HOLDOUT_SEED);
  const byStyle = {};
  for (const s of list) (byStyle[s.style] ??= []).push(s);
  const out = new Set();
  for (const st of Object.keys(byStyle).sort()) {
    const pool = byStyle[st].filter((s) => !s.case).map((s) => s.name).sort();
    const want = Math.round(byStyle[st].length / 4);
    for (let i = pool.length - 1; i > 0; i--) {
      const k = Math.floor(r() * (i + 1));
      [pool[i], pool[k]] = [pool[k], pool[i]];
    }
    for (const nm of pool.slice(0, want)) out.add(nm);
  }
  return out;
}
