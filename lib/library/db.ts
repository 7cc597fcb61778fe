/**
 * The library database (IndexedDB through Dexie), in the extension's origin. Every write goes
 * through the functions of lib/library (save.ts, reparse.ts, user-terms.ts, import.ts): the
 * background calls them for what pages send, the side panel for what the user does (delete, undo,
 * clear, import, own terms); both read live. A content script must never open it: its IndexedDB
 * would be the page's origin.
 *
 * Versions: every schema change is a new `db.version(n)` with an upgrade function, and a test
 * opens a database written at each older version (frozen JSON fixtures in tests/fixtures/db,
 * made by `npm run db-fixture` before a bump) and checks that nothing is lost.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Figure, FigureKind, RegionLevel, ReportDocument } from '../report/types.ts';
import type { UserTerm } from '../glossary/index.ts';
import { derivedRows, hostOfUrl, regionFields, summarize, termFields } from './derive.ts';

export const DB_NAME = 'reportlens';
export const SCHEMA_VERSION = 6;

/** A saved report: what the library list shows, kept small so 10,000 of them load fast. */
export interface StoredReport {
  id: number;
  /** The URL it was first saved from. */
  url: string;
  /** Every URL of its own host it was met at with the same content (tracking parameters removed). */
  urls: string[];
  /** The host it was saved from (lower case): a record's content only ever comes from this host. */
  host: string;
  /**
   * The record this one is a copy of — the same content or the same region, year and meeting,
   * saved earlier from another address (a mirror, a reprint, a look-alike) — or null for an
   * original. Copies are kept apart, never merged, and left out of comparisons and the figures CSV.
   */
  mirrorOf: number | null;
  pageTitle: string;
  title: string | null;
  regionName: string | null;
  level: RegionLevel | null;
  reviewYear: number | null;
  planYear: number | null;
  meeting: string | null;
  date: string | null;
  speakerName: string | null;
  speakerTitle: string | null;
  /**
   * Where the region lies (lib/region), from the document's region: the province-level unit, the
   * prefecture-level unit and the GB/T 2260 code; null while unresolved (an ambiguous 鼓楼区, a
   * fictional county, the nation, a document the background has not resolved yet).
   */
  province: string | null;
  prefecture: string | null;
  regionCode: string | null;
  /** Hash of the report text with whitespace removed: the same content at another URL is the same report. */
  contentHash: string;
  targetCount: number;
  actualCount: number;
  termCount: number;
  /** First saved. */
  savedAt: number;
  /** Content last changed (equals savedAt until the page is edited). */
  updatedAt: number;
  /** Last visited. */
  seenAt: number;
  parserVersion: number;
}

/** The parsed document of a report (figures, outline, glossary, jargon). */
export interface StoredDocument {
  reportId: number;
  report: ReportDocument;
}

/** The report text the document's offsets refer to; kept so reports can be re-parsed offline. */
export interface StoredText {
  reportId: number;
  text: string;
}

/**
 * One row per target or result, denormalised for queries across reports. A row says where it is
 * from (region, level, province, prefecture, code) by itself: the figures CSV is written from the
 * rows, and a query over [indicator+year] narrows to a province or prefecture without reading the
 * reports.
 */
export interface StoredFigure extends Figure, RegionFields {
  id: number;
  reportId: number;
  kind: FigureKind;
  regionName: string;
  level: RegionLevel | null;
  planYear: number | null;
}

/** Where a report's region lies, as the summaries and the figure rows carry it (see StoredReport). */
export interface RegionFields {
  province: string | null;
  prefecture: string | null;
  regionCode: string | null;
}

/** The jargon a report uses, beside the report so that the library list does not load it. */
export interface StoredReportTerms {
  reportId: number;
  /** Every term the report uses (multiEntry index: "the reports that use 六稳"). */
  terms: string[];
  /** The terms nobody explained when it was saved (multiEntry index: the unexplained-terms list). */
  unexplained: string[];
}

/** Where a report explains a term itself: its 名词解释 appendix, or its body in passing (“三个一”：一个…). */
export type GlossaryPlace = 'appendix' | 'body';

/**
 * A term a saved report explains itself, in its 名词解释 or its body: the library's other reports
 * are explained by it (lib/library/explanations.ts). `place`, `start` and `end` are not indexed
 * (no schema change); rows written before body explanations were stored have no `place` and are
 * appendix entries.
 */
export interface StoredGlossaryEntry {
  id: number;
  reportId: number;
  term: string;
  definition: string;
  place?: GlossaryPlace;
  /** Offsets of a body explanation (the term and its explanation) in the report text, for jump-to-source. */
  start?: number;
  end?: number;
}

export type LibraryDb = Dexie & {
  reports: EntityTable<StoredReport, 'id'>;
  documents: Table<StoredDocument, number>;
  texts: Table<StoredText, number>;
  figures: EntityTable<StoredFigure, 'id'>;
  reportGlossary: EntityTable<StoredGlossaryEntry, 'id'>;
  reportTerms: Table<StoredReportTerms, number>;
  userTerms: Table<UserTerm, string>;
};

/** Version 1 (the walking skeleton): one table, whole documents. Kept to upgrade old installs. */
export const SCHEMA_V1 = { reports: '++id, &url, savedAt' };

/** Version 2: the report split into summary, document and text, and the query tables. */
export const SCHEMA_V2 = {
  // &*urls: a URL belongs to one report at most; [regionName+planYear] finds the same report at a mirror.
  reports: '++id, &*urls, contentHash, regionName, planYear, [regionName+planYear], savedAt, updatedAt, parserVersion',
  documents: 'reportId',
  texts: 'reportId',
  // The side panel's and the export's queries: one indicator in one year across regions;
  // one region's figures across years; everything of one report.
  figures: '++id, reportId, [indicator+year], [regionName+indicator], [indicator+measure+year]',
  reportGlossary: '++id, reportId, term',
  termUses: '++id, reportId, term, source',
  userTerms: '&term, updatedAt',
};

/**
 * Version 3: one row per term use was 80 rows per report (800,000 for a province's ten years) and
 * most of the cost of saving; the terms become two multiEntry indexes on the report instead. The
 * figures lose [indicator+measure+year]: [indicator+year] answers the same queries.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  reports:
    '++id, &*urls, contentHash, regionName, planYear, [regionName+planYear], savedAt, updatedAt, parserVersion, *terms, *unexplained',
  figures: '++id, reportId, [indicator+year], [regionName+indicator]',
  termUses: null,
};

/**
 * Version 4: the term lists move off the report summaries into their own table. With ~80 terms
 * per report, they made the library list read 800,000 strings for 10,000 reports (the side panel
 * took 0.9 s to show its first screen, see BENCHMARKS.md).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  reports: '++id, &*urls, contentHash, regionName, planYear, [regionName+planYear], savedAt, updatedAt, parserVersion',
  reportTerms: 'reportId, *terms, *unexplained',
};

/**
 * Version 5: a record's content comes from one host only. v4 merged copies of a report from other
 * hosts into one record by region, year and meeting, and then let a copy's later changes replace
 * the record's figures (issue 15); from v5 each record keeps its `host`, copies are separate
 * records pointing at their original (`mirrorOf`), and the upgrade drops the other hosts' URLs
 * from merged records (their content was never kept, so nothing else is lost).
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  reports: '++id, &*urls, contentHash, regionName, planYear, [regionName+planYear], savedAt, updatedAt, parserVersion, host, mirrorOf',
};

/**
 * Version 6: reports carry where their region lies (issue 17): province, prefecture and GB/T 2260
 * code, on the summaries and the figure rows. Indexed for the panel: the library's filters by
 * province and prefecture, and the compare view's "every county and district of a prefecture in
 * one year" ([prefecture+planYear]). The upgrade fills them from the stored documents that went
 * through region resolution; the others (parsed before it existed, by an older parser) get nulls
 * and are resolved when the background re-parses them (lib/background/reparse-job.ts): the side
 * panel opens this database too and must never load the division data.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  reports:
    '++id, &*urls, contentHash, regionName, planYear, [regionName+planYear], savedAt, updatedAt, parserVersion, host, mirrorOf, province, prefecture, [prefecture+planYear]',
};

export function openLibrary(name = DB_NAME): LibraryDb {
  const db = new Dexie(name) as LibraryDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  db.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
  return db;
}

/** v1 kept { url, pageTitle, report, text, savedAt } in one row; v2 splits it and derives the query tables. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  interface V1Report {
    id: number;
    url: string;
    pageTitle: string;
    report: ReportDocument;
    text: string;
    savedAt: number;
  }
  const old = (await tx.table('reports').toArray()) as V1Report[];
  for (const r of old) {
    const summary = summarize({ report: r.report, text: r.text, url: r.url, pageTitle: r.pageTitle, now: r.savedAt });
    await tx.table('reports').put({ ...summary, id: r.id });
    await tx.table('documents').put({ reportId: r.id, report: r.report });
    await tx.table('texts').put({ reportId: r.id, text: r.text });
    const rows = derivedRows(r.id, r.report);
    await tx.table('figures').bulkAdd(rows.figures);
    await tx.table('reportGlossary').bulkAdd(rows.glossary);
  }
}

/** v3 kept a report's terms on the report itself (the termUses table is dropped by the schema). */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const documents = new Map(((await tx.table('documents').toArray()) as StoredDocument[]).map((d) => [d.reportId, d.report]));
  await tx
    .table('reports')
    .toCollection()
    .modify((r: StoredReport) => {
      const report = documents.get(r.id);
      Object.assign(r, termFields(report?.terms ?? []));
    });
}

/** v4 moves the term lists into reportTerms and slims the summaries. */
async function upgradeToV4(tx: Transaction): Promise<void> {
  const rows: StoredReportTerms[] = [];
  await tx
    .table('reports')
    .toCollection()
    .modify((r: StoredReport & Partial<Omit<StoredReportTerms, 'reportId'>>) => {
      rows.push({ reportId: r.id, terms: r.terms ?? [], unexplained: r.unexplained ?? [] });
      delete r.terms;
      delete r.unexplained;
    });
  await tx.table('reportTerms').bulkPut(rows);
}

/** v5: each record gets its host; URLs of other hosts (merged mirrors) are dropped; no record is a copy yet. */
async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table('reports')
    .toCollection()
    .modify((r: StoredReport) => {
      r.host = hostOfUrl(r.url);
      r.urls = r.urls.filter((u) => hostOfUrl(u) === r.host);
      if (r.urls.length === 0) r.urls = [r.url];
      r.mirrorOf = null;
    });
}

/**
 * v6: summaries and figure rows get their region's province, prefecture and code from the stored
 * documents (one pass over the documents, keeping only the three fields per report in memory).
 */
async function upgradeToV6(tx: Transaction): Promise<void> {
  const places = new Map<number, RegionFields>();
  await tx.table('documents').each((d: StoredDocument) => void places.set(d.reportId, regionFields(d.report)));
  const unresolved = regionFields(null);
  await tx
    .table('reports')
    .toCollection()
    .modify((r: StoredReport) => void Object.assign(r, places.get(r.id) ?? unresolved));
  await tx
    .table('figures')
    .toCollection()
    .modify((f: StoredFigure) => void Object.assign(f, places.get(f.reportId) ?? unresolved));
}
