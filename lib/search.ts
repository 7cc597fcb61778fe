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
  terms: string[];
  /** Full pinyin without tones and initials of the region name, once computed (liulinxian, llx). */
  pinyin?: string[];
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
  return reports.map((r) => ({ id: r.id, regionName: r.regionName ?? '', title: r.title ?? r.pageTitle, meeting: r.meeting ?? '', terms: r.terms ?? [] }));
}

const REPORT_OPTIONS: IFuseOptions<ReportSearchItem> = {
  keys: [
    { name: 'regionName', weight: 3 },
    { name: 'pinyin', weight: 3 },
    { name: 'title', weight: 1 },
    { name: 'meeting', weight: 1 },
    { name: 'terms', weight: 1 },
  ],
  // Loose enough for a typo in a three-character name (柳琳县 → 柳林县), strict enough for 10,000 reports.
  threshold: 0.4,
  ignoreLocation: true,
};

/** A search over the library; add pinyin keys with `withPinyin` before searching in Latin letters. */
export class ReportSearch {
  private fuse: Fuse<ReportSearchItem>;
  private items: ReportSearchItem[];
  private pinyinAdded = false;

  constructor(items: ReportSearchItem[]) {
    this.items = items;
    this.fuse = new Fuse(items, REPORT_OPTIONS);
  }

  withPinyin(pinyinOf: PinyinOf): void {
    if (this.pinyinAdded) return;
    const cache = new Map<string, string[]>();
    for (const item of this.items) {
      let keys = cache.get(item.regionName);
      if (!keys) {
        keys = item.regionName ? pinyinOf(item.regionName) : [];
        cache.set(item.regionName, keys);
      }
      item.pinyin = keys;
    }
    this.fuse = new Fuse(this.items, REPORT_OPTIONS);
    this.pinyinAdded = true;
  }

  /** Ids of the matching reports, best first. */
  search(query: string): number[] {
    const q = query.trim().toLowerCase();
    if (!q) return this.items.map((i) => i.id);
    return this.fuse.search(q).map((r) => r.item.id);
  }
}
