#!/usr/bin/env node
// OCR benchmark on the fixture images: accuracy per category (our tesseract.js pipeline and,
// when installed, native tesseract), CLI speed cold/warm and peak RSS. With native tesseract it
// also times tesseract.js alone on the whole image files (no layout, no preprocessing), which
// splits the gap to native into the engine's own and our pipeline's.
//
//   npm run build && npm run bench -- [--limit N] [--jobs N] [--json FILE] [--skip-cli] [--skip-native] [--rounds N]
//                                     [--ocr auto|paddle|tesseract]   (the engine of passes 1 and 2; default auto)
//
// --rounds N: N rounds of CLI cold and native tesseract back to back (native first in every
// other round), and the median of their wall ratios (the machine's speed drifts; a ratio of
// passes minutes apart is not reliable).
//
// Image set: every regular file under fixtures/cases/ whose truth file
// fixtures/truth/<case>/<path>.txt is not empty, sorted by path (symbolic links have no truth).
// Their case folders are copied to a temporary folder first and every pass reads the copy, so
// a concurrent `npm run fixtures` cannot change the images mid-run (a warning says if it did).
// Speed: wall time of each pass; CPU time and peak RSS of child processes via GNU time
// (/usr/bin/time -f '%e %U %S %M'); CPU time of the library pass via process.cpuUsage().
//
// Text comparison: truth lines joined, OCR lines joined, both NFKC-folded (full-width
// punctuation and ￥ become , : ¥ ...) and with ALL whitespace removed.
//   CER = Levenshtein(truth, ocr) / length(truth), over code points; a category's CER is the
//   sum of distances over the sum of truth lengths. An image the decoder refuses counts as "".
//   A phone status bar (first truth line "中国移动 4G 13:24 49%") is left out of the truth: the
//   tool does not read it (nothing in it belongs to a refund), and native tesseract's reading of
//   it counts against native as extra text.
//   Key phrases: order numbers (14-22 digits, letter-prefixed digits, 16-char upper alnum),
//   amounts (¥12.34) and every truth line holding a failure/promise word (KEY_WORDS; the
//   status-bar row is skipped so that a "100%" battery is not a key phrase). Recalled = found
//   as a substring of the folded OCR text.
//
// Categories, first rule that matches wins:
//   chat-dark     mean luminance of the decoded image < 80 (sharp stats)
//   jpeg          the file is .jpg/.jpeg and shows a chat, an order page or a dialog (one of
//                 the rules below): a JPEG copy of a screenshot. A game scene saved as JPEG
//                 is "other", like the same scene as PNG.
//   chat-light    2+ truth lines and, below the first (status-bar) line, a chat time separator
//                 row ("14:32", "11月25日 14:32", "昨天 21:42", "2026-11-29 16:42") or a
//                 presence row (手机在线 / 在线 / 离线)
//   order         the truth contains 订单号, 订单编号 or 实付
//   dialog/error  the truth contains a KEY_WORDS failure word
//   other         anything else
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { decodeImage, ImageDecodeError } from '../dist/ingest/ocr/image.js';
import { createEngine } from '../dist/ingest/ocr/engine.js';
import { recognizeImage } from '../dist/ingest/ocr/page.js';
import { TesseractEngine } from '../dist/ingest/ocr/tesseract.js';
import { CASES, CATEGORIES, categorize, keyPhrases, loadImages, score, walk } from './lib/ocr-truth.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'refund-check.js');
const NOW = '2026-12-15T12:00:00+08:00'; // deadlines do not matter for timing
const WARM_RUNS = 3;

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { limit: Infinity, jobs: 2, json: undefined, cli: true, native: true, rounds: 1, ocr: 'auto' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    const int = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) usage(`${a} expects a positive integer`);
      return n;
    };
    if (a === '--limit') opts.limit = int();
    else if (a === '--jobs') opts.jobs = int();
    else if (a === '--json') opts.json = value();
    else if (a === '--rounds') opts.rounds = int();
    else if (a === '--skip-cli') opts.cli = false;
    else if (a === '--ocr') opts.ocr = value();
    else if (a === '--skip-native') opts.native = false;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

function usage(error) {
  const text = 'usage: node scripts/bench.mjs [--limit N] [--jobs N (default 2)] [--json FILE] [--skip-cli] [--skip-native] [--rounds N (default 1)] [--ocr auto|paddle|tesseract]\n';
  if (error) {
    process.stderr.write(`bench: ${error}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

function aggregate(images, engine) {
  const rows = {};
  for (const cat of [...CATEGORIES, 'all']) {
    const sel = images.filter((i) => i[engine] && (cat === 'all' || i.category === cat));
    if (sel.length === 0) continue;
    const dist = sel.reduce((s, i) => s + i[engine].distance, 0);
    const chars = sel.reduce((s, i) => s + i[engine].truthChars, 0);
    const keys = sel.reduce((s, i) => s + i[engine].keys, 0);
    const found = sel.reduce((s, i) => s + i[engine].found, 0);
    rows[cat] = { images: sel.length, distance: dist, truthChars: chars, cer: dist / chars, keys, found, recall: keys ? found / keys : null };
  }
  return rows;
}

// ---------------------------------------------------------------- helpers

async function mapLimit(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

const HAS_TIME = existsSync('/usr/bin/time');

/**
 * Runs a command, under GNU time when present: wall seconds (measured here), CPU seconds
 * (user + system) and peak RSS in MB of the child (null without GNU time).
 */
function run(cmd, args, { env, scratch } = {}) {
  const timeFile = HAS_TIME ? join(scratch, `time-${Math.random().toString(36).slice(2)}.txt`) : undefined;
  const [file, argv] = HAS_TIME ? ['/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: ROOT, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const finish = (code, stderrText) => {
      const seconds = (performance.now() - started) / 1000;
      let cpuSeconds = null;
      let rssMb = null;
      if (timeFile) {
        try {
          // "Command exited with non-zero status 1" may come before the numbers
          const [, user, system, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
          cpuSeconds = user + system;
          rssMb = kb / 1024;
        } catch {
          // no measurement
        }
        rmSync(timeFile, { force: true });
      }
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: stderrText ?? Buffer.concat(err).toString('utf8'), seconds, cpuSeconds, rssMb });
    };
    child.on('error', (e) => finish(-1, String(e)));
    child.on('close', (code) => finish(code));
  });
}

/** Runs the CLI once over case folders; exit 0 or 1 (a failing case) is a good run. */
async function runCli(caseDirs, jobs, cacheDir, scratch, ocr) {
  const cli = [BIN, ...caseDirs, '--now', NOW, '--jobs', String(jobs), '--cache-dir', cacheDir, '--format', 'json', '--ocr', ocr];
  const r = await run(process.execPath, cli, { scratch });
  if (r.code !== 0 && r.code !== 1) throw new Error(`refund-check exited with ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  let cases;
  try {
    cases = JSON.parse(r.stdout).cases.length;
  } catch {
    throw new Error(`refund-check printed no JSON report: ${r.stderr.trim().slice(0, 300)}`);
  }
  return { seconds: r.seconds, cpuSeconds: r.cpuSeconds, rssMb: r.rssMb, cases };
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');
const hashFile = (file) => {
  try {
    return sha(readFileSync(file));
  } catch {
    return 'missing';
  }
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (x) => (x === null || x === undefined ? 'n/a' : `${(100 * x).toFixed(1)}`);
const sec = (x) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(2)} s`);
const log = (s) => process.stderr.write(`${s}\n`);

function table(headers, rows) {
  const width = (s) => Array.from(String(s)).reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c) + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + String(c))).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- main

/**
 * Copies the case folders of the image set to a scratch folder (symbolic links as links), so
 * that all three passes read the same bytes even if `npm run fixtures` rewrites
 * fixtures/cases meanwhile; the image set is then read from the copy.
 */
function snapshot(images, scratch) {
  const root = join(scratch, 'cases');
  for (const c of new Set(images.map((i) => i.case))) cpSync(join(CASES, c), join(root, c), { recursive: true, verbatimSymlinks: true });
  for (const img of images) {
    img.file = join(root, img.rel);
    img.hash = hashFile(img.file);
  }
  return root;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const scratch = mkdtempSync(join(os.tmpdir(), 'refund-check-bench-'));
  try {
    await bench(opts, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function bench(opts, scratch) {
  const images = loadImages(opts.limit);
  if (images.length === 0) throw new Error('no fixture image with a non-empty truth file (run npm run fixtures?)');
  for (const img of images) img.keys = keyPhrases(img.truthLines);
  const snapCases = snapshot(images, scratch);

  const tesseractVersion = (() => {
    const r = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
    return r.status === 0 ? (r.stdout || r.stderr).split('\n')[0].trim() : null;
  })();
  const machine = {
    nproc: (() => {
      const r = spawnSync('nproc', { encoding: 'utf8' });
      return r.status === 0 ? Number(r.stdout.trim()) : os.availableParallelism();
    })(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    tesseractJs: JSON.parse(readFileSync(join(ROOT, 'node_modules', 'tesseract.js', 'package.json'), 'utf8')).version,
    tesseract: tesseractVersion,
  };
  const cases = [...new Set(images.map((i) => i.case))].sort();
  const loadStart = os.loadavg()[0];
  log(`bench: ${images.length} images in ${cases.length} cases, jobs ${opts.jobs}, node ${machine.node}, ${machine.nproc} cores, load ${loadStart.toFixed(2)}`);

  // 1. accuracy and in-process time through decodeImage + recognizeImage, one shared pool
  const pool = await createEngine(opts.ocr, opts.jobs);
  machine.engine = pool.name;
  const libStart = performance.now();
  const libCpu = process.cpuUsage(); // tesseract.js workers are threads of this process
  try {
    let done = 0;
    await mapLimit(images, opts.jobs, async (img) => {
      let text = '';
      let luminance = null;
      try {
        const decoded = await decodeImage(readFileSync(img.file));
        const stats = await sharp(decoded.rgb, { raw: { width: decoded.width, height: decoded.height, channels: 3 } }).stats();
        const [r, g, b] = stats.channels.map((c) => c.mean);
        luminance = 0.299 * r + 0.587 * g + 0.114 * b;
        const page = await recognizeImage(pool, decoded);
        text = page.lines.map((l) => l.text).join('\n');
        img.oursConfidence = page.confidence;
      } catch (err) {
        if (!(err instanceof ImageDecodeError)) throw err;
        img.decodeError = err.message;
      }
      img.luminance = luminance;
      img.category = categorize(img, luminance);
      img.oursText = text;
      img.ours = score(img, text);
      done++;
      log(`  [${done}/${images.length}] ${img.rel}: ${img.category}, CER ${pct(img.ours.cer)}%${img.decodeError ? ` (decode failed: ${img.decodeError})` : ''}`);
    });
  } finally {
    await pool.close();
  }
  const cpuUsed = process.cpuUsage(libCpu);
  const library = { seconds: (performance.now() - libStart) / 1000, cpuSeconds: (cpuUsed.user + cpuUsed.system) / 1e6 };

  // 2. CLI speed: cold (fresh cache), warm (same cache), largest case cold and warm; peak RSS
  let speed = null;
  if (opts.cli) {
    const counts = new Map();
    for (const img of images) counts.set(img.case, (counts.get(img.case) ?? 0) + 1);
    const [largest, largestImages] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const dirs = cases.map((c) => join(snapCases, c));
    const cacheDir = join(scratch, 'cache');
    log(`  CLI cold: ${cases.length} cases, fresh cache ${cacheDir}`);
    const cold = await runCli(dirs, opts.jobs, cacheDir, scratch, opts.ocr);
    const warm = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      log(`  CLI warm ${i + 1}/${WARM_RUNS}`);
      warm.push(await runCli(dirs, opts.jobs, cacheDir, scratch, opts.ocr));
    }
    log(`  CLI cold, largest case ${largest}`);
    const largestCold = await runCli([join(snapCases, largest)], opts.jobs, join(scratch, 'cache-largest'), scratch, opts.ocr);
    const largestWarm = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      log(`  CLI warm, largest case ${largest} ${i + 1}/${WARM_RUNS}`);
      largestWarm.push(await runCli([join(snapCases, largest)], opts.jobs, cacheDir, scratch, opts.ocr));
    }
    const medianOf = (runs) => ({
      seconds: median(runs.map((r) => r.seconds)),
      cpuSeconds: runs[0].cpuSeconds === null ? null : median(runs.map((r) => r.cpuSeconds)),
      rssMb: runs[0].rssMb === null ? null : Math.max(...runs.map((r) => r.rssMb)),
      runs: runs.map((r) => Math.round(r.seconds * 1000) / 1000),
    });
    speed = {
      cases: cold.cases,
      cold: { seconds: cold.seconds, cpuSeconds: cold.cpuSeconds, rssMb: cold.rssMb },
      warm: medianOf(warm),
      largestCase: {
        case: largest,
        images: largestImages,
        filesInFolder: walk(join(snapCases, largest)).length,
        cold: { seconds: largestCold.seconds, cpuSeconds: largestCold.cpuSeconds, rssMb: largestCold.rssMb },
        warm: medianOf(largestWarm),
      },
    };
  }

  // 3. native tesseract on the raw image files, same parallelism, one thread per process
  let native = null;
  const runNative = async () => {
    log(`  native ${tesseractVersion}: ${images.length} images, ${opts.jobs} processes`);
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    const start = performance.now();
    let cpu = 0;
    let rss = 0;
    await mapLimit(images, opts.jobs, async (img) => {
      const r = await run('tesseract', [img.file, 'stdout', '-l', 'chi_sim+eng', '--psm', '6'], { env, scratch });
      cpu += r.cpuSeconds ?? 0;
      rss = Math.max(rss, r.rssMb ?? 0);
      if (r.code !== 0) img.nativeError = r.stderr.trim().split('\n').pop() || `exit ${r.code}`;
      img.nativeText = r.code === 0 ? r.stdout : '';
      img.native = score(img, img.nativeText);
    });
    return {
      version: tesseractVersion,
      seconds: (performance.now() - start) / 1000,
      cpuSeconds: HAS_TIME ? cpu : null,
      rssMb: HAS_TIME ? rss : null,
      failed: images.filter((i) => i.nativeError).map((i) => ({ image: i.rel, error: i.nativeError })),
    };
  };
  if (opts.native && tesseractVersion) native = await runNative();

  // 3b. more rounds of CLI cold and native, back to back: this machine's speed drifts by
  // 20% over minutes, so the cold ratio is the median of ratios measured side by side.
  let paired = null;
  if (speed && native && opts.rounds > 1) {
    const dirs = cases.map((c) => join(snapCases, c));
    const ratios = [speed.cold.seconds / native.seconds];
    // Every other round runs native first, so that a steady drift in speed favours neither.
    for (let round = 2; round <= opts.rounds; round++) {
      const nativeFirst = round % 2 === 0;
      log(`  round ${round}/${opts.rounds}: ${nativeFirst ? 'native, then CLI cold' : 'CLI cold, then native'}`);
      const cli = () => runCli(dirs, opts.jobs, join(scratch, `cache-round-${round}`), scratch, opts.ocr);
      const again = nativeFirst ? await runNative() : undefined;
      const cold = await cli();
      ratios.push(cold.seconds / (again ?? (await runNative())).seconds);
    }
    paired = { ratios, median: median(ratios) };
  }

  // 4. the same engine without our layout and preprocessing: tesseract.js on each whole
  // image file (PSM 6), same pool size. Against native this is the engine's own speed; against
  // pass 1, what the layout and preprocessing cost and buy.
  let whole = null;
  if (opts.native && tesseractVersion) {
    log(`  tesseract.js on whole images: ${images.length} images, ${opts.jobs} workers`);
    const wholePool = new TesseractEngine(opts.jobs, 300_000);
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    try {
      await mapLimit(images, opts.jobs, async (img) => {
        let text = '';
        try {
          const page = await wholePool.recognizeBlock(readFileSync(img.file), {}, 'chi_sim+eng');
          text = (page.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => l.text))).join('\n');
        } catch {
          // an image the engine cannot read counts as empty, as for native
        }
        img.wholeText = text;
        img.whole = score(img, text);
      });
    } finally {
      await wholePool.close();
    }
    const used = process.cpuUsage(cpu0);
    whole = { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  }

  // Did the fixtures change under us? The numbers are for the snapshot either way.
  const changed = images.filter((i) => hashFile(join(CASES, i.rel)) !== i.hash).map((i) => i.rel);

  // ---------------------------------------------------------------- report
  // Wall times include any other load on the machine (see the load averages); CPU times less so.
  machine.loadAverage = { start: Math.round(loadStart * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 };
  const ours = aggregate(images, 'ours');
  const nat = native ? aggregate(images, 'native') : null;
  const out = [];
  out.push(`refund-check OCR benchmark: ${images.length} fixture images, ${cases.length} cases, jobs ${opts.jobs}`);
  out.push(`machine: ${machine.nproc} cores (nproc), ${machine.cpuModel}, ${machine.memGb} GB, node ${machine.node}, tesseract.js ${machine.tesseractJs}${machine.tesseract ? `, native ${machine.tesseract}` : ''}`);
  out.push(`1-min load average: ${machine.loadAverage.start} at start, ${machine.loadAverage.end} at end`);
  out.push('');
  const headers = ['category', 'images', 'CER %', 'key recall %', ...(nat ? ['native CER %', 'native recall %'] : [])];
  const rows = [...CATEGORIES, 'all']
    .filter((c) => ours[c])
    .map((c) => {
      const o = ours[c];
      const row = [c, o.images, pct(o.cer), `${pct(o.recall)} (${o.found}/${o.keys})`];
      if (nat) row.push(pct(nat[c].cer), `${pct(nat[c].recall)} (${nat[c].found}/${nat[c].keys})`);
      return row;
    });
  out.push(table(headers, rows));
  out.push('CER = edit distance / truth characters (NFKC, whitespace removed), summed over the images of a row.');
  const undecodable = images.filter((i) => i.decodeError);
  if (undecodable.length) out.push(`decoder refused (counted as empty OCR, CER 100%): ${undecodable.map((i) => `${i.rel} (${i.decodeError})`).join(', ')}`);
  out.push('');

  const worst = [...images].sort((a, b) => b.ours.cer - a.ours.cer).slice(0, 5);
  out.push('worst 5 images by CER (ours):');
  out.push(
    table(
      ['image', 'category', 'CER %', 'keys found', ...(nat ? ['native CER %'] : [])],
      worst.map((i) => [i.rel, i.category, pct(i.ours.cer), `${i.ours.found}/${i.ours.keys}`, ...(nat ? [pct(i.native.cer)] : [])]),
    ),
  );
  const missed = images.flatMap((i) => i.ours.missed.map((k) => `${i.rel}: ${k}`));
  if (missed.length) {
    out.push(`missed key phrases (ours, ${missed.length}):`);
    for (const m of missed.slice(0, 20)) out.push(`  ${m}`);
    if (missed.length > 20) out.push(`  ... ${missed.length - 20} more (see --json)`);
  }
  out.push('');

  const mb = (x) => (x ? `${Math.round(x)} MB` : 'n/a');
  const speedRows = [['library: decodeImage + recognizeImage, same images, pool start included', sec(library.seconds), sec(library.cpuSeconds), 'n/a']];
  if (speed) {
    const l = speed.largestCase;
    speedRows.push(
      [`CLI cold: ${speed.cases} cases in one run, fresh --cache-dir`, sec(speed.cold.seconds), sec(speed.cold.cpuSeconds), mb(speed.cold.rssMb)],
      [`CLI warm: same command again (median of ${WARM_RUNS})`, sec(speed.warm.seconds), sec(speed.warm.cpuSeconds), mb(speed.warm.rssMb)],
      [`CLI cold: largest case ${l.case} (${l.images} images, ${l.filesInFolder} files)`, sec(l.cold.seconds), sec(l.cold.cpuSeconds), mb(l.cold.rssMb)],
      [`CLI warm: largest case ${l.case} (median of ${WARM_RUNS})`, sec(l.warm.seconds), sec(l.warm.cpuSeconds), mb(l.warm.rssMb)],
    );
  }
  if (native) speedRows.push([`native tesseract: same images, ${opts.jobs} processes`, sec(native.seconds), sec(native.cpuSeconds), `${mb(native.rssMb)} per process`]);
  if (whole) speedRows.push([`tesseract.js on whole images (PSM 6, no layout), ${opts.jobs} workers`, sec(whole.seconds), sec(whole.cpuSeconds), 'n/a']);
  out.push('speed:');
  out.push(table(['run', 'wall', 'CPU', 'peak RSS'], speedRows));
  if (!HAS_TIME) out.push('CPU and peak RSS of child processes: /usr/bin/time (GNU time) not found');
  if (native) {
    const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}x` : 'n/a');
    const cliRatio = speed ? `, ${ratio(speed.cold.seconds, native.seconds)} (CLI cold)` : '';
    if (paired) out.push(`CLI cold/native, ${paired.ratios.length} rounds side by side: median ${paired.median.toFixed(2)}x (${paired.ratios.map((r) => r.toFixed(2)).join(', ')})`);
    out.push(`ours/native: wall ${ratio(library.seconds, native.seconds)} (library)${cliRatio}; CPU ${ratio(library.cpuSeconds, native.cpuSeconds)} (library)`);
    if (whole) {
      const w = aggregate(images, 'whole').all;
      out.push(`engine alone (tesseract.js on whole images)/native: wall ${ratio(whole.seconds, native.seconds)}, CPU ${ratio(whole.cpuSeconds, native.cpuSeconds)}; its CER ${pct(w.cer)}%, key recall ${pct(w.recall)}% (${w.found}/${w.keys})`);
    }
    if (native.failed.length) out.push(`native failed on: ${native.failed.map((f) => `${f.image} (${f.error})`).join(', ')}`);
  } else if (opts.native) {
    out.push('native tesseract: not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)');
  }
  if (changed.length) out.push(`warning: ${changed.length} fixture images changed during the run (regenerated?); all numbers are for the copy taken at the start`);
  process.stdout.write(`${out.join('\n')}\n`);

  if (opts.json) {
    const report = {
      machine,
      settings: { jobs: opts.jobs, limit: Number.isFinite(opts.limit) ? opts.limit : null, now: NOW, warmRuns: WARM_RUNS, nativeCommand: 'tesseract IMG stdout -l chi_sim+eng --psm 6 (OMP_THREAD_LIMIT=1)' },
      accuracy: { ours, native: nat, wholeImageTesseractJs: whole ? aggregate(images, 'whole') : null },
      speed: {
        library,
        cli: speed,
        native,
        wholeImageTesseractJs: whole,
        ratios: native && { libraryWall: library.seconds / native.seconds, cliColdWall: speed ? speed.cold.seconds / native.seconds : null, cliColdWallPaired: paired, libraryCpu: native.cpuSeconds ? library.cpuSeconds / native.cpuSeconds : null },
      },
      fixturesChangedDuringRun: changed,
      images: images.map((i) => ({
        image: i.rel,
        category: i.category,
        luminance: i.luminance === null ? null : Math.round(i.luminance * 10) / 10,
        decodeError: i.decodeError ?? null,
        keyPhrases: i.keys,
        ours: { ...i.ours, confidence: i.oursConfidence ?? null, text: i.oursText },
        native: i.native ? { ...i.native, text: i.nativeText, error: i.nativeError ?? null } : null,
        wholeImageTesseractJs: i.whole ? { ...i.whole, text: i.wholeText } : null,
      })),
    };
    writeFileSync(opts.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`bench: wrote ${opts.json}`);
  }
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
