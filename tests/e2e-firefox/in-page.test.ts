/**
 * ReportLens in real pages of the demo county sites, in Firefox: every demo report is recognised,
 * saved and marked; the marks are painted; hovering a term shows the report's own explanation;
 * look-alikes (news, sister documents, lists) get nothing; jump-to-source flashes the clause.
 * Mirrors the core of tests/e2e/in-page.test.ts (Chromium); the split report and the article in an
 * iframe are among the demo reports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import {
  addedToPage,
  askBackground,
  badgeText,
  highlighted,
  hover,
  pointAt,
  startFirefoxHarness,
  tabStateNow,
  tooltip,
  until,
  waitForMarks,
  type FirefoxHarness,
} from './harness.ts';

const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';

interface DemoPage {
  url: string;
  kind: string;
}
const DEMO_PAGES = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/site/MANIFEST.json', import.meta.url)), 'utf8'),
) as DemoPage[];
const REPORTS = DEMO_PAGES.filter((p) => p.kind === 'report');
/** One demo page of each kind that is not a report (news, sister documents, lists, home pages …). */
const LOOK_ALIKES = [...new Map(DEMO_PAGES.filter((p) => p.kind !== 'report').map((p) => [p.kind, p])).values()];

/** The frame of `page` that holds the marks (the page itself, or the iframe with the article). */
async function markedFrame(page: Page): Promise<Frame> {
  const frame = await until(
    async () => {
      for (const frame of page.frames()) if ((await highlighted(frame, 'reportlens-figure').catch(() => [])).length > 0) return frame;
      return null;
    },
    (frame) => frame !== null,
  );
  return frame!;
}

describe('Firefox: in the page', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
  });
  afterAll(async () => h?.close());

  it('every demo report is recognised, saved in the library and marked', async () => {
    expect(REPORTS.length).toBeGreaterThan(5);
    for (const { url } of REPORTS) {
      const page = await h.open(url);
      // Marks come after the background's answer, so its record of the tab is final by then (the
      // page around an article iframe is recorded first, then the frame with the report).
      const frame = await markedFrame(page);
      expect((await highlighted(frame, 'reportlens-term')).length, url).toBeGreaterThan(0);
      const state = await h.tabState(page);
      expect(state.status, url).toBe('report');
      expect(state.reportId, url).not.toBeNull();
      expect(state.saveError, url).toBeNull();
      // The toolbar button says so (MV2 Firefox has browserAction, not action).
      expect(await badgeText(h, state.tabId), url).toBe('报');
      const stored = (await h.readStoredDocument(state.reportId!))!;
      expect(stored.report.isReport, url).toBe(true);
      expect(stored.report.targets.length + stored.report.actuals.length, url).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('marks jargon and figures with the Highlight API; longest match wins', async () => {
    const page = await h.open(PINGYAO);
    await waitForMarks(page);
    const terms = await highlighted(page, 'reportlens-term');
    expect(terms).toContain('专精特新');
    expect(terms).toContain('一肩挑');
    // The report's own term 三重一大事项 is printed “三重一大”事项: quotes do not stop the match.
    expect(terms.some((t) => t.includes('三重一大'))).toBe(true);
    const figures = await highlighted(page, 'reportlens-figure');
    expect(figures).toContain('地区生产总值完成132.2亿元,增长8.6%');
    // The rules are in an adopted style sheet, and no overlay element wraps or covers the text.
    expect(await addedToPage(page)).toMatchObject({ hosts: 0, sheets: 1 });
  });

  it('term marks are painted (Firefox 140 drops underlines in ::highlight, so terms carry a wash)', async () => {
    const page = await h.open(PINGYAO);
    await waitForMarks(page);
    // The box of one marked term, scrolled into view.
    const clip = await page.evaluate(() => {
      const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reportlens-term')!];
      const range = ranges.find((r) => r.toString() === '专精特新')!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const marked = await page.screenshot({ clip, encoding: 'base64' });
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.delete('reportlens-term'));
    const unmarked = await page.screenshot({ clip, encoding: 'base64' });
    expect(marked).not.toBe(unmarked);
  });

  it('hovering 专精特新 shows the report’s own explanation in a shadow-root tooltip; Esc closes it', async () => {
    const page = await h.open(PINGYAO);
    await waitForMarks(page);
    await hover(page, await pointAt(page, '专精特新'));
    const tip = (await until(
      () => tooltip(page),
      (t) => t?.visible === true,
    ))!;
    expect(tip.role).toBe('tooltip');
    expect(tip.text).toContain('专业化、精细化、特色化、新颖化');
    expect(tip.text).toContain('本报告注释');
    await page.keyboard.press('Escape');
    await until(
      () => tooltip(page),
      (t) => t?.visible === false,
    );
  });

  it('look-alikes (news, sister documents, lists, home pages) are not reports, not saved and get nothing added', async () => {
    expect(LOOK_ALIKES.map((p) => p.kind).sort()).toEqual([
      'budget',
      'home',
      'infographic',
      'interpretation',
      'list',
      'news',
      'plan',
      'statistics',
    ]);
    for (const { url, kind } of LOOK_ALIKES) {
      const page = await h.open(url);
      const tabId = await h.tabIdOf(page);
      // What the panel's “analyse this page” does: the background asks the content script to look
      // (past its cheap check) and answers once it has. After that the page is settled.
      expect(await askBackground(h, { type: 'page/analyze', tabId }), url).toEqual({ ok: true });
      const state = await tabStateNow(h, tabId);
      expect(state, url).toMatchObject({ status: 'not-report', reportId: null });
      // A home page is “other” (or a list of links); every other kind is named as what it is.
      if (kind !== 'home') expect(state!.detection?.kind, url).toBe(kind);
      expect(await addedToPage(page), url).toEqual({ hosts: 0, sheets: 0, highlights: 0 });
      await page.close();
    }
  });

  it('jump-to-source scrolls the clause into view and flashes it', async () => {
    const page = await h.open(PINGYAO);
    const state = await h.tabState(page);
    await waitForMarks(page);
    const stored = (await h.readStoredDocument(state.reportId!))!;
    const target = stored.report.targets.find((f) => f.indicator === 'unemployment_registered')!;
    await page.evaluate(() => window.scrollTo(0, 0));
    const reply = await askBackground(h, { type: 'page/jump', tabId: state.tabId, start: target.start, end: target.end });
    expect(reply).toEqual({ found: true });
    expect(await highlighted(page, 'reportlens-flash')).toEqual([target.quote]);
    await until(
      () =>
        page.evaluate(() => {
          const flash = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reportlens-flash');
          const r = flash ? [...flash][0]!.getBoundingClientRect() : null;
          return r !== null && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      (inView) => inView,
    );
  });
});
