import { readFile } from 'node:fs/promises';

/**
 * The part of the ONNX Runtime JavaScript API the engine uses. `onnxruntime-node` (native)
 * and `onnxruntime-web` (WebAssembly) both export it (from `onnxruntime-common`), so either
 * can be loaded at run time.
 */
export interface OrtTensor {
  readonly data: unknown;
  readonly dims: readonly number[];
}

/** A loaded model. */
export interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release(): Promise<void>;
}

interface OrtModule {
  InferenceSession: {
    create(model: Uint8Array, options?: Record<string, unknown>): Promise<OrtSession>;
  };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => OrtTensor;
  env: { wasm?: { numThreads?: number; simd?: boolean } };
}

/** Which ONNX Runtime build runs the models. */
export type OrtBackend = 'node' | 'web';

/** ONNX Runtime with its models' sessions created the same way. */
export interface Runtime {
  readonly backend: OrtBackend;
  load(modelPath: string): Promise<OrtSession>;
  tensor(data: Float32Array, dims: readonly number[]): OrtTensor;
}

/** The runtime is not installed. */
export class RuntimeMissingError extends Error {
  override name = 'RuntimeMissingError';
}

/**
 * Loads ONNX Runtime: `node` is the native build (fast, large; a dependency), `web` the
 * WebAssembly build run in Node (smaller, 2.6x the CPU time; install `onnxruntime-web` to use
 * it). `threads` is the number of threads one inference may use.
 */
export async function loadRuntime(backend: OrtBackend, threads: number): Promise<Runtime> {
  let ort: OrtModule;
  try {
    // onnxruntime-web is optional (not a dependency): named through a variable so that the
    // build does not need its types.
    const web: string = 'onnxruntime-web';
    // onnxruntime-node 1.17 ships no type declarations; the part used is typed above.
    const native: string = 'onnxruntime-node';
    ort = (await import(backend === 'node' ? native : web)) as unknown as OrtModule;
  } catch (err) {
    throw new RuntimeMissingError(`ONNX Runtime (${backend === 'node' ? 'onnxruntime-node' : 'onnxruntime-web'}) cannot be loaded: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (backend === 'web' && ort.env.wasm) ort.env.wasm.numThreads = threads;
  const options: Record<string, unknown> =
    backend === 'node'
      ? {
          intraOpNumThreads: threads,
          interOpNumThreads: 1,
          executionMode: 'sequential',
          graphOptimizationLevel: 'all',
          // The arena keeps the largest activations of any image ever read (a tall screenshot's
          // detection map): 300+ MB more peak RSS per engine for a few percent of speed.
          enableCpuMemArena: process.env.RC_ORT_ARENA === '1',
          enableMemPattern: process.env.RC_ORT_ARENA === '1',
        }
      : { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  return {
    backend,
    load: async (modelPath) => ort.InferenceSession.create(new Uint8Array(await readFile(modelPath)), options),
    tensor: (data, dims) => new ort.Tensor('float32', data, dims),
  };
}
