/**
 * Fuzzy search of the library and the glossary (Fuse.js). Region names can be searched in pinyin
 * (liulin, ll → 柳林县): pinyin keys are added only when a query contains Latin letters, with
 * pinyin-pro loaded on demand, so the panel does not pay for the dictionary until someone types
 * pinyin. pinyin-pro reads polyphonic place names right (长治 chang, 重庆 chong), which the
 * collation-based tricks of smaller packages do not.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { StoredReport } from './library/db.ts';

export interface ReportSearchItem {
  id: number;
  regionName: string;
  title: string;
  meeting: string;
}

export type PinyinOf = (text: string) => string[];

/** Loads pinyin-pro and returns a function giving [full pinyin, initials] of a Chinese text. */
export async function loadPinyin(): Promise<PinyinOf> {
  const { pinyin } = await import('pinyin-pro');
  return (text) => {
    const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[];
    const full = syllables.join('').toLowerCase();
    const initials = syllables.map((s) => s[0] ?? '').join('').toLowerCase();
    // Without the unit suffix too: "liulin" should find 柳林县 as well as "liulinxian".
    const base = text.replace(/(自治县|自治旗|县|区|市|旗)$/, '');
    const baseFull = base === text ? [] : [(pinyin(base, { toneType: 'none', type: 'array' }) as string[]).join('').toLowerCase()];
    return [full, initials, ...baseFull];
  };
}

export const hasLatin = (query: string) => /[a-z]/i.test(query);

export function reportSearchItems(reports: StoredReport[]): ReportSearchItem[] {
  return reports.map((r) => ({ id: r.id, regionName: r.regionName ?? '', title: r.title ?? r.pageTitle, meeting: r.meeting ?? '' }));
}

/**
 * A search over the library. Fuzzy matching runs over the distinct region names (and their
 * pinyin), not over every report: a province over ten years is 10,000 reports but only ~100
 * regions, so a keystroke stays cheap. Titles and meetings are matched as substrings. The terms
 * reports use are searched with TermSearch and looked up in the library's index.
 */
export class ReportSearch {
  private readonly items: ReportSearchItem[];
  private readonly byRegion = new Map<string, number[]>();
  private regionFuse: Fuse<{ region: string; pinyin: string[] }>;
  private pinyinAdded = false;

  constructor(items: ReportSearchItem[]) {
    this.items = items;
    const add = (map: Map<string, number[]>, key: string, id: number) => {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    };
    for (const item of items) add(this.byRegion, item.regionName, item.id);
    this.regionFuse = new Fuse(this.regionEntries(() => []), REGION_OPTIONS);
  }

  private regionEntries(pinyinOf: PinyinOf): { region: string; pinyin: string[] }[] {
    return [...this.byRegion.keys()].filter(Boolean).map((region) => ({ region, pinyin: pinyinOf(region) }));
  }

  /** Adds pinyin keys to the region names (call before searching in Latin letters). */
  withPinyin(pinyinOf: PinyinOf): void {
    if (this.pinyinAdded) return;
    this.regionFuse = new Fuse(this.regionEntries(pinyinOf), REGION_OPTIONS);
    this.pinyinAdded = true;
  }

  /** Ids of the matching reports, best first. */
  search(query: string): number[] {
    const q = query.trim().toLowerCase();
    if (!q) return this.items.map((i) => i.id);
    const out = new Set<number>();
    for (const r of this.regionFuse.search(q)) for (const id of this.byRegion.get(r.item.region) ?? []) out.add(id);
    for (const item of this.items) if (item.title.toLowerCase().includes(q) || item.meeting.toLowerCase().includes(q)) out.add(item.id);
    return [...out];
  }
}

const REGION_OPTIONS: IFuseOptions<{ region: string; pinyin: string[] }> = {
  keys: ['region', 'pinyin'],
  // Loose enough for a typo in a three-character name (柳琳县 → 柳林县).
  threshold: 0.4,
  ignoreLocation: true,
};

/** Fuzzy search over the distinct terms saved reports use (六稳, 两不愁三保障 …). */
export class TermSearch {
  private readonly fuse: Fuse<string>;

  constructor(terms: string[]) {
    this.fuse = new Fuse(terms, { threshold: 0.3, ignoreLocation: true });
  }

  /** The terms that match, best first (at most 50). Latin-letter queries do not search terms. */
  search(query: string): string[] {
    const q = query.trim();
    if (!q || hasLatin(q)) return [];
    return this.fuse.search(q, { limit: 50 }).map((r) => r.item);
  }
}
