/**
 * The library's unexplained terms (the glossary view's inbox) as CSV, UTF-8 with a BOM for Excel:
 * to work through them outside the extension — share them with colleagues, write explanations in
 * a sheet, count a county's coinages. One row per term, most widespread first (as the inbox):
 * how many saved reports leave it unexplained, its uses in them, and its first use — the sentence,
 * in the earliest of those reports (plan year), with that report's region, year and address.
 *
 * The JSON backup needs nothing of this: it holds the documents and the user's terms the list is
 * derived from, and an import rebuilds the same list.
 */
import type { LibraryDb, StoredReport } from '../library/db.ts';
import { countUnexplainedUses, rankUnexplained, type UnexplainedUses } from '../library/panel-queries.ts';
import { unexplainedTerms } from '../library/queries.ts';
import { toCsv } from './csv.ts';

export const UNEXPLAINED_CSV_COLUMNS = ['term', 'reports', 'uses', 'firstRegion', 'firstYear', 'firstSentence', 'firstUrl'] as const;

/** Documents read at a time: the whole library is read, in pieces, so memory holds one piece. */
const DOCUMENTS_PER_READ = 100;

export async function unexplainedCsv(db: LibraryDb, { isExplained }: { isExplained: (term: string) => boolean }): Promise<string> {
  const all = await unexplainedTerms(db, { isExplained });
  const terms = new Set(all.map((t) => t.term));
  const counted = new Map<string, UnexplainedUses>();
  if (terms.size > 0) {
    const ids = [
      ...new Set(
        (await db.reportTerms
          .where('unexplained')
          .anyOf([...terms])
          .primaryKeys()) as number[],
      ),
    ].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += DOCUMENTS_PER_READ) {
      countUnexplainedUses(counted, { documents: await db.documents.bulkGet(ids.slice(i, i + DOCUMENTS_PER_READ)), terms });
    }
  }
  const ranked = rankUnexplained(all, counted);
  const firstIds = [...new Set(ranked.flatMap((r) => (r.reportId === null ? [] : [r.reportId])))];
  const reports = new Map((await db.reports.bulkGet(firstIds)).flatMap((r): [number, StoredReport][] => (r ? [[r.id, r]] : [])));
  return toCsv({
    header: UNEXPLAINED_CSV_COLUMNS,
    rows: ranked.map((r) => {
      const first = r.reportId === null ? undefined : reports.get(r.reportId);
      return [r.term, r.reports, r.uses, first?.regionName, first?.planYear, r.sentence, first?.url];
    }),
    bom: true,
  });
}
