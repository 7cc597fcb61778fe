/**
 * One run of the batch extractor: lists the files (walking directories), parses them on `jobs`
 * lanes (worker threads, or the main thread for one job or one file), prints each file's output
 * in list order as soon as it and every file before it are done, and returns the exit code: 1 when
 * any file or directory could not be read or parsed, 0 otherwise.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { toCsv } from '../../lib/export/csv.ts';
import { FIGURE_CSV_COLUMNS } from '../../lib/export/figures-csv.ts';
import { CLI_LIMITS } from '../../lib/limits.ts';
import type { ExtractOptions } from './extract-file.ts';
import { inProcessLane, WorkerLane, type Lane, type LaneOutput } from './extract-lanes.ts';
import { listInputFiles, skippedNote } from './input-files.ts';
import { runInOrder } from './ordered-pool.ts';
import { Progress, type ProgressStream } from './progress.ts';

export interface ExtractRun {
  /** Files and directories, in print order; - is standard input. */
  inputs: readonly string[];
  options: ExtractOptions;
  /** Worker threads; 1 parses on the main thread. */
  jobs: number;
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: Writable;
  stderr: ProgressStream;
}

/** Writes and, when the stream's buffer is full (a slow pipe), waits until it drains. */
async function write(stream: Writable, output: string | Uint8Array): Promise<void> {
  if (output.length > 0 && !stream.write(output)) await once(stream, 'drain');
}

async function readAll(input: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const lanesFor = async (jobs: number, files: number): Promise<Lane[]> =>
  jobs <= 1 || files <= 1 ? [await inProcessLane()] : Array.from({ length: Math.min(jobs, files) }, () => new WorkerLane());

export async function runExtract({ inputs, options, jobs, stdin, stdout, stderr }: ExtractRun): Promise<number> {
  const { files, skipped, errors } = await listInputFiles(inputs);
  let failed = errors.length > 0;
  for (const line of errors) stderr.write(`${line}\n`);
  const stdinBytes = files.includes('-') ? await readAll(stdin) : undefined;
  // One header, before the rows of every file.
  if (options.csv) await write(stdout, toCsv({ header: FIGURE_CSV_COLUMNS, rows: [] }));

  const lanes = await lanesFor(jobs, files.length);
  const progress = new Progress({ stream: stderr, total: files.length });
  const emit = async (result: LaneOutput) => {
    if (result.error !== null) {
      failed = true;
      progress.line(result.error);
    }
    // Output to the terminal the progress line is on: the line steps aside instead of being written over.
    if ((stdout as { isTTY?: boolean }).isTTY) progress.clear();
    await write(stdout, result.output);
    progress.tick();
  };
  try {
    await runInOrder({
      count: files.length,
      lanes: lanes.length,
      window: CLI_LIMITS.pendingResultsPerJob * lanes.length,
      run: ({ index, lane }) => {
        const name = files[index] as string;
        return (lanes[lane] as Lane).run({ name, bytes: name === '-' ? stdinBytes : undefined, options });
      },
      emit,
    });
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  progress.finish();
  const note = skippedNote(skipped);
  if (note) stderr.write(`${note}\n`);
  return failed ? 1 : 0;
}
