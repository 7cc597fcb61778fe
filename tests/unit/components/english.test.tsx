// @vitest-environment happy-dom
/**
 * The English panel speaks English: every view, state, message and error, walked in English, holds
 * no Chinese characters outside what reports, glossaries and users wrote — elements marked
 * `lang="zh-CN"` (region names, quotes, terms, definitions, figures with their Chinese units).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeActions, filledDb, placedDb, qinglan, renderPanel, reportTab } from './render.tsx';
import { saveReport } from '../../../lib/library/save.ts';
import { freshDb } from '../library/helpers.ts';
import type { Problem } from '../../../lib/messages.ts';
import type { LibraryDb } from '../../../lib/library/db.ts';

afterEach(cleanup);

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** What the library's reports say (names, titles, units, terms …): Chinese that is report text wherever it appears. */
async function reportWords(db: LibraryDb): Promise<string[]> {
  const words = new Set<string>();
  for (const r of await db.reports.toArray()) for (const w of [r.regionName, r.meeting, r.title, r.pageTitle]) if (w) words.add(w);
  for (const f of await db.figures.toArray()) words.add(f.unit);
  for (const t of await db.reportTerms.toArray()) for (const term of t.terms) words.add(term);
  return [...words].filter(Boolean).sort((a, b) => b.length - a.length);
}

let words: string[] = [];
const withoutReportWords = (text: string) => words.reduce((rest, w) => rest.replaceAll(w, ''), text);

/** Text and labels of the panel's own chrome that contain Chinese (report words inside them, such as a region's name, are allowed). */
function chineseChrome(root: HTMLElement): string[] {
  const found: string[] = [];
  const isReportText = (el: Element | null) => el?.closest('[lang^="zh"]') !== null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n as Text).data;
    if (CJK.test(withoutReportWords(text)) && !isReportText(n.parentElement)) found.push(text);
  }
  for (const el of root.querySelectorAll('[placeholder], [aria-label], [title]')) {
    for (const attr of ['placeholder', 'aria-label', 'title']) {
      const value = el.getAttribute(attr);
      if (value && CJK.test(withoutReportWords(value)) && !isReportText(el)) found.push(`${attr}=${value}`);
    }
  }
  return found;
}

const en = { lang: 'en' as const };

describe('the English panel', () => {
  it('this page: a saved report, its source, notices, a failed save', async () => {
    const db = await filledDb();
    await saveReport(db, { ...qinglan(2021), url: 'https://mirror.example.com/qinglan-2021.html' });
    words = await reportWords(db);
    const { actions } = renderPanel({
      db,
      settings: en,
      tab: reportTab({ reportId: 5, url: 'https://mirror.example.com/qinglan-2021.html', notice: 'deferred' }),
    });
    await screen.findByTestId('provenance');
    expect(chineseChrome(document.body)).toEqual([]);
    const problems: Problem[] = [
      { code: 'quota' },
      { code: 'closed' },
      { code: 'conflict' },
      { code: 'nothing-to-save' },
      { code: 'cannot-read-page' },
      { code: 'no-answer' },
    ];
    for (const problem of problems) {
      actions.saveCurrent.mockResolvedValueOnce({ ok: false, problem });
      fireEvent.click(screen.getByRole('button', { name: 'Save this version' }));
      await screen.findByRole('alert');
      expect(chineseChrome(document.body), problem.code).toEqual([]);
    }
  });

  it('this page: unsaved, rate-limited, deleted, not a report, nothing; re-parse progress', async () => {
    const db = await filledDb();
    words = await reportWords(db);
    const item = qinglan(2022);
    const states = [
      reportTab({ unsaved: { report: item.report, pageTitle: '' }, notice: 'rate-limited', saveError: { code: 'quota' } }),
      reportTab({ reportId: 99 }),
      reportTab({
        status: 'not-report',
        detection: {
          isReport: false,
          kind: 'plan',
          confidence: 0.2,
          reasons: [{ code: 'title-plan' }, { code: 'short-text', count: 1200 }],
        },
      }),
      null,
    ];
    for (const tab of states) {
      renderPanel({ db, settings: en, tab, reparse: { done: 3, total: 10 } });
      await screen.findByTestId('reparse-progress');
      await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
      expect(chineseChrome(document.body), JSON.stringify(tab?.status)).toEqual([]);
      cleanup();
    }
  });

  it('library (with a copy from another site), its import messages and errors', async () => {
    const db = await filledDb();
    await saveReport(db, { ...qinglan(2021), url: 'https://mirror.example.com/qinglan-2021.html' });
    words = await reportWords(db);
    renderPanel({ db, settings: en, view: 'library' });
    await waitFor(() => expect(screen.getAllByTestId('library-report')).toHaveLength(5));
    expect(chineseChrome(document.body)).toEqual([]);
    for (const json of [
      '{"format": "reportlens-backup", ',
      JSON.stringify({ bookmarks: [] }),
      JSON.stringify({ format: 'reportlens-backup', version: 9 }),
    ]) {
      const input = document.querySelector('input[type=file]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([json], 'b.json')], configurable: true });
      fireEvent.change(input);
      await screen.findByTestId('library-message');
      expect(chineseChrome(document.body)).toEqual([]);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Clear library' }));
    expect(chineseChrome(document.body)).toEqual([]);
  });

  it('target vs actual, compare and glossary', async () => {
    const db = await filledDb();
    words = await reportWords(db);
    for (const view of ['targets', 'compare', 'glossary'] as const) {
      renderPanel({ db, settings: en, view });
      await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
      if (view === 'compare') fireEvent.change(screen.getByLabelText('One region over years'), { target: { value: '青岚县' } });
      await new Promise((r) => setTimeout(r, 200));
      expect(chineseChrome(document.body), view).toEqual([]);
      cleanup();
    }
  });

  const gulouCandidates = () => {
    const actions = fakeActions();
    actions.regionCandidates.mockResolvedValue({
      status: 'ambiguous',
      candidates: [
        { code: '320106', name: '鼓楼区', level: 'district', province: '江苏省', prefecture: '南京市' },
        { code: '350102', name: '鼓楼区', level: 'district', province: '福建省', prefecture: '福州市' },
      ],
    });
    actions.chooseRegion.mockResolvedValue({ ok: false, problem: { code: 'not-a-candidate' } });
    return actions;
  };

  it('this page: where the report comes from, unresolved with candidates, a refused choice', async () => {
    const db = await placedDb();
    words = await reportWords(db);
    const actions = gulouCandidates();
    renderPanel({ db, actions, settings: en, tab: reportTab({ reportId: 1 }) });
    await screen.findByTestId('region-place');
    expect(chineseChrome(document.body)).toEqual([]);
    cleanup();
    renderPanel({ db, actions, settings: en, tab: reportTab({ reportId: 3 }) });
    fireEvent.click((await screen.findAllByTestId('region-candidate'))[0]!);
    await screen.findByRole('alert');
    expect(chineseChrome(document.body)).toEqual([]);
  });

  it('this page: a name no unit carries, candidates that did not come', async () => {
    const db = await placedDb();
    words = await reportWords(db);
    const actions = gulouCandidates();
    for (const candidates of [{ status: 'unknown' as const, candidates: [] }, null]) {
      actions.regionCandidates.mockResolvedValue(candidates);
      renderPanel({ db, actions, settings: en, tab: reportTab({ reportId: 3 }) });
      await screen.findByText(candidates ? /No unit of this name/ : /Could not get the places/);
      expect(chineseChrome(document.body)).toEqual([]);
      cleanup();
    }
  });

  it('the library by province and prefecture, and the compare preset of a prefecture', async () => {
    const db = await placedDb();
    words = await reportWords(db);
    renderPanel({ db, settings: en, view: 'library' });
    await waitFor(() => expect(screen.getAllByTestId('library-report')).toHaveLength(3));
    for (const grouping of ['prefecture', 'province']) {
      fireEvent.change(screen.getByLabelText('Group'), { target: { value: grouping } });
      await waitFor(() => expect(document.querySelector('.region-row')?.textContent).toContain('山西省'));
      expect(chineseChrome(document.body), grouping).toEqual([]);
    }
    cleanup();
    renderPanel({ db, settings: en, view: 'compare' });
    const preset = await screen.findByTestId('prefecture-preset');
    const select = preset.querySelector('select')!;
    fireEvent.change(select, { target: { value: select.options[1]!.value } });
    await screen.findByLabelText('Year');
    expect(chineseChrome(document.body)).toEqual([]);
  });

  it('explanations from the library and the report’s own text, every definition of a term, the inbox', async () => {
    const db = await filledDb();
    words = await reportWords(db);
    // 青岚县 2022 (id 4): “三个零” explained by the 2021 report's 名词解释.
    renderPanel({ db, settings: en, tab: reportTab({ reportId: 4, url: 'http://www.qinglan.gov.cn/2022.html' }) });
    const from = await screen.findAllByTestId('from-library', {}, { timeout: 5000 });
    expect(from.some((f) => f.textContent?.includes('青岚县, 2021 report'))).toBe(true);
    expect(chineseChrome(document.body)).toEqual([]);
    cleanup();
    // 柳林县 2020 (id 1) explains terms in its body.
    renderPanel({ db, settings: en, tab: reportTab({ reportId: 1 }) });
    await screen.findAllByRole('button', { name: 'Show where it is explained' });
    expect(chineseChrome(document.body)).toEqual([]);
    cleanup();
    renderPanel({ db, settings: en, view: 'glossary' });
    fireEvent.input(await screen.findByLabelText(/Search terms/), { target: { value: '三个零' } });
    fireEvent.click(await screen.findByRole('button', { name: /^三个零/ }));
    await screen.findAllByTestId('library-definition');
    await screen.findByRole('button', { name: 'Export unexplained terms (CSV)' });
    expect(chineseChrome(document.body)).toEqual([]);
  });

  it('an empty library and a blocked database', async () => {
    renderPanel({ db: freshDb(), settings: en, view: 'library', libraryProblem: 'blocked' });
    expect(chineseChrome(document.body)).toEqual([]);
    cleanup();
    renderPanel({ db: freshDb(), settings: en, view: 'library' });
    await screen.findByText(/The library is empty/);
    expect(chineseChrome(document.body)).toEqual([]);
  });
});
