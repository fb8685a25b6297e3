import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rememberWarm, wasWarm } from '../src/cache-home.js';

describe('warm runs', () => {
  it('remember a command whose images all came from the cache, per arguments and working folder', () => {
    const cache = mkdtempSync(join(tmpdir(), 'rc-home-'));
    const args = ['fixtures/cases/ready-card-light', '--cache-dir', cache];
    expect(wasWarm(args, '/work')).toBe(false);
    rememberWarm(args, true, '/work');
    expect(wasWarm(args, '/work')).toBe(true);
    expect(existsSync(join(cache, 'warm-runs'))).toBe(true);
    // another command, or the same one elsewhere, is not known to be warm
    expect(wasWarm([...args, '--format', 'json'], '/work')).toBe(false);
    expect(wasWarm(args, '/elsewhere')).toBe(false);
    // a run that read an image with OCR forgets it
    rememberWarm(args, false, '/work');
    expect(wasWarm(args, '/work')).toBe(false);
  });

  it('find the cache folder of --cache-dir=DIR too, relative to the working folder', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rc-home-'));
    rememberWarm(['case', '--cache-dir=c'], true, cwd);
    expect(existsSync(join(cwd, 'c', 'warm-runs'))).toBe(true);
    expect(wasWarm(['case', '--cache-dir=c'], cwd)).toBe(true);
  });
});
