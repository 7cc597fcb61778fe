/**
 * `npm run bench` — every benchmark on this machine, printed as a table;
 * `npm run bench -- --json` — one JSON object of named metrics (keys documented in BENCHMARKS.md).
 *
 *   --only parser,region,search,library,page,cli   run some groups
 *   --reports N                  library size (default 10,000)
 *
 * Benchmarks measure; they never fail on a number. Tests check correctness.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parserBenchmarks } from './bench/parser.ts';
import { pageBenchmarks } from './bench/page.ts';
import { libraryChromiumBenchmarks, libraryNodeBenchmarks } from './bench/library.ts';
import { searchBenchmarks } from './bench/search.ts';
import { regionBenchmarks } from './bench/region.ts';
import { cliBenchmarks } from './bench/cli.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string', default: 'parser,region,search,library,page,cli' },
    reports: { type: 'string', default: '10000' },
  },
});
const groups = new Set(values.only.split(','));
const reports = Number(values.reports);
const log = (line: string) => {
  if (!values.json) console.error(line);
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
if (groups.has('page') || groups.has('library')) {
  log('Building the extension (wxt build)…');
  const build = spawnSync('wxt', ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(1);
}

const metrics: Record<string, number | string> = {
  'run.date': new Date().toISOString(),
  'run.cpu': `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  'run.memoryBytes': totalmem(),
  'run.node': process.version,
  // The machine is shared: the load when the run starts says how much of it the numbers had.
  'run.loadAverage1m': Math.round(loadavg()[0]! * 100) / 100,
};
const run = async (name: string, fn: () => Promise<Record<string, number>> | Record<string, number>) => {
  if (![...groups].some((g) => name.startsWith(g))) return;
  log(`Running ${name} benchmarks…`);
  Object.assign(metrics, await fn());
};
await run('parser', parserBenchmarks);
await run('region', regionBenchmarks);
await run('search', () => searchBenchmarks(reports));
await run('library (fake-indexeddb)', () => libraryNodeBenchmarks(reports));
await run('library (Chromium)', () => libraryChromiumBenchmarks(reports));
await run('page', pageBenchmarks);
await run('cli', cliBenchmarks);

if (values.json) {
  console.log(JSON.stringify(metrics, null, 1));
} else {
  const width = Math.max(...Object.keys(metrics).map((k) => k.length));
  for (const [key, value] of Object.entries(metrics))
    console.log(`${key.padEnd(width)}  ${typeof value === 'number' ? value.toLocaleString('en-US') : value}`);
}
