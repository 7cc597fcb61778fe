/**
 * A worker thread of the batch extractor: loads the parser, the glossary index and the division
 * table once, then turns each task it is sent into that file's output. Node runs this .ts file
 * the way it runs scripts/extract.ts: by stripping its types (Node 22.18 and later).
 */
import { parentPort } from 'node:worker_threads';
import { extractFile, prepareExtraction, type ExtractTask } from './extract-file.ts';

/** A task as the main thread sends it; the answer names its id, so tasks may overlap. */
export interface WorkerTask {
  id: number;
  task: ExtractTask;
}

/** The output as UTF-8 bytes whose buffer is handed over, not copied (a county report prints ~25 KB of JSON). */
export interface WorkerAnswer {
  id: number;
  output: Uint8Array;
  error: string | null;
}

if (!parentPort) throw new Error('extract-worker runs as a worker thread of scripts/extract.ts');
const port = parentPort;
const utf8 = new TextEncoder();
prepareExtraction();
port.on('message', ({ id, task }: WorkerTask) => {
  void extractFile(task).then(({ output, error }) => {
    // TextEncoder gives the bytes a buffer of their own (Buffer.from may slice a shared pool, which cannot be handed over).
    const bytes = utf8.encode(output);
    const answer: WorkerAnswer = { id, output: bytes, error };
    port.postMessage(answer, [bytes.buffer]);
  });
});
