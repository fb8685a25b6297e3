#!/usr/bin/env node
// glibc keeps the memory a thread frees in that thread's own malloc arena, and with two OCR
// worker threads and sharp's threads a cold batch peaked 60 to 90 MB higher than with two
// arenas (same speed). glibc reads MALLOC_ARENA_MAX only when a process starts, so on Linux
// the CLI starts itself once more with it set; this process only passes on signals and the
// exit code. Set MALLOC_ARENA_MAX yourself (any value) to skip the second start. The second
// start is skipped too when the same command last read every image from the OCR cache (no
// OCR threads run then): a warm re-check starts once.
import { spawn } from 'node:child_process';

const runHere = async () => {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(process.argv);
};

const warm = async () => {
  try {
    const { wasWarm } = await import('../dist/cache-home.js');
    return wasWarm(process.argv.slice(2));
  } catch {
    return false;
  }
};

if (process.platform === 'linux' && process.env.MALLOC_ARENA_MAX === undefined && !(await warm())) {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_ARENA_MAX: '2' },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('error', async () => {
    // could not start a process: run here, with glibc's default arenas
    for (const signal of signals) process.removeAllListeners(signal);
    await runHere();
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
} else await runHere();
