/**
 * Batch extractor: `npm run --silent extract -- [--jobs N] FILE|DIR...` reads saved report pages
 * (HTML), texts (.txt; `-` for standard input), PDF and Word (.docx) files, walking directories
 * (sorted by name; other kinds of file there are skipped and counted on stderr), and prints one
 * JSON document per file per line (JSON Lines) in that order, with the kind of file it was read
 * from (`fileKind`). `--csv` prints one tidy row per figure instead. `--explain` prints, for every
 * indicator mention, the figures read from it and the rule that read each, or why it yielded none.
 * A file that cannot be read yields a one-line error on stderr and a non-zero exit; the other
 * files are still processed.
 *
 * Files are parsed on `--jobs` worker threads (default: one per core); the output is the same,
 * byte for byte, whatever the number. On a terminal, stderr shows the progress.
 *
 * Each document's region carries its province, prefecture and code (lib/region). The hostname is
 * region evidence: `--url URL` gives the page's address (for a single file or standard input);
 * otherwise a saved page's own <link rel="canonical"> or og:url, or a folder named after the
 * host (www.liulin.gov.cn/art/…, as `wget --mirror` saves pages).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { runExtract } from './lib/extract-run.ts';

const usage = (code: number): never => {
  console.error(
    'usage: npm run --silent extract -- [--csv | --explain] [--url URL] [--jobs N] FILE|DIR... (HTML, .txt, .pdf or .docx; - reads standard input)',
  );
  process.exit(code);
};

const args = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        csv: { type: 'boolean', default: false },
        url: { type: 'string' },
        explain: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch {
    // An unknown option, or one without its value (--jobs -1 reads as a missing value).
    return usage(2);
  }
})();
const { values, positionals } = args;
const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
if (values.help) usage(0);
if (positionals.length === 0 || !Number.isInteger(jobs) || jobs < 1) usage(2);

// Output piped into `head` that closes early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runExtract({
  inputs: positionals,
  options: { csv: values.csv, explain: values.explain, url: values.url },
  jobs,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
