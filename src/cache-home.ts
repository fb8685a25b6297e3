/**
 * Where refund-check keeps what outlives a run (never inside a case folder): the OCR cache's
 * default folder, and the runs answered wholly from that cache. This module loads nothing but
 * Node's own: `bin/refund-check.js` reads it before deciding how to start.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The default cache folder: `$XDG_CACHE_HOME/refund-check`, else `~/.cache/refund-check`. */
export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'refund-check');
}

/**
 * The marker of a command (its arguments, in its working folder): in the cache folder its
 * `--cache-dir` names, else in the default one. Both processes find it from the arguments alone.
 */
function markerOf(args: readonly string[], cwd: string): string {
  const id = createHash('sha256').update(JSON.stringify([cwd, ...args])).digest('hex').slice(0, 32);
  const at = args.findIndex((a) => a === '--cache-dir' || a.startsWith('--cache-dir='));
  const named = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.slice('--cache-dir='.length) : args[at + 1];
  return join(named ? resolve(cwd, named) : defaultCacheDir(), 'warm-runs', id);
}

/**
 * Whether the same command, the last time it ran here, read no image with OCR (every page came
 * from the cache). The answer only chooses how the process starts (see bin/refund-check.js):
 * a stale one costs some memory on one run, never a wrong result.
 */
export function wasWarm(args: readonly string[], cwd = process.cwd()): boolean {
  try {
    return existsSync(markerOf(args, cwd));
  } catch {
    return false;
  }
}

/** Remembers whether this command read every image from the cache; a folder that cannot be written is left alone. */
export function rememberWarm(args: readonly string[], warm: boolean, cwd = process.cwd()): void {
  const marker = markerOf(args, cwd);
  try {
    if (warm) {
      mkdirSync(join(marker, '..'), { recursive: true });
      writeFileSync(marker, '');
    } else rmSync(marker, { force: true });
  } catch {
    // an unwritable cache home only means the next run starts the usual way
  }
}
