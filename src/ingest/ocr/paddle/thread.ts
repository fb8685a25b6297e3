import { Worker } from 'node:worker_threads';
import type { Box } from '../../../types.js';
import { installedModels } from './models.js';
import type { PaddleOptions } from './reader.js';
import type { EngineImage, EngineLine, PaddleReader } from './types.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/** The models could not be loaded in the thread (no runtime, no models, a broken model file). */
export class ReaderLoadError extends Error {
  override name = 'ReaderLoadError';
}

/**
 * A PP-OCR reader whose models live in a worker thread (./worker.ts): the same reader as
 * `createPaddleReader`, but an inference no longer holds the calling thread, so decoding and
 * layout of other images go on while it runs.
 *
 * ONNX Runtime's Node binding loads in one thread of a process only (a second thread gets
 * "Module did not self-register"), so every reader of the process shares one thread, started
 * on first use and kept for the process's life; it never keeps the process alive while idle.
 * A reader starts loading the models at once (with its options, unless they are loaded), and
 * `close` frees them.
 */
export function createThreadReader(options: PaddleOptions): PaddleReader {
  return new ThreadReader(options);
}

type Pending = { resolve: (lines: EngineLine[]) => void; reject: (err: Error) => void };

/** The process's PP-OCR thread. */
class OcrThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor() {
    // Built, the worker is dist/…/worker.js. Run from the sources (the tests), it is worker.ts,
    // loaded through tsx, which the thread registers first.
    const worker = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
    this.worker = worker.pathname.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`, { eval: true })
      : new Worker(worker);
    this.worker.unref();
    this.worker.on('message', (response: WorkerResponse) => {
      const request = this.pending.get(response.id);
      if (!request) return;
      this.settled(response.id);
      if (!('error' in response)) request.resolve(response.lines);
      else if (response.error.load) request.reject(new ReaderLoadError(response.error.message));
      else request.reject(Object.assign(new Error(response.error.message), { name: response.error.name }));
    });
    const fail = (err: Error): void => {
      this.failure = err;
      if (thread === this) thread = undefined;
      for (const [id, request] of this.pending) {
        this.settled(id);
        request.reject(err);
      }
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the PP-OCR thread ended (exit code ${code})`)));
  }

  /** Sends a request; the thread keeps the process alive while any is pending. */
  ask(request: WorkerRequest): Promise<EngineLine[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      // The pixels are copied to the thread (the caller keeps its image).
      this.worker.postMessage({ ...request, id });
    });
  }

  private settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }
}

let thread: OcrThread | undefined;

class ThreadReader implements PaddleReader {
  readonly name: string;

  constructor(private readonly options: PaddleOptions) {
    this.name = `paddle:${options.models ?? installedModels()[0]?.name ?? 'none'}`;
    // A failure to load is reported by the first read, which tries again.
    (thread ??= new OcrThread()).ask({ id: 0, op: 'open', options }).catch(() => undefined);
  }

  read(image: EngineImage, blocks?: Box[], within?: Box[]): Promise<EngineLine[]> {
    return (thread ??= new OcrThread()).ask({ id: 0, op: 'read', options: this.options, image, ...(blocks ? { blocks } : {}), ...(within ? { within } : {}) });
  }

  recognize(image: EngineImage, boxes: Box[]): Promise<EngineLine[]> {
    return (thread ??= new OcrThread()).ask({ id: 0, op: 'recognize', options: this.options, image, boxes });
  }

  async close(): Promise<void> {
    await thread?.ask({ id: 0, op: 'close' });
  }
}
