/**
 * The library's read queries, shared by the side panel, the export and the benchmarks. Each uses
 * an index chosen for it in db.ts.
 */
import type { IndicatorKey } from '../report/types.ts';
import type { LibraryDb, StoredFigure, StoredReport } from './db.ts';
import { csvLines, toCsv } from '../export/csv.ts';
import { tablePages } from './paging.ts';
import { FIGURE_CSV_COLUMNS } from '../export/figures-csv.ts';

/** The newest reports first, a page at a time (the library list's first screen). */
export function newestReports(db: LibraryDb, { limit = 50, offset = 0 } = {}): Promise<StoredReport[]> {
  return db.reports.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray();
}

/** Every figure for one indicator in one year, across regions: "all GDP growth targets for 2021". */
export function figuresForIndicatorYear(
  db: LibraryDb,
  { indicator, year }: { indicator: IndicatorKey; year: number },
): Promise<StoredFigure[]> {
  return db.figures.where('[indicator+year]').equals([indicator, year]).toArray();
}

/** Every figure of one region across years. */
export function figuresOfRegion(db: LibraryDb, regionName: string): Promise<StoredFigure[]> {
  return db.figures.where('[regionName+indicator]').between([regionName, ''], [regionName, '\uffff']).toArray();
}

/**
 * The figures of a set of reports (the compare view). One equality query per report, in parallel:
 * `anyOf` over many keys is much slower in some IndexedDB implementations (see BENCHMARKS.md).
 */
export async function figuresOfReports(db: LibraryDb, reportIds: number[]): Promise<StoredFigure[]> {
  const lists = await Promise.all(reportIds.map((id) => db.figures.where('reportId').equals(id).toArray()));
  return lists.flat();
}

/**
 * Every county and district report of a prefecture for one plan year (the compare view's preset):
 * originals only, as comparisons leave copies out. A city's own report (the prefecture itself) is
 * not one of them. `province` tells apart prefectures that share a name across provinces.
 */
export async function countiesOfPrefecture(
  db: LibraryDb,
  { province, prefecture, planYear }: { province: string | null; prefecture: string; planYear: number },
): Promise<StoredReport[]> {
  const reports = await db.reports.where('[prefecture+planYear]').equals([prefecture, planYear]).toArray();
  return reports.filter(
    (r) => (r.level === 'county' || r.level === 'district') && r.mirrorOf === null && (province === null || r.province === province),
  );
}

/**
 * All figures as tidy CSV (UTF-8 with BOM for Excel): the CLI's columns, the source URL and
 * report title, then the region's province, prefecture and code. Yields pieces so that 250,000 rows are never one string. Copies of a report from
 * other addresses (`mirrorOf`) are left out: a mirror's figures may have been altered.
 */
export async function* exportFiguresCsv(db: LibraryDb): AsyncGenerator<string> {
  yield toCsv({ header: FIGURE_CSV_COLUMNS, rows: [], bom: true });
  const reports = new Map((await db.reports.toArray()).map((r) => [r.id, r]));
  for await (const figures of tablePages(db.figures, 5000)) {
    const rows = figures.flatMap((f) => {
      const r = reports.get(f.reportId);
      if (r?.mirrorOf != null) return [];
      return [
        [
          f.regionName,
          f.level,
          f.year,
          f.planYear,
          f.kind,
          f.indicator,
          f.name,
          f.measure,
          f.value,
          f.max,
          f.unit,
          f.qualifier,
          f.quote,
          r?.url,
          r?.title ?? r?.pageTitle,
          f.province,
          f.prefecture,
          f.regionCode,
        ],
      ];
    });
    yield csvLines(rows);
  }
}

/** The saved reports that use a term (the glossary view). */
export async function reportsUsingTerm(db: LibraryDb, term: string): Promise<StoredReport[]> {
  const ids = (await db.reportTerms.where('terms').equals(term).primaryKeys()) as number[];
  return (await db.reports.bulkGet(ids)).filter((r): r is StoredReport => r !== undefined);
}

/** Reports using any of `terms` (the library search's term matches). */
export async function reportIdsUsingTerms(db: LibraryDb, terms: string[]): Promise<number[]> {
  if (terms.length === 0) return [];
  return [...new Set((await db.reportTerms.where('terms').anyOf(terms).primaryKeys()) as number[])];
}

/** Every distinct term used in saved reports (read from the index, not the rows). */
export async function distinctTerms(db: LibraryDb): Promise<string[]> {
  return (await db.reportTerms.orderBy('terms').uniqueKeys()) as string[];
}

export interface UnexplainedTerm {
  term: string;
  /** Number of saved reports that use it unexplained. */
  reports: number;
}

/**
 * Jargon met in saved reports that nobody explains, most widespread first. Reads only the
 * `unexplained` index (one key per report and term), never the reports themselves. `isExplained`
 * drops terms explained since they were saved (a user's own term, a newer built-in glossary).
 */
export async function unexplainedTerms(
  db: LibraryDb,
  { isExplained }: { isExplained: (term: string) => boolean },
): Promise<UnexplainedTerm[]> {
  const counts = new Map<string, number>();
  for (const key of (await db.reportTerms.orderBy('unexplained').keys()) as string[]) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .filter(([term]) => !isExplained(term))
    .map(([term, reports]) => ({ term, reports }))
    .sort((a, b) => b.reports - a.reports || a.term.localeCompare(b.term, 'zh'));
}

/** A term's first use in a report that leaves it unexplained (the sentence shown beside it). */
export async function firstUnexplainedUse(
  db: LibraryDb,
  term: string,
): Promise<{ reportId: number; sentence: string; first: number } | null> {
  const reportId = (await db.reportTerms.where('unexplained').equals(term).primaryKeys())[0] as number | undefined;
  if (reportId === undefined) return null;
  const use = await firstUse(db, { reportId, term });
  return use ? { reportId, ...use } : null;
}

/** A term's first use in one report. */
export async function firstUse(
  db: LibraryDb,
  { reportId, term }: { reportId: number; term: string },
): Promise<{ sentence: string; first: number } | null> {
  const doc = await db.documents.get(reportId);
  const use = doc?.report.terms.find((t) => t.term === term);
  return use ? { sentence: use.sentence, first: use.first } : null;
}
