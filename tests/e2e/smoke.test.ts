import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForTabState, type Harness } from './harness.ts';

const REPORT = `<!doctype html><html><head><meta charset="utf-8"><title>2020年政府工作报告</title></head><body>
<div class="TRS_Editor"><p>政府工作报告</p><p>各位代表：</p>${'<p>现在，我代表县人民政府向大会报告工作，请予审议。全年地区生产总值完成204.6亿元。</p>'.repeat(10)}</div></body></html>`;

describe('skeleton smoke', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.server.addPage('http://www.example-county.gov.cn/report.html', REPORT);
  });
  afterAll(async () => h?.close());

  it('detects a report page, stores it and lists it in the side panel', async () => {
    const page = await h.context.newPage();
    await page.goto('http://www.example-county.gov.cn/report.html');
    const state = await waitForTabState(h, page);
    expect(state.status).toBe('report');
    const panel = await h.openPanel(page);
    await expect.poll(() => panel.getByTestId('report-list').locator('li').count()).toBe(1);
    expect(await panel.getByTestId('tab-status').textContent()).toContain('已存入资料库');
  });
});
