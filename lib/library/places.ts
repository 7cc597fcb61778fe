/**
 * The library by place: the provinces and prefectures its reports lie in (for the filters), which
 * reports a filter keeps, and reports grouped by province or prefecture. Reports whose place is
 * unresolved (an ambiguous 鼓楼区, a fictional county) have a filter value and a group of their own.
 * Pure functions over the summaries the panel already holds.
 */
import type { StoredReport } from './db.ts';

/** The filter value and group key of reports whose province or prefecture is not known. */
export const UNRESOLVED_PLACE = '?';

export type PlaceLevel = 'province' | 'prefecture';

export interface PlaceFilter {
  /** '' for all, UNRESOLVED_PLACE, or a province's name. */
  province: string;
  /** '' for all, UNRESOLVED_PLACE, or a prefecture's name. */
  prefecture: string;
}

const placeOf = (r: StoredReport, level: PlaceLevel) => r[level] ?? UNRESOLVED_PLACE;

export function matchesPlace(r: StoredReport, { province, prefecture }: PlaceFilter): boolean {
  return (!province || placeOf(r, 'province') === province) && (!prefecture || placeOf(r, 'prefecture') === prefecture);
}

export interface PlaceCount {
  /** A name, or UNRESOLVED_PLACE (listed last). */
  place: string;
  /** The province a prefecture lies in (null for provinces and the unresolved). */
  province: string | null;
  count: number;
}

/**
 * The provinces, or the prefectures (of `within` province when given), with their number of
 * reports; in Chinese collation order, the unresolved last.
 */
export function placesWithCounts(reports: StoredReport[], level: PlaceLevel, within = ''): PlaceCount[] {
  const counts = new Map<string, PlaceCount>();
  for (const r of reports) {
    if (within && placeOf(r, 'province') !== within) continue;
    const place = placeOf(r, level);
    const known = counts.get(place);
    if (known) known.count++;
    else counts.set(place, { place, province: level === 'prefecture' && place !== UNRESOLVED_PLACE ? r.province : null, count: 1 });
  }
  return [...counts.values()].sort(byPlace);
}

export interface PlaceGroup extends PlaceCount {
  /** The plan years present, newest first. */
  years: number[];
  /** By region name, then newest plan year first. */
  reports: StoredReport[];
}

/** Reports grouped by their province or prefecture; groups as in placesWithCounts. */
export function groupByPlace(reports: StoredReport[], level: PlaceLevel): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const r of reports) {
    const place = placeOf(r, level);
    let group = groups.get(place);
    if (!group) {
      group = {
        place,
        province: level === 'prefecture' && place !== UNRESOLVED_PLACE ? r.province : null,
        count: 0,
        years: [],
        reports: [],
      };
      groups.set(place, group);
    }
    group.count++;
    group.reports.push(r);
  }
  const byRegionThenNewest = (a: StoredReport, b: StoredReport) =>
    (a.regionName ?? a.pageTitle).localeCompare(b.regionName ?? b.pageTitle, 'zh-Hans-CN') || (b.planYear ?? 0) - (a.planYear ?? 0);
  return [...groups.values()].sort(byPlace).map((g) => ({
    ...g,
    years: [...new Set(g.reports.map((r) => r.planYear).filter((y): y is number => y !== null))].sort((a, b) => b - a),
    reports: g.reports.sort(byRegionThenNewest),
  }));
}

function byPlace(a: PlaceCount, b: PlaceCount): number {
  if ((a.place === UNRESOLVED_PLACE) !== (b.place === UNRESOLVED_PLACE)) return a.place === UNRESOLVED_PLACE ? 1 : -1;
  return a.place.localeCompare(b.place, 'zh-Hans-CN');
}
