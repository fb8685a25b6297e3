#!/usr/bin/env node
// Layout benchmark on the real-looking screenshots of fixtures/real/<style>/ (see its README):
// how well the tool tells each screenshot's evidence kind and who speaks each chat line.
//
//   npm run build && npm run bench:layout -- [--split dev|holdout|holdout3|holdout4|all] [--cache DIR] [--jobs N]
//                                             [--json FILE] [--verbose] [--only SUBSTRING]
//                                             [--ocr auto|paddle|tesseract] [--shrink S] [--jpeg Q]
//
// Each image is read as the CLI reads it (dist/: decodeImage + recognizeImage + the evidence
// reading, readEvidence), under its own file name (no name or folder override), with the
// merchant of its e2e case's order.json when the image belongs to a case. OCR results are kept
// in an OCR cache (default /tmp/refund-check-bench-layout; the key holds the OCR source hash),
// so a rerun after a change to kind or speaker logic takes seconds.
//
// --shrink S (0 < S <= 1) and --jpeg Q (1..100): read every image as a forwarded phone picture
// would arrive instead, scaled by S and saved as a JPEG of quality Q (a copy under the cache
// folder; the truth boxes are scaled with it). Robustness to small, lossy pictures is measured
// this way on the same truth, not by tuning on new images.
//
// Measures, per app style and per degradation ("none" for a clean render), for the dev and the
// holdout splits separately (holdout images are only read with --split holdout|holdout3|holdout4|all;
// holdout3 is the set of app styles never tuned on, scenes/holdout3.mjs):
//   kind      share of images whose kind equals the truth's kind
//   speaker   share of message lines given the right speaker: each OCR line is matched to the
//             truth block it overlaps most (intersection over the line's area, at least 0.5);
//             lines matched to a buyer or merchant block count, right when line.side equals
//             the block's role. Only images whose truth kind is chat.
//   sysLeak   lines matched to a system block (time separator, notice, quoted reply) that were
//             given to the buyer or the merchant (reported, not part of speaker accuracy)
//   found     share of (non-partial) buyer/merchant truth blocks with at least one OCR line
//             given the right speaker ("every chat's buyer and merchant lines found")
//   CER       character error rate of the OCR text against the truth blocks' text (folded)
//   keys      key-phrase recall: a key phrase is recalled when it occurs in the joined OCR
//             text (NFKC-folded, all whitespace removed)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEvidence } from '../dist/ingest/evidence.js';
import { OcrCache } from '../dist/ingest/ocr/cache.js';
import { createEngine } from '../dist/ingest/ocr/engine.js';
import { loadRules } from '../dist/rules/load.js';
import sharp from 'sharp';
import { levenshtein } from './lib/ocr-truth.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REAL = join(ROOT, 'fixtures', 'real');
const CASES = join(ROOT, 'fixtures', 'cases');

function parseArgs(argv) {
  const opts = { split: 'dev', cache: '/tmp/refund-check-bench-layout', jobs: 2, json: undefined, verbose: false, only: undefined, ocr: 'auto', shrink: 1, jpeg: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--split') opts.split = value();
    else if (a === '--cache') opts.cache = value();
    else if (a === '--jobs') opts.jobs = Number(value());
    else if (a === '--json') opts.json = value();
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--only') opts.only = value();
    else if (a === '--ocr') opts.ocr = value();
    else if (a === '--shrink') opts.shrink = Number(value());
    else if (a === '--jpeg') opts.jpeg = Number(value());
    else usage(`unknown option ${a}`);
  }
  if (!['dev', 'holdout', 'holdout3', 'holdout4', 'all'].includes(opts.split)) usage('--split is dev, holdout, holdout3, holdout4 or all');
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1) usage('--jobs expects a positive integer');
  if (!(opts.shrink > 0 && opts.shrink <= 1)) usage('--shrink expects a number in (0, 1]');
  if (opts.jpeg !== undefined && !(Number.isInteger(opts.jpeg) && opts.jpeg >= 1 && opts.jpeg <= 100)) usage('--jpeg expects a quality 1..100');
  return opts;
}

function usage(msg) {
  console.error(`bench-layout: ${msg}\nusage: bench-layout [--split dev|holdout|holdout3|holdout4|all] [--cache DIR] [--jobs N] [--json FILE] [--verbose] [--only SUBSTRING] [--ocr auto|paddle|tesseract] [--shrink S] [--jpeg Q]`);
  process.exit(2);
}

/** Every truth file of the set, sorted by path. */
function listTruths() {
  const items = [];
  for (const style of readdirSync(REAL).sort()) {
    const dir = join(REAL, style);
    if (!existsSync(dir) || style.endsWith('.md')) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.truth.json')) continue;
      const truth = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      items.push({ style, truth, abs: join(dir, truth.image.file), file: truth.image.file });
    }
  }
  return items;
}

/** The merchant named in the order record of the image's e2e case, if any. */
function merchantOf(truth) {
  if (!truth.case) return undefined;
  const file = join(CASES, truth.case, 'order.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')).merchant;
  } catch {
    return undefined;
  }
}

const fold = (s) => s.normalize('NFKC').replace(/\s+/g, '');

function overlap(a, b) {
  const x = Math.max(a.x, b[0]);
  const y = Math.max(a.y, b[1]);
  const w = Math.min(a.x + a.w, b[0] + b[2]) - x;
  const h = Math.min(a.y + a.h, b[1] + b[3]) - y;
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The picture to read: the image itself, or its copy scaled by `shrink` and saved as a JPEG of
 * quality `jpeg` (made once, under the cache folder).
 */
async function pictureOf(item, opts) {
  if (opts.shrink === 1 && opts.jpeg === undefined) return item.abs;
  const dir = join(opts.cache, `degraded-${opts.shrink}-${opts.jpeg ?? 'png'}`, item.style);
  const out = join(dir, item.file.replace(/\.\w+$/, opts.jpeg ? '.jpg' : '.png'));
  if (existsSync(out)) return out;
  mkdirSync(dir, { recursive: true });
  const { width } = await sharp(item.abs).metadata();
  const img = sharp(item.abs).resize({ width: Math.round(width * opts.shrink) });
  await (opts.jpeg ? img.flatten({ background: '#ffffff' }).jpeg({ quality: opts.jpeg }) : img.png()).toFile(out);
  return out;
}

/** Scores one image's evidence against its truth (line boxes taken back to the truth's scale by 1/shrink). */
function score(item, ev, shrink = 1) {
  const { truth } = item;
  const r = { kindOk: ev.kind === truth.kind, kind: ev.kind, kindFrom: ev.kindFrom, kindConfidence: ev.kindConfidence, kindReason: ev.kindReason, speakerRight: 0, speakerTotal: 0, sysLeak: 0, sysTotal: 0, blocksFound: 0, blocksTotal: 0, keysFound: 0, keysTotal: 0, cerDist: 0, cerLen: 0, wrong: [], missedKeys: [] };
  const text = fold(ev.lines.map((l) => l.text).join(''));
  // CER against the truth's blocks (the status bar is not read, so it is not in the truth text)
  const truthText = fold(truth.blocks.map((b) => b.text).join(''));
  r.cerDist = levenshtein(truthText, text);
  r.cerLen = truthText.length;
  for (const k of truth.key_phrases ?? []) {
    r.keysTotal++;
    if (text.includes(fold(k))) r.keysFound++;
    else r.missedKeys.push(k);
  }
  if (truth.kind !== 'chat') return r;
  const found = new Set();
  for (const read of ev.lines) {
    if (!read.box) continue;
    const line = shrink === 1 ? read : { ...read, box: { x: read.box.x / shrink, y: read.box.y / shrink, w: read.box.w / shrink, h: read.box.h / shrink } };
    let best;
    let bestArea = 0;
    for (const b of truth.blocks) {
      const a = overlap(line.box, b.box);
      if (a > bestArea) {
        bestArea = a;
        best = b;
      }
    }
    if (!best || bestArea < 0.5 * line.box.w * line.box.h) continue;
    if (best.role === 'buyer' || best.role === 'merchant') {
      r.speakerTotal++;
      if (line.side === best.role) {
        r.speakerRight++;
        found.add(best);
      } else r.wrong.push(`${best.role}->${line.side}: ${line.text.slice(0, 30)}`);
    } else if (best.role === 'system') {
      r.sysTotal++;
      if (line.side === 'buyer' || line.side === 'merchant') {
        r.sysLeak++;
        r.wrong.push(`system->${line.side}: ${line.text.slice(0, 30)}`);
      }
    }
  }
  for (const b of truth.blocks) {
    if ((b.role === 'buyer' || b.role === 'merchant') && !b.partial) {
      r.blocksTotal++;
      if (found.has(b)) r.blocksFound++;
    }
  }
  return r;
}

function emptyAgg() {
  return { images: 0, kindOk: 0, chats: 0, speakerRight: 0, speakerTotal: 0, sysLeak: 0, sysTotal: 0, blocksFound: 0, blocksTotal: 0, keysFound: 0, keysTotal: 0, cerDist: 0, cerLen: 0 };
}

function add(agg, item, r) {
  agg.images++;
  if (r.kindOk) agg.kindOk++;
  if (item.truth.kind === 'chat') agg.chats++;
  for (const k of ['speakerRight', 'speakerTotal', 'sysLeak', 'sysTotal', 'blocksFound', 'blocksTotal', 'keysFound', 'keysTotal', 'cerDist', 'cerLen']) agg[k] += r[k];
}

const pct = (n, d) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function table(title, groups) {
  const rows = [`${title.padEnd(20)} imgs   kind  speaker  sysLeak   found    keys     CER`];
  for (const [name, a] of groups) {
    rows.push(
      `${name.padEnd(20)} ${String(a.images).padStart(4)} ${pct(a.kindOk, a.images)} ${pct(a.speakerRight, a.speakerTotal)} ${String(a.sysLeak).padStart(4)}/${String(a.sysTotal).padEnd(4)} ${pct(a.blocksFound, a.blocksTotal)} ${pct(a.keysFound, a.keysTotal)} ${pct(a.cerDist, a.cerLen)}`,
    );
  }
  return rows.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const lex = loadRules().lexicon;
  const cache = new OcrCache(opts.cache);
  const engine = await createEngine(opts.ocr, opts.jobs, 300_000);
  console.error(`bench-layout: OCR engine ${engine.name}`);
  const splits = opts.split === 'all' ? ['dev', 'holdout', 'holdout3', 'holdout4'] : [opts.split];
  const items = listTruths().filter((i) => splits.includes(i.truth.split ?? 'dev') && (!opts.only || i.abs.includes(opts.only)));
  const results = [];
  const started = Date.now();
  try {
    // Images one at a time (the engine reads the blocks of one image in parallel).
    for (const item of items) {
      const t0 = Date.now();
      const ev = await readEvidence({ file: item.file, absPath: await pictureOf(item, opts), type: 'image' }, engine, lex, merchantOf(item.truth), cache);
      const r = score(item, ev, opts.shrink);
      results.push({ item, r });
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      const spk = item.truth.kind === 'chat' ? ` speaker ${r.speakerRight}/${r.speakerTotal} found ${r.blocksFound}/${r.blocksTotal}` : '';
      console.error(`${r.kindOk ? 'ok ' : 'BAD'} ${item.style}/${item.file} ${item.truth.kind}->${r.kind} (${r.kindFrom}${r.kindReason ? `: ${r.kindReason}` : ''})${spk} keys ${r.keysFound}/${r.keysTotal} ${secs}s`);
      if (opts.verbose) {
        for (const w of r.wrong) console.error(`      ${w}`);
        for (const k of r.missedKeys) console.error(`      missed key: ${k}`);
      }
    }
  } finally {
    await engine.close();
  }
  const out = [];
  for (const split of splits) {
    const mine = results.filter((x) => (x.item.truth.split ?? 'dev') === split);
    if (mine.length === 0) continue;
    const byStyle = new Map();
    const byDeg = new Map();
    const total = emptyAgg();
    for (const { item, r } of mine) {
      if (!byStyle.has(item.style)) byStyle.set(item.style, emptyAgg());
      add(byStyle.get(item.style), item, r);
      const degs = item.truth.degradations?.length ? item.truth.degradations : ['none'];
      for (const d of degs) {
        if (!byDeg.has(d)) byDeg.set(d, emptyAgg());
        add(byDeg.get(d), item, r);
      }
      add(total, item, r);
    }
    out.push(`\n== ${split} (${mine.length} images)`);
    out.push(table('style', [...byStyle.entries(), ['ALL', total]]));
    out.push('');
    out.push(table('degradation', [...byDeg.entries()].sort(([a], [b]) => a.localeCompare(b))));
  }
  console.log(out.join('\n'));
  if (opts.shrink !== 1 || opts.jpeg) console.log(`\nimages scaled by ${opts.shrink}${opts.jpeg ? `, JPEG quality ${opts.jpeg}` : ''}`);
  console.log(`\n${results.length} images in ${((Date.now() - started) / 1000).toFixed(0)} s, OCR engine ${engine.name}`);
  if (opts.json) {
    writeFileSync(
      opts.json,
      JSON.stringify(
        results.map(({ item, r }) => ({ image: `${item.style}/${item.file}`, split: item.truth.split ?? 'dev', truth: item.truth.kind, ...r })),
        null,
        2,
      ),
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
