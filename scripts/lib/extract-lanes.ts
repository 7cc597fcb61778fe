/**
 * Where the extractor's files are parsed: on the main thread (`--jobs 1`, or a single file), or
 * each on a worker thread of its own. Both call extractFile, so they print the same bytes.
 */
import { Worker } from 'node:worker_threads';
import { extractFile, prepareExtraction, type ExtractTask, type FileOutput } from './extract-file.ts';

export interface Lane {
  /** Resolves with the file's output; a failure is its stderr line, never a rejection. */
  run(task: ExtractTask): Promise<FileOutput>;
  close(): Promise<void>;
}

export function inProcessLane(): Lane {
  prepareExtraction();
  return { run: extractFile, close: async () => {} };
}

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

/**
 * A worker thread that parses one file at a time. A worker that dies (out of memory on a hostile
 * file) fails only the file it was on; the next file starts a new worker.
 */
export class WorkerLane implements Lane {
  #worker: Worker | null = null;
  #current: { task: ExtractTask; resolve: (output: FileOutput) => void } | null = null;

  constructor() {
    // Started now, so the worker loads its modules and tables while the first files are listed and read.
    this.#worker = this.#start();
  }

  run(task: ExtractTask): Promise<FileOutput> {
    if (!this.#worker) this.#worker = this.#start();
    const worker = this.#worker;
    return new Promise((resolve) => {
      this.#current = { task, resolve };
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #start(): Worker {
    const worker = new Worker(WORKER_URL);
    worker.on('message', (output: FileOutput) => this.#settle(output));
    const died = (reason: string) => {
      if (this.#worker !== worker) return;
      this.#worker = null;
      if (this.#current) this.#settle({ output: '', error: `extract: ${this.#current.task.name}: cannot parse (${reason})` });
    };
    worker.on('error', (error) => died(`worker stopped: ${error.message}`));
    worker.on('exit', (code) => died(`worker exited with code ${code}`));
    return worker;
  }

  #settle(output: FileOutput): void {
    const current = this.#current;
    this.#current = null;
    current?.resolve(output);
  }
}
