// The PP-OCR reader in a worker thread (see createThreadReader in ./thread.ts): ONNX
// Runtime's Node binding runs each inference on the thread that calls it, so the models
// live here and the main thread decodes and lays out the next image meanwhile.
import { parentPort } from 'node:worker_threads';
import type { Box } from '../../../types.js';
import { createPaddleReader, type PaddleOptions } from './reader.js';
import type { EngineImage, EngineLine, PaddleReader } from './types.js';

/** A request from the main thread; the models load on the first (`open` or read) with the options it carries. */
export type WorkerRequest =
  | { id: number; op: 'open'; options: PaddleOptions }
  | { id: number; op: 'read'; options: PaddleOptions; image: EngineImage; blocks?: Box[]; within?: Box[] }
  | { id: number; op: 'recognize'; options: PaddleOptions; image: EngineImage; boxes: Box[] }
  | { id: number; op: 'close' };

/** The answer to request `id`: lines, or the error's name and message (`load`: the models could not be loaded). */
export type WorkerResponse = { id: number; lines: EngineLine[] } | { id: number; error: { name: string; message: string; load: boolean } };

const port = parentPort;
if (port) {
  let reader: Promise<PaddleReader> | undefined;
  const open = async (options: PaddleOptions): Promise<PaddleReader> => {
    reader ??= createPaddleReader(options);
    try {
      return await reader;
    } catch (err) {
      reader = undefined;
      throw Object.assign(err instanceof Error ? err : new Error(String(err)), { load: true });
    }
  };
  const asImage = (image: EngineImage): EngineImage => ({ ...image, data: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength) });
  // Requests are answered one at a time, in order: an inference holds this thread anyway.
  let queue = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    const answer = async (): Promise<EngineLine[]> => {
      if (request.op === 'open') return (await open(request.options), []);
      if (request.op === 'read') return (await open(request.options)).read(asImage(request.image), request.blocks, request.within);
      if (request.op === 'recognize') return (await open(request.options)).recognize(asImage(request.image), request.boxes);
      const closing = reader;
      reader = undefined;
      await (await closing?.catch(() => undefined))?.close();
      return [];
    };
    queue = queue.then(answer).then(
      (lines) => port.postMessage({ id: request.id, lines } satisfies WorkerResponse),
      (err: unknown) =>
        port.postMessage({
          id: request.id,
          error: { name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err), load: (err as { load?: boolean }).load === true },
        } satisfies WorkerResponse),
    );
  });
}
