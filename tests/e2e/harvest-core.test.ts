/**
 * The harvest core in Chromium, before the side panel has a Save-all view: a bare page bundles
 * lib/harvest and lib/filetext with Vite and harvests the demo 青岚 column over the network, as
 * an extension page will (DOMParser, the browser's GBK decoder, pdf.js's worker and CMaps,
 * mammoth). Reports of the demo's seeds come out with the figures Node finds in them.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportText } from '../../lib/report/index.ts';
import { ensureDemoFiles, seedText } from '../../scripts/demo-files/index.ts';
import { findChrome, INSTALL_HINT } from '../../scripts/lib/chrome.ts';
import { demoResponse } from '../../scripts/lib/demo-server.ts';
import { pdfjsPublicFiles } from '../../scripts/lib/pdfjs-assets.ts';
import { QINGLAN_COLUMN as C } from '../../scripts/demo-site/qinglan-column.ts';

const PAGE_DIR = fileURLToPath(new URL('./harvest-page/', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../../test-results/harvest-page/', import.meta.url));
const PREFIX = '/__harvest/';

let server: Server;
let browser: Browser;
let port = 0;

/** The demo sites, plus the bundled page and pdf.js's files under /__harvest/ on every host. */
async function serve(): Promise<void> {
  const assets = new Map(pdfjsPublicFiles().map((f) => [f.relativeDest, f.absoluteSrc]));
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith(PREFIX)) {
      const rel = path.slice(PREFIX.length);
      const file = assets.get(rel) ?? join(OUT_DIR, rel);
      const type = /\.m?js$/.test(file) ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
      const body = await readFile(file).catch(() => null);
      res.writeHead(body ? 200 : 404, { 'content-type': type }).end(body ?? '');
      return;
    }
    const answer = await demoResponse({ host: (req.headers.host ?? '').split(':')[0]!, path });
    res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
}

beforeAll(async () => {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  await ensureDemoFiles();
  await build({ root: PAGE_DIR, base: PREFIX, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true, target: 'esnext' } });
  await serve();
  browser = await chromium.launch({ executablePath, args: [`--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${port}`] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('harvest core in Chromium', () => {
  it('harvests the demo column: GBK and split reports, PDF and Word files saved, the rest explained', async () => {
    const page = await browser.newPage();
    await page.goto(`http://www.qinglan.gov.cn${PREFIX}index.html`);
    await page.waitForFunction(() => 'harvestColumn' in window);
    const run = await page.evaluate(
      (path) => (window as unknown as { harvestColumn(p: string): Promise<unknown> }).harvestColumn(path),
      C.first,
    );
    const fromSeed = (seed: string) => {
      const r = parseReportText({ text: seedText(seed) }).report;
      return r.targets.length + r.actuals.length;
    };
    const fromLabel = (name: string) => {
      const label = JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/fictional/${name}.json`, import.meta.url)), 'utf8'));
      return label.targets.length + label.actuals.length;
    };
    expect(run).toEqual({
      pages: [C.first, C.second],
      counts: { saved: 4, already: 0, notReport: 2, failed: 1 },
      results: [
        { path: C.gbk2022, outcome: { status: 'saved' } },
        { path: C.news, outcome: { status: 'not-report', kind: 'news', reasons: [expect.objectContaining({ code: expect.any(String) })] } },
        { path: C.split2021[0], outcome: { status: 'saved' } },
        { path: C.pdf.path, outcome: { status: 'saved' } },
        { path: C.docx.path, outcome: { status: 'saved' } },
        { path: C.dead2020, outcome: { status: 'failed', failure: { reason: 'http', status: 404 } } },
        { path: C.stub2019, outcome: { status: 'not-report', kind: 'other', reasons: expect.any(Array) } },
      ],
      saved: [
        { path: C.gbk2022, fileKind: 'html', region: '青岚县', planYear: 2022, figures: fromLabel('qinglan-2022') },
        { path: C.split2021[0], fileKind: 'html', region: '青岚县', planYear: 2021, figures: fromLabel('qinglan-2021') },
        { path: C.pdf.path, fileKind: 'pdf', region: '平遥县', planYear: 2022, figures: fromSeed(C.pdf.seed) },
        { path: C.docx.path, fileKind: 'docx', region: '陵川县', planYear: 2020, figures: fromSeed(C.docx.seed) },
      ],
    });
  });
});
