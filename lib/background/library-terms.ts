/**
 * Explanations from the library's other reports, as the background hands them to a page (issue
 * 13). The library is the user's own data, so it reaches a page the way the user's own terms do:
 * when a report page is analysed, the terms another saved report explains are only named to the
 * content script (without definitions, without changing what is painted: lib/analyze.ts
 * withLibraryTerms); on a real hover of one of them, the content script asks for that term and
 * gets its best explanation, with the report it comes from and how many others there are.
 */
import { withLibraryTerms } from '../analyze.ts';
import {
  LibraryTermMatcher,
  libraryExplanations,
  readerReport,
  termsExplainedByLibrary,
  type ReaderReport,
} from '../library/explanations.ts';
import type { LibraryDb } from '../library/db.ts';
import type { DefinitionReply, PageAnalysis, TabState } from '../messages.ts';
import { isAppendixTitle } from '../report/outline.ts';
import type { ParsedPage } from '../report/types.ts';
import { LIMITS } from '../limits.ts';

/** One matcher over the library's terms, kept while the library's glossary rows stay the same. */
const libraryTerms = new LibraryTermMatcher();

/** The report a tab shows, as the library ranking needs it. */
const readerOf = (db: LibraryDb, state: TabState): Promise<ReaderReport> =>
  readerReport(db, { reportId: state.reportId, report: state.unsaved?.report ?? null, url: state.url });

/**
 * Adds to a report page's analysis the terms its body uses that another saved report explains
 * (`state`: the tab, after its report was saved or kept). A library that cannot be read leaves the
 * analysis as it was.
 */
export async function addLibraryTerms(
  db: LibraryDb,
  { analysis, parsed, state }: { analysis: PageAnalysis; parsed: ParsedPage; state: TabState },
): Promise<PageAnalysis> {
  try {
    const { report, text } = parsed;
    const bodyEnd = report.outline.find((o) => isAppendixTitle(o.title))?.start ?? text.length;
    const used = await libraryTerms.find(db, text, bodyEnd);
    // The report's own terms as the parser read them (a slogan split by a line break in page text).
    for (const t of report.terms) if (!used.has(t.term)) used.set(t.term, t.first);
    const reader = await readerOf(db, state);
    const explained = await termsExplainedByLibrary(db, { terms: [...used.keys()], exclude: reader.ids });
    return withLibraryTerms(analysis, { explained: new Map([...used].filter(([t]) => explained.has(t))), text });
  } catch (error) {
    console.error('ReportLens could not read the library for explanations', error);
    return analysis;
  }
}

/** The best explanation the library's other reports give `term`, for the report the tab shows; null without one. */
export async function bestFromLibrary(db: LibraryDb, state: TabState, term: string): Promise<DefinitionReply['library'] | null> {
  const list = (await libraryExplanations(db, { terms: [term], reader: await readerOf(db, state) })).get(term);
  const best = list?.[0];
  if (!best) return null;
  return { definition: best.definition.slice(0, LIMITS.maxDefinitionChars), region: best.region, year: best.year, more: list.length - 1 };
}
