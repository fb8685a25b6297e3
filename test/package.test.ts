import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What `npm install refund-check` gets: `npm pack --dry-run` lists it without building
// (--ignore-scripts: `npm test` has built dist/ already).
describe('the package', () => {
  const root = join(import.meta.dirname, '..');
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  const files = run.status === 0 ? (JSON.parse(run.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path) : [];

  it('ships the CLI, the compiled library, the rule packs, the code docs, README and LICENSE', () => {
    expect(run.status, run.stderr).toBe(0);
    for (const path of ['bin/refund-check.js', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'rules/reasons.yaml', 'rules/platforms/generic.yaml', 'docs/codes/chat-missing.md', 'README.md', 'LICENSE', 'package.json']) {
      expect(files, path).toContain(path);
    }
  });

  it('ships no tests, fixtures, sources, scripts, or source maps pointing at files it does not ship', () => {
    const unwanted = files.filter((f) => /^(test|fixtures|src|scripts|\.ci)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts') && !f.endsWith('.d.ts'));
    expect(unwanted).toEqual([]);
    expect(files.every((f) => /^(bin|dist|rules|docs)\//.test(f) || ['README.md', 'LICENSE', 'package.json'].includes(f))).toBe(true);
  });
});
