/**
 * The batch extractor's throughput as a researcher meets it: the wall clock of the whole command
 * (`node scripts/extract.ts --jobs N DIR`, start-up and worker start included, JSON Lines written
 * to a file) over the corpus and fixture reports — the corpus texts, the seeds and the demo
 * sites' report pages — hard-linked into a temporary folder often enough to make a few thousand
 * files, on one thread and on two. From the rate: how long a whole country's reports would take.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
/** Enough files that worker start-up (~0.5 s) is a small part of the run, few enough to run in a minute or two. */
const TARGET_FILES = 3000;
/** ≈ 2,800 county-level governments × 20 years of work reports. */
const COUNTRY_REPORTS = 56_000;

/** The source files, as paths under tests/fixtures/ (the site's host folders are region evidence and are kept). */
function sourceFiles(): string[] {
  const texts = (dir: string): string[] =>
    readdirSync(join(FIXTURES, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(dir, f));
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'site/MANIFEST.json'), 'utf8')) as { file: string; kind: string }[];
  // The report pages only: the PDF and Word files exist only after `npm run demo-files`.
  const pages = manifest.filter((p) => p.kind === 'report' && /\.s?html?$/.test(p.file)).map((p) => join('site', p.file));
  return [...texts('corpus'), ...texts('seeds'), ...pages];
}

/** Links (or, across file systems, copies) the sources into `copies` numbered folders. */
function buildFolder(dir: string): { sources: number; files: number; bytes: number } {
  const sources = sourceFiles();
  const copies = Math.ceil(TARGET_FILES / sources.length);
  let bytes = 0;
  for (let c = 0; c < copies; c++) {
    for (const source of sources) {
      const from = join(FIXTURES, source);
      const to = join(dir, `copy-${String(c).padStart(3, '0')}`, source);
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
      bytes += statSync(from).size;
    }
  }
  return { sources: sources.length, files: copies * sources.length, bytes };
}

/** One run of the CLI; milliseconds of wall clock and the size of what it printed. */
function timeExtract({ dir, jobs, out }: { dir: string; jobs: number; out: string }): { ms: number; outputBytes: number } {
  const fd = openSync(out, 'w');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/extract.ts'), '--jobs', String(jobs), dir], {
    cwd: ROOT,
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  closeSync(fd);
  if (run.status !== 0) throw new Error(`extract --jobs ${jobs} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  return { ms, outputBytes: statSync(out).size };
}

export function cliBenchmarks(): Record<string, number> {
  const m: Record<string, number> = {};
  const work = mkdtempSync(join(tmpdir(), 'reportlens-bench-cli-'));
  try {
    const dir = join(work, 'reports');
    const { sources, files, bytes } = buildFolder(dir);
    m['cli.sourceFiles'] = sources;
    m['cli.files'] = files;
    m['cli.bytes'] = bytes;
    // Other work on the machine takes cores from the threads: the load beside each run says how much.
    const load = () => round(loadavg()[0]!);
    for (const jobs of [1, 2]) {
      m[`cli.jobs${jobs}.loadAverage1mBefore`] = load();
      const { ms, outputBytes } = timeExtract({ dir, jobs, out: join(work, `out-${jobs}.jsonl`) });
      const rate = files / (ms / 1000);
      m[`cli.jobs${jobs}.wallMs`] = Math.round(ms);
      m[`cli.jobs${jobs}.reportsPerSecond`] = round(rate, 1);
      m[`cli.jobs${jobs}.countryMinutes`] = round(COUNTRY_REPORTS / rate / 60, 1);
      m['cli.outputBytes'] = outputBytes;
    }
    m['cli.jobs2.speedup'] = round(m['cli.jobs1.wallMs']! / m['cli.jobs2.wallMs']!);
    m['cli.country.reports'] = COUNTRY_REPORTS;
    m['cli.country.outputBytes'] = Math.round((m['cli.outputBytes']! / files) * COUNTRY_REPORTS);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return m;
}
