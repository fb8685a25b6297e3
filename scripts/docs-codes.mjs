#!/usr/bin/env node
// Writes docs/codes/<code>.md for every finding code from the checks' own `docs` and
// messages (src/checks/<code>.ts), and docs/codes/README.md as the index. Run after
// `npm run build`; test/docs.test.ts fails when the committed pages are not current.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../dist/checks/index.js';
import { codeIndex, codePage } from '../dist/commands/explain.js';

const dir = join(import.meta.dirname, '..', 'docs', 'codes');
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.md')) rmSync(join(dir, f));
for (const check of CHECKS) writeFileSync(join(dir, `${check.code}.md`), codePage(check));
writeFileSync(join(dir, 'README.md'), codeIndex(CHECKS));
console.log(`docs/codes: ${CHECKS.length} pages`);
