/**
 * Library benchmarks: the workload of library-workload.ts in Node on fake-indexeddb and in real
 * Chromium (bundled by Vite, run in a page), plus the side panel with 10,000 reports: time to its
 * first list screen and its heap.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { parseReportText } from '../../lib/report/index.ts';
import { startDemoServer } from '../lib/demo-server.ts';
import { findChrome, INSTALL_HINT, launchWithExtension } from '../lib/chrome.ts';
import type { BaseReport } from './library-workload.ts';
import { median, round } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The five labelled reports (three seeds, two fictional), parsed: the library is made of variants of them. */
export function baseReports(): BaseReport[] {
  const dirs = ['tests/fixtures/seeds', 'tests/fixtures/fictional'];
  return dirs.flatMap((dir) =>
    readdirSync(ROOT + dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => parseReportText({ text: readFileSync(`${ROOT}${dir}/${f}`, 'utf8') }))
      .map(({ report, text }) => ({ report, text })),
  );
}

const prefix = (p: string, m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [`${p}.${k}`, round(v)]));

export async function libraryNodeBenchmarks(count: number): Promise<Record<string, number>> {
  // fake-indexeddb must be the global IndexedDB before Dexie loads.
  await import('./fake-indexeddb.ts');
  const { runLibraryWorkload } = await import('./library-workload.ts');
  return prefix('library.fakeIndexedDB', await runLibraryWorkload({ bases: baseReports(), count, dbName: `bench-${Date.now()}` }));
}

/** The workload bundled for the browser: one IIFE exposing runLibraryWorkload on window. */
async function workloadBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: `${ROOT}scripts/bench/library-workload.ts`, formats: ['iife'], name: 'benchLibrary' },
    },
  });
  const output = Array.isArray(result) ? result[0]! : result;
  if (!('output' in output)) throw new Error('unexpected Vite build result');
  return output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

export async function libraryChromiumBenchmarks(count: number): Promise<Record<string, number>> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const code = await workloadBundle();
  const bases = baseReports();
  const m: Record<string, number> = {};

  // 1. The workload in a plain Chromium page (same IndexedDB engine as the extension's).
  const server = await startDemoServer();
  server.addPage(
    'http://bench.bench-county.gov.cn/library.html',
    '<!doctype html><meta charset="utf-8"><title>bench</title><p>library benchmark</p>',
  );
  const browser = await chromium.launch({
    executablePath,
    args: [
      `--host-resolver-rules=${server.hostResolverRule}`,
      // performance.memory to the byte (the export's heap growth), not rounded to coarse buckets.
      '--enable-precise-memory-info',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto('http://bench.bench-county.gov.cn/library.html');
    await page.evaluate(code);
    const result = await page.evaluate(
      ({ bases, count }) =>
        (
          window as unknown as { benchLibrary: { runLibraryWorkload: (o: object) => Promise<Record<string, number>> } }
        ).benchLibrary.runLibraryWorkload({ bases, count, dbName: 'bench' }),
      { bases, count },
    );
    Object.assign(m, prefix('library.chromium', result));
  } finally {
    await browser.close();
  }

  // 2. The side panel with that many reports in the extension's own database.
  const ext = await launchWithExtension({
    extensionDir: `${ROOT}.output/chrome-mv3/`,
    hostResolverRule: server.hostResolverRule,
    viewport: { width: 360, height: 900 },
  });
  try {
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.evaluate(code);
    await panel.evaluate(
      async ({ bases, count }) => {
        const lib = (window as unknown as { benchLibrary: { runLibraryWorkload: (o: object) => Promise<unknown> } }).benchLibrary;
        await lib.runLibraryWorkload({ bases, count, dbName: 'reportlens' });
      },
      { bases, count },
    );
    // A new panel, as a user opening it: time until the library's first screen shows a synthetic
    // county. The first opening is reported alone (cold), then the median of five more.
    const openPanel = async () => {
      const page = await ext.context.newPage();
      const t0 = Date.now();
      await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
      const libraryTab = page.getByRole('tab', { name: /资料库|Library/ });
      if (await libraryTab.count()) await libraryTab.first().click();
      await page
        .getByText(/测试\d{4}县/)
        .first()
        .waitFor({ timeout: 120_000 });
      return { page, ms: Date.now() - t0 };
    };
    const { page: fresh, ms: firstMs } = await openPanel();
    m['library.sidePanel10k.firstScreenMs'] = firstMs;
    const again: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { page, ms } = await openPanel();
      again.push(ms);
      await page.close();
    }
    m['library.sidePanel10k.firstScreen.medianMs'] = median(again.sort((a, b) => a - b));
    const cdp = await ext.context.newCDPSession(fresh);
    await cdp.send('Performance.enable');
    const heap = async () => (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? NaN;
    await cdp.send('HeapProfiler.collectGarbage');
    m['library.sidePanel10k.heapBytes'] = await heap();
    Object.assign(m, prefix('library.sidePanel10k.searchKeystroke', await searchKeystrokes(fresh)));
    Object.assign(m, prefix('library.sidePanel10k', await panelCsvExport(fresh, heap)));
  } finally {
    await ext.close();
    await server.close();
  }
  return m;
}

/** The region name typed one character at a time, then erased back to the whole library (the heaviest list). */
const TYPED = ['测', '测试', '测试0', '测试01', '测试012', '测试0123', '测试0123县'];

/**
 * What one keystroke in the library's search box costs the panel's main thread: from the input
 * event to the updated list rendered, styled and laid out (the render is a microtask of the
 * event; a zero timeout runs after it; reading offsetHeight forces style and layout). Not
 * included: the wait for the next frame and its paint, which no keystroke's work decides.
 */
async function searchKeystrokes(panel: Page): Promise<Record<string, number>> {
  const queries = [...TYPED, ...TYPED.slice(0, -1).reverse(), ''];
  const times = await panel.evaluate(async (queries) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="library"] input[type=search]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const out: number[] = [];
    for (const q of queries) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const t0 = performance.now();
      setValue.call(input, q);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
    }
    return out;
  }, queries);
  // The list must have followed the typing: one region's ten reports, then the whole library again.
  const shown = await panel.getByTestId('library-report').count();
  if (shown === 0) throw new Error('the library list is empty after the search');
  return { medianMs: median([...times].sort((a, b) => a - b)), maxMs: Math.max(...times), keystrokes: times.length };
}

/**
 * The figures CSV from the panel's button to the download starting (the file is complete when
 * its object URL is handed to the download), and how far the panel's JS heap grew above its
 * level before (sampled every 25 ms while exporting).
 */
async function panelCsvExport(panel: Page, heap: () => Promise<number>): Promise<Record<string, number>> {
  const before = await heap();
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heap());
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const t0 = Date.now();
  const [download] = await Promise.all([
    panel.waitForEvent('download', { timeout: 300_000 }),
    panel.getByRole('button', { name: /CSV/ }).first().click(),
  ]);
  const exportCsvMs = Date.now() - t0;
  sampling = false;
  await sampler;
  const size = statSync((await download.path())!).size;
  return { exportCsvMs, exportCsvBytes: size, exportCsvPeakHeapGrowthBytes: peak - before };
}
