/**
 * A worker thread of the batch extractor: loads the parser, the glossary index and the division
 * table once, then turns each task it is sent into that file's output. Node runs this .ts file
 * the way it runs scripts/extract.ts: by stripping its types (Node 22.18 and later).
 */
import { parentPort } from 'node:worker_threads';
import { extractFile, prepareExtraction, type ExtractTask } from './extract-file.ts';

if (!parentPort) throw new Error('extract-worker runs as a worker thread of scripts/extract.ts');
const port = parentPort;
prepareExtraction();
port.on('message', (task: ExtractTask) => {
  void extractFile(task).then((result) => port.postMessage(result));
});
