/**
 * The library benchmark workload, the same in Node (fake-indexeddb) and in Chromium (real
 * IndexedDB, this file bundled by Vite): a researcher's library of every county of a province
 * over ten years — 10,000 reports, ~250,000 figures — then the queries and exports a user waits for.
 */
import { openLibrary, type LibraryDb, type StoredReport } from '../../lib/library/db.ts';
import { importBackup } from '../../lib/library/import.ts';
import { newestReports, figuresForIndicatorYear, figuresOfReports, exportFiguresCsv } from '../../lib/library/queries.ts';
import { blobOfPieces } from '../../lib/export/blob.ts';
import { buildMatrix } from '../../lib/compare/matrix.ts';
import { summarize } from '../../lib/library/derive.ts';
import type { ReportDocument } from '../../lib/report/types.ts';
import { LibraryTermMatcher, libraryExplanations, termsExplainedByLibrary } from '../../lib/library/explanations.ts';

export interface BaseReport {
  report: ReportDocument;
  text: string;
}

/** Report n of the synthetic library: base report n % bases, region n % regions, year by n / regions. */
function variant(base: BaseReport, n: number, regions: number): { report: ReportDocument; text: string; url: string } {
  const region = `测试${String(n % regions).padStart(4, '0')}县`;
  const shift = 2015 + Math.floor(n / regions) - (base.report.planYear ?? 2020);
  const year = (y: number | null) => (y === null ? null : y + shift);
  const figure = (f: ReportDocument['targets'][number]) => ({
    ...f,
    year: f.year + shift,
    value: f.value === null ? null : Math.round(f.value * (0.8 + ((n * 7919) % 400) / 1000) * 100) / 100,
  });
  const report: ReportDocument = {
    ...base.report,
    region: { name: region, level: 'county' },
    meeting: `${region}第十届人民代表大会第${(n % 5) + 1}次会议`,
    planYear: year(base.report.planYear),
    reviewYear: year(base.report.reviewYear),
    targets: base.report.targets.map(figure),
    actuals: base.report.actuals.map(figure),
  };
  // Texts are the first 2,000 characters of the base report with the region's name: the benchmark
  // measures the library's tables, not 400 MB of report texts.
  const text = `${region}${n}\n${base.text.slice(0, 2000)}`;
  return { report, text, url: `http://www.county${n % regions}.gov.cn/zfgzbg/${2015 + Math.floor(n / regions)}.html` };
}

/** A JSON backup holding the whole synthetic library (what "bulk import" reads). */
export function syntheticBackup(bases: BaseReport[], count: number, regions = 1000): string {
  const reports: object[] = [];
  const documents: object[] = [];
  const texts: object[] = [];
  for (let n = 0; n < count; n++) {
    const { report, text, url } = variant(bases[n % bases.length]!, n, regions);
    const id = n + 1;
    reports.push({ ...summarize({ report, text, url, pageTitle: report.title ?? '', now: 1_700_000_000_000 + n }), id });
    documents.push({ reportId: id, report });
    texts.push({ reportId: id, text });
  }
  return JSON.stringify({
    format: 'reportlens-backup',
    version: 1,
    schemaVersion: 2,
    exportedAt: new Date(0).toISOString(),
    tables: { reports, documents, texts, figures: [], reportGlossary: [], termUses: [], userTerms: [] },
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

/** Runs the workload on a fresh database; returns milliseconds (and counts) by metric name. */
export async function runLibraryWorkload({
  bases,
  count,
  dbName,
}: {
  bases: BaseReport[];
  count: number;
  dbName: string;
}): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const db: LibraryDb = openLibrary(dbName);
  await db.open();
  const backup = syntheticBackup(bases, count);
  m.backupBytes = backup.length;
  const [importMs, result] = await timed(() => importBackup(db, backup));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  m.bulkImportMs = importMs;
  m.reports = await db.reports.count();
  m.figures = await db.figures.count();
  const [firstScreenMs] = await timed(() => newestReports(db, { limit: 50 }));
  m.firstScreenMs = firstScreenMs;
  const [allSummariesMs, summaries] = await timed(() => db.reports.toArray());
  m.allSummariesMs = allSummariesMs;
  const year = summaries[Math.floor(summaries.length / 2)]!.planYear ?? 2020;
  const [indicatorYearMs, rows] = await timed(() => figuresForIndicatorYear(db, { indicator: 'gdp', year }));
  m.indicatorYearMs = indicatorYearMs;
  m.indicatorYearRows = rows.length;
  const chosen: StoredReport[] = summaries.slice(0, 200);
  const [compareMs, matrix] = await timed(async () =>
    buildMatrix({
      reports: chosen,
      figures: await figuresOfReports(
        db,
        chosen.map((r) => r.id),
      ),
    }),
  );
  m.compare200Ms = compareMs;
  m.compare200Rows = matrix.rows.length;
  const [exportMs, bytes] = await timed(async () => {
    let size = 0;
    for await (const piece of exportFiguresCsv(db)) size += piece.length;
    return size;
  });
  m.exportCsvMs = exportMs;
  m.exportCsvChars = bytes;
  Object.assign(m, await exportHeapWorkload(db));
  Object.assign(m, await libraryExplanationWorkload(db, bases));
  db.close();
  return m;
}

/** The JavaScript heap in use: Chromium's performance.memory (precise with --enable-precise-memory-info), Node's heapUsed. */
function heapUsed(): number {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  if (memory) return memory.usedJSHeapSize;
  const node = (globalThis as { process?: { memoryUsage(): { heapUsed: number } } }).process;
  return node ? node.memoryUsage().heapUsed : Number.NaN;
}

/**
 * The figures CSV made into a file as the side panel makes it (packed into a Blob as it is
 * written), against collecting its pieces as strings first (the panel before): time, and how far
 * the heap grew above where it started (sampled after every piece).
 */
async function exportHeapWorkload(db: LibraryDb): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const measure = async (pieces: AsyncIterable<string>) => {
    const start = heapUsed();
    let peak = start;
    async function* sampled() {
      for await (const piece of pieces) {
        yield piece;
        peak = Math.max(peak, heapUsed());
      }
    }
    return { sampled: sampled(), growth: () => peak - start };
  };
  const blob = await measure(exportFiguresCsv(db));
  const [blobMs, file] = await timed(() => blobOfPieces(blob.sampled, { type: 'text/csv' }));
  m.exportCsvBlobMs = blobMs;
  m.exportCsvBlobBytes = file.size;
  m.exportCsvBlobHeapGrowthBytes = blob.growth();
  const collected = await measure(exportFiguresCsv(db));
  const [collectedMs] = await timed(async () => {
    const parts: string[] = [];
    for await (const piece of collected.sampled) parts.push(piece);
    return new Blob(parts, { type: 'text/csv' });
  });
  m.exportCsvCollectedMs = collectedMs;
  m.exportCsvCollectedHeapGrowthBytes = collected.growth();
  return m;
}

/**
 * Explanations from the library (issue 13), at the library's size: every variant of a base report
 * repeats its 名词解释 and body explanations, so a term is defined by count / bases reports — a
 * coinage the whole province uses. What a report page costs the background (the terms its text
 * uses that the library explains: matcher built once, then cached; the lookup of the page's terms),
 * and what one hover costs (one term's ranked explanations).
 */
async function libraryExplanationWorkload(db: LibraryDb, bases: BaseReport[]): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const base = bases.find((b) => b.report.glossary.length > 0) ?? bases[0]!;
  const matcher = new LibraryTermMatcher();
  const [firstFindMs, used] = await timed(() => matcher.find(db, base.text));
  m.libraryTermsFirstFindMs = firstFindMs;
  m.libraryTermsFindMs = (await timed(() => matcher.find(db, base.text)))[0];
  m.libraryTermsDistinct = ((await db.reportGlossary.orderBy('term').uniqueKeys()) as string[]).length;
  const terms = [...new Set([...used.keys(), ...base.report.terms.map((t) => t.term)])];
  m.libraryTermsExplainedMs = (await timed(() => termsExplainedByLibrary(db, { terms, exclude: [] })))[0];
  const term = base.report.glossary[0]?.term ?? terms[0]!;
  const reader = { ids: [], region: { name: '测试0001县' }, year: base.report.planYear };
  const [oneTermMs, found] = await timed(() => libraryExplanations(db, { terms: [term], reader }));
  m.libraryExplanationsOneTermMs = oneTermMs;
  m.libraryExplanationsOneTermRows = await db.reportGlossary.where('term').equals(term).count();
  m.libraryExplanationsOneTermDiffering = found.get(term)?.length ?? 0;
  return m;
}
