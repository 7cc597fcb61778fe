// @vitest-environment happy-dom
/**
 * The panel's states beyond the happy path: loading, a library that cannot open, English
 * throughout, the term sent from a page tooltip, undo after deleting the last report, clearing,
 * filters, backup round trip; links to the page from This page; the compare view's charts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { freshDb, reportFrom, seedText } from '../library/helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { exportBackup } from '../../../lib/library/backup.ts';
import { formatFigureValue } from '../../../lib/format.ts';
import { targetsAgainstActuals } from '../../../lib/compare/target-vs-actual.ts';
import type { ViewId } from '../../../components/App.tsx';
import { downloadedText, filledDb, qinglan, qinglanLabel, renderPanel, reportTab } from './render.tsx';

afterEach(cleanup);

const rows = () => screen.queryAllByTestId('library-report').map((r) => r.textContent ?? '');

describe('loading and errors', () => {
  it('shows "loading" until the library answers', async () => {
    renderPanel({ db: await filledDb(), view: 'library' });
    expect(screen.getByText('正在读取…')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(screen.queryByText('正在读取…')).toBeNull();
  });

  it('a library that cannot be read says what to do, with the error for a bug report', async () => {
    const db = freshDb();
    // What Chrome raises when its IndexedDB files are damaged.
    vi.spyOn(db.reports, 'orderBy').mockImplementation(() => {
      throw new Dexie.UnknownError('Internal error opening backing store for indexedDB.open.');
    });
    renderPanel({ db, view: 'library' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('请关闭其他 ReportLens 面板后重新打开');
    expect(alert.textContent).toContain('UnknownError: Internal error opening backing store');
  });

  it('a blocked upgrade (another panel holds the old version) is named as such in every view', () => {
    for (const view of ['this', 'library', 'glossary'] as ViewId[]) {
      renderPanel({ db: freshDb(), view, libraryProblem: 'blocked' });
      expect(screen.getByRole('alert').textContent).toMatch(/资料库被另一个面板占用.*请关闭其他 ReportLens 面板后重新打开/);
      cleanup();
    }
    renderPanel({ db: freshDb(), view: 'compare', libraryProblem: 'closed' });
    expect(screen.getByRole('alert').textContent).toContain('请关闭其他 ReportLens 面板后重新打开');
  });
});

describe('English', () => {
  // Everything the panel itself says, in English; Chinese only where a report or the glossary speaks
  // (marked lang="zh-CN"), in the demo county's name, and on the switch back to Chinese.
  const ALLOWED = ['切换为中文界面', '中文', '青岚县'];
  const uiText = (root: Element) => {
    const copy = root.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll<HTMLElement>('[lang^="zh"]')) el.remove();
    let text = copy.textContent ?? '';
    for (const label of [...copy.querySelectorAll('[aria-label], [placeholder]')].flatMap((el) => [
      el.getAttribute('aria-label'),
      el.getAttribute('placeholder'),
    ]))
      text += ` ${label ?? ''}`;
    for (const a of ALLOWED) text = text.replaceAll(a, '');
    return text;
  };

  for (const view of ['this', 'targets', 'library', 'compare', 'glossary'] as ViewId[]) {
    it(`the ${view} view has no Chinese of its own`, async () => {
      const { container } = renderPanel({ db: freshDb(), view, settings: { lang: 'en' } });
      await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
      if (view === 'glossary') await screen.findByText('No unexplained terms.');
      expect(uiText(container)).not.toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it('a report in English: labels translated, figures and quotes as in the report', async () => {
    const db = freshDb();
    const { reportId } = await saveReport(db, qinglan(2021));
    renderPanel({ db, tab: reportTab({ reportId }), settings: { lang: 'en' } });
    const view = await screen.findByTestId('this-page-report');
    const targets = within(view).getByRole('table', { name: 'Targets for 2021' });
    expect(
      within(targets)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Indicator', 'Value', 'Source clause']);
    expect(targets.textContent).toContain('GDP');
    expect(targets.textContent).toContain('≈7%');
    expect(targets.textContent).toContain('地区生产总值增长7%左右');
  });
});

describe('a term sent from a page tooltip', () => {
  it('opens the glossary with the editor prefilled, and clears the request', async () => {
    const done = vi.fn();
    renderPanel({ db: freshDb(), view: 'this', pendingTerm: '三零单位', onPendingTermDone: done });
    const editor = await screen.findByTestId('term-editor');
    expect(screen.getByRole('tab', { name: '术语' }).getAttribute('aria-selected')).toBe('true');
    expect((within(editor).getByLabelText('术语') as HTMLInputElement).value).toBe('三零单位');
    expect(done).toHaveBeenCalled();
    // The definition is what is left to write.
    await waitFor(() => expect(document.activeElement).toBe(within(editor).getByLabelText('释义')));
  });

  it('brings back the user’s own explanation when there is one', async () => {
    const db = freshDb();
    await db.userTerms.put({ term: '三零单位', definition: '零上访、零事故、零案件的单位。', variants: ['三零'], updatedAt: 1 });
    renderPanel({ db, pendingTerm: '三零单位' });
    const editor = await screen.findByTestId('term-editor');
    await waitFor(() =>
      expect((within(editor).getByLabelText('释义') as HTMLTextAreaElement).value).toBe('零上访、零事故、零案件的单位。'),
    );
    expect((within(editor).getByLabelText(/其他写法/) as HTMLInputElement).value).toBe('三零');
  });
});

describe('Library', () => {
  it('undo survives deleting the last report (the list is gone, the undo bar is not)', async () => {
    const db = freshDb();
    await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html'));
    renderPanel({ db, view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: '删除 柳林县 2020' }));
    expect(await screen.findByText(/资料库是空的/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.queryByRole('button', { name: '撤销' })).toBeNull();
  });

  it('the undo offer ends after 10 seconds', async () => {
    const db = await filledDb();
    renderPanel({ db, view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.click(screen.getByRole('button', { name: '删除 陵川县 2020' }));
      await vi.waitFor(() => expect(screen.getByRole('button', { name: '撤销' })).toBeTruthy());
      vi.advanceTimersByTime(9_000);
      expect(screen.queryByRole('button', { name: '撤销' })).not.toBeNull();
      vi.advanceTimersByTime(1_500);
      await vi.waitFor(() => expect(screen.queryByRole('button', { name: '撤销' })).toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('clearing asks first, says own terms are kept, and keeps them', async () => {
    const db = await filledDb();
    await db.userTerms.put({ term: '五转一新', definition: '示例', variants: [], updatedAt: 1 });
    renderPanel({ db, view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByRole('button', { name: '清空资料库' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('你自己写的术语解释会保留');
    // Escape backs out; nothing is deleted.
    fireEvent.keyDown(within(dialog).getByRole('button', { name: '取消' }), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.reports.count()).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: '清空资料库' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确定清空' }));
    expect(await screen.findByText(/资料库是空的/)).toBeTruthy();
    expect(await db.reports.count()).toBe(0);
    expect(await db.figures.count()).toBe(0);
    expect((await db.userTerms.get('五转一新'))?.definition).toBe('示例');
  });

  it('filters by plan year and by level', async () => {
    renderPanel({ db: await filledDb(), view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.change(screen.getByLabelText('全部年份'), { target: { value: '2021' } });
    await waitFor(() => expect(rows()).toEqual([expect.stringContaining('2021 青岚县')]));
    fireEvent.change(screen.getByLabelText('全部年份'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('全部级别'), { target: { value: 'city' } });
    expect(await screen.findByText('没有符合条件的报告。')).toBeTruthy();
  });

  it('exports a backup and imports it into another library, saying what was added', async () => {
    const source = await filledDb();
    const { actions } = renderPanel({ db: source, view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByRole('button', { name: '导出备份（JSON）' }));
    await waitFor(() => expect(actions.download).toHaveBeenCalled());
    const file = actions.download.mock.calls[0]![0];
    expect(file.type).toBe('application/json');
    expect(file.name).toMatch(/^reportlens-backup-\d{8}\.json$/);
    const json = await downloadedText(file);
    expect(JSON.parse(json).tables.reports).toHaveLength(4);
    cleanup();

    const target = freshDb();
    renderPanel({ db: target, view: 'library' });
    const input = (await screen.findByLabelText('导入备份')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([json], 'backup.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByTestId('library-message')).textContent).toContain('新增 4 份');
    await waitFor(() => expect(rows()).toHaveLength(4));
  });

  it('the figures CSV is named by date', async () => {
    const { actions } = renderPanel({ db: await filledDb(), view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(actions.download).toHaveBeenCalled());
    expect(actions.download.mock.calls[0]![0]).toMatchObject({
      type: 'text/csv;charset=utf-8',
      name: expect.stringMatching(/^reportlens-figures-\d{8}\.csv$/),
    });
  });

  it('a backup that is not one is refused with the importer’s message and changes nothing', async () => {
    const db = await filledDb();
    const before = await db.reports.count();
    renderPanel({ db, view: 'library' });
    const input = (await screen.findByLabelText('导入备份')) as HTMLInputElement;
    const other = await (async () => {
      const parts: string[] = [];
      for await (const p of exportBackup(freshDb())) parts.push(p);
      return parts.join('').replace('reportlens-backup', 'someone-else');
    })();
    Object.defineProperty(input, 'files', { value: [new File([other], 'x.json')], configurable: true });
    fireEvent.change(input);
    const message = await screen.findByTestId('library-message');
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toMatch(/不是 ReportLens 的备份|ReportLens/);
    expect(await db.reports.count()).toBe(before);
  });
});

describe('This page', () => {
  it('a report with a five-year plan lists the horizon targets apart, with their year', async () => {
    const db = freshDb();
    const { reportId } = await saveReport(db, qinglan(2022));
    renderPanel({ db, tab: reportTab({ reportId }) });
    const view = await screen.findByTestId('this-page-report');
    const horizon = within(view).getByRole('table', { name: '五年目标' });
    const label = qinglanLabel(2022).targets.filter((f) => f.year > 2022);
    expect(within(horizon).getAllByRole('row')).toHaveLength(label.length + 1);
    expect(horizon.textContent).toContain('2025');
    const plan = within(view).getByRole('table', { name: '2022 年主要目标' });
    expect(within(plan).getAllByRole('row')).toHaveLength(qinglanLabel(2022).targets.filter((f) => f.year === 2022).length + 1);
    expect(plan.textContent).not.toContain('2025');
  });

  it('outline items and terms jump to their place in the page', async () => {
    const db = freshDb();
    const item = qinglan(2021);
    const { reportId } = await saveReport(db, item);
    const { actions } = renderPanel({ db, tab: reportTab({ reportId }) });
    const view = await screen.findByTestId('this-page-report');
    const heading = item.report.outline[0]!;
    fireEvent.click(within(within(view).getByRole('navigation', { name: '目录' })).getByRole('button', { name: heading.title }));
    expect(actions.jumpTo).toHaveBeenLastCalledWith({ start: heading.start, end: heading.start + heading.title.length });
    const term = item.report.terms[0]!;
    fireEvent.click(within(view).getByRole('button', { name: term.term }));
    expect(actions.jumpTo).toHaveBeenLastCalledWith({ start: term.first, end: term.first + term.term.length });
  });

  it('a save that throws (no background answer) ends with a message, not a stuck button', async () => {
    const item = qinglan(2021);
    const { actions } = renderPanel({ db: freshDb(), tab: reportTab({ unsaved: { report: item.report, pageTitle: '' } }) });
    actions.saveCurrent.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const button = await screen.findByRole('button', { name: '保存到资料库' });
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toContain('ReportLens 后台没有回应');
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it('a save error of one tab is not shown for the next', async () => {
    const item = qinglan(2021);
    const first = renderPanel({ db: freshDb(), tab: reportTab({ unsaved: { report: item.report, pageTitle: '' } }) });
    first.actions.saveCurrent.mockResolvedValueOnce({ ok: false, problem: { code: 'quota' } });
    fireEvent.click(await screen.findByRole('button', { name: '保存到资料库' }));
    await screen.findByRole('alert');
    first.update({
      tab: reportTab({ tabId: 8, url: 'http://www.qinglan.gov.cn/other.html', unsaved: { report: item.report, pageTitle: '' } }),
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('Target vs actual', () => {
  it('starts at the current page’s region; verdicts carry a symbol, gaps a sign and percentage points', async () => {
    const db = await filledDb();
    renderPanel({ db, view: 'targets', tab: reportTab({ reportId: 4 }) });
    const table = await screen.findByTestId('tva-2021');
    expect((screen.getByLabelText('选择地区') as HTMLSelectElement).value).toBe('青岚县');
    const outcomes = targetsAgainstActuals({ targets: qinglanLabel(2021).targets, actuals: qinglanLabel(2022).actuals });
    const gdp = outcomes.find((o) => o.indicator === 'gdp' && o.measure === 'growth')!;
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('地区生产总值'))!;
    expect(row.textContent).toContain(formatFigureValue(gdp.target));
    expect(row.textContent).toContain(gdp.verdict === 'met' ? '✓ 达成' : '✗ 未达成');
    expect(row.textContent).toContain(`${gdp.gap! > 0 ? '+' : '−'}${Math.abs(gdp.gap!)}个百分点`);
    const missed = outcomes.find((o) => o.verdict === 'missed')!;
    const missedRow = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes(formatFigureValue(missed.target)) && r.textContent.includes('✗'));
    expect(missedRow?.className).toContain('verdict-missed');
  });

  it('years whose results are not in yet are named, with the report that would bring them', async () => {
    renderPanel({ db: await filledDb(), view: 'targets', tab: reportTab({ reportId: 4 }) });
    const pending = await screen.findByTestId('tva-pending-2022');
    const planned = qinglanLabel(2022).targets.filter((f) => f.year === 2022).length;
    expect(pending.textContent).toBe(`2022 年的 ${planned} 项目标还没有完成情况（需要 2023 年的报告）。`);
    const horizon = qinglanLabel(2022).targets.filter((f) => f.year === 2025).length;
    expect(screen.getByTestId('tva-pending-2025').textContent).toContain(`${horizon} 项目标`);
    // Newest first: 2025, 2022, then the 2021 table.
    const order = [...document.querySelectorAll('[data-testid^="tva-"]')]
      .map((e) => e.getAttribute('data-testid'))
      .filter((id) => /\d{4}$/.test(id!));
    expect(order).toEqual(['tva-pending-2025', 'tva-pending-2022', 'tva-2021']);
  });

  it('the dot chart draws growth targets only, and crosses the missed ones', async () => {
    renderPanel({ db: await filledDb(), view: 'targets', tab: reportTab({ reportId: 4 }) });
    const chart = await screen.findByRole('img', { name: /青岚县：2021 年增速目标与完成/ });
    const desc = chart.querySelector('desc')!.textContent!;
    expect(desc).toContain('地区生产总值');
    expect(desc).not.toContain('森林覆盖率');
    const missedGrowth = targetsAgainstActuals({ targets: qinglanLabel(2021).targets, actuals: qinglanLabel(2022).actuals }).filter(
      (o) => o.verdict === 'missed' && o.measure === 'growth',
    );
    expect(chart.querySelectorAll('g.dot.missed')).toHaveLength(missedGrowth.length);
    expect(chart.querySelectorAll('g.dot.missed path.actual')).toHaveLength(missedGrowth.length);
  });
});

describe('Compare', () => {
  it('every region for one year: bars of one indicator, the table and its CSV', async () => {
    const { actions } = renderPanel({ db: await filledDb(), view: 'compare' });
    fireEvent.change(await screen.findByLabelText('同一年份各地'), { target: { value: '2020' } });
    const matrix = await screen.findByTestId('compare-matrix');
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['指标', '陵川县 2020', '柳林县 2020']);
    expect(screen.getByRole('img', { name: '2020 年各地地区生产总值目标' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '导出比较 CSV' }));
    const file = actions.download.mock.calls[0]![0];
    expect(file.name).toMatch(/^reportlens-compare-\d{8}\.csv$/);
    expect(String(file.parts[0]).split(/\r?\n/)[0]).toBe('\ufeff指标,口径,类别,陵川县 2020,柳林县 2020');
  });

  it('a region across years: target line, results line, and dots of 2021’s target against its result', async () => {
    renderPanel({ db: await filledDb(), view: 'compare' });
    fireEvent.change(await screen.findByLabelText('同一地区历年'), { target: { value: '青岚县' } });
    const line = await screen.findByRole('img', { name: /青岚县：地区生产总值历年目标与完成/ });
    const gdp2021 = qinglanLabel(2021).targets.find((f) => f.indicator === 'gdp' && f.measure === 'growth')!;
    expect(line.querySelector('desc')!.textContent).toContain(`2021 ${gdp2021.value}%`);
    const dots = screen.getByRole('img', { name: /地区生产总值：目标与次年报告的完成情况/ });
    const actual = qinglanLabel(2022).actuals.find((f) => f.indicator === 'gdp' && f.measure === 'growth')!;
    expect(dots.querySelector('desc')!.textContent).toBe(`2021: 目标 ${gdp2021.value}%, 完成 ${actual.value}%`);
  });

  // The first import of pinyin-pro under happy-dom takes seconds.
  it('the picker finds reports by pinyin', { timeout: 20_000 }, async () => {
    renderPanel({ db: await filledDb(), view: 'compare' });
    const search = await screen.findByRole('searchbox', { name: '搜索' });
    fireEvent.input(search, { target: { value: 'qinglan' } });
    const picker = screen.getByRole('list', { name: '选择报告' });
    await waitFor(
      () =>
        expect(
          within(picker)
            .getAllByRole('checkbox')
            .map((c) => c.parentElement!.textContent!.trim()),
        ).toEqual(['青岚县 2021', '青岚县 2022']),
      { timeout: 15_000 },
    );
  });
});

describe('tabs', () => {
  it('arrow keys wrap around and move the focus; aria-controls names the panel shown', () => {
    renderPanel({ db: freshDb() });
    const first = screen.getByRole('tab', { name: '本页' });
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    const last = screen.getByRole('tab', { name: '术语' });
    expect(last.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(last);
    expect(document.getElementById(last.getAttribute('aria-controls')!)?.getAttribute('role')).toBe('tabpanel');
    for (const tab of screen.getAllByRole('tab')) {
      const controls = tab.getAttribute('aria-controls');
      if (controls) expect(document.getElementById(controls)).not.toBeNull();
    }
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toEqual([last]);
  });
});
