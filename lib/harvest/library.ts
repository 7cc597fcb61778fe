/**
 * The harvest's way into the library: "is this link saved?" before any request, and saving a
 * fetched report through lib/library's dedupe-aware save — with the jargon and region explained
 * by the same lib/analyze.ts the background runs for browsed pages. The record's address, and so
 * its host, is the URL the report was fetched from (after a same-site redirect), never the page
 * that linked to it: a column on one host cannot put words in another host's record.
 */
import { analyzeText } from '../analyze.ts';
import { builtinIndex } from '../glossary/builtin-index.ts';
import type { LibraryDb } from '../library/db.ts';
import { canonicalUrl } from '../library/derive.ts';
import { addAddress, saveReport } from '../library/save.ts';
import type { HarvestLibrary } from './queue.ts';
import type { HarvestedReport } from './types.ts';

/** The library as one harvest run sees it; the user's own terms are read once, when it starts. */
export async function harvestLibrary(db: LibraryDb): Promise<HarvestLibrary> {
  const index = builtinIndex(await db.userTerms.toArray());
  return {
    isInLibrary: async (url) => (await db.reports.where('urls').equals(canonicalUrl(url)).count()) > 0,
    save: async (report: HarvestedReport) => {
      // Parsed again with the glossary and region resolution, exactly as a browsed page's text is.
      const { parsed } = analyzeText({ text: report.parsed.text, title: report.pageTitle, url: report.url, index });
      const item = {
        url: report.url,
        pageTitle: report.pageTitle,
        report: parsed.report,
        text: parsed.text,
        fileKind: report.fileKind,
        fetchedAt: report.fetchedAt,
      };
      const outcome = await saveReport(db, item, { now: report.fetchedAt });
      // Every page of a split report leads to its record, as when the pages are browsed.
      for (const page of report.pages) if (page !== report.url) await addAddress(db, outcome.reportId, page);
      // The library's own rules decided: a new record or a newer version is saved; the same text
      // (here or at another address of its host), or a rewrite held back, was there already.
      return outcome.status === 'created' || outcome.status === 'updated' ? 'saved' : 'already';
    },
  };
}
