/**
 * Where the extractor's files are parsed: on the main thread (`--jobs 1`, or a single file), or
 * on worker threads. Both call extractFile, so they print the same bytes.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractTask } from './extract-file.ts';
import type { WorkerAnswer, WorkerTask } from './extract-worker.ts';

/** One file's output: text, or its UTF-8 bytes from a worker; `error` a line for stderr. */
export interface LaneOutput {
  output: string | Uint8Array;
  error: string | null;
}

export interface Lane {
  /** Resolves with the file's output; a failure is its stderr line, never a rejection. Tasks may overlap. */
  run(task: ExtractTask): Promise<LaneOutput>;
  close(): Promise<void>;
}

/**
 * The parser, glossary and division table are imported only here and in the worker: a main
 * thread that hands every file to workers would pay ~0.4 s of CPU for modules it never runs.
 */
export async function inProcessLane(): Promise<Lane> {
  const { extractFile, prepareExtraction } = await import('./extract-file.ts');
  prepareExtraction();
  return { run: extractFile, close: async () => {} };
}

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

/**
 * A worker thread. Each task carries an id that its answer names, so a caller may hand it several
 * files at once. A worker that dies (out of memory on a hostile file) fails only the files it
 * held; the next file starts a new worker.
 */
export class WorkerLane implements Lane {
  #worker: Worker | null = null;
  #nextId = 0;
  readonly #waiting = new Map<number, { task: ExtractTask; resolve: (output: LaneOutput) => void }>();

  constructor() {
    // Started now, so the worker loads its modules and tables while the first files are listed and read.
    this.#worker = this.#start();
  }

  run(task: ExtractTask): Promise<LaneOutput> {
    if (!this.#worker) this.#worker = this.#start();
    const worker = this.#worker;
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#waiting.set(id, { task, resolve });
      const message: WorkerTask = { id, task };
      worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #start(): Worker {
    const worker = new Worker(WORKER_URL);
    worker.on('message', ({ id, output, error }: WorkerAnswer) => {
      this.#waiting.get(id)?.resolve({ output, error });
      this.#waiting.delete(id);
    });
    const died = (reason: string) => {
      if (this.#worker !== worker) return;
      this.#worker = null;
      for (const { task, resolve } of this.#waiting.values())
        resolve({ output: '', error: `extract: ${task.name}: cannot parse (${reason})` });
      this.#waiting.clear();
    };
    worker.on('error', (error) => died(`worker stopped: ${error.message}`));
    worker.on('exit', (code) => died(`worker exited with code ${code}`));
    return worker;
  }
}
