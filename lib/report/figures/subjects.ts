/**
 * Subjects: where an indicator is mentioned, and the list a predicate applies to
 * (地区生产总值和工业增加值, 城镇和农村居民人均可支配收入 → urban then rural). A mention right after
 * a foreign prefix (人均地区生产总值) or before a foreign suffix (工业增加值占比) measures
 * something else and is not a subject.
 */
import type { IndicatorKey } from '../types.ts';
import { FOREIGN_PREFIXES, FOREIGN_SUFFIXES, WORDINGS_LONGEST_FIRST } from '../indicators.ts';
import { Cursor } from './cursor.ts';

export interface Subject {
  indicator: IndicatorKey;
  /** The wording in the text. */
  name: string;
}

export interface Mention {
  start: number;
  end: number;
  subjects: Subject[];
}

const URBAN: Subject = { indicator: 'urban_income', name: '城镇居民人均可支配收入' };
const RURAL: Subject = { indicator: 'rural_income', name: '农村居民人均可支配收入' };

/** 城镇和农村居民人均可支配收入, 城镇、农村居民…, 城乡居民人均可支配收入 → urban then rural. */
const INCOME_PAIR =
  /(?:城镇|城市)(?:常住)?(?:居民)?(?:和|与|及|、)农村(?:常住)?居民(?:人均可支配)?收入|城乡(?:常住)?居民(?:人均可支配)?收入/y;
/** Joins the members of a subject list. */
const JOINER = /(?:和|与|及|以及|、)/y;
/** How far back a foreign prefix can start (the longest prefix, 战略性新兴产业, has 7 characters). */
const PREFIX_WINDOW = 8;

/** Indicator wordings by first character, so the scan tries only wordings that can match here. */
const WORDINGS_BY_FIRST_CHAR = new Map<string, typeof WORDINGS_LONGEST_FIRST>();
for (const w of WORDINGS_LONGEST_FIRST) {
  const list = WORDINGS_BY_FIRST_CHAR.get(w.wording[0]!) ?? [];
  WORDINGS_BY_FIRST_CHAR.set(w.wording[0]!, [...list, w]);
}

/** Characters a mention can start with; the scan jumps from one to the next. */
const FIRST_CHARS = new RegExp(`[${[...new Set([...WORDINGS_BY_FIRST_CHAR.keys(), '城'])].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'g');

/** The next position in [pos, end) where a mention could start; `end` when there is none. */
export function nextCandidate(text: string, pos: number, end: number): number {
  FIRST_CHARS.lastIndex = pos;
  const m = FIRST_CHARS.exec(text);
  return m && m.index < end ? m.index : end;
}

/** The mention that starts exactly at `pos`, if any (income pairs first, then the longest wording). */
export function mentionAt(text: string, pos: number): Mention | null {
  const c = text[pos]!;
  if (c === '城') {
    INCOME_PAIR.lastIndex = pos;
    const pair = INCOME_PAIR.exec(text);
    if (pair && pair.index === pos) return { start: pos, end: pos + pair[0].length, subjects: [URBAN, RURAL] };
  }
  const candidates = WORDINGS_BY_FIRST_CHAR.get(c);
  if (!candidates) return null;
  for (const { indicator, wording } of candidates) {
    if (text.startsWith(wording, pos)) return { start: pos, end: pos + wording.length, subjects: [{ indicator, name: wording }] };
  }
  return null;
}

/** The foreign prefix right before `start` (人均 in 人均地区生产总值), if any. */
export function foreignPrefixBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - PREFIX_WINDOW), start);
  return FOREIGN_PREFIXES.find((p) => before.endsWith(p)) ?? null;
}

/** The foreign suffix right after `end` (占比 in 工业增加值占比), if any. */
export function foreignSuffixAfter(text: string, end: number): string | null {
  return FOREIGN_SUFFIXES.find((s) => text.startsWith(s, end)) ?? null;
}

/** The subject list that starts with `first`: 地区生产总值和工业增加值, 地区生产总值、规上工业增加值. */
export function readSubjectList(text: string, first: Mention, limit: number): { subjects: Subject[]; end: number } {
  const subjects = [...first.subjects];
  let end = first.end;
  for (;;) {
    const cur = new Cursor(text, end, limit);
    if (cur.take(JOINER) === null) break;
    const next = mentionAt(text, cur.pos);
    if (!next) break;
    subjects.push(...next.subjects);
    end = next.end;
  }
  return { subjects, end };
}
