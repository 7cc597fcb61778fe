/**
 * The reader in Chromium with the built extension and the demo 青岚 column's files: the PDF (printed
 * by Chromium from seed 004, real CID fonts) opened in reader.html, its jargon and figures marked,
 * a term explained on hover, a figure jumped to from the side panel, and the report saved by the
 * background with the seed's figures, its file address and kind; the Word file too; the column's
 * PDF opened from the panel's list; a dead link and a web page refused with a reason.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, waitForTabState, type Harness } from './harness.ts';
import { hover, pointAt } from './pointer.ts';
import { highlightTexts, libraryRows, storedReports } from './probe.ts';
import { readTooltip } from './cdp.ts';
import { parseReportText, type Figure } from '../../lib/report/index.ts';
import type { StoredFigure } from '../../lib/library/db.ts';
import { seedText } from '../../scripts/demo-files/index.ts';
import { QINGLAN_COLUMN as C } from '../../scripts/demo-site/qinglan-column.ts';

const HOST = 'http://www.qinglan.gov.cn';

type Key = Pick<Figure, 'indicator' | 'measure' | 'year' | 'value' | 'max' | 'qualifier'>;
const keys = (figures: Key[]) => figures.map((f) => [f.indicator, f.measure, f.year, f.value, f.max, f.qualifier].join('|')).sort();
const seed = (name: string) => {
  const r = parseReportText({ text: seedText(name) }).report;
  return keys([...r.targets, ...r.actuals]);
};

async function openInReader(h: Harness, fileUrl: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/reader.html?url=${encodeURIComponent(fileUrl)}`);
  return page;
}

/** Polls with no deadline of its own (the test's timeout bounds a hang). */
async function until(page: Page, check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await page.waitForTimeout(100);
}

describe('the reader', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('shows the demo PDF marked, explains a term on hover, jumps from the panel and saves it with the seed’s figures', async () => {
    const page = await openInReader(h, HOST + C.pdf.path);
    const saved = page.getByTestId('reader-save');
    await saved.waitFor();
    expect(await saved.getAttribute('data-save')).toBe('saved');
    expect(await page.getByTestId('reader-title').textContent()).toContain('政府工作报告');
    await until(page, async () => (await highlightTexts(page, 'reportlens-term')).length > 0);
    const figures = await highlightTexts(page, 'reportlens-figure');
    expect(figures.length).toBeGreaterThan(3);
    await page.screenshot({ path: fileURLToPath(new URL('../../test-results/screenshots/reader.png', import.meta.url)) });
    // The article is text: the file's words never become markup.
    expect(await page.locator('#article > :not(p)').count()).toBe(0);

    // Hover a marked term: the tooltip explains it.
    const term = (await highlightTexts(page, 'reportlens-term'))[0]!;
    const point = await pointAt(page, term);
    await hover(page, point);
    await until(page, async () => (await readTooltip(page))?.visible ?? false);
    expect((await readTooltip(page))!.text).toContain(term);

    // Saved by the background at the file's address, as a PDF, with the seed's figures.
    const reports = await storedReports(h);
    expect(reports.map((r) => [r.url, r.fileKind])).toEqual([[HOST + C.pdf.path, 'pdf']]);
    expect(typeof reports[0]!.fetchedAt).toBe('number');
    const stored = (await libraryRows<StoredFigure>(h, 'figures')).filter((f) => f.reportId === reports[0]!.id);
    expect(keys(stored)).toEqual(seed(C.pdf.seed));

    // The side panel about the reader's tab: a figure's quote jumps to it in the article.
    const panel = await h.openPanel(page);
    await panel.getByTestId('this-page-report').waitFor();
    const quote = panel.locator('button.quote').first();
    const text = (await quote.textContent()) ?? '';
    await page.evaluate(() => window.scrollTo(0, 0));
    await quote.click();
    await until(page, async () => (await highlightTexts(page, 'reportlens-flash')).length > 0);
    expect(await highlightTexts(page, 'reportlens-flash')).toEqual([text]);
  });

  it('reads the Word file with the seed’s figures', async () => {
    const page = await openInReader(h, HOST + C.docx.path);
    await page.getByTestId('reader-save').waitFor();
    const report = (await storedReports(h)).find((r) => r.url === HOST + C.docx.path)!;
    expect(report.fileKind).toBe('docx');
    const stored = (await libraryRows<StoredFigure>(h, 'figures')).filter((f) => f.reportId === report.id);
    expect(keys(stored)).toEqual(seed(C.docx.seed));
  });

  it('opens a PDF the column links from the side panel’s list', async () => {
    const page = await h.context.newPage();
    await page.goto(HOST + C.first);
    await waitForTabState(h, page);
    const panel = await h.openPanel(page);
    const link = panel.getByTestId('harvest-link').filter({ hasText: /平遥县2022年政府工作报告.*PDF/ });
    await link.waitFor();
    const opened = h.context.waitForEvent('page');
    await link.getByRole('button', { name: '阅读' }).click();
    const reader = await opened;
    await reader.getByTestId('reader-save').waitFor();
    expect(new URL(reader.url()).searchParams.get('url')).toBe(HOST + C.pdf.path);
    // Saved by the first test of this file, or now when this one runs alone.
    expect(['saved', 'already']).toContain(await reader.getByTestId('reader-save').getAttribute('data-save'));
    expect((await storedReports(h)).filter((r) => r.url === HOST + C.pdf.path)).toHaveLength(1);
  });

  it('says why when there is no file: a dead link, a web page, no address', async () => {
    const dead = await openInReader(h, HOST + C.dead2020.replace('.html', '.pdf'));
    await dead.getByTestId('reader-error').waitFor();
    expect(await dead.getByTestId('reader-error').textContent()).toContain('HTTP 404');
    const web = await openInReader(h, HOST + C.news);
    await web.getByTestId('reader-error').waitFor();
    expect(await web.getByTestId('reader-error').textContent()).toContain('这个地址是网页');
    const none = await openInReader(h, 'javascript:alert(1)');
    await none.getByTestId('reader-error').waitFor();
    expect(await none.getByTestId('reader-error').textContent()).toContain('没有要打开的文件');
  });
});
