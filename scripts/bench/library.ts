/**
 * Library benchmarks: the workload of library-workload.ts in Node on fake-indexeddb and in real
 * Chromium (bundled by Vite, run in a page), plus the side panel with 10,000 reports: time to its
 * first list screen and its heap.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { parseReportText } from '../../lib/report/index.ts';
import { startDemoServer } from '../lib/demo-server.ts';
import { findChrome, INSTALL_HINT, launchWithExtension } from '../lib/chrome.ts';
import type { BaseReport } from './library-workload.ts';
import { round } from './stats.ts';

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
    args: [`--host-resolver-rules=${server.hostResolverRule}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
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
    // A new panel, as a user opening it: time until the library's first screen shows a synthetic county.
    const fresh = await ext.context.newPage();
    const t0 = Date.now();
    await fresh.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const libraryTab = fresh.getByRole('tab', { name: /资料库|Library/ });
    if (await libraryTab.count()) await libraryTab.first().click();
    await fresh
      .getByText(/测试\d{4}县/)
      .first()
      .waitFor({ timeout: 120_000 });
    m['library.sidePanel10k.firstScreenMs'] = Date.now() - t0;
    const cdp = await ext.context.newCDPSession(fresh);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    m['library.sidePanel10k.heapBytes'] = metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await ext.close();
    await server.close();
  }
  return m;
}
