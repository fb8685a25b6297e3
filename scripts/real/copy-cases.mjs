#!/usr/bin/env node
// Copies the rendered images of the e2e cases (scenes with `case` and `file`) from
// fixtures/real/<style>/ (scenes/corpus.mjs: fixtures/real-corpus/<style>/) into fixtures/cases/<case>/<file>
// (scenes/blind.mjs: from fixtures/real-blind/<style>/ into fixtures/blind/<case>/<file>; scenes/blind2.mjs and
// scenes/blind3.mjs, scenes/blind4.mjs and scenes/blind5.mjs likewise from fixtures/real-blind2/ … fixtures/real-blind5/ into fixtures/blind2/ … fixtures/blind5/). case.yaml, order.json and
// <case>.expected.json are written by hand and left alone. Run after render.mjs.
// usage: node scripts/real/copy-cases.mjs [--set NAME]
import { readdirSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
// --set NAME copies only scenes/NAME.mjs (e.g. --set blind)
const args = process.argv.slice(2);
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
let n = 0;
for (const f of readdirSync(join(here, 'scenes')).filter((f) => f.endsWith('.mjs') && (!set || f === `${set}.mjs`)).sort()) {
  for (const s of (await import(pathToFileURL(join(here, 'scenes', f)))).default) {
    if (!s.case) continue;
    const dir = join(root, 'fixtures', { 'corpus.mjs': 'real-corpus', 'blind.mjs': 'real-blind', 'blind2.mjs': 'real-blind2', 'blind3.mjs': 'real-blind3', 'blind4.mjs': 'real-blind4', 'blind5.mjs': 'real-blind5', 'blind7.mjs': 'real-blind7' }[f] ?? 'real', s.style);
    // the blind sets' cases live in fixtures/blind/, fixtures/blind2/, fixtures/blind3/, fixtures/blind4/ and fixtures/blind5/, apart from the judged fixtures/cases/
    const cases = join(root, 'fixtures', { 'blind.mjs': 'blind', 'blind2.mjs': 'blind2', 'blind3.mjs': 'blind3', 'blind4.mjs': 'blind4', 'blind5.mjs': 'blind5', 'blind7.mjs': 'blind7' }[f] ?? 'cases');
    const src = ['png', 'jpg'].map((e) => join(dir, `${s.name}.${e}`)).find((p) => existsSync(p));
    if (!src) throw new Error(`${s.name}: not rendered yet`);
    if (extname(src).toLowerCase() !== extname(s.file).toLowerCase().replace('jpeg', 'jpg')) throw new Error(`${s.name}: ${s.file} does not match ${src}`);
    mkdirSync(join(cases, s.case), { recursive: true });
    copyFileSync(src, join(cases, s.case, s.file));
    n++;
  }
}
console.log(`${n} images copied`);
