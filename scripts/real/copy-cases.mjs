#!/usr/bin/env node
// Copies the rendered images of the e2e cases (scenes with `case` and `file`) from
// fixtures/real/<style>/ into fixtures/cases/<case>/<file>. case.yaml, order.json and
// <case>.expected.json are written by hand and left alone. Run after render.mjs.
import { readdirSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
let n = 0;
for (const f of readdirSync(join(here, 'scenes')).filter((f) => f.endsWith('.mjs')).sort()) {
  for (const s of (await import(pathToFileURL(join(here, 'scenes', f)))).default) {
    if (!s.case) continue;
    const dir = join(root, 'fixtures', 'real', s.style);
    const src = ['png', 'jpg'].map((e) => join(dir, `${s.name}.${e}`)).find((p) => existsSync(p));
    if (!src) throw new Error(`${s.name}: not rendered yet`);
    if (extname(src).toLowerCase() !== extname(s.file).toLowerCase().replace('jpeg', 'jpg')) throw new Error(`${s.name}: ${s.file} does not match ${src}`);
    mkdirSync(join(root, 'fixtures', 'cases', s.case), { recursive: true });
    copyFileSync(src, join(root, 'fixtures', 'cases', s.case, s.file));
    n++;
  }
}
console.log(`${n} images copied`);
