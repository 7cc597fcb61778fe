/**
 * The batch extractor's throughput as a researcher meets it: the wall clock of the whole command
 * (`node scripts/extract.ts --jobs N DIR`, start-up and worker start included, JSON Lines written
 * to a file) over the corpus and fixture reports — the corpus texts, the seeds and the demo
 * sites' report pages — hard-linked into a temporary folder often enough to make a few thousand
 * files, on one thread and on two. From the rate: how long a whole country's reports would take
 * (`countryMinutes`), and how much JSON Lines they would print.
 */
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
/** Enough files that worker start-up (~0.5 s) is a small part of the run, few enough to run in a minute or two. */
const TARGET_FILES = 3000;
/** Runs of each thread count, taking turns; the median is the number, the best beside it. */
const RUNS = 3;
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

/** Starts the CLI over `dirs`, JSON Lines into `out`; resolves when it exits (rejects if it failed). */
function extract({ dirs, jobs, out }: { dirs: string[]; jobs: number; out: string }): Promise<void> {
  const fd = openSync(out, 'w');
  const child = spawn(process.execPath, [join(ROOT, 'scripts/extract.ts'), '--jobs', String(jobs), ...dirs], {
    cwd: ROOT,
    stdio: ['ignore', fd, 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      closeSync(fd);
      if (code === 0) resolve();
      else reject(new Error(`extract --jobs ${jobs} failed (${code}): ${stderr.slice(0, 500)}`));
    }),
  );
}

/** Milliseconds of wall clock until every one of the commands has exited. */
async function wallMs(commands: () => Promise<void>[]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(commands());
  return performance.now() - t0;
}

function summarize({ key, files, walls }: { key: string; files: number; walls: number[] }): Record<string, number> {
  const sorted = [...walls].sort((a, b) => a - b);
  const rate = files / (median(sorted) / 1000);
  return {
    [`${key}.wallMs`]: Math.round(median(sorted)),
    [`${key}.bestWallMs`]: Math.round(sorted[0]!),
    [`${key}.reportsPerSecond`]: round(rate, 1),
    [`${key}.bestReportsPerSecond`]: round(files / (sorted[0]! / 1000), 1),
    [`${key}.countryMinutes`]: round(COUNTRY_REPORTS / rate / 60, 1),
  };
}

/**
 * Each round runs `--jobs 1`, `--jobs 2`, and — the control — two `--jobs 1` processes at once,
 * each over half the folders: what the machine gives two parsers at that moment, threads or not.
 * On a shared machine two threads can be no faster than one; the control says whether that is
 * the extractor or the machine.
 */
export async function cliBenchmarks(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const work = mkdtempSync(join(tmpdir(), 'reportlens-bench-cli-'));
  try {
    const dir = join(work, 'reports');
    const { sources, files, bytes } = buildFolder(dir);
    const copies = readdirSync(dir)
      .sort()
      .map((d) => join(dir, d));
    const half = Math.ceil(copies.length / 2);
    const halves = [copies.slice(0, half), copies.slice(half)];
    Object.assign(m, { 'cli.sourceFiles': sources, 'cli.files': files, 'cli.bytes': bytes, 'cli.runs': RUNS });
    m['cli.loadAverage1m.before'] = round(loadavg()[0]!);
    const walls: Record<'jobs1' | 'jobs2' | 'twoProcesses', number[]> = { jobs1: [], jobs2: [], twoProcesses: [] };
    const out = (name: string) => join(work, `${name}.jsonl`);
    for (let run = 0; run < RUNS; run++) {
      walls.jobs1.push(await wallMs(() => [extract({ dirs: [dir], jobs: 1, out: out('jobs1') })]));
      walls.jobs2.push(await wallMs(() => [extract({ dirs: [dir], jobs: 2, out: out('jobs2') })]));
      walls.twoProcesses.push(await wallMs(() => halves.map((dirs, i) => extract({ dirs, jobs: 1, out: out(`half${i}`) }))));
    }
    m['cli.loadAverage1m.after'] = round(loadavg()[0]!);
    for (const key of ['jobs1', 'jobs2', 'twoProcesses'] as const)
      Object.assign(m, summarize({ key: `cli.${key}`, files, walls: walls[key] }));
    m['cli.jobs2.speedup'] = round(m['cli.jobs1.wallMs']! / m['cli.jobs2.wallMs']!);
    m['cli.twoProcesses.speedup'] = round(m['cli.jobs1.wallMs']! / m['cli.twoProcesses.wallMs']!);
    m['cli.outputBytes'] = statSync(out('jobs1')).size;
    m['cli.country.reports'] = COUNTRY_REPORTS;
    m['cli.country.outputBytes'] = Math.round((m['cli.outputBytes']! / files) * COUNTRY_REPORTS);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return m;
}
