/**
 * Fuzzy search of the library and the glossary (Fuse.js). Region names can be searched in pinyin
 * (liulin, ll → 柳林县): pinyin keys are added only when a query contains Latin letters, with
 * pinyin-pro loaded on demand, so the panel does not pay for the dictionary until someone types
 * pinyin. pinyin-pro reads polyphonic place names right (长治 chang, 重庆 chong), which the
 * collation-based tricks of smaller packages do not.
 */
import Fuse from 'fuse.js';
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
    const initials = syllables
      .map((s) => s[0] ?? '')
      .join('')
      .toLowerCase();
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
 *
 * Regions are matched in passes, each only when the one before found nothing: the names holding
 * the query (柳林 → 柳林县; a pinyin key starting with it, liulin / ll → 柳林县); then close
 * matches (at most one wrong character in three, 陵州县 → 陵川县); then loose ones for typos (one
 * wrong character of two, 柳琳 → 柳林县; a mistyped pinyin, liulni). A fuzzy pass alone would
 * answer a correct 柳林 with every region holding 柳 or 林.
 */
export class ReportSearch {
  private readonly items: ReportSearchItem[];
  private readonly byRegion = new Map<string, number[]>();
  private readonly regions: string[];
  private readonly closeNames: Fuse<string>;
  private readonly looseNames: Fuse<string>;
  private pinyinKeys: { region: string; keys: string[] }[] | null = null;
  private loosePinyin: Fuse<{ region: string; keys: string[] }> | null = null;

  constructor(items: ReportSearchItem[]) {
    this.items = items;
    for (const item of items) {
      const list = this.byRegion.get(item.regionName);
      if (list) list.push(item.id);
      else this.byRegion.set(item.regionName, [item.id]);
    }
    this.regions = [...this.byRegion.keys()].filter(Boolean);
    this.closeNames = new Fuse(this.regions, { threshold: 0.4, ignoreLocation: true });
    this.looseNames = new Fuse(this.regions, { threshold: 0.5, ignoreLocation: true });
  }

  /** Adds pinyin keys to the region names (call before searching in Latin letters). */
  withPinyin(pinyinOf: PinyinOf): void {
    if (this.pinyinKeys) return;
    this.pinyinKeys = this.regions.map((region) => ({ region, keys: pinyinOf(region) }));
    this.loosePinyin = new Fuse(this.pinyinKeys, { keys: ['keys'], threshold: 0.3, ignoreLocation: true });
  }

  /** Whether pinyin keys are in (a Latin query finds no region before). */
  get hasPinyin(): boolean {
    return this.pinyinKeys !== null;
  }

  /** The matching region names, best first. */
  matchRegions(query: string): string[] {
    const q = query.trim().toLowerCase().replace(/\s+/g, '');
    if (!q) return [];
    if (hasLatin(q)) {
      if (!this.pinyinKeys || !this.loosePinyin) return [];
      const close = this.pinyinKeys
        .filter((p) => p.keys.some((k) => k.startsWith(q)) || p.region.toLowerCase().includes(q))
        .map((p) => p.region);
      return close.length > 0 ? close : this.loosePinyin.search(q).map((r) => r.item.region);
    }
    const exact = this.regions.filter((region) => region.includes(q));
    if (exact.length > 0) return exact;
    const close = this.closeNames.search(q).map((r) => r.item);
    return close.length > 0 ? close : this.looseNames.search(q).map((r) => r.item);
  }

  /** Ids of the matching reports, best first. */
  search(query: string): number[] {
    const q = query.trim().toLowerCase();
    if (!q) return this.items.map((i) => i.id);
    const out = new Set<number>();
    for (const region of this.matchRegions(q)) for (const id of this.byRegion.get(region) ?? []) out.add(id);
    for (const item of this.items) if (item.title.toLowerCase().includes(q) || item.meeting.toLowerCase().includes(q)) out.add(item.id);
    return [...out];
  }
}

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
