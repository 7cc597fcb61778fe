import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForTabState, type Harness } from './harness.ts';

const REPORT = `<!doctype html><html><head><meta charset="utf-8"><title>2020年政府工作报告</title></head><body>
<div class="TRS_Editor"><p>政府工作报告</p><p>各位代表：</p>${'<p>现在，我代表县人民政府向大会报告工作，请予审议。全年地区生产总值完成204.6亿元。</p>'.repeat(10)}</div></body></html>`;

describe('walking skeleton', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.server.addPage('http://www.example-county.gov.cn/report.html', REPORT);
  });
  afterAll(async () => h?.close());

  it('a report page is detected, stored and listed in the side panel, which knows it is the current page', async () => {
    const page = await h.context.newPage();
    await page.goto('http://www.example-county.gov.cn/report.html');
    const state = await waitForTabState(h, page);
    expect(state.status).toBe('report');
    expect(state.reportId).not.toBeNull();
    const panel = await h.openPanel(page);
    await expect.poll(() => panel.getByTestId('this-page-report').count()).toBe(1);
    expect(await panel.getByText('已存入资料库').count()).toBe(1);
    await panel.getByRole('tab', { name: '资料库' }).click();
    await expect.poll(() => panel.getByTestId('library-report').count()).toBe(1);
  });

  it('a page that is not a report is not stored', async () => {
    const page = await h.context.newPage();
    await page.goto('http://www.liulin.gov.cn/zwgk/tjxx/202004/t20200410_1234501.shtml');
    const news = await h.context.newPage();
    await news.goto('http://www.liulin.gov.cn/xwzx/jrll/202004/t20200427_1234560.shtml');
    const state = await waitForTabState(h, news);
    expect(state).toMatchObject({ status: 'not-report', reportId: null });
    const panel = await h.openPanel(news);
    await expect.poll(() => panel.getByTestId('this-page-not-report').count()).toBe(1);
    expect(await panel.getByTestId('this-page-not-report').textContent()).toContain('新闻');
    await panel.getByRole('tab', { name: '资料库' }).click();
    await expect.poll(() => panel.getByTestId('library-report').count()).toBe(1); // only the report from the test before
  });
});
