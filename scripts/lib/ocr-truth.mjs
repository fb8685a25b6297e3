// Truth, key phrases, categories and scoring of the OCR benches on the fixture images
// (scripts/bench.mjs, scripts/bench-paddle.mjs): one home, so both score alike.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CASES = join(ROOT, 'fixtures', 'cases');
export const TRUTH = join(ROOT, 'fixtures', 'truth');

export const FAILURE_WORDS = ['已被使用', '格式错误', '不存在', '已过期', '激活失败', '超时', '维护', 'failed', 'invalid', 'used', 'redeemed'];
export const KEY_WORDS = [...FAILURE_WORDS, '保证', '100%', '包售后', '到账', '发货', '内反馈', '不退', '微信', '投诉', '骗子'];
export const CATEGORIES = ['chat-dark', 'jpeg', 'chat-light', 'order', 'dialog/error', 'other'];
// ---------------------------------------------------------------- image set and truth

export function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

export function loadImages(limit) {
  const images = [];
  for (const truthFile of walk(TRUTH)) {
    if (!truthFile.endsWith('.txt')) continue;
    const rel = relative(TRUTH, truthFile).slice(0, -4).split(sep).join('/');
    const file = join(CASES, rel);
    let st;
    try {
      st = lstatSync(file);
    } catch {
      continue; // truth without image (the generator is rewriting?)
    }
    if (!st.isFile()) continue;
    const lines = readFileSync(truthFile, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    images.push({ rel, case: rel.split('/')[0], file, truthLines: lines });
  }
  images.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return images.slice(0, limit);
}

export const fold = (s) => s.normalize('NFKC').replace(/\s+/gu, '');

const STATUS_BAR = /\d{1,2}:\d{2}.*\d{1,3}%$/;
const KEY_TOKENS = [
  /(?<![0-9A-Za-z])\d{14,22}(?![0-9A-Za-z])/g, // order numbers
  /(?<![0-9A-Za-z])[A-Z]{1,3}\d{8,22}(?![0-9A-Za-z])/g, // letter-prefixed order numbers
  /(?<![0-9A-Za-z])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{16}(?![0-9A-Za-z])/g, // 16-char upper alnum
  /[¥￥]\s?\d+(?:\.\d{1,2})?/g, // amounts
];

export function keyPhrases(lines) {
  const keys = new Set();
  for (const [i, line] of lines.entries()) {
    for (const re of KEY_TOKENS) for (const m of line.matchAll(re)) keys.add(fold(m[0]));
    if (i === 0 && STATUS_BAR.test(line)) continue;
    const lower = line.toLowerCase();
    if (KEY_WORDS.some((w) => lower.includes(w.toLowerCase()))) keys.add(fold(line));
  }
  return [...keys].filter(Boolean);
}

const SEPARATOR = /^(?:(?:\d{1,2}月\d{1,2}日|昨天|今天|前天|星期.|周.|\d{4}[-/]\d{1,2}[-/]\d{1,2})\s*)?\d{1,2}:\d{2}$/;
const PRESENCE = /^(?:手机在线|在线|离线|电脑在线)$/;

export function categorize(img, luminance) {
  if (luminance !== null && luminance < 80) return 'chat-dark';
  const kind = screenKind(img);
  return kind !== 'other' && /\.jpe?g$/i.test(img.rel) ? 'jpeg' : kind;
}

/** What the screenshot shows, from its truth text: chat-light, order, dialog/error or other. */
export function screenKind(img) {
  const text = img.truthLines.join('\n');
  if (img.truthLines.length >= 2 && img.truthLines.slice(1).some((l) => SEPARATOR.test(l) || PRESENCE.test(l))) return 'chat-light';
  if (/订单号|订单编号|实付/.test(text)) return 'order';
  const lower = text.toLowerCase();
  if (FAILURE_WORDS.some((w) => lower.includes(w.toLowerCase()))) return 'dialog/error';
  return 'other';
}

// ---------------------------------------------------------------- scoring

export function levenshtein(a, b) {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let cur = new Array(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[t.length];
}

export function score(img, ocrText) {
  const lines = STATUS_BAR.test(img.truthLines[0]) ? img.truthLines.slice(1) : img.truthLines;
  const truth = fold(lines.join(''));
  const got = fold(ocrText);
  const distance = levenshtein(truth, got);
  const keys = img.keys;
  const missed = keys.filter((k) => !got.includes(k));
  return { distance, truthChars: Array.from(truth).length, cer: distance / Array.from(truth).length, keys: keys.length, found: keys.length - missed.length, missed };
}
