/**
 * Issue 17 in real Chromium with the built extension: a 鼓楼区 report on www.gulou.gov.cn that says
 * nothing more about where it is (four districts carry the name) is shown unresolved with its
 * candidates; one click chooses; the place shows; the next report from the same site is resolved
 * by the remembered choice. Then a real county (柳林县) resolved in the panel and the CSV, the
 * fictional 青岚县 unresolved without errors, and the library's province filter over all of them.
 * The second test builds on the first's library (the chosen 鼓楼区 is 福建省's).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { ARTIFACTS_DIR, startHarness, waitForTabState, type Harness } from './harness.ts';
import { parseCsv } from '../../lib/export/csv.ts';
import { storedReports } from './probe.ts';

const SHOTS = resolve(ARTIFACTS_DIR, 'screenshots');
const GULOU_2021 = 'http://www.gulou.gov.cn/zwgk/zfgzbg/202101/t20210126_41021.html';
const GULOU_2022 = 'http://www.gulou.gov.cn/zwgk/zfgzbg/202201/t20220118_45290.html';
const LIULIN = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const QINGLAN_2021 = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-41021.html';

/** A district site's report page with no place in it but the district's name: no city in the title, no site name, no logo. */
function reportPage(year: 2021 | 2022): string {
  const text = readFileSync(resolve(import.meta.dirname, `../fixtures/fictional/gulou-${year}.txt`), 'utf8');
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${line}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>鼓楼区${year}年政府工作报告</title></head><body>
<div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="TRS_Editor">${paragraphs}</div></body></html>`;
}

describe('where a report comes from: an ambiguous name, the user’s choice, remembered for the site', () => {
  let h: Harness;
  /**
   * Uncaught errors and console errors of the pages (content script included), the panel and the
   * service worker; not the demo server's 404s for resources the pages link (a favicon).
   */
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
    errors.push(`${message.page()?.url() ?? 'service worker'}: ${message.text()}`);
  };
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
    h.context.on('weberror', (error) => errors.push(`${error.page()?.url()}: ${error.error().message}`));
    h.context.on('console', onConsole);
    h.serviceWorker.on('console', onConsole);
    h.server.addPage(GULOU_2021, reportPage(2021));
    h.server.addPage(GULOU_2022, reportPage(2022));
  });
  afterAll(async () => h?.close());

  it('shows the unresolved state with the candidates, takes a choice, and resolves the site’s next report by it', async () => {
    const page = await h.context.newPage();
    await page.goto(GULOU_2021);
    const state = await waitForTabState(h, page);
    expect(state).toMatchObject({ status: 'report' });
    expect((await storedReports(h)).find((r) => r.id === state.reportId)).toMatchObject({ regionName: '鼓楼区', regionCode: null });

    const panel = await h.openPanel(page);
    await panel.setViewportSize({ width: 360, height: 900 });
    const unresolved = panel.getByTestId('region-unresolved');
    await unresolved.waitFor();
    expect(await unresolved.textContent()).toContain('具体地区未确定');
    const candidates = unresolved.getByTestId('region-candidate');
    await expect.poll(() => candidates.count()).toBe(4);
    expect((await candidates.allTextContents()).sort()).toEqual([
      '江苏省 南京市 鼓楼区 320106',
      '江苏省 徐州市 鼓楼区 320302',
      '河南省 开封市 鼓楼区 410204',
      '福建省 福州市 鼓楼区 350102',
    ]);
    await panel.screenshot({ path: resolve(SHOTS, 'this-page-unresolved.png'), fullPage: true });
    await unresolved.screenshot({ path: resolve(SHOTS, 'region-unresolved.png') });

    await unresolved.getByRole('button', { name: /福州市/ }).click();
    const place = panel.getByTestId('region-place');
    await place.waitFor();
    expect(await place.textContent()).toBe('福建省 福州市 · 区划代码 350102');
    expect(await panel.getByTestId('region-unresolved').count()).toBe(0);
    expect((await storedReports(h)).find((r) => r.id === state.reportId)).toMatchObject({
      province: '福建省',
      prefecture: '福州市',
      regionCode: '350102',
    });

    // A second report from the same site: resolved by the remembered choice, nothing to choose.
    const next = await h.context.newPage();
    await next.goto(GULOU_2022);
    const nextState = await waitForTabState(h, next);
    expect((await storedReports(h)).find((r) => r.id === nextState.reportId)).toMatchObject({
      planYear: 2022,
      prefecture: '福州市',
      regionCode: '350102',
    });
    const nextPanel = await h.openPanel(next);
    const nextPlace = nextPanel.getByTestId('region-place');
    await nextPlace.waitFor();
    expect(await nextPlace.textContent()).toBe('福建省 福州市 · 区划代码 350102');
    expect(await nextPanel.getByTestId('region-unresolved').count()).toBe(0);

    // The library groups both under their prefecture.
    await nextPanel.getByRole('tab', { name: '资料库' }).click();
    await nextPanel.getByLabel('分组').selectOption('prefecture');
    await expect.poll(() => nextPanel.locator('.region-row').allTextContents()).toEqual([expect.stringMatching(/^福州市\s*福建省/)]);
  });

  it('resolves a real county in the panel and the CSV, leaves the fictional 青岚县 unresolved without errors, and filters the library by province', async () => {
    const liulin = await h.context.newPage();
    await liulin.goto(LIULIN);
    await waitForTabState(h, liulin);
    const qinglan = await h.context.newPage();
    await qinglan.goto(QINGLAN_2021);
    await waitForTabState(h, qinglan);
    const byName = async (name: string) => (await storedReports(h)).filter((r) => r.regionName === name);
    expect(await byName('柳林县')).toEqual([expect.objectContaining({ province: '山西省', prefecture: '吕梁市', regionCode: '141125' })]);
    expect(await byName('青岚县')).toEqual([expect.objectContaining({ province: null, prefecture: null, regionCode: null })]);

    const panel = await h.openPanel(liulin);
    await panel.setViewportSize({ width: 360, height: 900 });
    const place = panel.getByTestId('region-place');
    await place.waitFor();
    expect(await place.textContent()).toBe('山西省 吕梁市 · 区划代码 141125');
    await panel.screenshot({ path: resolve(SHOTS, 'this-page-region.png'), fullPage: true });

    // 青岚县 is in no division list: unresolved, nothing to choose, said in words.
    const fictional = await h.openPanel(qinglan);
    const unresolved = fictional.getByTestId('region-unresolved');
    await unresolved.waitFor();
    await expect.poll(() => unresolved.textContent()).toContain('区划数据中没有这个名字');
    expect(await unresolved.getByTestId('region-candidate').count()).toBe(0);
    expect(await fictional.getByTestId('region-place').count()).toBe(0);

    // The library by province (in Chinese collation): 福建省 (the chosen 鼓楼区 twice), 山西省 (柳林县), then the unresolved.
    await panel.getByRole('tab', { name: '资料库' }).click();
    const reports = panel.getByTestId('library-report');
    await expect.poll(() => reports.count()).toBe(4);
    const province = panel.getByLabel('全部省份');
    expect(await province.locator('option').allTextContents()).toEqual([
      '全部省份',
      expect.stringContaining('福建省'),
      expect.stringContaining('山西省'),
      expect.stringContaining('未确定'),
    ]);
    await province.selectOption('山西省');
    await expect.poll(() => reports.allTextContents()).toEqual([expect.stringContaining('柳林县')]);
    expect(await panel.getByLabel('全部地市').locator('option').allTextContents()).toEqual(['全部地市', expect.stringContaining('吕梁市')]);
    await province.selectOption('福建省');
    await expect.poll(() => reports.count()).toBe(2);
    expect((await reports.allTextContents()).every((text) => text.includes('鼓楼区'))).toBe(true);
    await province.selectOption({ index: 3 });
    await expect.poll(() => reports.allTextContents()).toEqual([expect.stringContaining('青岚县')]);
    await province.selectOption('');
    await expect.poll(() => reports.count()).toBe(4);

    // The figures CSV: the old columns in their order, then province, prefecture, code.
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: /CSV/ }).click();
    const rows = parseCsv(readFileSync(await (await download).path(), 'utf8').slice(1)).filter((r) => r.length > 1);
    const header = rows[0]!;
    expect(header.join(',')).toBe(
      'region,level,year,planYear,kind,indicator,name,measure,value,max,unit,qualifier,quote,source,title,province,prefecture,code',
    );
    const places = new Set(rows.slice(1).map((r) => [r[0], ...r.slice(-3)].join(' ')));
    expect(places).toEqual(new Set(['柳林县 山西省 吕梁市 141125', '鼓楼区 福建省 福州市 350102', '青岚县   ']));
    expect(errors).toEqual([]);
  });
});
