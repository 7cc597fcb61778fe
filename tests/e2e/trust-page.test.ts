/**
 * Issue 15, in the page: what a page's own scripts (its main world) can do to ReportLens — read
 * the user's explanations, switch it off — and what the user's settings and long content do.
 * Findings 3, 6, 7 and 9.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, waitForTabState, type Harness } from './harness.ts';
import { hover, pointAt } from './pointer.ts';
import { readTooltip } from './cdp.ts';
import { highlightTexts, putUserTerms, setSettings, storedReports } from './probe.ts';

const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';
const LATE_HTML = readFileSync(
  fileURLToPath(new URL('../fixtures/site/www.pingyao.gov.cn/art/2022/7/11/art_1241_56790.html', import.meta.url)),
  'utf8',
);

const marked = (page: Page) => highlightTexts(page, 'reportlens-term');

async function waitForMarks(page: Page): Promise<void> {
  await expect.poll(async () => (await marked(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
}

describe('trust: in the page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // A first report makes the extension create its library (the terms go into it).
    const first = await h.context.newPage();
    await first.goto(PINGYAO);
    await waitForTabState(h, first);
    await first.close();
    await putUserTerms(h, [
      // Only the user knows this one: a page must not learn that they explained it.
      { term: '古城保护', definition: 'SECRET 我写的古城保护笔记', variants: [], updatedAt: 1 },
      // A built-in term the user explained in their own words, at length.
      { term: '一肩挑', definition: `SECRET ${'很长的个人解释。'.repeat(120)}`, variants: [], updatedAt: 1 },
    ]);
  });
  afterAll(async () => h?.close());
  beforeEach(async () => setSettings(h, null));

  it('3. page script cannot read the user’s explanations: synthetic hovers show nothing, highlights hold no user-only term, the tooltip is closed', async () => {
    const page = await h.context.newPage();
    await page.goto(PINGYAO);
    await waitForMarks(page);
    // The highlight registry is readable by page scripts: it marks what anyone would see, not the user's own term.
    expect(await marked(page)).toContain('一肩挑');
    expect(await marked(page)).not.toContain('古城保护');
    const point = await pointAt(page, '古城保护');
    const seen = await page.evaluate(async ({ x, y }) => {
      for (let i = 0; i < 8; i++) {
        document.dispatchEvent(new MouseEvent('mousemove', { clientX: x + (i % 2), clientY: y, bubbles: true }));
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 600));
      const host = document.querySelector('reportlens-tooltip');
      return { host: host !== null, text: host?.shadowRoot?.textContent ?? '' };
    }, point);
    expect(seen.text).not.toContain('SECRET');
    expect(seen.host).toBe(false);
    // The user's own hover shows their explanation, and page scripts still cannot read it.
    await hover(page, point);
    await expect.poll(async () => (await readTooltip(page))?.text ?? '', { timeout: 5000 }).toContain('SECRET 我写的古城保护笔记');
    expect(await page.evaluate(() => document.querySelector('reportlens-tooltip')?.shadowRoot ?? null)).toBeNull();
  });

  it('6. a page cannot switch ReportLens off with WXT’s “content script started” event', async () => {
    const page = await h.context.newPage();
    await page.goto(PINGYAO);
    const state = await waitForTabState(h, page);
    await waitForMarks(page);
    await page.evaluate((id) => {
      for (const name of [`${id}:content:wxt:content-script-started`, `${id}:content:content-script-started`]) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      }
      window.postMessage({ type: `${id}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'page' }, '*');
    }, h.extensionId);
    await page.waitForTimeout(500);
    expect(await marked(page)).toContain('一肩挑');
    await hover(page, await pointAt(page, '一肩挑'));
    await expect.poll(async () => (await readTooltip(page))?.visible ?? false, { timeout: 5000 }).toBe(true);
    const reply = await h.serviceWorker.evaluate(
      ({ tabId }) => chrome.tabs.sendMessage(tabId, { type: 'page/jump-to', start: 0, end: 6 }),
      { tabId: state.tabId },
    );
    expect(reply).toEqual({ found: true });
  });

  it('7a. a site turned off stays untouched when its article arrives late (the re-analysis reads the settings too)', async () => {
    // The demo page whose CMS fills the article in 1.5 s after load, with nothing before that naming a
    // work report (title, breadcrumbs): the cheap check skips it, and only the late look finds the report.
    const [chrome, script] = LATE_HTML.split('<script type="text/javascript">\n(function');
    const url = 'http://www.late-county.gov.cn/art/2022/report.html';
    // (The script's own text is page text too: the article in it spells 工作报告 in escapes.)
    const escaped = script!.replaceAll('工作报告', '\\u5de5\\u4f5c\\u62a5\\u544a');
    h.server.addPage(url, `${chrome!.replaceAll('工作报告', '工作安排')}<script type="text/javascript">\n(function${escaped}`);
    await setSettings(h, { disabledSites: ['www.late-county.gov.cn'] });
    const page = await h.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(5000);
    expect(await page.evaluate(() => document.querySelector('#UCAP-CONTENT')!.textContent!.includes('政府工作报告'))).toBe(true);
    expect(await marked(page)).toEqual([]);
    expect((await storedReports(h)).some((r) => r.url === url)).toBe(false);
  });

  it('7b. settings changed while a page is open reach it: marks off removes marks, a site turned off is left, turned on again is marked', async () => {
    const page = await h.context.newPage();
    await page.goto(PINGYAO);
    await waitForMarks(page);
    await setSettings(h, { highlight: false });
    await expect.poll(() => marked(page)).toEqual([]);
    await setSettings(h, { highlight: true });
    await waitForMarks(page);
    await setSettings(h, { disabledSites: ['www.pingyao.gov.cn'] });
    await expect.poll(() => marked(page)).toEqual([]);
    await hover(page, await pointAt(page, '一肩挑'));
    await page.waitForTimeout(800);
    expect((await readTooltip(page))?.visible ?? false).toBe(false);
    await setSettings(h, null);
    await waitForMarks(page);
  });

  it('9a. a long definition keeps the tooltip inside the window; its content scrolls', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1000, height: 480 });
    await page.goto(PINGYAO);
    await waitForMarks(page);
    await hover(page, await pointAt(page, '一肩挑'));
    await expect.poll(async () => (await readTooltip(page))?.text ?? '', { timeout: 5000 }).toContain('很长的个人解释');
    const tip = (await readTooltip(page))!;
    expect(tip.height).toBeLessThanOrEqual(480 - 10);
    expect(tip.scrollable).toBe(true);
  });

  it('9b. a 40 MB backup is read off the panel’s thread, with a progress bar, and refused with a message', async () => {
    const page = await h.context.newPage();
    await page.goto(PINGYAO);
    await waitForTabState(h, page);
    const panel = await h.openPanel(page);
    await panel.getByRole('tab', { name: '资料库' }).click();
    // Whether a progress bar was ever shown, however short the import.
    await panel.evaluate(() => {
      const w = window as unknown as { progressSeen: boolean };
      w.progressSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="import-progress"] progress')) w.progressSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const file = join(tmpdir(), `reportlens-40mb-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        format: 'reportlens-backup',
        version: 1,
        schemaVersion: 5,
        exportedAt: '2026-01-01T00:00:00Z',
        tables: {
          reports: [],
          documents: [],
          texts: [{ reportId: 1, text: 'x'.repeat(40_000_000) }],
          figures: [],
          reportGlossary: [],
          userTerms: [],
        },
      }),
    );
    await panel.locator('input[type=file]').setInputFiles(file);
    await panel.getByTestId('library-message').waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('library-message').textContent()).toContain('备份文件格式不对');
    expect(await panel.evaluate(() => (window as unknown as { progressSeen: boolean }).progressSeen)).toBe(true);
  });
});
