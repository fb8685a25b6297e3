import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { CLAIM_FILES } from './case/load.js';
import type { Template } from './checks/define.js';
import { UsageError } from './errors.js';
import { IMAGE_EXTENSIONS } from './ingest/files.js';

const MAX_DEPTH = 8;

/** A case folder to check, and how to show its path. */
export interface CaseRef {
  dir: string;
  display: string;
}

/** The command cannot run, with its message in both languages. */
export class DiscoverError extends UsageError {
  override name = 'DiscoverError';
  constructor(readonly text: Template) {
    super(text.en);
  }
}

/** What one folder holds: the cases below it, and whether it has evidence that belongs to no case. */
interface Walked {
  refs: CaseRef[];
  /** Screenshots or chat exports in this folder's tree, with no claim anywhere in it. */
  orphanEvidence: boolean;
}

/**
 * Finds the cases under the given paths: a folder with a claim is one case; a
 * folder without one is a batch, and every case below it (any depth) is checked.
 * In a batch, a ticket folder that holds screenshots or chat exports but no claim
 * is returned too, so that it is reported (case-invalid: no case.yaml) rather than
 * skipped. A path that does not exist, or a folder holding no case and no evidence,
 * is a usage error.
 */
export function discoverCases(paths: string[]): CaseRef[] {
  const found: CaseRef[] = [];
  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new DiscoverError({ zh: `${path}: 没有这个文件或文件夹`, en: `${path}: no such file or folder` });
    }
    if (!st.isDirectory()) {
      throw new DiscoverError({ zh: `${path}: 不是文件夹 (请给出案件文件夹或装着案件的文件夹)`, en: `${path}: not a folder (give a case folder or a folder of cases)` });
    }
    const walked = walk(path, path, 0);
    if (walked.refs.length > 0) found.push(...walked.refs);
    // Evidence without a claim: checked as a case, which reports the missing case.yaml.
    else if (walked.orphanEvidence) found.push({ dir: path, display: path });
    else {
      throw new DiscoverError({
        zh: `${path}: 没有找到案件 (没有 case.yaml, 也没有截图); 用 refund-check init ${path} 开始一个案件`,
        en: `${path}: found no case (no case.yaml and no screenshots); start one with refund-check init ${path}`,
      });
    }
  }
  return found;
}

function walk(root: string, dir: string, depth: number): Walked {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { refs: [], orphanEvidence: false };
  }
  const display = (d: string): string => (d === root ? root : join(root, relative(root, d)).split(sep).join('/'));
  if (entries.some((e) => e.isFile() && CLAIM_FILES.includes(e.name))) return { refs: [{ dir, display: display(dir) }], orphanEvidence: false };
  const evidenceHere = entries.some((e) => e.isFile() && isEvidence(e.name));
  if (depth >= MAX_DEPTH) return { refs: [], orphanEvidence: evidenceHere };
  const children = entries
    .filter((x) => x.isDirectory() && !x.name.startsWith('.') && x.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((e) => ({ dir: join(dir, e.name), walked: walk(root, join(dir, e.name), depth + 1) }));
  // No case anywhere below: this whole folder is (at most) one claimless case; the caller decides.
  if (children.every((c) => c.walked.refs.length === 0)) return { refs: [], orphanEvidence: evidenceHere || children.some((c) => c.walked.orphanEvidence) };
  const refs: CaseRef[] = [];
  for (const child of children) {
    if (child.walked.refs.length > 0) refs.push(...child.walked.refs);
    else if (child.walked.orphanEvidence) refs.push({ dir: child.dir, display: display(child.dir) });
  }
  return { refs, orphanEvidence: false };
}

function isEvidence(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return IMAGE_EXTENSIONS.has(ext) || ext === '.txt';
}
