/**
 * Shaping library data for the side panel's views: reports grouped by region and year, a report's
 * targets split by year, the glossary merged from its three sources, and the unexplained terms
 * ranked. Pure functions over what the queries returned, plus one bounded read for the ranking.
 */
import type { LibraryDb, StoredDocument, StoredReport } from './db.ts';
import { compareZh } from '../collate.ts';
import type { Figure, ReportDocument } from '../report/types.ts';
import type { UserTerm } from '../glossary/index.ts';
import type { BuiltinGlossaryEntry } from '../glossary/types.ts';
import { unexplainedTerms, type UnexplainedTerm } from './queries.ts';
import type { TargetOutcome } from '../compare/target-vs-actual.ts';

export interface OutcomeYear {
  year: number;
  /** In the order given (the targets' order in their report). */
  outcomes: TargetOutcome[];
  /** How many of them have a result (met, missed, or not comparable). */
  withResult: number;
}

/**
 * Targets against results grouped by the year they are for, newest first. A year whose targets
 * all lack a result (the next report is not saved yet; a five-year horizon) has withResult 0.
 */
export function outcomesByYear(outcomes: readonly TargetOutcome[]): OutcomeYear[] {
  const years = new Map<number, TargetOutcome[]>();
  for (const o of outcomes) {
    const list = years.get(o.year);
    if (list) list.push(o);
    else years.set(o.year, [o]);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({ year, outcomes: list, withResult: list.filter((o) => o.verdict !== 'no-result').length }));
}

/**
 * A report's targets for its plan year, and those for other years (the five-year plan's horizon,
 * such as 2025 in a 2021 report), each list in text order, the other years' by year. A report
 * whose plan year is unknown has all its targets in `plan`. `allLater`: every other-year target
 * lies after the plan year (a five-year horizon, not a misdated figure).
 */
export function splitTargets(report: Pick<ReportDocument, 'targets' | 'planYear'>): {
  plan: Figure[];
  otherYears: Figure[];
  allLater: boolean;
} {
  const planYear = report.planYear;
  if (planYear === null) return { plan: report.targets, otherYears: [], allLater: true };
  const plan: Figure[] = [];
  const otherYears: Figure[] = [];
  for (const f of report.targets) (f.year === planYear ? plan : otherYears).push(f);
  return { plan, otherYears: otherYears.sort((a, b) => a.year - b.year), allLater: otherYears.every((f) => f.year > planYear) };
}

export interface RegionGroup {
  region: string;
  years: { year: number | null; reports: StoredReport[] }[];
  count: number;
}

/** Regions in Chinese collation order; within a region, the newest plan year first. */
export function groupByRegionAndYear(reports: StoredReport[]): RegionGroup[] {
  const regions = new Map<string, Map<number | null, StoredReport[]>>();
  for (const r of reports) {
    const region = r.regionName ?? r.pageTitle;
    let years = regions.get(region);
    if (!years) {
      years = new Map();
      regions.set(region, years);
    }
    const list = years.get(r.planYear);
    if (list) list.push(r);
    else years.set(r.planYear, [r]);
  }
  return [...regions]
    .sort(([a], [b]) => compareZh(a, b))
    .map(([region, years]) => ({
      region,
      count: [...years.values()].reduce((n, list) => n + list.length, 0),
      years: [...years].sort(([a], [b]) => (b ?? 0) - (a ?? 0)).map(([year, list]) => ({ year, reports: list })),
    }));
}

/** The plan years of the reports, newest first. */
export function planYearsOf(reports: StoredReport[]): number[] {
  return [...new Set(reports.map((r) => r.planYear).filter((y): y is number => y !== null))].sort((a, b) => b - a);
}

/** Region names with how many reports each has, most first. */
export function regionsWithCounts(reports: StoredReport[]): { region: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of reports) if (r.regionName) counts.set(r.regionName, (counts.get(r.regionName) ?? 0) + 1);
  return [...counts].map(([region, count]) => ({ region, count })).sort((a, b) => b.count - a.count || compareZh(a.region, b.region));
}

export interface GlossaryListItem {
  term: string;
  variants: string[];
  builtin: BuiltinGlossaryEntry | null;
  user: UserTerm | null;
  /** The term has an entry in at least one saved report's own 名词解释. */
  inReports: boolean;
}

/** All terms known from the three sources, one item per term. */
export function mergeGlossary({
  builtin,
  user,
  reportTerms,
}: {
  builtin: readonly BuiltinGlossaryEntry[];
  user: readonly UserTerm[];
  reportTerms: readonly string[];
}): GlossaryListItem[] {
  const items = new Map<string, GlossaryListItem>();
  const item = (term: string) => {
    let it = items.get(term);
    if (!it) {
      it = { term, variants: [], builtin: null, user: null, inReports: false };
      items.set(term, it);
    }
    return it;
  };
  for (const b of builtin) Object.assign(item(b.term), { builtin: b, variants: b.variants });
  for (const u of user) {
    const it = item(u.term);
    it.user = u;
    it.variants = [...new Set([...it.variants, ...u.variants])];
  }
  for (const t of reportTerms) item(t).inReports = true;
  return [...items.values()].sort((a, b) => compareZh(a.term, b.term));
}

/** Whether anyone explains a term now: a built-in entry or variant, the user, or a report's own glossary. */
export function explainedBy({
  builtin,
  user,
  reportTerms,
}: {
  builtin: readonly BuiltinGlossaryEntry[];
  user: readonly UserTerm[];
  reportTerms: readonly string[];
}): (term: string) => boolean {
  const known = new Set<string>([...reportTerms]);
  for (const b of builtin) for (const t of [b.term, ...b.variants]) known.add(t);
  for (const u of user) for (const t of [u.term, ...u.variants]) known.add(t);
  return (term) => known.has(term);
}

export interface RankedUnexplainedTerm extends UnexplainedTerm {
  /** Uses across the saved reports that leave it unexplained; null when not counted (see unexplainedRanking). */
  uses: number | null;
  /** The sentence of its first use — in the earliest of those reports (plan year, then first saved) — when read. */
  sentence: string | null;
  /** The report of that sentence. */
  reportId: number | null;
}

/** What the documents read say of one unexplained term: its uses, and its first use (the earliest report's). */
export interface UnexplainedUses {
  uses: number;
  sentence: string | null;
  reportId: number | null;
}

/** Most widespread first: by number of reports, then by uses (uncounted last), then in Chinese collation order. */
export function rankUnexplained(terms: readonly UnexplainedTerm[], uses: ReadonlyMap<string, UnexplainedUses>): RankedUnexplainedTerm[] {
  return terms
    .map((t) => {
      const u = uses.get(t.term);
      return { ...t, uses: u?.uses ?? null, sentence: u?.sentence ?? null, reportId: u?.reportId ?? null };
    })
    .sort((a, b) => b.reports - a.reports || (b.uses ?? -1) - (a.uses ?? -1) || compareZh(a.term, b.term));
}

/**
 * The terms of `ranked` (sorted by reports) that the first `shown` rows depend on: the first
 * `shown`, and every term tied with the last of them on the number of reports, so that a tie group
 * is either wholly counted or not at all.
 */
export function headOfRanking<T extends UnexplainedTerm>(ranked: readonly T[], shown: number): T[] {
  if (ranked.length <= shown) return [...ranked];
  if (shown <= 0) return [];
  const boundary = ranked[shown - 1]!.reports;
  let end = shown;
  while (end < ranked.length && ranked[end]!.reports === boundary) end++;
  return ranked.slice(0, end);
}

/**
 * Unexplained terms for the glossary view, most widespread first — by the number of reports that
 * use them, then by their uses. The library indexes which reports use a term but not how often,
 * so uses are counted from the documents: of every report when the library has at most
 * `maxDocuments`; otherwise of the reports using the terms the view shows first (`shown` rows and
 * their ties) when those are at most `maxDocuments`. Terms not counted keep the collation order
 * within their tie and have `uses` null. The order of the first `shown` rows never depends on
 * how many rows are displayed.
 */
export async function unexplainedRanking(
  db: LibraryDb,
  { isExplained, shown, maxDocuments }: { isExplained: (term: string) => boolean; shown: number; maxDocuments: number },
): Promise<RankedUnexplainedTerm[]> {
  const all = await unexplainedTerms(db, { isExplained });
  if (all.length === 0) return [];
  let terms: Set<string>;
  let ids: number[];
  if ((await db.reportTerms.count()) <= maxDocuments) {
    terms = new Set(all.map((t) => t.term));
    ids = (await db.reportTerms.toCollection().primaryKeys()) as number[];
  } else {
    terms = new Set(headOfRanking(all, shown).map((t) => t.term));
    ids = [
      ...new Set(
        (await db.reportTerms
          .where('unexplained')
          .anyOf([...terms])
          .primaryKeys()) as number[],
      ),
    ];
  }
  const counted = new Map<string, UnexplainedUses>();
  if (ids.length <= maxDocuments)
    countUnexplainedUses(counted, { documents: await db.documents.bulkGet(ids.sort((a, b) => a - b)), terms });
  return rankUnexplained(all, counted);
}

/**
 * Adds the unexplained uses of `terms` in `documents` (in the order saved) to `counted`: their
 * number, and the first use in the earliest report by plan year (the first saved among equals).
 */
export function countUnexplainedUses(
  counted: Map<string, UnexplainedUses & { year?: number }>,
  { documents, terms }: { documents: readonly (StoredDocument | undefined)[]; terms: ReadonlySet<string> },
): void {
  for (const doc of documents) {
    if (!doc) continue;
    const year = doc.report.planYear ?? Number.MAX_SAFE_INTEGER;
    for (const use of doc.report.terms) {
      if (use.source !== 'none' || !terms.has(use.term)) continue;
      const c = counted.get(use.term);
      if (!c) counted.set(use.term, { uses: use.count, sentence: use.sentence || null, reportId: doc.reportId, year });
      else {
        c.uses += use.count;
        if (year < (c.year ?? Number.MAX_SAFE_INTEGER)) Object.assign(c, { sentence: use.sentence || null, reportId: doc.reportId, year });
      }
    }
  }
}
