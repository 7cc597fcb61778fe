/**
 * ReportLens in real pages of the demo county sites: marks, hover tooltips, Esc, jump-to-source,
 * pages that are not reports, content filled in later, an article in an iframe.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startHarness, waitForTabState, type Harness } from './harness.ts';
import { hover, pointAt } from './pointer.ts';
import { readStoredDocument } from '../../scripts/lib/extension-probe.ts';
import { readTooltip } from './cdp.ts';

const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';
const PINGYAO_LATE = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1241_56790.html';
const LIULIN_IFRAME = 'http://www.liulin.gov.cn/ztzl/2020lh/202004/t20200428_1234580.shtml';
const STATISTICS = 'http://www.liulin.gov.cn/zwgk/tjxx/202004/t20200410_1234501.shtml';
const NEWS = 'http://www.liulin.gov.cn/xwzx/jrll/202004/t20200427_1234560.shtml';
const LIULIN_SINGLE = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const LIULIN_PAGED = 'http://www.liulin.gov.cn/zwgk/zfxxgk/fdzdgknr/202004/t20200427_1234568.shtml';

/** The texts of the ranges of one of our highlights, read from the page's highlight registry. */
async function highlighted(frame: Page | Frame, name: string): Promise<string[]> {
  return frame.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

async function waitForMarks(frame: Page | Frame): Promise<void> {
  await frame.waitForFunction(
    () => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reportlens-term')?.size ?? 0) > 0,
    null,
    { timeout: 15_000 },
  );
}

/** The tooltip (in a closed shadow root, read through the DevTools protocol). */
const tooltip = (page: Page) => readTooltip(page);

describe('in the page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('marks jargon and figures with the Highlight API; longest match wins', async () => {
    const page = await h.context.newPage();
    await page.goto(PINGYAO);
    await waitForMarks(page);
    const terms = await highlighted(page, 'reportlens-term');
    expect(terms).toContain('专精特新');
    expect(terms).toContain('一肩挑');
    // The report's own term 三重一大事项 is printed “三重一大”事项: quotes do not stop the match.
    expect(terms.some((t) => t.includes('三重一大'))).toBe(true);
    const figures = await highlighted(page, 'reportlens-figure');
    expect(figures).toContain('地区生产总值完成132.2亿元,增长8.6%');
    // Nothing wraps the page's text: the article's element count is what the site served.
    expect(await page.locator('reportlens-marks').count()).toBe(0);
  });

  it('hovering 专精特新 shows the report’s own explanation in a closed shadow-root tooltip; Esc closes it', async () => {
    const page = await h.context.newPage();
    await page.goto(PINGYAO);
    await waitForMarks(page);
    await hover(page, await pointAt(page, '专精特新'));
    await expect.poll(async () => (await tooltip(page))?.visible ?? false, { timeout: 5000 }).toBe(true);
    const tip = (await tooltip(page))!;
    expect(tip.role).toBe('tooltip');
    expect(tip.text).toContain('专业化、精细化、特色化、新颖化');
    expect(tip.text).toContain('本报告注释');
    // Page scripts cannot reach into it.
    expect(await page.evaluate(() => document.querySelector('reportlens-tooltip')!.shadowRoot)).toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await tooltip(page))?.visible).toBe(false);
  });

  it('the panel’s “analyse this page” looks at a page the cheap check skipped and names it', async () => {
    h.server.addPage(
      'http://www.test-county.gov.cn/notice.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>关于开展春季植树活动的通知</title></head><body><div id="zoom">${'<p>各乡镇、县直各单位：为改善生态环境，现就开展春季义务植树活动通知如下。</p>'.repeat(20)}</div></body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('http://www.test-county.gov.cn/notice.html');
    await page.waitForTimeout(800);
    const panel = await h.openPanel(page);
    await panel.getByRole('button', { name: '分析本页' }).click();
    await expect.poll(() => panel.getByTestId('this-page-not-report').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByTestId('this-page-not-report').textContent()).toContain('其他页面');
  });

  it('“add explanation” in a tooltip hands the term to the side panel', async () => {
    const page = await h.context.newPage();
    await page.goto(LIULIN_SINGLE);
    await waitForMarks(page);
    await hover(page, await pointAt(page, '五转一新'));
    await expect.poll(async () => (await tooltip(page))?.text ?? '', { timeout: 5000 }).toContain('添加解释');
    const button = (await tooltip(page))!.button!;
    await page.mouse.move(button.x, button.y, { steps: 4 });
    await page.mouse.click(button.x, button.y);
    await expect
      .poll(() => h.serviceWorker.evaluate(async () => (await chrome.storage.session.get('pendingTerm')).pendingTerm ?? null))
      .toBe('五转一新');
  });

  it('a page that is not a report gets no marks and nothing added', async () => {
    for (const url of [STATISTICS, NEWS]) {
      const page = await h.context.newPage();
      await page.goto(url);
      if (url === NEWS) expect((await waitForTabState(h, page)).detection?.kind).toBe('news');
      else await page.waitForTimeout(1500);
      const added = await page.evaluate(() => ({
        hosts: document.querySelectorAll('reportlens-tooltip, reportlens-marks').length,
        sheets: document.adoptedStyleSheets.length,
        highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
      }));
      expect(added, url).toEqual({ hosts: 0, sheets: 0, highlights: 0 });
    }
  });

  it('jump-to-source scrolls the clause into view and flashes it', async () => {
    const page = await h.context.newPage();
    await page.goto(PINGYAO);
    const state = await waitForTabState(h, page);
    await waitForMarks(page);
    const stored = (await readStoredDocument(h, state.reportId!))!;
    const target = stored.report.targets.find((f) => f.indicator === 'unemployment_registered')!;
    await page.evaluate(() => window.scrollTo(0, 0));
    const reply = await h.serviceWorker.evaluate(
      ({ tabId, start, end }) => chrome.tabs.sendMessage(tabId, { type: 'page/jump-to', start, end }),
      { tabId: state.tabId, start: target.start, end: target.end },
    );
    expect(reply).toEqual({ found: true });
    const flashed = await highlighted(page, 'reportlens-flash');
    expect(flashed).toEqual([target.quote]);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reportlens-flash');
          const r = h ? [...h][0]!.getBoundingClientRect() : null;
          return r !== null && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
  });

  it('picks up an article the CMS fills in after load', async () => {
    const page = await h.context.newPage();
    await page.goto(PINGYAO_LATE);
    await waitForMarks(page);
    expect(await highlighted(page, 'reportlens-term')).toContain('专精特新');
    expect((await waitForTabState(h, page)).status).toBe('report');
  });

  it('works when the article sits in a same-site iframe', async () => {
    const page = await h.context.newPage();
    await page.goto(LIULIN_IFRAME);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await waitForMarks(frame);
    const state = await waitForTabState(h, page);
    expect(state.status).toBe('report');
    expect(state.frameId).not.toBe(0);
    expect((await highlighted(frame, 'reportlens-figure')).length).toBeGreaterThan(10);
  });

  it('puts a report split over two pages back together: one record, every figure, marks on each page', async () => {
    const label = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/labels/000_d3a6bbabf76df186.json', import.meta.url)), 'utf8'));
    const first = await h.context.newPage();
    await first.goto(LIULIN_PAGED);
    await waitForTabState(h, first);
    const second = await h.context.newPage();
    await second.goto(LIULIN_PAGED.replace('.shtml', '_1.shtml'));
    await waitForMarks(second);
    const state = await waitForTabState(h, second);
    expect(state.status).toBe('report');
    expect(state.pages).toEqual({ known: 2, read: 2 });
    const stored = (await readStoredDocument(h, state.reportId!))!;
    const key = (f: { indicator: string; measure: string; value: number | null }) => `${f.indicator}/${f.measure}/${f.value}`;
    expect(stored.report.targets.map(key).sort()).toEqual(label.targets.map(key).sort());
    expect(stored.report.actuals.map(key).sort()).toEqual(label.actuals.map(key).sort());
    expect(stored.report.region?.name).toBe('柳林县');
    // The second page marks its own figures (the targets).
    expect(await highlighted(second, 'reportlens-figure')).toContain('固定资产投资增长8%');
  });

  it('a site the user turned off is left alone; with marks off, reports are still saved but not marked', async () => {
    await h.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { autoSave: true, lang: 'zh', highlight: true, disabledSites: ['www.pingyao.gov.cn'] } }),
    );
    const off = await h.context.newPage();
    await off.goto(PINGYAO);
    await off.waitForTimeout(2000);
    expect(await highlighted(off, 'reportlens-term')).toEqual([]);
    await h.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { autoSave: true, lang: 'zh', highlight: false, disabledSites: [] } }),
    );
    const unmarked = await h.context.newPage();
    await unmarked.goto(PINGYAO);
    expect((await waitForTabState(h, unmarked)).status).toBe('report');
    expect(await highlighted(unmarked, 'reportlens-term')).toEqual([]);
    await h.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('an inline footnote marker shows its 注释 entry', async () => {
    const filler = '<p>全面推进各项工作，巩固拓展脱贫攻坚成果，持续改善民生。</p>'.repeat(30);
    h.server.addPage(
      'http://www.test-county.gov.cn/footnotes.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>2021年政府工作报告</title></head><body><div id="zoom">
      <p>政府工作报告</p><p>各位代表：</p><p>现在，我代表县人民政府向大会报告工作，请予审议。</p><p>一、2020年工作回顾</p>${filler}
      <p>二、2021年工作安排</p><p>坚持“三基建设”<sup>[1]</sup>，地区生产总值增长6%左右。</p>${filler}
      <p>注释</p><p>[1]三基建设：基层组织、基础设施、基本公共服务建设（示例）。</p></div></body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('http://www.test-county.gov.cn/footnotes.html');
    await waitForMarks(page);
    const point = await page.evaluate(() => {
      const sup = document.querySelector('sup')!;
      sup.scrollIntoView({ block: 'center' });
      const r = sup.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await hover(page, point);
    await expect.poll(async () => (await tooltip(page))?.text ?? '', { timeout: 5000 }).toContain('注释 [1] 三基建设');
    expect((await tooltip(page))!.text).toContain('基层组织、基础设施、基本公共服务建设');
  });

  it('a term split across inline elements still matches, longest first', async () => {
    const body = '<p>现在，我代表县人民政府向大会报告工作，请予审议。</p>'.repeat(3);
    h.server.addPage(
      'http://www.test-county.gov.cn/split.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>2021年政府工作报告</title></head><body><div id="zoom">
      <p>政府工作报告</p><p>各位代表：</p>${body}<p>一、2020年工作回顾</p>
      <p>坚守“两不<span style="color:red">愁三</span>保障”底线，地区生产总值增长<span>6</span>.5%。</p>${'<p>全面推进各项工作，巩固脱贫攻坚成果。</p>'.repeat(30)}
      <p>二、2021年工作安排</p><p>地区生产总值增长6%左右。</p></div></body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('http://www.test-county.gov.cn/split.html');
    await waitForMarks(page);
    expect(await highlighted(page, 'reportlens-term')).toContain('两不愁三保障');
    expect(await highlighted(page, 'reportlens-figure')).toContain('地区生产总值增长6.5%');
  });
});
