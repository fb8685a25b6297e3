#!/usr/bin/env node
// OCR engines side by side on the fixture images: the tesseract.js pipeline (decodeImage +
// recognizeImage, as scripts/bench.mjs runs it) and the PP-OCR engine (src/ingest/paddle) on
// ONNX Runtime, native (onnxruntime-node) or WebAssembly (onnxruntime-web), with its own text
// detection on the whole image or reading the layout's blocks (findBlocks).
//
//   npm run build && nice -n 10 node scripts/bench-paddle.mjs [--limit N] [--only REGEX] [--engines LIST] [--json FILE]
//
// LIST is comma-separated, default "tesseract,paddle-node,paddle-node-blocks":
//   tesseract                  the pipeline, one tesseract.js worker (TesseractEngine(1))
//   paddle                     the pipeline with the PP-OCR engine of --ocr paddle (PaddleEngine(1))
//   paddle-<node|web>[-blocks|-mapped][@THREADS][:MAXSIDE]
//                              PP-OCR; its own detection on the whole image; -mapped: the same,
//                              lines then put in the layout's blocks and ordered by block;
//                              -blocks: detection and recognition inside each layout block;
//                              THREADS per inference (default 1); MAXSIDE caps the detector's
//                              input side (default 1280)
// RC_PADDLE_DET='{"boxThreshold":0.4}' (JSON) overrides detection settings of the PP-OCR engines.
// Each engine runs in a child process of its own, one image after another, so that its peak
// RSS (GNU time) is its own. Times: model load (engine start) and reading (decode + OCR) of
// all images, wall. CER and key phrases are those of scripts/bench.mjs (copied below).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CATEGORIES, categorize, keyPhrases, loadImages, score } from './lib/ocr-truth.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- scoring: scripts/lib/ocr-truth.mjs, as scripts/bench.mjs

function aggregate(images, engine) {
  const rows = {};
  for (const cat of [...CATEGORIES, 'all']) {
    const sel = images.filter((i) => i.results[engine] && (cat === 'all' || i.category === cat));
    if (sel.length === 0) continue;
    const dist = sel.reduce((s, i) => s + i.results[engine].distance, 0);
    const chars = sel.reduce((s, i) => s + i.results[engine].truthChars, 0);
    const keys = sel.reduce((s, i) => s + i.results[engine].keys, 0);
    const found = sel.reduce((s, i) => s + i.results[engine].found, 0);
    rows[cat] = { images: sel.length, cer: dist / chars, keys, found, recall: keys ? found / keys : null };
  }
  return rows;
}

// ---------------------------------------------------------------- one engine, in a child process

function parseEngine(spec) {
  if (spec === 'tesseract') return { kind: 'tesseract' };
  // the product engine of --ocr paddle (layout, whole-row reading of masked fields, rows joined)
  if (spec === 'paddle') return { kind: 'tesseract', product: 'paddle' };
  const m = /^paddle-(node|web)(-blocks|-mapped)?(?:@(\d+))?(?::(\d+))?$/.exec(spec);
  if (!m) throw new Error(`unknown engine ${spec}`);
  return { kind: 'paddle', backend: m[1], mode: m[2]?.slice(1) ?? 'whole', threads: Number(m[3] ?? 1), maxSide: Number(m[4] ?? 1280) };
}

/** Reads the images with one engine; prints one JSON object (texts, luminance, times) on stdout. */
async function worker(spec, files) {
  const { readFileSync: read } = await import('node:fs');
  const sharp = (await import('sharp')).default;
  const { decodeImage, ImageDecodeError } = await import('../dist/ingest/ocr/image.js');
  const engine = parseEngine(spec);
  const loadStart = performance.now();
  let readImage;
  let close;
  if (engine.kind === 'tesseract') {
    const { createEngine } = await import('../dist/ingest/ocr/engine.js');
    const { recognizeImage } = await import('../dist/ingest/ocr/page.js');
    const pool = await createEngine(engine.product ?? 'tesseract', 1);
    readImage = async (decoded) => (await recognizeImage(pool, decoded)).lines.map((l) => l.text);
    close = () => pool.close();
  } else {
    const { createPaddleReader: createPaddleEngine, dropStatusBar, assignBlocks } = await import('../dist/ingest/ocr/paddle/reader.js');
    const { findBlocks } = await import('../dist/ingest/ocr/layout.js');
    // RC_PADDLE_DET: JSON of more detection settings to try, e.g. '{"boxThreshold":0.4}'
    const det = { maxSide: engine.maxSide, ...JSON.parse(process.env.RC_PADDLE_DET ?? '{}') };
    const paddle = await createPaddleEngine({ backend: engine.backend, threads: engine.threads, det });
    readImage = async (decoded) => {
      const image = { data: decoded.rgb, width: decoded.width, height: decoded.height, channels: 3 };
      let blocks;
      if (engine.mode !== 'whole') {
        // as recognizeImage: a phone screenshot's status bar blocks are not read
        const fullHeight = decoded.height / (decoded.truncated?.keptFraction ?? 1);
        blocks = findBlocks(decoded)
          .blocks.filter((b) => !(fullHeight > decoded.width && b.box.y + b.box.h < fullHeight * 0.06))
          .map((b) => b.box);
      }
      let lines = await paddle.read(image, engine.mode === 'blocks' ? blocks : undefined);
      if (engine.mode === 'mapped') lines = assignBlocks(lines, blocks);
      lines = dropStatusBar(lines, decoded.width, decoded.height);
      return lines.map((l) => l.text);
    };
    close = () => paddle.close();
  }
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const out = [];
  const readStart = performance.now();
  for (const file of files) {
    let luminance = null;
    let decodeError = null;
    try {
      const decoded = await decodeImage(read(file));
      const stats = await sharp(decoded.rgb, { raw: { width: decoded.width, height: decoded.height, channels: 3 } }).stats();
      const [r, g, b] = stats.channels.map((c) => c.mean);
      luminance = 0.299 * r + 0.587 * g + 0.114 * b;
      const t = performance.now();
      const lines = await readImage(decoded);
      out.push({ text: lines.join('\n'), luminance, decodeError, seconds: (performance.now() - t) / 1000 });
      continue;
    } catch (err) {
      if (!(err instanceof ImageDecodeError)) throw err;
      decodeError = err.message;
    }
    out.push({ text: '', luminance, decodeError, seconds: 0 });
  }
  const readSeconds = (performance.now() - readStart) / 1000;
  await close();
  process.stdout.write(JSON.stringify({ loadSeconds, readSeconds, images: out }));
}

function runWorker(spec, files, scratch) {
  const listFile = join(scratch, `files-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(listFile, JSON.stringify(files));
  const timeFile = join(scratch, 'time.txt');
  const hasTime = existsSync('/usr/bin/time');
  const args = [fileURLToPath(import.meta.url), '--worker', spec, listFile];
  const [cmd, argv] = hasTime ? ['/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${spec}: worker exited with ${code}`));
      const result = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      result.wallSeconds = (performance.now() - started) / 1000;
      if (hasTime) {
        const [, user, system, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        result.cpuSeconds = user + system;
        result.rssMb = kb / 1024;
      }
      resolve(result);
    });
  });
}

// ---------------------------------------------------------------- main

const pct = (x) => (x === null || x === undefined ? 'n/a' : (100 * x).toFixed(1));

function table(headers, rows) {
  const width = (s) => Array.from(String(s)).reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c) + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + String(c))).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

function usage(error) {
  const text = 'usage: node scripts/bench-paddle.mjs [--limit N] [--only REGEX (image path)] [--engines tesseract,paddle-node,paddle-node-blocks,...] [--json FILE]\n';
  if (error) {
    process.stderr.write(`bench-paddle: ${error}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

async function main(argv) {
  if (argv[0] === '--worker') return worker(argv[1], JSON.parse(readFileSync(argv[2], 'utf8')));
  const opts = { limit: Infinity, engines: ['tesseract', 'paddle-node', 'paddle-node-blocks'], json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--limit') opts.limit = Number(value());
    else if (a === '--engines') opts.engines = value().split(',').filter(Boolean);
    else if (a === '--json') opts.json = value();
    else if (a === '--only') opts.only = new RegExp(value());
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!(opts.limit >= 1)) usage('--limit expects a positive integer');
  for (const e of opts.engines) parseEngine(e);
  const images = loadImages(Infinity)
    .filter((i) => !opts.only || opts.only.test(i.rel))
    .slice(0, opts.limit);
  if (images.length === 0) throw new Error('no fixture image with a non-empty truth file');
  for (const img of images) {
    img.keys = keyPhrases(img.truthLines);
    img.results = {};
  }
  const scratch = mkdtempSync(join(os.tmpdir(), 'bench-paddle-'));
  const runs = {};
  try {
    for (const spec of opts.engines) {
      process.stderr.write(`bench-paddle: ${spec} on ${images.length} images\n`);
      const r = await runWorker(spec, images.map((i) => i.file), scratch);
      runs[spec] = r;
      r.images.forEach((res, k) => {
        const img = images[k];
        if (img.category === undefined) img.category = categorize(img, res.luminance);
        img.results[spec] = { ...score(img, res.text), text: res.text, seconds: res.seconds };
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const out = [];
  out.push(`OCR engines on ${images.length} fixture images, one process each, one image at a time; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);
  const agg = Object.fromEntries(opts.engines.map((e) => [e, aggregate(images, e)]));
  const rows = [];
  for (const cat of [...CATEGORIES, 'all']) {
    for (const e of opts.engines) {
      const a = agg[e][cat];
      if (!a) continue;
      rows.push([cat, e, a.images, pct(a.cer), `${pct(a.recall)} (${a.found}/${a.keys})`]);
    }
  }
  out.push(table(['category', 'engine', 'images', 'CER %', 'key recall %'], rows));
  out.push('');
  out.push(
    table(
      ['engine', 'load s', 'read s', 'read s/image', 'CPU s', 'peak RSS MB'],
      opts.engines.map((e) => {
        const r = runs[e];
        return [e, r.loadSeconds.toFixed(2), r.readSeconds.toFixed(2), (r.readSeconds / images.length).toFixed(2), r.cpuSeconds?.toFixed(1) ?? 'n/a', r.rssMb ? Math.round(r.rssMb) : 'n/a'];
      }),
    ),
  );
  for (const e of opts.engines) {
    const missed = images.flatMap((i) => i.results[e].missed.map((k) => `${i.rel}: ${k}`));
    if (missed.length) out.push(`missed by ${e} (${missed.length}): ${missed.slice(0, 12).join(' | ')}${missed.length > 12 ? ' ...' : ''}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify({ engines: opts.engines, accuracy: agg, runs: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, { loadSeconds: v.loadSeconds, readSeconds: v.readSeconds, cpuSeconds: v.cpuSeconds, rssMb: v.rssMb }])), images: images.map((i) => ({ image: i.rel, category: i.category, keys: i.keys, results: i.results })) }, null, 2)}\n`);
  }
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`bench-paddle: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
