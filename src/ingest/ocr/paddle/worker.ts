// The PP-OCR reader in a worker thread (see createThreadReader in ./thread.ts): ONNX
// Runtime's Node binding runs each inference on the thread that calls it, so the models
// live here and the main thread decodes and lays out the next image meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { Box } from '../../../types.js';
import { createPaddleReader, type PaddleOptions } from './reader.js';
import type { EngineImage, EngineLine } from './types.js';

/** A request from the main thread. */
export type WorkerRequest =
  | { id: number; op: 'read'; image: EngineImage; blocks?: Box[]; within?: Box[] }
  | { id: number; op: 'recognize'; image: EngineImage; boxes: Box[] }
  | { id: number; op: 'close' };

/** The answer to request `id`: lines, or the error's name and message. */
export type WorkerResponse = { id: number; lines: EngineLine[] } | { id: number; error: { name: string; message: string; load: boolean } };

const port = parentPort;
if (port) {
  const reader = createPaddleReader(workerData as PaddleOptions);
  // A load failure is reported to each request; an unhandled rejection would end the thread.
  reader.catch(() => undefined);
  port.on('message', (request: WorkerRequest) => {
    const answer = async (): Promise<EngineLine[]> => {
      const r = await reader.catch((err: unknown) => {
        throw Object.assign(err instanceof Error ? err : new Error(String(err)), { load: true });
      });
      const asImage = (image: EngineImage): EngineImage => ({ ...image, data: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength) });
      if (request.op === 'read') return r.read(asImage(request.image), request.blocks, request.within);
      if (request.op === 'recognize') return r.recognize(asImage(request.image), request.boxes);
      await r.close();
      return [];
    };
    answer().then(
      (lines) => port.postMessage({ id: request.id, lines } satisfies WorkerResponse),
      (err: unknown) => port.postMessage({ id: request.id, error: { name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err), load: (err as { load?: boolean }).load === true } } satisfies WorkerResponse),
    );
  });
}
