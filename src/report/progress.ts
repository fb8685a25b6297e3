import type cliProgressModule from 'cli-progress';
import { createRequire } from 'node:module';
import type { CaseResult } from '../result/types.js';

const require = createRequire(import.meta.url);

/**
 * Progress on stderr: a bar (cases done, time left) on a terminal, one plain line per
 * case otherwise (CI logs).
 */
export class Progress {
  private bar: cliProgressModule.SingleBar | undefined;
  private readonly tty: boolean;

  constructor(private readonly stream: NodeJS.WriteStream) {
    this.tty = stream.isTTY === true;
  }

  start(total: number): void {
    if (!this.tty || total < 2) return;
    // Loaded here: only a batch on a terminal draws a bar (the module takes 15 ms to load).
    const cliProgress = require('cli-progress') as typeof cliProgressModule;
    this.bar = new cliProgress.SingleBar(
      { stream: this.stream, format: 'refund-check [{bar}] {value}/{total} cases | {eta_formatted} left | {last}', hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0, { last: '' });
  }

  tick(result: CaseResult, index: number, total: number): void {
    if (this.bar) this.bar.update(index + 1, { last: `${result.path}: ${result.verdict}` });
    else if (total > 1) this.stream.write(`[${index + 1}/${total}] ${result.path}: ${result.verdict} (${result.score}) ${(result.ms / 1000).toFixed(1)}s\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
