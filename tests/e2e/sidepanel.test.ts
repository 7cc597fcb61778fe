/**
 * The side panel in real Chromium over real saved reports: library, compare, target vs actual,
 * glossary, CSV export through the panel's button; screenshots of each view at 360 px wide are
 * written to test-results/screenshots/ for a reviewer.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, startHarness, waitForTabState, type Harness } from './harness.ts';
import { parseCsv } from '../../lib/export/csv.ts';
import { formatFigureValue } from '../../lib/format.ts';
import { targetsAgainstActuals } from '../../lib/compare/target-vs-actual.ts';
import type { Figure } from '../../lib/report/types.ts';

const QINGLAN_2021 = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-41021.html';
const QINGLAN_2022 = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-45318.html';
const LIULIN = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const SHOTS = resolve(ARTIFACTS_DIR, 'screenshots');
const label = (year: number) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../fixtures/fictional/qinglan-${year}.json`), 'utf8')) as {
    targets: Figure[];
    actuals: Figure[];
  };

describe('side panel', () => {
  let h: Harness;
  let panel: Page;
  let report2022: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
    for (const url of [QINGLAN_2021, LIULIN, QINGLAN_2022]) {
      const page = await h.context.newPage();
      await page.goto(url);
      await waitForTabState(h, page);
      report2022 = page;
    }
    panel = await h.openPanel(report2022);
    await panel.setViewportSize({ width: 360, height: 900 });
  });
  afterAll(async () => h?.close());

  const shot = (name: string) => panel.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });

  it('This page shows the 2022 report with its targets', async () => {
    const view = panel.getByTestId('this-page-report');
    await view.waitFor();
    const gdp = label(2022).targets.find((f) => f.indicator === 'gdp' && f.measure === 'growth' && f.year === 2022)!;
    expect(await view.getByRole('table', { name: /2022 年主要目标/ }).textContent()).toContain(formatFigureValue(gdp, 'zh'));
    await shot('this-page');
  });

  it('the library holds the three reports, grouped by region', async () => {
    await panel.getByRole('tab', { name: '资料库' }).click();
    await expect.poll(() => panel.getByTestId('library-report').count()).toBe(3);
    const search = panel.getByPlaceholder(/地区、标题/);
    // A typo in the name (柳琳 for 柳林) still finds it.
    await search.fill('柳琳');
    await expect.poll(() => panel.getByTestId('library-report').allTextContents()).toEqual([expect.stringContaining('柳林县')]);
    // Pinyin, with pinyin-pro loaded on demand in the real extension page.
    await search.fill('qinglan');
    await expect.poll(() => panel.getByTestId('library-report').count()).toBe(2);
    await shot('library');
    await search.fill('');
  });

  it('exports the figures CSV through the panel’s CSV button', async () => {
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: /CSV/ }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text);
    const header = rows[0]!;
    // The columns of earlier versions in their order, then where the region lies.
    expect(header.join(',')).toBe(
      'region,level,year,planYear,kind,indicator,name,measure,value,max,unit,qualifier,quote,source,title,province,prefecture,code',
    );
    const col = (name: string) => header.indexOf(name);
    const places = new Set(
      rows
        .slice(1)
        .filter((r) => r.length > 1)
        .map((r) => [r[col('region')], r[col('province')], r[col('prefecture')], r[col('code')]].join(' ')),
    );
    // 柳林县 resolved by the background; the fictional 青岚县 stays empty, never guessed.
    expect(places).toEqual(new Set(['柳林县 山西省 吕梁市 141125', '青岚县   ']));
    const qinglan = rows.slice(1).filter((r) => r[col('region')] === '青岚县');
    const expected = [...label(2021).targets, ...label(2021).actuals, ...label(2022).targets, ...label(2022).actuals];
    expect(qinglan.length).toBe(expected.length);
    const gdp2021 = qinglan.find(
      (r) => r[col('indicator')] === 'gdp' && r[col('kind')] === 'actual' && r[col('measure')] === 'growth' && r[col('year')] === '2021',
    )!;
    const want = label(2022).actuals.find((f) => f.indicator === 'gdp' && f.measure === 'growth')!;
    expect(Number(gdp2021[col('value')])).toBe(want.value);
    expect(gdp2021[col('source')]).toBe(QINGLAN_2022);
  });

  it('target vs actual sets 2021 targets against 2021 results', async () => {
    await panel.getByRole('tab', { name: '目标与完成' }).click();
    await panel.getByLabel('选择地区').selectOption('青岚县');
    const table = panel.getByTestId('tva-2021');
    await table.waitFor();
    const gdpTarget = label(2021).targets.find((f) => f.indicator === 'gdp' && f.measure === 'growth' && f.qualifier !== 'strive')!;
    const gdpActual = label(2022).actuals.find((f) => f.indicator === 'gdp' && f.measure === 'growth')!;
    const row = table.getByRole('row').filter({ hasText: '地区生产总值' }).filter({ hasText: '增速' }).first();
    expect(await row.textContent()).toContain(formatFigureValue(gdpTarget, 'zh'));
    expect(await row.textContent()).toContain(formatFigureValue(gdpActual, 'zh'));
    // The verdicts, derived from the fixture labels: how many of the comparable 2021 targets were met.
    const outcomes = targetsAgainstActuals({ targets: label(2021).targets, actuals: label(2022).actuals }).filter(
      (o) => o.verdict === 'met' || o.verdict === 'missed',
    );
    expect(await table.getByText('✓ 达成').count()).toBe(outcomes.filter((o) => o.verdict === 'met').length);
    expect(await table.getByText('✗ 未达成').count()).toBe(outcomes.filter((o) => o.verdict === 'missed').length);
    expect(await panel.getByRole('img', { name: '青岚县：2021 年增速目标与完成' }).count()).toBe(1);
    await shot('target-vs-actual');
  });

  it('compare shows a region across years and its chart', async () => {
    await panel.getByRole('tab', { name: '比较' }).click();
    await panel.getByLabel('同一地区历年').selectOption('青岚县');
    // The view is busy until the figures of the chosen reports are in.
    await panel.locator('[data-testid="compare"][aria-busy="false"]').waitFor();
    const matrix = panel.getByTestId('compare-matrix');
    await matrix.waitFor();
    expect(await matrix.getByRole('columnheader').allTextContents()).toEqual(['指标', '青岚县 2021', '青岚县 2022']);
    expect(await panel.getByRole('img', { name: /青岚县/ }).count()).toBe(1);
    // The 2021 GDP target against the result the 2022 report gives, as dots.
    const dots = panel.getByRole('img', { name: '地区生产总值：目标与次年报告的完成情况' });
    const gdpTarget = label(2021).targets.find((f) => f.indicator === 'gdp' && f.measure === 'growth')!;
    const gdpActual = label(2022).actuals.find((f) => f.indicator === 'gdp' && f.measure === 'growth')!;
    expect(await dots.locator('desc').textContent()).toBe(`2021: 目标 ${gdpTarget.value}%, 完成 ${gdpActual.value}%`);
    await shot('compare');
  });

  it('glossary: unexplained terms and the built-in explanations', async () => {
    await panel.getByRole('tab', { name: '术语' }).click();
    await panel.getByTestId('unexplained').waitFor();
    await panel.getByLabel(/搜索术语/).fill('两不愁');
    await panel.getByRole('button', { name: /^两不愁三保障/ }).click();
    expect(await panel.getByTestId('term-detail').textContent()).toContain('内置词库');
    await shot('glossary');
  });

  it('clearing the library asks first (screenshot of the dialog), and cancelling keeps everything', async () => {
    await panel.getByRole('tab', { name: '资料库' }).click();
    await panel.getByRole('button', { name: '清空资料库' }).click();
    const dialog = panel.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('你自己写的术语解释会保留');
    await shot('library-clear-dialog');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => panel.getByTestId('library-report').count()).toBe(3);
  });

  it('English, and dark theme', async () => {
    await panel.getByRole('button', { name: 'Switch the panel to English' }).click();
    await panel.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => panel.getByTestId('library-report').count()).toBe(3);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shot('library-en-dark');
  });
});
