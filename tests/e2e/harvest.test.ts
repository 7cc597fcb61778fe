/**
 * Save all through the side panel, in Chromium with the built extension and the demo 青岚 report
 * column (two pages; a GBK report, a report split over two pages, a PDF, a .docx, a 404, news and
 * a stub): the links listed, the run watched to its end, every report in the library with the
 * figures of its labels or seed, the 404 and the pages that are no reports explained, a second run
 * saving nothing, and a cancel half-way keeping what was saved.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, waitForTabState, type Harness } from './harness.ts';
import { libraryRows, storedReports } from './probe.ts';
import { parseReportText, type Figure } from '../../lib/report/index.ts';
import type { StoredFigure } from '../../lib/library/db.ts';
import { seedText } from '../../scripts/demo-files/index.ts';
import { QINGLAN_COLUMN as C } from '../../scripts/demo-site/qinglan-column.ts';

const HOST = 'http://www.qinglan.gov.cn';
const COLUMN = HOST + C.first;

const key = (f: Pick<Figure, 'indicator' | 'measure' | 'year' | 'value' | 'max' | 'qualifier'>) =>
  [f.indicator, f.measure, f.year, f.value, f.max, f.qualifier].join('|');
const keys = (figures: Pick<Figure, 'indicator' | 'measure' | 'year' | 'value' | 'max' | 'qualifier'>[]) => figures.map(key).sort();
const label = (name: string) => {
  const l = JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/fictional/${name}.json`, import.meta.url)), 'utf8'));
  return keys([...l.targets, ...l.actuals]);
};
const seed = (name: string) => {
  const r = parseReportText({ text: seedText(name) }).report;
  return keys([...r.targets, ...r.actuals]);
};

/** Opens the column in a tab and the side panel about it; waits for the column's links (both pages). */
async function openColumn(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(COLUMN);
  const state = await waitForTabState(h, page);
  expect(state).toMatchObject({ status: 'not-report', detection: { kind: 'list' } });
  const panel = await h.openPanel(page);
  await panel.setViewportSize({ width: 360, height: 1200 });
  const harvest = panel.getByTestId('harvest');
  await harvest.waitFor();
  await until(panel, async () => (await harvest.getByTestId('harvest-link').count()) === 7);
  await harvest.getByText('已读取栏目的 2 页').waitFor();
  return panel;
}

/** Polls until `check` holds, with no deadline of its own (the test's timeout bounds a hang). */
async function until(panel: Page, check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await panel.waitForTimeout(100);
}

const counts = async (panel: Page) =>
  Object.fromEntries(
    await Promise.all(
      ['saved', 'already', 'notReport', 'failed'].map(async (k) => [
        k,
        Number(await panel.getByTestId(`count-${k}`).locator('strong').textContent()),
      ]),
    ),
  );

/** Polls the progress line until the run ends; returns every distinct "done/total" seen on the way. */
async function watchRun(panel: Page): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    const text = (await panel.getByTestId('harvest-done').textContent()) ?? '';
    if (seen.at(-1) !== text) seen.push(text);
    if (await panel.getByTestId('harvest-finished').isVisible()) return seen;
    await panel.waitForTimeout(100);
  }
}

describe('Save all from the demo report column', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('saves every report with its figures, explains the rest, and saves nothing twice', async () => {
    const panel = await openColumn(h);
    const links = panel.getByTestId('harvest-link');
    expect(await links.allTextContents()).toEqual([
      expect.stringContaining('青岚县2022年政府工作报告'),
      expect.stringMatching(/县十八届人大一次会议开幕.*可能是新闻/),
      expect.stringContaining('青岚县2021年政府工作报告'),
      expect.stringMatching(/平遥县2022年政府工作报告.*PDF.*阅读/),
      expect.stringMatching(/陵川县2020年政府工作报告.*Word.*阅读/),
      expect.stringContaining('青岚县2020年政府工作报告'),
      expect.stringContaining('青岚县2019年政府工作报告'),
    ]);
    // The news is a look-alike: unticked until the user ticks it.
    const news = links.nth(1).getByRole('checkbox');
    expect(await news.isChecked()).toBe(false);
    await news.check();
    await panel.getByRole('button', { name: '全部保存（7）' }).click();
    await panel.getByTestId('harvest-current').waitFor();
    const seen = await watchRun(panel);
    expect(seen.at(-1)).toBe('7/7');
    expect(seen.length).toBeGreaterThan(2);
    expect(await counts(panel)).toEqual({ saved: 4, already: 0, notReport: 2, failed: 1 });
    const results = panel.getByTestId('harvest-result');
    const line = (text: string) => results.filter({ hasText: text }).textContent();
    expect(await line('青岚县2020年政府工作报告')).toContain('网站返回 HTTP 404（页面不存在）');
    expect(await line('开幕')).toContain('不是政府工作报告（关于会议或报告的新闻）');
    expect(await line('青岚县2019年政府工作报告')).toContain('不是政府工作报告（其他页面）');
    await panel.screenshot({
      path: fileURLToPath(new URL('../../test-results/screenshots/save-all.png', import.meta.url)),
      fullPage: true,
    });

    // Every report in the library, at its own address, with the figures of its labels (HTML) or its seed (PDF, Word).
    const reports = await storedReports(h);
    const figures = await libraryRows<StoredFigure>(h, 'figures');
    const figuresOf = (path: string) => {
      const r = reports.find((x) => x.url === HOST + path);
      expect(r, path).toBeDefined();
      return keys(figures.filter((f) => f.reportId === r!.id));
    };
    expect(reports.map((r) => [r.url.replace(HOST, ''), r.fileKind]).sort()).toEqual(
      [
        [C.gbk2022, 'html'],
        [C.split2021[0], 'html'],
        [C.pdf.path, 'pdf'],
        [C.docx.path, 'docx'],
      ].sort(),
    );
    expect(reports.every((r) => r.host === 'www.qinglan.gov.cn' && typeof r.fetchedAt === 'number')).toBe(true);
    expect(figuresOf(C.gbk2022)).toEqual(label('qinglan-2022'));
    expect(figuresOf(C.split2021[0]!)).toEqual(label('qinglan-2021'));
    expect(figuresOf(C.pdf.path)).toEqual(seed(C.pdf.seed));
    expect(figuresOf(C.docx.path)).toEqual(seed(C.docx.seed));
    // The split report's second page leads to the same record.
    expect(reports.find((r) => r.url === HOST + C.split2021[0])!.urls).toContain(HOST + C.split2021[1]);

    // Again: the list marks what the library holds, and a second run saves nothing.
    await panel.getByRole('button', { name: '返回链接列表' }).click();
    await until(panel, async () => (await panel.locator('.badge.in-library').count()) === 4);
    await panel.getByRole('button', { name: /^全部保存/ }).click();
    await watchRun(panel);
    expect(await counts(panel)).toEqual({ saved: 0, already: 4, notReport: 1, failed: 1 });
    expect((await storedReports(h)).length).toBe(4);
  });
});

describe('Save all, cancelled half-way', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('stops after the link being read; what was saved stays saved, and the rest are not fetched', async () => {
    const panel = await openColumn(h);
    await panel.getByRole('button', { name: '全部保存（6）' }).click();
    // The first report is saved; cancel during the pause before the next link.
    await until(panel, async () => (await panel.getByTestId('count-saved').locator('strong').textContent()) === '1');
    await panel.getByRole('button', { name: '取消' }).click();
    await panel.getByTestId('harvest-finished').waitFor();
    const finished = (await panel.getByTestId('harvest-finished').textContent()) ?? '';
    expect(finished).toMatch(/^已取消：\d+ 个链接没有读取/);
    const statuses = await panel.getByTestId('harvest-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    const saved = statuses.filter((s) => s === 'saved').length;
    const skipped = statuses.filter((s) => s === 'skipped').length;
    expect(saved).toBeGreaterThanOrEqual(1);
    expect(skipped).toBeGreaterThan(0);
    expect(saved + skipped).toBeLessThan(6 + 1);
    expect(finished).toContain(`${skipped} 个链接没有读取`);
    expect((await storedReports(h)).map((r) => r.url)).toContain(HOST + C.gbk2022);
    expect((await storedReports(h)).length).toBe(saved);

    // Running it again finishes the job: what was saved is already there, the rest is saved now.
    await panel.getByRole('button', { name: '返回链接列表' }).click();
    await panel.getByRole('button', { name: '全部保存（6）' }).click();
    await watchRun(panel);
    expect(await counts(panel)).toEqual({ saved: 4 - saved, already: saved, notReport: 1, failed: 1 });
  });
});
