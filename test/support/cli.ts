import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The built command line (`npm run build` first; `npm test` does it). */
export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'refund-check.js');

/** What a run of the CLI printed and its exit code. */
export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Runs the built CLI as a user would, with a clean locale (so `--lang` decides) and
 * no colour variables unless given; MALLOC_ARENA_MAX is set so bin/ does not start
 * itself a second time.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, MALLOC_ARENA_MAX: '2', LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env: env as NodeJS.ProcessEnv, input: options.input ?? '', encoding: 'utf8', maxBuffer: 64 << 20 });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}
