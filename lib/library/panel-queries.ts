/**
 * Shaping library data for the side panel's views: reports grouped by region and year, and the
 * glossary merged from its three sources. Pure functions over what the queries returned.
 */
import type { StoredReport } from './db.ts';
import type { UserTerm } from '../glossary/index.ts';
import type { BuiltinGlossaryEntry } from '../glossary/types.ts';

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
    if (!years) regions.set(region, (years = new Map()));
    const list = years.get(r.planYear);
    if (list) list.push(r);
    else years.set(r.planYear, [r]);
  }
  return [...regions]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-Hans-CN'))
    .map(([region, years]) => ({
      region,
      count: [...years.values()].reduce((n, list) => n + list.length, 0),
      years: [...years].sort(([a], [b]) => (b ?? 0) - (a ?? 0)).map(([year, list]) => ({ year, reports: list })),
    }));
}

/** Region names with how many reports each has, most first. */
export function regionsWithCounts(reports: StoredReport[]): { region: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of reports) if (r.regionName) counts.set(r.regionName, (counts.get(r.regionName) ?? 0) + 1);
  return [...counts].map(([region, count]) => ({ region, count })).sort((a, b) => b.count - a.count || a.region.localeCompare(b.region, 'zh-Hans-CN'));
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
  return [...items.values()].sort((a, b) => a.term.localeCompare(b.term, 'zh-Hans-CN'));
}

/** Whether anyone explains a term now: a built-in entry or variant, the user, or a report's own glossary. */
export function explainedBy({ builtin, user, reportTerms }: { builtin: readonly BuiltinGlossaryEntry[]; user: readonly UserTerm[]; reportTerms: readonly string[] }): (term: string) => boolean {
  const known = new Set<string>([...reportTerms]);
  for (const b of builtin) for (const t of [b.term, ...b.variants]) known.add(t);
  for (const u of user) for (const t of [u.term, ...u.variants]) known.add(t);
  return (term) => known.has(term);
}
