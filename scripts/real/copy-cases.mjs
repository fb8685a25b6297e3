#!/usr/bin/env node
// Copies the rendered images of the e2e cases (scenes with `case` and `file`) from
// fixtures/real/<style>/ (scenes/corpus.mjs: fixtures/real-corpus/<style>/) into fixtures/cases/<case>/<file>
// (scenes/blind.mjs: from fixtures/real-blind/<style>/ into fixtures/blind/<case>/<file>;
// every scenes/blindN.mjs likewise from fixtures/real-blindN/ into fixtures/blindN/). case.yaml, order.json and
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
    // a blind set's cases (scenes/blindN.mjs) live in fixtures/blindN/, its images in fixtures/real-blindN/, apart from the judged fixtures/cases/
    const blind = /^(blind\d*)\.mjs$/.exec(f)?.[1];
    const dir = join(root, 'fixtures', blind ? `real-${blind}` : f === 'corpus.mjs' ? 'real-corpus' : 'real', s.style);
    const cases = join(root, 'fixtures', blind ?? 'cases');
    const src = ['png', 'jpg'].map((e) => join(dir, `${s.name}.${e}`)).find((p) => existsSync(p));
    if (!src) throw new Error(`${s.name}: not rendered yet`);
    if (extname(src).toLowerCase() !== extname(s.file).toLowerCase().replace('jpeg', 'jpg')) throw new Error(`${s.name}: ${s.file} does not match ${src}`);
    mkdirSync(join(cases, s.case), { recursive: true });
    copyFileSync(src, join(cases, s.case, s.file));
    n++;
  }
}
console.log(`${n} images copied`);
