/**
 * Values: a number with its unit and qualifiers (约6%, 6%左右, 6%—6.5%, 6-6.5%), and lists of
 * values (6%和9.4%, 36209元、15593元) whose trailing qualifier and unit apply to every item.
 */
import type { Qualifier } from '../types.ts';
import type { Cursor } from './cursor.ts';

export interface Value {
  value: number;
  max: number | null;
  /** As printed, except 个百分点/百分点 → pp; null when the text gives none. */
  unit: string | null;
  qualifier: Qualifier | null;
  /** Offset just past the value and its qualifiers. */
  end: number;
}

/** Words before a number that bound it: 约, 不低于, and the thresholds 超过/突破/跨过 (a level passed). */
const QUALIFIER_BEFORE = /(?:大约|约|近|不低于|不少于|不超过|不高于|低于|高于|首次突破|超过|突破|跨过|跨越|不到|超)/y;
/** 超过6000万人, 突破90万亿元, 跨过3000亿元: the level passed, so at least that. */
export const THRESHOLD = /(?:首次突破|超过|突破|跨过|跨越)/y;
/** 跃上1.4万亿斤新台阶, 迈上500亿元台阶: a round level reached, read as it is printed. */
export const MILESTONE_VERB = /(?:首次)?(?:跃上|迈上|站上|跨上|登上)/y;
const NUMBER = /(\d{1,12}(?:,\d{3})*(?:\.\d{1,6})?)/y;
/** 1300多亿美元, 2100余万人: more than the number. */
const MORE_THAN = /(?:多|余)/y;
/** A short aside after a value (760亿元(含港务区)) or among leads (同比(下同)增长): no digits, so never a value. */
export const ASIDE = /[（(][^（()）\d\n]{1,12}[)）]/y;
/** Units as printed, with their scale (万亿元, 亿美元, 万亿斤): the State Council counts in 万亿 and 亿. */
export const UNIT =
  /(?:个百分点|百分点|%|‰|万亿美元|亿美元|万美元|美元|万亿元|亿元|万元|元|万人次|人次|万人|人|亿吨|万吨|吨|亿公斤|万公斤|公斤|万亿斤|亿斤|万斤|斤|万亩|亩|个|户|家|项|倍|座|公里|平方米|万千瓦)/y;
const RANGE_SEPARATOR = /(?:—|–|－|-|~|～|到|至)/y;
const QUALIFIER_AFTER = /(?:左右|上下|及以上|以上|以内|以下|之内)/y;
const LIST_SEPARATOR = /(?:、|和|与|及)/y;
/** A comma: inside a 分别 list it separates values, elsewhere it ends a predicate. */
export const SOFT_BREAK = /[，,]/y;
/** After a number, these say it is a year, an ordinal or a date, not a value. */
const NOT_A_VALUE_AFTER = /^[年月日号届次期批位名]/;

/** Units the vocabulary's indicators are measured in; other units (个, 户, 座 ...) mean another thing was counted. */
export const INDICATOR_UNITS: ReadonlySet<string> = new Set([
  '%',
  '‰',
  'pp',
  '亿元',
  '万元',
  '元',
  '万亿元',
  '万亿美元',
  '亿美元',
  '万美元',
  '美元',
  '万人',
  '人',
  '亿吨',
  '万吨',
  '吨',
  '亿公斤',
  '万公斤',
  '公斤',
  '万亿斤',
  '亿斤',
  '万斤',
  '斤',
]);

export function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

export function normalizeUnit(unit: string | null): string | null {
  if (unit === '个百分点' || unit === '百分点') return 'pp';
  return unit;
}

function qualifierBefore(word: string): Qualifier {
  if (word === '约' || word === '大约' || word === '近') return 'about';
  if (word === '不超过' || word === '不高于' || word === '低于' || word === '不到') return 'atMost';
  return 'atLeast';
}

function qualifierAfter(word: string): Qualifier {
  if (word === '左右' || word === '上下') return 'about';
  if (word === '以上' || word === '及以上') return 'atLeast';
  return 'atMost';
}

/** The upper bound of a range (6%—6.5%, 6-6.5%), when the units agree; else the cursor stays. */
function readUpperBound(cur: Cursor, unit: string | null): { max: number; unit: string | null } | null {
  return cur.attempt(() => {
    if (cur.take(RANGE_SEPARATOR) === null) return null;
    const upper = cur.take(NUMBER);
    if (upper === null) return null;
    const upperUnit = normalizeUnit(cur.take(UNIT));
    if (unit !== null && upperUnit !== null && unit !== upperUnit) return null;
    return { max: parseNumber(upper), unit: unit ?? upperUnit };
  });
}

/**
 * One value with its qualifiers: 约6%, 6%左右, 6%—6.5%, 6-6.5%. Without `ranges` a dash after the
 * number is left unread (a table row 6.9—6.5 holds two cells around an empty one).
 */
export function readValue(cur: Cursor, { ranges = true }: { ranges?: boolean } = {}): Value | null {
  return cur.attempt(() => {
    const before = cur.take(QUALIFIER_BEFORE);
    const number = cur.take(NUMBER);
    if (number === null) return null;
    // A year (2019年), an ordinal (第3) or a date is not a value.
    if (NOT_A_VALUE_AFTER.test(cur.text.slice(cur.pos, cur.pos + 1))) return null;
    const more = cur.take(MORE_THAN) !== null;
    let unit = normalizeUnit(cur.take(UNIT));
    const range = more || !ranges ? null : readUpperBound(cur, unit);
    if (range) unit = range.unit;
    const after = cur.take(QUALIFIER_AFTER);
    cur.take(ASIDE);
    let qualifier: Qualifier | null = range ? 'range' : null;
    if (qualifier === null && before) qualifier = qualifierBefore(before);
    if (qualifier === null && after) qualifier = qualifierAfter(after);
    if (qualifier === null && more) qualifier = 'atLeast';
    const end = cur.pos;
    return { value: parseNumber(number), max: range?.max ?? null, unit, qualifier, end };
  });
}

/**
 * A list of values: 6%和9.4%, 36209元、15593元, 5.5%和6.5%以上. Inside a 分别 list (`respectively`)
 * a comma also separates values. A trailing qualifier and unit apply to every value. A value in
 * another unit ends the list (分别增长5.5%和8.6%，10件实事全面完成: the 10 is no third value).
 */
export function readValues(cur: Cursor, respectively: boolean): Value[] {
  const first = readValue(cur);
  if (!first) return [];
  const values = [first];
  for (;;) {
    const previous = values[values.length - 1]!;
    const next = cur.attempt(() => {
      const separator = cur.take(LIST_SEPARATOR) ?? (respectively ? cur.take(SOFT_BREAK) : null);
      const value = separator === null ? null : readValue(cur);
      return value && (previous.unit === null || value.unit === previous.unit) ? value : null;
    });
    if (!next) break;
    values.push(next);
  }
  const last = values[values.length - 1]!;
  if (values.length > 1) {
    for (const v of values) {
      v.qualifier ??= last.qualifier;
      v.unit ??= last.unit;
    }
  }
  return values;
}
