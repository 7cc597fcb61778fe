// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { freshDb, reportFrom, seedText } from '../library/helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { parseCsv } from '../../../lib/export/csv.ts';
import { targetsAgainstActuals } from '../../../lib/compare/target-vs-actual.ts';
import type { Figure } from '../../../lib/report/types.ts';
import { downloadedText, FICTIONAL, filledDb, renderPanel } from './render.tsx';

afterEach(cleanup);

const filled = filledDb;

const rows = () => screen.queryAllByTestId('library-report').map((r) => r.textContent ?? '');

describe('Library', () => {
  it('says how to fill an empty library', async () => {
    renderPanel({ db: freshDb(), view: 'library' });
    expect(await screen.findByText(/资料库是空的/)).toBeTruthy();
  });

  it('groups reports by region; search finds a region by name, by a typo, and by pinyin', async () => {
    renderPanel({ db: await filled(), view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(screen.getByText('青岚县', { selector: 'h3, h3 *', exact: false })).toBeTruthy();
    const search = screen.getByPlaceholderText(/地区、标题/);
    fireEvent.input(search, { target: { value: '柳林' } });
    await waitFor(() => expect(rows()).toEqual([expect.stringContaining('柳林县')]));
    fireEvent.input(search, { target: { value: '陵州县' } });
    await waitFor(() => expect(rows().some((r) => r.includes('陵川县'))).toBe(true));
    fireEvent.input(search, { target: { value: 'liulin' } });
    await waitFor(() => expect(rows()).toEqual([expect.stringContaining('柳林县')]), { timeout: 5000 });
  });

  it('deletes with undo', async () => {
    const db = await filled();
    renderPanel({ db, view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByRole('button', { name: /删除 柳林县 2020/ }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(await db.figures.where('regionName').equals('柳林县').count()).toBeGreaterThan(0);
  });

  it('exports every figure as CSV with a BOM, and refuses a broken backup with a clear message', async () => {
    const db = await filled();
    const { actions } = renderPanel({ db, view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(actions.download).toHaveBeenCalled());
    const file = actions.download.mock.calls[0]![0];
    const text = await downloadedText(file);
    expect(text.startsWith('\ufeff')).toBe(true);
    const csv = parseCsv(text);
    expect(csv[0]).toEqual([
      'region',
      'level',
      'year',
      'planYear',
      'kind',
      'indicator',
      'name',
      'measure',
      'value',
      'max',
      'unit',
      'qualifier',
      'quote',
      'source',
      'title',
      'province',
      'prefecture',
      'code',
    ]);
    expect(csv.length - 1).toBe(await db.figures.count());

    const input = screen.getByLabelText('导入备份') as HTMLInputElement;
    const broken = new File(['{"format":"reportlens-backup","version":1,"tab'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [broken], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByTestId('library-message')).textContent).toMatch(/不是完整的 JSON/);
  });
});

describe('Target vs actual', () => {
  it('sets 青岚县 2021 targets against the results its 2022 report gives', async () => {
    const db = await filled();
    renderPanel({ db, view: 'targets' });
    const select = (await screen.findByLabelText('选择地区')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '青岚县' } });
    // Expected verdicts derived from the labels, not typed in.
    const label = (y: number) =>
      JSON.parse(readFileSync(`${FICTIONAL}/qinglan-${y}.json`, 'utf8')) as { targets: Figure[]; actuals: Figure[] };
    const expected = targetsAgainstActuals({
      targets: [...label(2021).targets, ...label(2022).targets],
      actuals: [...label(2021).actuals, ...label(2022).actuals],
    }).filter((o) => o.verdict === 'met' || o.verdict === 'missed');
    const met = expected.filter((o) => o.verdict === 'met').length;
    expect(expected.length).toBeGreaterThan(3);
    expect(met).toBeGreaterThan(0);
    expect(met).toBeLessThan(expected.length);
    expect((await screen.findByTestId('tva-summary')).textContent).toBe(`${expected.length} 项可比目标中达成 ${met} 项`);
    const table = screen.getByTestId('tva-2021');
    expect(within(table).getAllByText(/达成|未达成/).length).toBe(expected.filter((o) => o.year === 2021).length);
  });

  it('explains what it needs when no region has two consecutive reports', async () => {
    const db = freshDb();
    await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html'));
    renderPanel({ db, view: 'targets' });
    expect(await screen.findByText(/需要同一地区相邻两年的报告/)).toBeTruthy();
  });
});

describe('Compare', () => {
  it('a region across years fills the matrix; the table copies as tab-separated text', async () => {
    const db = await filled();
    const { actions } = renderPanel({ db, view: 'compare' });
    const preset = (await screen.findByLabelText('同一地区历年')) as HTMLSelectElement;
    fireEvent.change(preset, { target: { value: '青岚县' } });
    const matrix = await screen.findByTestId('compare-matrix');
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['指标', '青岚县 2021', '青岚县 2022']);
    fireEvent.click(screen.getByRole('button', { name: /复制表格/ }));
    await waitFor(() => expect(actions.copyText).toHaveBeenCalled());
    const tsv = actions.copyText.mock.calls[0]![0];
    expect(tsv.split('\n')[0]).toBe('指标\t口径\t类别\t青岚县 2021\t青岚县 2022');
    expect(screen.getByRole('img', { name: /青岚县/ })).toBeTruthy();
  });
});

describe('Glossary', () => {
  it('lists unexplained terms, most widespread first; explaining one removes it from the list', async () => {
    const db = await filled();
    renderPanel({ db, view: 'glossary' });
    const list = await screen.findByTestId('unexplained');
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(3));
    fireEvent.click(within(list).getByRole('button', { name: /显示全部/ }));
    // Most widespread first: by the number of reports, then by uses.
    const ranks = within(list)
      .getAllByRole('listitem')
      .map((li) => /(\d+) 份报告 · 共出现 (\d+) 次/.exec(li.textContent ?? '')!)
      .map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(ranks[0]![0]).toBeGreaterThan(1);
    const byRank = [...ranks].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(ranks).toEqual(byRank);
    expect(new Set(ranks.filter(([r]) => r === 1).map(([, u]) => u)).size).toBeGreaterThan(1);
    // By its term, not its text: another term's first-use sentence may quote this one.
    const item = within(list).getByText('五转一新', { selector: 'strong' }).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: '添加解释' }));
    const editor = await screen.findByTestId('term-editor');
    fireEvent.input(within(editor).getByLabelText('释义'), { target: { value: '柳林县的转型思路（示例）。' } });
    fireEvent.click(within(editor).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(within(screen.getByTestId('unexplained')).queryByText('五转一新')).toBeNull());
    expect((await db.userTerms.get('五转一新'))!.definition).toBe('柳林县的转型思路（示例）。');
  });

  it('finds a built-in term by its English gloss and shows its sources', async () => {
    renderPanel({ db: await filled(), view: 'glossary' });
    fireEvent.input(await screen.findByLabelText(/搜索术语/), { target: { value: 'six stabilities' } });
    fireEvent.click(await screen.findByRole('button', { name: /^六稳 / }));
    const detail = await screen.findByTestId('term-detail');
    expect(detail.textContent).toContain('内置词库');
    expect(detail.textContent).toMatch(/就业/);
  });
});
