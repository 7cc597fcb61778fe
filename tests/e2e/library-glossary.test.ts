/**
 * Issue 13 in real Chromium: a term one report of a county defines in its 名词解释 explains the
 * same term in the county's next report, which leaves it unexplained — in the page's tooltip,
 * labelled with the report it comes from, and in the side panel with a link to that report; the
 * page learns nothing of the library (its highlight registry is the same with it as without it,
 * synthetic hovers show nothing). And a term a report explains in its own body is labelled so in
 * the tooltip, whose button shows the passage.
 *
 * The demo county 青岚县: its 2021 report defines “三个零” in its 名词解释; its 2022 report keeps
 * up the “三个零” without defining it (tests/fixtures/fictional).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, waitForTabState, type Harness } from './harness.ts';
import { hover, pointAt } from './pointer.ts';
import { readTooltip } from './cdp.ts';
import { highlightTexts } from './probe.ts';

const QINGLAN_2021 = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-41021.html';
const QINGLAN_2022 = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-45318.html';
const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';
const DEFINITION_2021 = '新冠肺炎疫情防控中，全县确诊病例、疑似病例、聚集性疫情均为零。';

const marked = (page: Page) => highlightTexts(page, 'reportlens-term');

async function openReport(h: Harness, url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url);
  await waitForTabState(h, page);
  await page.waitForFunction(
    () => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reportlens-term')?.size ?? 0) > 0,
    null,
    { timeout: 15_000 },
  );
  return page;
}

const tooltipText = async (page: Page) => (await readTooltip(page))?.text ?? '';

/** Saves the county's 2021 report, which defines the term in its 名词解释 (again: a second visit changes nothing). */
async function save2021(h: Harness): Promise<void> {
  const page = await openReport(h, QINGLAN_2021);
  expect((await waitForTabState(h, page)).reportId).not.toBeNull();
  await page.close();
}

describe('explanations from the library and the report’s own text', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('the next year’s report: hovering the term shows the 2021 definition with its report; the page learns nothing', async () => {
    // Before: the library does not hold the 2021 report, and nobody explains the term.
    const alone = await openReport(h, QINGLAN_2022);
    const paintedAlone = (await marked(alone)).sort();
    await hover(alone, await pointAt(alone, '三个零'));
    await expect.poll(() => tooltipText(alone), { timeout: 5000 }).toContain('还没有解释');
    await alone.close();

    await save2021(h);
    const page = await openReport(h, QINGLAN_2022);
    // The highlight registry, readable by page scripts, is what it was without the library.
    expect((await marked(page)).sort()).toEqual(paintedAlone);
    const point = await pointAt(page, '三个零');
    // A page script's own mousemoves show nothing.
    const synthetic = await page.evaluate(async ({ x, y }) => {
      for (let i = 0; i < 8; i++) {
        document.dispatchEvent(new MouseEvent('mousemove', { clientX: x + (i % 2), clientY: y, bubbles: true }));
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 600));
      return document.querySelector('reportlens-tooltip') !== null;
    }, point);
    expect(synthetic).toBe(false);
    await hover(page, point);
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain(DEFINITION_2021);
    const text = await tooltipText(page);
    expect(text).toContain('青岚县 2021 年报告');
    expect(text).not.toContain('还没有解释');
    expect(await page.evaluate(() => document.querySelector('reportlens-tooltip')?.shadowRoot ?? null)).toBeNull();
  });

  it('the side panel shows the same, with a link that opens the 2021 report', async () => {
    await save2021(h);
    const page = await openReport(h, QINGLAN_2022);
    const panel = await h.openPanel(page);
    const item = panel
      .getByTestId('jargon')
      .getByRole('listitem')
      .filter({ has: panel.getByRole('button', { name: '三个零', exact: true }) });
    const from = item.getByTestId('from-library');
    await from.waitFor({ timeout: 10_000 });
    expect(await from.textContent()).toContain('青岚县 2021 年报告');
    expect(await from.textContent()).toContain(DEFINITION_2021);
    const opened = h.context.waitForEvent('page');
    await from.getByRole('button', { name: '打开这份报告' }).click();
    const report2021 = await opened;
    await report2021.waitForLoadState();
    expect(report2021.url()).toBe(QINGLAN_2021);
    // The glossary view lists it with its report and place.
    await panel.getByRole('tab', { name: '术语' }).click();
    await panel.getByLabel(/搜索术语/).fill('三个零');
    await panel
      .getByRole('button', { name: /^三个零/ })
      .first()
      .click();
    const definition = panel.getByTestId('term-detail').getByTestId('library-definition');
    await definition.first().waitFor();
    expect(await definition.first().textContent()).toContain('青岚县 2021 年报告 · 名词解释');
  });

  it('a term the report explains in its own body: labelled as its own text, the tooltip’s button shows the passage', async () => {
    const page = await openReport(h, PINGYAO);
    await hover(page, await pointAt(page, '三提升'));
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('本报告正文');
    const tip = (await readTooltip(page))!;
    expect(tip.text).toContain('服务质量、环境质量、安全质量');
    expect(tip.text).toContain('在正文中查看');
    await page.mouse.move(tip.button!.x, tip.button!.y, { steps: 4 });
    await page.mouse.click(tip.button!.x, tip.button!.y);
    // The passage that explains it flashes: the enumeration and the term.
    await expect
      .poll(async () => (await highlightTexts(page, 'reportlens-flash')).join(''), { timeout: 5000 })
      .toContain('服务质量、环境质量、安全质量“三提升”');
  });
});
