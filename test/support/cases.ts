import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An expectation file beside a case folder (the samples' format). */
export interface Expectation {
  id: string;
  dir: string;
  now: string;
  verdict_in: string[];
  must_include?: string[];
  must_not_include?: string[];
  why?: string;
  /** A case the program is known to get wrong today, and why: its test is expected to fail. */
  known_gap?: string;
}

/** Reads every `<id>.expected.json` in a folder that has its case folder beside it. */
export function expectationsIn(dir: string): Expectation[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.expected.json'.length);
      return { id, dir: join(dir, id), ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Expectation, 'id' | 'dir'>) };
    })
    .filter((e) => existsSync(e.dir));
}

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'cases');
/** The public samples: ../shared/samples beside the project, or the folder RC_SAMPLES names (a worktree elsewhere). */
export const SAMPLES = process.env.RC_SAMPLES ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'samples');
