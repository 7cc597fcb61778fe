// @vitest-environment happy-dom
/**
 * The panel's views of issue 13: explanations a report gives in its own text (with a jump to the
 * passage), explanations from the library's other reports (with the report they come from and a
 * link to it), every differing definition in the glossary, and the inbox of unexplained terms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { freshDb, reportFrom, seedText } from '../library/helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { parseCsv } from '../../../lib/export/csv.ts';
import { qinglan, renderPanel, reportTab } from './render.tsx';

afterEach(cleanup);

const DEFINITION_2021 = '新冠肺炎疫情防控中，全县确诊病例、疑似病例、聚集性疫情均为零。';

/** The list item of a term in "This page"'s jargon. */
async function jargonItem(term: string): Promise<HTMLElement> {
  const jargon = await screen.findByTestId('jargon');
  return within(jargon).getByRole('button', { name: term }).closest('li') as HTMLElement;
}

describe('This page', () => {
  it('a term another saved report defines shows that definition, its report and place, and opens that report', async () => {
    const db = freshDb();
    await saveReport(db, qinglan(2021), { now: 1 });
    const { reportId } = await saveReport(db, qinglan(2022), { now: 2 });
    const { actions } = renderPanel({ db, tab: reportTab({ reportId, url: qinglan(2022).url }) });
    const item = await jargonItem('三个零');
    const from = await within(item).findByTestId('from-library', {}, { timeout: 5000 });
    expect(from.textContent).toContain('青岚县 2021 年报告');
    expect(from.textContent).toContain('名词解释');
    expect(from.textContent).toContain(DEFINITION_2021);
    expect(within(item).queryByRole('button', { name: '添加解释' })).toBeNull();
    fireEvent.click(within(from).getByRole('button', { name: '打开这份报告' }));
    expect(actions.openUrl).toHaveBeenCalledWith(qinglan(2021).url);
    // The 2022 report's own 名词解释 comes first: no library entry for a term it explains itself.
    expect(within(await jargonItem('四个不摘')).queryByTestId('from-library')).toBeNull();
  });

  it('without the other report, the term is unexplained, with its first use and a way to explain it', async () => {
    const db = freshDb();
    const { reportId } = await saveReport(db, qinglan(2022));
    renderPanel({ db, tab: reportTab({ reportId, url: qinglan(2022).url }) });
    const item = await jargonItem('三个零');
    expect(within(item).getByRole('button', { name: '添加解释' })).toBeTruthy();
    expect(within(item).queryByTestId('from-library')).toBeNull();
  });

  it('a body explanation is the report’s own text, with a link to the passage that explains it', async () => {
    const db = freshDb();
    const liulin = reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html');
    const { reportId } = await saveReport(db, liulin);
    const { actions } = renderPanel({ db, tab: reportTab({ reportId, url: liulin.url }) });
    const body = liulin.report.bodyGlossary!.find((b) => liulin.report.terms.some((t) => t.term === b.term && t.source === 'body'))!;
    const item = await jargonItem(body.term);
    expect(item.textContent).toContain('本报告正文');
    expect(item.textContent).toContain(body.definition);
    fireEvent.click(within(item).getByRole('button', { name: '定位释义' }));
    expect(actions.jumpTo).toHaveBeenLastCalledWith({ start: body.start, end: body.end });
  });
});

describe('Glossary', () => {
  it('lists every definition the saved reports give, each with its reports and place; the current tab’s report jumps, others open', async () => {
    const db = freshDb();
    const liulin = reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html');
    const body = liulin.report.bodyGlossary![0]!;
    const { reportId } = await saveReport(db, liulin);
    // Another report explains the same term in other words, in its 名词解释.
    const other = qinglan(2021);
    await saveReport(db, { ...other, report: { ...other.report, glossary: [{ term: body.term, definition: '另一种说法', number: 1 }] } });
    const { actions } = renderPanel({ db, view: 'glossary', tab: reportTab({ reportId, url: liulin.url }) });
    fireEvent.input(await screen.findByLabelText(/搜索术语/), { target: { value: body.term } });
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${body.term}`) }));
    const detail = await screen.findByTestId('term-detail');
    const definitions = await within(detail).findAllByTestId('library-definition', {}, { timeout: 5000 });
    expect(definitions.map((d) => d.textContent)).toEqual([
      expect.stringContaining(body.definition),
      expect.stringContaining('另一种说法'),
    ]);
    expect(definitions[0]!.textContent).toContain('柳林县 2020 年报告 · 正文');
    expect(definitions[1]!.textContent).toContain('青岚县 2021 年报告 · 名词解释');
    fireEvent.click(within(definitions[0]!).getByRole('button'));
    expect(actions.jumpTo).toHaveBeenLastCalledWith({ start: body.start, end: body.end });
    fireEvent.click(within(definitions[1]!).getByRole('button'));
    expect(actions.openUrl).toHaveBeenLastCalledWith(other.url);
  });

  it('the inbox names the report of a term’s first use, and exports the whole list as CSV', async () => {
    const db = freshDb();
    await saveReport(db, qinglan(2022), { now: 1 });
    await saveReport(db, qinglan(2021), { now: 2 });
    const { actions } = renderPanel({ db, view: 'glossary' });
    const inbox = await screen.findByTestId('unexplained');
    const item = (await within(inbox).findByText('游青岚', { selector: 'strong' })).closest('li')!;
    await waitFor(() => expect(item.textContent).toContain('出自 青岚县 2021 年报告'), { timeout: 5000 });
    fireEvent.click(within(item).getByRole('button', { name: '青岚县 2021 年报告' }));
    expect(actions.openUrl).toHaveBeenCalledWith(qinglan(2021).url);
    // 三个零 is explained by the 2021 report's 名词解释: not in the inbox.
    expect(within(inbox).queryByText('三个零', { selector: 'strong' })).toBeNull();
    fireEvent.click(within(inbox).getByRole('button', { name: '导出未解释术语（CSV）' }));
    await waitFor(() => expect(actions.download).toHaveBeenCalled());
    const file = actions.download.mock.calls[0]![0];
    expect(file.name).toMatch(/^reportlens-unexplained-\d{8}\.csv$/);
    const rows = parseCsv(String(file.parts[0]));
    expect(rows[0]![0]).toBe('term');
    expect(rows.length - 1).toBe(within(inbox).getAllByRole('listitem').length);
    expect(rows.find((r) => r[0] === '游青岚')!.slice(1, 5)).toEqual(['2', expect.any(String), '青岚县', '2021']);
  });
});
