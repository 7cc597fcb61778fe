/**
 * The library's read queries, shared by the side panel, the export and the benchmarks. Each uses
 * an index chosen for it in db.ts.
 */
import type { IndicatorKey } from '../report/types.ts';
import type { LibraryDb, StoredFigure, StoredReport } from './db.ts';
import { csvLines, toCsv } from '../export/csv.ts';
import { FIGURE_CSV_COLUMNS } from '../export/figures-csv.ts';

/** The newest reports first, a page at a time (the library list's first screen). */
export function newestReports(db: LibraryDb, { limit = 50, offset = 0 } = {}): Promise<StoredReport[]> {
  return db.reports.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray();
}

/** Every figure for one indicator in one year, across regions: "all GDP growth targets for 2021". */
export function figuresForIndicatorYear(db: LibraryDb, { indicator, year }: { indicator: IndicatorKey; year: number }): Promise<StoredFigure[]> {
  return db.figures.where('[indicator+year]').equals([indicator, year]).toArray();
}

/** Every figure of one region across years. */
export function figuresOfRegion(db: LibraryDb, regionName: string): Promise<StoredFigure[]> {
  return db.figures.where('[regionName+indicator]').between([regionName, ''], [regionName, '\uffff']).toArray();
}

/** The figures of a set of reports (the compare view). */
export function figuresOfReports(db: LibraryDb, reportIds: number[]): Promise<StoredFigure[]> {
  return db.figures.where('reportId').anyOf(reportIds).toArray();
}

/**
 * All figures as tidy CSV (UTF-8 with BOM for Excel): the CLI's columns plus the source URL and
 * report title. Yields pieces so that 250,000 rows are never one string.
 */
export async function* exportFiguresCsv(db: LibraryDb): AsyncGenerator<string> {
  yield toCsv({ header: FIGURE_CSV_COLUMNS, rows: [], bom: true });
  const reports = new Map((await db.reports.toArray()).map((r) => [r.id, r]));
  const pageSize = 5000;
  for (let offset = 0; ; offset += pageSize) {
    const figures = await db.figures.orderBy('id').offset(offset).limit(pageSize).toArray();
    const rows = figures.map((f) => {
      const r = reports.get(f.reportId);
      return [f.regionName, f.level, f.year, f.planYear, f.kind, f.indicator, f.name, f.measure, f.value, f.max, f.unit, f.qualifier, f.quote, r?.url, r?.title ?? r?.pageTitle];
    });
    if (rows.length > 0) yield csvLines(rows);
    if (figures.length < pageSize) break;
  }
}
