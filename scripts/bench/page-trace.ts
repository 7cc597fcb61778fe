/**
 * `node scripts/bench/page-trace.ts [largest|oneMB|fiveMB] [runs]` — where the time between a
 * report page's load event and its painted marks goes, from a Chromium trace (the DevTools
 * protocol's Tracing domain, the categories of the Performance panel). Prints, for the page's main
 * thread and the extension's service worker, every task between the load event and the frame that
 * paints the marks, with what ran in it. A diagnostic, not a benchmark: `npm run bench` holds the
 * numbers. Needs `npx wxt build` first. To split the time further, build with temporary
 * `performance.mark('cs:…')` calls in the content script and `performance.mark('bg:…')` in the
 * background: the trace lists them in order (they are not shipped: a page could read them).
 */
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { startDemoServer } from '../lib/demo-server.ts';
import { launchWithExtension } from '../lib/chrome.ts';
import { round } from './stats.ts';
import { reportPage, syntheticReport } from './synthetic.ts';
import { largestDemoReport } from './page-pages.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
  'loading',
  'blink',
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

async function record(session: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await during();
  await session.send('Tracing.end');
  await done;
  return events;
}

/** What ran inside a task, the longest child events first. */
function contents(task: TraceEvent, children: TraceEvent[]): string {
  const inside = children.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!);
  const byName = new Map<string, number>();
  for (const e of inside) {
    const url = String(e.args?.data?.url ?? '');
    const where = url.startsWith('chrome-extension') ? `(ext${url.includes('content-scripts') ? ' content' : ''})` : url ? '(page)' : '';
    const fn = e.name === 'FunctionCall' && e.args?.data?.functionName ? `:${e.args.data.functionName}` : '';
    const label = e.name + where + fn;
    byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0));
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, us]) => `${name} ${round(us / 1000, 1)}`)
    .join(', ');
}

const DETAIL = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'v8.run',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'ParseHTML',
  'RunMicrotasks',
  'V8.GC_SCAVENGER',
  'MinorGC',
  'MajorGC',
  'HitTest',
  'FireAnimationFrame',
  'EventDispatch',
]);

function threadTasks(events: TraceEvent[], pid: number, tid: number, from: number, to: number): string[] {
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = own.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const details = own.filter((e) => DETAIL.has(e.name));
  return tasks
    .filter((t) => t.ts + t.dur! >= from && t.ts <= to && t.dur! >= 300)
    .map((t) => `  +${round((t.ts - from) / 1000, 1)} ms  ${round(t.dur! / 1000, 1)} ms  ${contents(t, details)}`);
}

function threadOf(events: TraceEvent[], name: string, pid?: number): { pid: number; tid: number }[] {
  return events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === name && (pid === undefined || e.pid === pid))
    .map((e) => ({ pid: e.pid, tid: e.tid }));
}

async function traceOnce(page: Page, url: string): Promise<void> {
  // The browser's session traces every process: the page's renderer and the extension's service worker.
  const session = await page.context().browser()!.newBrowserCDPSession();
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => performance.mark('trace:dcl'), { once: true });
    addEventListener('load', () => performance.mark('trace:load'), { once: true });
    const poll = () => {
      const highlights = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
      if ((highlights?.get('reportlens-term')?.size ?? 0) > 0) requestAnimationFrame(() => performance.mark('trace:marks'));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  const events = await record(session, async () => {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('trace:marks').length > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
  });
  await session.detach();
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const load = mark('trace:load');
  const marks = mark('trace:marks');
  if (!load || !marks) throw new Error('trace: marks not found in the trace');
  const from = load.ts;
  console.log(`load → marks painted: ${round((marks.ts - from) / 1000, 1)} ms`);
  // Phase marks (performance.mark) of the content script and the background, when a build has them.
  const phases = events.filter((e) => e.cat.includes('blink.user_timing') && /^(cs|bg|trace):/.test(e.name) && e.ph !== 'M');
  const seen = new Set<string>();
  const lines = phases
    .sort((a, b) => a.ts - b.ts)
    .filter((e) => !seen.has(e.name) && seen.add(e.name))
    .map((e) => `${e.name} +${round((e.ts - from) / 1000, 1)}`);
  if (lines.length > 0) console.log(`phases: ${lines.join(', ')}`);
  if (process.env.TRACE_EVALS)
    for (const e of events.filter((x) => x.name === 'EvaluateScript' && (x.dur ?? 0) > 10_000))
      console.log('EvaluateScript', round((e.ts - load.ts) / 1000, 1), round(e.dur! / 1000, 1), JSON.stringify(e.args).slice(0, 300));
  const script = events.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url).includes('content-scripts/'));
  if (process.env.TRACE_EVALS && script) {
    const inside = events.filter(
      (e) =>
        e.pid === script.pid &&
        e.tid === script.tid &&
        e.ts >= script.ts &&
        e.ts + (e.dur ?? 0) <= script.ts + script.dur! &&
        (e.dur ?? 0) > 1000,
    );
    for (const e of inside)
      console.log(
        '  in content script:',
        e.name,
        round((e.ts - script.ts) / 1000, 1),
        round(e.dur! / 1000, 1),
        JSON.stringify(e.args?.data ?? {}).slice(0, 120),
      );
  }
  if (script) console.log(`content script evaluated at +${round((script.ts - from) / 1000, 1)} ms for ${round(script.dur! / 1000, 1)} ms`);
  const main = threadOf(events, 'CrRendererMain').find((t) => t.pid === load.pid);
  if (main) console.log(`page main thread (tasks ≥ 0.3 ms):\n${threadTasks(events, main.pid, main.tid, from, marks.ts).join('\n')}`);
  for (const worker of threadOf(events, 'ServiceWorker thread')) {
    const lines = threadTasks(events, worker.pid, worker.tid, from, marks.ts);
    if (lines.length > 0) console.log(`service worker (pid ${worker.pid}):\n${lines.join('\n')}`);
  }
}

const which = process.argv[2] ?? 'largest';
const runs = Number(process.argv[3] ?? 3);
const server = await startDemoServer();
const urls: Record<string, string> = { largest: largestDemoReport(`${ROOT}tests/fixtures/site/`) };
for (const [name, chars] of [
  ['oneMB', 370_000],
  ['fiveMB', 1_850_000],
] as const) {
  urls[name] = `http://www.bench-county.gov.cn/zwgk/trace-${name}.html`;
  server.addPage(urls[name]!, reportPage(syntheticReport(chars)));
}
const ext = await launchWithExtension({ extensionDir: `${ROOT}.output/chrome-mv3/`, hostResolverRule: server.hostResolverRule });
try {
  for (let i = 0; i < runs; i++) {
    console.log(`\n── ${which}, run ${i + 1} ──`);
    const page = await ext.context.newPage();
    await traceOnce(page, urls[which]!);
    await page.close();
  }
} finally {
  await ext.close();
  await server.close();
}
