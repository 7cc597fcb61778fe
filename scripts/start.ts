/**
 * `npm start` — the main job for a newcomer: builds the extension, serves the demo county sites on
 * loopback, and opens Chromium with ReportLens loaded on a demo report page. With no display (a
 * server, CI) it runs headless instead, prints what the extension found and writes screenshots.
 *
 *   npm start                 headed when a display is available, else headless
 *   npm start -- --headless   always headless
 *   npm start -- --page URL   another demo page (see tests/fixtures/site/MANIFEST.json)
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startDemoServer } from './lib/demo-server.ts';
import { findChrome, INSTALL_HINT, launchWithExtension } from './lib/chrome.ts';
import { readStoredDocument, waitForTabState, tabIdOfActivePage } from './lib/extension-probe.ts';
import { formatReportSummary } from './lib/summary.ts';
import { ensureDemoFiles } from './demo-files/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
const DEFAULT_PAGE = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    page: { type: 'string', default: DEFAULT_PAGE },
    out: { type: 'string', default: 'screenshots' },
  },
});

const hasDisplay =
  process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headed = hasDisplay && !values.headless;

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

console.log('Building the extension (wxt build)…');
const build = spawnSync('wxt', ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(1);
}

// The demo sites' PDF and Word reports are generated, not committed: make them once.
const made = await ensureDemoFiles();
if (made.length > 0) console.log(`Generated ${made.length} demo PDF and Word files (npm run demo-files).`);

const server = await startDemoServer();
const browser = await launchWithExtension({
  extensionDir: EXTENSION_DIR,
  hostResolverRule: server.hostResolverRule,
  headed,
  viewport: headed ? null : { width: 1280, height: 900 },
});
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(values.page);

if (headed) {
  console.log(`\nChromium is open on ${values.page}`);
  console.log('Click the ReportLens toolbar icon (puzzle piece → pin it) to open the side panel.');
  console.log(`Demo pages: ${server.hostResolverRule.replace('MAP ', '')} serves every site in tests/fixtures/site/ (see MANIFEST.json).`);
  console.log('Close the browser window or press Ctrl-C to stop.');
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  browser.context.on('close', () => void stop());
} else {
  const outDir = resolve(ROOT, values.out);
  await mkdir(outDir, { recursive: true });
  const tabId = await tabIdOfActivePage(browser, page);
  const state = await waitForTabState(browser, tabId);
  console.log(`\nHeadless run (no display). Page: ${values.page}`);
  if (state?.status === 'report' && state.reportId !== null) {
    const stored = await readStoredDocument(browser, state.reportId);
    console.log(stored ? formatReportSummary(stored.report) : 'The report was detected but could not be read back from the library.');
  } else {
    console.log(`ReportLens did not find a work report here (${state?.detection?.kind ?? 'no detection'}).`);
  }
  await page.waitForTimeout(500);
  const pageShot = resolve(outDir, 'page.png');
  await page.screenshot({ path: pageShot });
  const hovered = await showTooltip(page, resolve(outDir, 'tooltip.png'));
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.waitForTimeout(800);
  const panelShot = resolve(outDir, 'sidepanel.png');
  await panel.screenshot({ path: panelShot, fullPage: true });
  console.log(`\nScreenshots written to ${values.out}/: page.png, ${hovered ? 'tooltip.png, ' : ''}sidepanel.png`);
  await browser.close();
  await server.close();
}

/**
 * Hovers the first marked term below the page's header, as a reader would (rest nearby, then move
 * onto it), and screenshots the tooltip. Returns whether a tooltip showed.
 */
async function showTooltip(page: Page, path: string): Promise<boolean> {
  const point = await page.evaluate(() => {
    const marks = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reportlens-term');
    const range = [...(marks ?? [])].find((r) => r.toString() === '专精特新') ?? [...(marks ?? [])][0];
    if (!range) return null;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (!point) return false;
  await page.mouse.move(point.x - 40, point.y + 40);
  await page.waitForTimeout(400);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(600);
  const shown = await page.evaluate(() => (document.querySelector('reportlens-tooltip') as HTMLElement | null)?.style.display === 'block');
  if (shown) await page.screenshot({ path });
  return shown;
}
