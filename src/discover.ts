import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CLAIM_FILES } from './case/load.js';
import { UsageError } from './errors.js';

const MAX_DEPTH = 8;

/** A case folder to check, and how to show its path. */
export interface CaseRef {
  dir: string;
  display: string;
}

/**
 * Finds the cases under the given paths: a folder with a claim is one case; a
 * folder without one is a batch, and every case below it (any depth) is checked.
 * A path that does not exist is a usage error.
 */
export function discoverCases(paths: string[]): CaseRef[] {
  const found: CaseRef[] = [];
  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new UsageError(`${path}: no such file or folder`);
    }
    if (!st.isDirectory()) throw new UsageError(`${path}: not a folder (give a case folder or a folder of cases)`);
    const before = found.length;
    walk(path, path, 0, found);
    // A folder with neither a claim nor cases below is checked as a case, which reports the missing claim.
    if (found.length === before) found.push({ dir: path, display: path });
  }
  return found;
}

function walk(root: string, dir: string, depth: number, found: CaseRef[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (entries.some((e) => e.isFile() && CLAIM_FILES.includes(e.name))) {
    found.push({ dir, display: dir === root ? root : join(root, relative(root, dir)).split(sep).join('/') });
    return;
  }
  if (depth >= MAX_DEPTH) return;
  for (const e of entries.filter((x) => x.isDirectory() && !x.name.startsWith('.') && x.name !== 'node_modules').sort((a, b) => (a.name < b.name ? -1 : 1))) {
    walk(root, join(dir, e.name), depth + 1, found);
  }
}
