/**
 * China's administrative divisions as ReportLens knows them (lib/region/data/divisions.json,
 * derived from registry packages by scripts/region-data.ts): every (code, name) pair a GB/T 2260
 * revision from 2002-12 on, or the 2023 list, has carried, with the revisions that list it.
 *
 * Only the background and the CLI import this module: the data must never reach the content
 * script. The JSON is part of the module; the indexes are built the first time they are needed.
 */
import rawData from './data/divisions.json' with { type: 'json' };
import type { RegionLevel } from '../report/types.ts';
import { nameParts, provincePlace, shortName } from './names.ts';

/** Where a unit sits in GB/T 2260: xx0000, xxxx00, or a six-digit county-level code. */
export type DivisionTier = 'province' | 'prefecture' | 'county';

export interface Division {
  code: string;
  name: string;
  tier: DivisionTier;
  /** YYYYMM of the first and the last dataset revision that lists this code with this name. */
  firstSeen: number;
  lastSeen: number;
  /** The revision before firstSeen (the pair did not exist then); null when the oldest revision lists it. */
  absentBefore: number | null;
  /** The revision after lastSeen (the pair was gone by then); null when the newest revision lists it. */
  absentAfter: number | null;
  /** Pinyin of the place part (柳林 of 柳林县): syllables space-separated, readings of one character joined by '/', the usual one first. */
  pinyin: string;
}

/** The table as stored (written by scripts/lib/region-data.ts). */
export interface DivisionData {
  /** The packages and lists the rows come from. */
  sources: string[];
  /** YYYYMM of each revision, oldest first; rows refer to them by index. */
  revisions: number[];
  /**
   * `code,name,first,last,pinyin`: first and last revision index listing the pair (empty: the
   * oldest / the newest); pinyin syllables space-separated, readings of one character joined by '/'.
   */
  rows: string[];
}

export class Divisions {
  readonly revisions: number[];
  readonly sources: string[];
  readonly all: Division[];
  private readonly byCode = new Map<string, Division[]>();
  private readonly byName = new Map<string, Division[]>();
  /** Provinces by their place alone (甘肃): context in a title, never a report's own name. */
  private readonly byProvincePlace = new Map<string, Division[]>();
  /** Longest name of either map, for scanning text. */
  readonly maxNameLength: number;

  constructor(data: DivisionData) {
    this.revisions = data.revisions;
    this.sources = data.sources;
    const last = data.revisions.length - 1;
    this.all = data.rows.map((row) => {
      const [code = '', name = '', first = '', lastIndex = '', pinyin = ''] = row.split(',');
      const from = first === '' ? 0 : Number(first);
      const to = lastIndex === '' ? last : Number(lastIndex);
      return {
        code,
        name,
        tier: tierOf(code),
        firstSeen: data.revisions[from]!,
        lastSeen: data.revisions[to]!,
        absentBefore: from === 0 ? null : data.revisions[from - 1]!,
        absentAfter: to === last ? null : data.revisions[to + 1]!,
        pinyin,
      };
    });
    let longest = 0;
    for (const d of this.all) {
      push(this.byCode, d.code, d);
      const short = shortName(d.name);
      for (const n of short && short !== d.name ? [d.name, short] : [d.name]) push(this.byName, n, d);
      const place = d.tier === 'province' ? provincePlace(d.name) : null;
      if (place) push(this.byProvincePlace, place, d);
      longest = Math.max(longest, d.name.length);
    }
    this.maxNameLength = longest;
  }

  /** Every unit that has carried this name, full or short (鼓楼区: four; 黔西南州: one). */
  named(name: string): Division[] {
    return this.byName.get(name) ?? [];
  }

  /** named(), else the provinces a bare place (甘肃) stands for. */
  mentioned(name: string): { divisions: Division[]; bare: boolean } {
    const named = this.byName.get(name);
    if (named) return { divisions: named, bare: false };
    return { divisions: this.byProvincePlace.get(name) ?? [], bare: true };
  }

  /** Every name the code has carried, oldest first. */
  withCode(code: string): Division[] {
    return this.byCode.get(code) ?? [];
  }

  /** The province (xx0000) a unit belongs to, under the name it had at `month` (YYYYMM). */
  provinceOf(d: Division, month: number): Division | null {
    return this.at(`${d.code.slice(0, 2)}0000`, month);
  }

  /**
   * The prefecture-level unit a county-level one belongs to. Districts and counties of the four
   * municipalities belong to the municipality itself (GB/T 2260 lists them under 市辖区 and 县
   * placeholders); units directly under a province (仙桃市, 济源市, 石河子市) have none.
   */
  prefectureOf(d: Division, month: number): Division | null {
    if (d.tier === 'province') return null;
    if (d.tier === 'prefecture') return d;
    const prefecture = this.at(`${d.code.slice(0, 4)}00`, month);
    if (prefecture) return prefecture;
    const province = this.provinceOf(d, month);
    return province && nameParts(province.name).unit === '市' ? province : null;
  }

  /** The name a code carried at `month`: the listing that covers it, else the nearest one. */
  private at(code: string, month: number): Division | null {
    const names = this.withCode(code);
    if (names.length === 0) return null;
    return (
      names.find((n) => n.firstSeen <= month && month <= n.lastSeen) ??
      names.find((n) => existedAt(n, month)) ??
      names.reduce((best, n) => (distance(n, month) < distance(best, month) ? n : best))
    );
  }
}

/** Whether the dataset allows this pair at `month` (YYYYMM): listed then, or between listings that do not contradict it. */
export function existedAt(d: Division, month: number): boolean {
  return (d.absentBefore === null || month > d.absentBefore) && (d.absentAfter === null || month < d.absentAfter);
}

/** Whether a revision at or before `month` and one at or after it both list the pair. */
export function listedAround(d: Division, month: number): boolean {
  return d.firstSeen <= month && month <= d.lastSeen;
}

/** The level a unit has in ReportLens documents: county-level cities are 'county', autonomous prefectures 'city'. */
export function levelOf(d: Division): RegionLevel {
  if (d.tier === 'province') return 'province';
  if (d.tier === 'prefecture') return 'city';
  return d.name.endsWith('区') ? 'district' : 'county';
}

/** Whether `ancestor` is `d` itself or contains it (by code: 14 ⊃ 1411 ⊃ 141125). */
export function contains(ancestor: Division, d: Division): boolean {
  if (ancestor.tier === 'province') return d.code.startsWith(ancestor.code.slice(0, 2));
  if (ancestor.tier === 'prefecture') return d.code.startsWith(ancestor.code.slice(0, 4));
  return ancestor.code === d.code;
}

function tierOf(code: string): DivisionTier {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

function distance(d: Division, month: number): number {
  return month < d.firstSeen ? d.firstSeen - month : Math.max(0, month - d.lastSeen);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let builtin: Divisions | null = null;

/** The divisions shipped with ReportLens, indexed on first use and kept for the life of the process. */
export function builtinDivisions(): Divisions {
  builtin ??= new Divisions(rawData as DivisionData);
  return builtin;
}
