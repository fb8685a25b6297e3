import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CLAIM_FILES, ORDER_FILES } from '../case/load.js';
import type { FileProblem } from '../types.js';

export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.tif', '.tiff', '.bmp']);
const CASE_FILES = new Set<string>([...CLAIM_FILES, ...ORDER_FILES]);
const MAX_DEPTH = 12;
const MAX_FILES = 400;

/** An evidence file found in a case folder. */
export interface EvidenceFile {
  /** Relative to the case folder, forward slashes. */
  file: string;
  absPath: string;
  type: 'image' | 'text';
}

/** Problems met while listing (a link leading out of the folder, too many files). */
export interface ListingProblem {
  file: string;
  problem: FileProblem;
}

/**
 * Lists the evidence files of a case folder at any depth, in a stable order.
 * Symbolic links are never followed out of the folder; folders that hold a claim of
 * their own (nested cases) are skipped.
 */
export function listEvidence(dir: string, skipFiles: Set<string> = new Set()): { files: EvidenceFile[]; problems: ListingProblem[] } {
  const files: EvidenceFile[] = [];
  const problems: ListingProblem[] = [];
  const root = realpathSync(dir);
  const walk = (current: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      problems.push({ file: rel(dir, current), problem: { code: 'folder-unreadable' } });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = join(current, entry.name);
      const name = rel(dir, abs);
      if (entry.name.includes('\uFFFD')) {
        problems.push({ file: name, problem: { code: 'bad-name' } });
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          problems.push({ file: name, problem: { code: 'broken-link' } });
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) {
          problems.push({ file: name, problem: { code: 'link-outside' } });
          continue;
        }
        const st = lstatSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (depth >= MAX_DEPTH) {
          problems.push({ file: name, problem: { code: 'too-deep', detail: MAX_DEPTH } });
          continue;
        }
        if (depth === 0 && CASE_FILES.has(entry.name)) continue;
        walk(abs, depth + 1);
        continue;
      }
      if (!isFile) continue;
      if (depth === 0 && CASE_FILES.has(entry.name)) continue;
      if (skipFiles.has(name)) continue;
      const ext = entry.name.slice(entry.name.lastIndexOf('.')).toLowerCase();
      const type = IMAGE_EXTENSIONS.has(ext) ? 'image' : ext === '.txt' ? 'text' : undefined;
      if (!type) continue;
      if (files.length >= MAX_FILES) {
        problems.push({ file: name, problem: { code: 'too-many-files', detail: MAX_FILES } });
        return;
      }
      files.push({ file: name, absPath: abs, type });
    }
  };
  walk(dir, 0);
  return { files, problems };
}

function rel(dir: string, abs: string): string {
  return relative(dir, abs).split(sep).join('/');
}
