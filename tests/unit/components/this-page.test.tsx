// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { freshDb, reportFrom, seedText } from '../library/helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { renderPanel, reportTab } from './render.tsx';

afterEach(cleanup);

describe('This page', () => {
  it('with nothing found, explains how to get a report analysed and offers to analyse', async () => {
    const { actions } = renderPanel({ db: freshDb(), tab: null });
    expect(screen.getByText(/没有发现政府工作报告/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '分析本页' }));
    await waitFor(() => expect(actions.analyzeCurrent).toHaveBeenCalled());
  });

  it('names a near miss and says why', () => {
    renderPanel({
      db: freshDb(),
      tab: reportTab({
        status: 'not-report',
        detection: { isReport: false, kind: 'statistics', confidence: 0.9, reasons: [{ code: 'title-statistics' }] },
      }),
    });
    const view = screen.getByTestId('this-page-not-report');
    expect(view.textContent).toContain('统计公报');
    expect(view.textContent).toContain('标题或开头表明是统计公报');
  });

  it('says why in English when the panel is in English', () => {
    renderPanel({
      db: freshDb(),
      settings: { lang: 'en' },
      tab: reportTab({
        status: 'not-report',
        detection: { isReport: false, kind: 'list', confidence: 0.85, reasons: [{ code: 'list-page', count: 5 }] },
      }),
    });
    const view = screen.getByTestId('this-page-not-report');
    expect(view.textContent).toContain('a list of reports');
    expect(view.textContent).toContain('the page lists 5 links to work reports');
  });

  it('shows a saved report: metadata, targets with qualifiers, results; a clause jumps to the page', async () => {
    const db = freshDb();
    const item = reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html');
    const { reportId } = await saveReport(db, item);
    const { actions } = renderPanel({ db, tab: reportTab({ reportId }) });
    const view = await screen.findByTestId('this-page-report');
    expect(view.textContent).toContain('柳林县第十届人民代表大会第五次会议');
    expect(view.textContent).toContain('县长 刘惠民');
    const targets = within(view).getByRole('table', { name: /2020 年主要目标/ });
    expect(targets.textContent).toContain('≈6%');
    expect(targets.textContent).toContain('≥5.5%');
    expect(within(view).getByRole('table', { name: /2019 年完成情况/ }).textContent).toContain('204.6亿元');
    const fai = item.report.targets.find((f) => f.indicator === 'fai')!;
    fireEvent.click(within(targets).getByRole('button', { name: fai.quote }));
    expect(actions.jumpTo).toHaveBeenCalledWith({ start: fai.start, end: fai.end });
    // Jargon with its explanation source; unexplained slogans offer "add explanation".
    expect(view.textContent).toContain('五转一新');
  });

  it('an unsaved report offers Save and shows why a save failed', async () => {
    const item = reportFrom(seedText('001_31018834cdd9c3ff'), 'http://www.lingchuan.gov.cn/a.html');
    const { actions } = renderPanel({ db: freshDb(), tab: reportTab({ unsaved: { report: item.report, pageTitle: '' } }) });
    actions.saveCurrent.mockResolvedValueOnce({ ok: false, problem: { code: 'quota' } });
    fireEvent.click(await screen.findByRole('button', { name: '保存到资料库' }));
    expect((await screen.findByRole('alert')).textContent).toContain('磁盘空间不足');
  });
});

describe('language', () => {
  it('Chinese by default; the switch asks for English, and English labels everything but the report', async () => {
    const first = renderPanel({ db: freshDb() });
    expect(screen.getByRole('tab', { name: '资料库' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch the panel to English' }));
    expect(first.actions.setSettings).toHaveBeenCalledWith({ lang: 'en' });
    cleanup();
    renderPanel({ db: freshDb(), settings: { lang: 'en' } });
    expect(screen.getByRole('tab', { name: 'Library' })).toBeTruthy();
  });

  it('arrow keys move between the tabs', () => {
    renderPanel({ db: freshDb() });
    const first = screen.getByRole('tab', { name: '本页' });
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: '目标与完成' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(first, { key: 'End' });
    expect(screen.getByRole('tab', { name: '术语' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('page settings', () => {
  it('turns ReportLens off for the current site and marks off everywhere', () => {
    const { actions } = renderPanel({
      db: freshDb(),
      tab: reportTab({ url: 'http://www.liulin.gov.cn/a.html', status: 'not-report' }),
      settings: { disabledSites: ['other.gov.cn'] },
    });
    fireEvent.click(screen.getByLabelText('在 www.liulin.gov.cn 上停用 ReportLens'));
    expect(actions.setSettings).toHaveBeenCalledWith({ disabledSites: ['other.gov.cn', 'www.liulin.gov.cn'] });
    fireEvent.click(screen.getByLabelText('在网页中标出术语和数字'));
    expect(actions.setSettings).toHaveBeenCalledWith({ highlight: false });
  });
});

describe('where the report is', () => {
  it('a tab whose report was deleted from the library says so and offers to save it again', async () => {
    const { actions } = renderPanel({ db: freshDb(), tab: reportTab({ reportId: 42 }) });
    expect((await screen.findByTestId('this-page-deleted')).textContent).toContain('本页的报告已从资料库中删除');
    fireEvent.click(screen.getByRole('button', { name: '重新保存' }));
    await waitFor(() => expect(actions.saveCurrent).toHaveBeenCalled());
  });

  it('shows the host it came from, and that a copy is one', async () => {
    const db = freshDb();
    const item = reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html');
    await saveReport(db, item);
    const copy = await saveReport(db, { ...item, url: 'https://news.example.com/liulin.html' });
    renderPanel({ db, tab: reportTab({ reportId: copy.reportId, url: 'https://news.example.com/liulin.html' }) });
    const source = await screen.findByTestId('provenance');
    expect(source.textContent).toBe('来源：news.example.com · 非政府网站 · 副本，原件来自 www.liulin.gov.cn');
  });
});
