/**
 * Explanations from the library: a term that another saved report explains itself — in its
 * 名词解释 or in its body — explains the same term in the report being read, labelled with the
 * report it comes from (region, year). Precedence keeps the report's own explanations and the
 * user's first, and puts the library's before the built-in glossary (lib/glossary/index.ts).
 *
 * Ranked for the report being read: the same region first, then the same prefecture, then the same
 * province, then anywhere; within each, an appendix entry before a body passage, then the nearest
 * year, then the newer report. A definition several reports share is listed once, from the
 * best-ranked of them; every differing one is kept (up to LIBRARY_LIMITS.explanationsPerTerm).
 *
 * What the library holds is the user's own data: the side panel reads it here directly, while a
 * page's content script gets one term's best explanation at a time on a real hover
 * (lib/background/router.ts), never in the page analysis.
 *
 * Regions come from the report summaries, which carry `province`, `prefecture` and `regionCode`
 * since schema v6 (filled by lib/region where it could resolve them; null otherwise).
 */
import type { GlossaryPlace, LibraryDb, StoredGlossaryEntry, StoredReport } from './db.ts';
import type { Region, ReportDocument } from '../report/types.ts';
import { canonicalUrl } from './derive.ts';
import { TermMatcher } from '../glossary/matcher.ts';
import { LIBRARY_LIMITS, LIMITS } from '../limits.ts';

/** A definition of a term from another saved report. */
export interface LibraryExplanation {
  term: string;
  definition: string;
  /** Where that report explains it: its 名词解释 ('appendix') or its body. */
  place: GlossaryPlace;
  reportId: number;
  /** That report's region name and plan year (its label: 柳林县 2020 年报告) and its address (its link). */
  region: string | null;
  year: number | null;
  url: string;
  /** Offsets of a body explanation in that report's text. */
  start?: number;
  end?: number;
}

/** What the ranking compares of a region: its name, and where lib/region could place it. */
export type RegionKey = Pick<Region, 'name' | 'province' | 'prefecture' | 'code'>;

/** The report being read, as the ranking needs it. */
export interface ReaderReport {
  /** The records that are this report (it, its original, its copies): what they define is the report's own, not the library's. */
  ids: number[];
  region: RegionKey | null;
  year: number | null;
}

/** A saved report that defines a term, as the ranking needs it. */
export interface CandidateReport {
  id: number;
  region: RegionKey | null;
  year: number | null;
  url: string;
}

/**
 * The report being read: a saved record (`reportId`), or a parsed `report` not saved (then a record
 * at the same address, if any, is it). Its region and year come from `report` when given, else
 * from the stored document.
 */
export async function readerReport(
  db: LibraryDb,
  {
    reportId,
    report = null,
    url = null,
  }: { reportId: number | null; report?: Pick<ReportDocument, 'region' | 'planYear'> | null; url?: string | null },
): Promise<ReaderReport> {
  let id = reportId;
  if (id === null && url) id = ((await db.reports.where('urls').equals(canonicalUrl(url)).primaryKeys())[0] as number | undefined) ?? null;
  const ids = id === null ? [] : await sameReport(db, id);
  const doc = report ?? (id === null ? null : ((await db.documents.get(id))?.report ?? null));
  return { ids, region: doc?.region ?? null, year: doc?.planYear ?? null };
}

/** A record, its original and the original's other copies. */
async function sameReport(db: LibraryDb, id: number): Promise<number[]> {
  const summary = await db.reports.get(id);
  const original = summary?.mirrorOf ?? id;
  const copies = (await db.reports.where('mirrorOf').equals(original).primaryKeys()) as number[];
  return [...new Set([id, original, ...copies])];
}

/** Every differing definition the library's other reports give each of `terms`, best first (terms without any are absent). */
export async function libraryExplanations(
  db: LibraryDb,
  { terms, reader }: { terms: readonly string[]; reader: ReaderReport },
): Promise<Map<string, LibraryExplanation[]>> {
  const out = new Map<string, LibraryExplanation[]>();
  const rows = await rowsFromOtherReports(db, { terms, exclude: reader.ids });
  if (rows.length === 0) return out;
  const reports = await candidateReports(db, { ids: rows.map((r) => r.reportId) });
  const byTerm = new Map<string, { row: StoredGlossaryEntry; report: CandidateReport }[]>();
  for (const row of rows) {
    const report = reports.get(row.reportId);
    if (!report) continue;
    const list = byTerm.get(row.term);
    if (list) list.push({ row, report });
    else byTerm.set(row.term, [{ row, report }]);
  }
  for (const [term, candidates] of byTerm) out.set(term, rankLibraryExplanations(candidates, reader));
  return out;
}

/** Which of `terms` another saved report (not one of `exclude`) explains. Reads the glossary rows only. */
export async function termsExplainedByLibrary(
  db: LibraryDb,
  { terms, exclude }: { terms: readonly string[]; exclude: readonly number[] },
): Promise<Set<string>> {
  return new Set((await rowsFromOtherReports(db, { terms, exclude })).map((r) => r.term));
}

async function rowsFromOtherReports(
  db: LibraryDb,
  { terms, exclude }: { terms: readonly string[]; exclude: readonly number[] },
): Promise<StoredGlossaryEntry[]> {
  if (terms.length === 0) return [];
  const skip = new Set(exclude);
  const rows = await db.reportGlossary
    .where('term')
    .anyOf([...new Set(terms)])
    .toArray();
  return rows.filter((r) => !skip.has(r.reportId));
}

/** The reports that define a term, with their regions. */
async function candidateReports(db: LibraryDb, { ids }: { ids: number[] }): Promise<Map<number, CandidateReport>> {
  const summaries = (await db.reports.bulkGet([...new Set(ids)])).filter((s): s is StoredReport => s !== undefined);
  const out = new Map<number, CandidateReport>();
  for (const s of summaries) {
    const region = s.regionName ? { name: s.regionName, province: s.province, prefecture: s.prefecture, code: s.regionCode } : null;
    out.set(s.id, { id: s.id, region, year: s.planYear, url: s.url });
  }
  return out;
}

/** 0 the same region, 1 the same prefecture, 2 the same province, 3 anywhere else (or unknown). */
export function regionTier(candidate: RegionKey | null, reader: RegionKey | null): number {
  if (!candidate || !reader) return 3;
  if (candidate.code && reader.code) {
    if (candidate.code === reader.code) return 0;
  } else if (candidate.name === reader.name && (!candidate.province || !reader.province || candidate.province === reader.province)) {
    return 0;
  }
  if (candidate.prefecture && candidate.prefecture === reader.prefecture) return 1;
  if (candidate.province && candidate.province === reader.province) return 2;
  return 3;
}

const yearDistance = (year: number | null, reader: number | null) =>
  year === null || reader === null ? Number.MAX_SAFE_INTEGER : Math.abs(year - reader);

/** Definitions that differ only in spacing or final punctuation are one. */
const definitionKey = (d: string) => d.replace(/\s+/g, '').replace(/[。．.；;，,]+$/, '');

/** Ranks the candidates (see the note at the top) and keeps one of each differing definition. Pure. */
export function rankLibraryExplanations(
  candidates: readonly { row: StoredGlossaryEntry; report: CandidateReport }[],
  reader: Pick<ReaderReport, 'region' | 'year'>,
): LibraryExplanation[] {
  const ranked = candidates
    .map((c) => ({
      ...c,
      tier: regionTier(c.report.region, reader.region),
      body: c.row.place === 'body' ? 1 : 0,
      distance: yearDistance(c.report.year, reader.year),
    }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        a.body - b.body ||
        a.distance - b.distance ||
        (b.report.year ?? 0) - (a.report.year ?? 0) ||
        a.report.id - b.report.id,
    );
  const seen = new Set<string>();
  const out: LibraryExplanation[] = [];
  for (const { row, report } of ranked) {
    const key = definitionKey(row.definition);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      term: row.term,
      definition: row.definition,
      place: row.place ?? 'appendix',
      reportId: report.id,
      region: report.region?.name ?? null,
      year: report.year,
      url: report.url,
      ...(row.place === 'body' && row.start !== undefined && row.end !== undefined ? { start: row.start, end: row.end } : {}),
    });
    if (out.length >= LIBRARY_LIMITS.explanationsPerTerm) break;
  }
  return out;
}

/**
 * The terms the library's reports explain, as one matcher over a text: the background finds with
 * it the terms a page uses that another saved report explains, also where the page does not quote
 * them (有机旱作农业 in the text, defined in last year's 名词解释). Rebuilt when the glossary rows
 * change (a report saved, re-parsed or deleted): their count and last key say so.
 */
export class LibraryTermMatcher {
  private cache: { key: string; terms: string[]; matcher: TermMatcher } | null = null;

  /** Each library term the text uses (within [0, end)), with its first offset. */
  async find(db: LibraryDb, text: string, end = text.length): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    const built = await this.build(db);
    if (!built) return found;
    for (const m of built.matcher.findAll(text, 0, end)) {
      const term = built.terms[m.pattern]!;
      if (!found.has(term)) found.set(term, m.start);
    }
    return found;
  }

  private async build(db: LibraryDb): Promise<{ terms: string[]; matcher: TermMatcher } | null> {
    const count = await db.reportGlossary.count();
    if (count === 0) return null;
    const key = `${count}:${String(await db.reportGlossary.toCollection().lastKey())}`;
    if (this.cache?.key === key) return this.cache;
    const terms = ((await db.reportGlossary.orderBy('term').uniqueKeys()) as string[]).filter(
      (t) => t.length >= LIBRARY_LIMITS.minTermChars && t.length <= LIMITS.maxTermChars,
    );
    this.cache = { key, terms, matcher: TermMatcher.build(terms) };
    return this.cache;
  }
}

/** One definition of a term and every saved report that gives it. */
export interface LibraryDefinition {
  definition: string;
  reports: (CandidateReport & { place: GlossaryPlace; start?: number; end?: number })[];
}

/**
 * Every definition the saved reports give a term, each with the reports that give it (the
 * glossary view lists them all): the most widely given first; within one, the newest report first.
 */
export async function definitionsInLibrary(db: LibraryDb, term: string): Promise<LibraryDefinition[]> {
  const rows = await db.reportGlossary.where('term').equals(term).limit(LIBRARY_LIMITS.listedRowsPerTerm).toArray();
  const summaries = new Map(
    (await db.reports.bulkGet([...new Set(rows.map((r) => r.reportId))])).flatMap((s) => (s ? [[s.id, s] as const] : [])),
  );
  const groups = new Map<string, LibraryDefinition>();
  for (const row of rows) {
    const s = summaries.get(row.reportId);
    if (!s) continue;
    const key = definitionKey(row.definition);
    let group = groups.get(key);
    if (!group) {
      group = { definition: row.definition, reports: [] };
      groups.set(key, group);
    }
    group.reports.push({
      id: s.id,
      region: s.regionName ? { name: s.regionName } : null,
      year: s.planYear,
      url: s.url,
      place: row.place ?? 'appendix',
      ...(row.start !== undefined && row.end !== undefined ? { start: row.start, end: row.end } : {}),
    });
  }
  for (const g of groups.values()) g.reports.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.id - b.id);
  return [...groups.values()].sort((a, b) => b.reports.length - a.reports.length);
}
