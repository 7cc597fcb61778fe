/**
 * Division names in a line of text (a meeting line, a site name, a page title).
 *
 * Mentions are read leftmost-longest and only where a name can start: at the start of the line,
 * after punctuation, a digit or a word that stands before place names (在, 年, 于 …), or right
 * after another name (吕梁市离石区). So 北京市西城区 holds 北京市 and 西城区 but not 城区, and the
 * fictional 青岚县 holds no 岚县.
 *
 * A designation is the run of names in front of 人民政府 or of a congress (徐州市泉山区第十届人民代表大会):
 * the government the line is about. One that is not made of known names (青岚县人民政府) is kept
 * as unknown, so that weaker evidence cannot put a real place in its stead.
 */
import type { Division, DivisionTier, Divisions } from './divisions.ts';

export interface Mention {
  /** The name as written. */
  text: string;
  start: number;
  /** Every unit that has carried the name. */
  divisions: Division[];
  /** A province by its place alone (甘肃): context, never the report's own name. */
  bare: boolean;
}

export interface Designation {
  /** The government's name as written: 徐州市泉山区, 青岚县. */
  text: string;
  /** Its known names, in order; for an unknown designation, the known ones before the unknown part (吕梁市 of 吕梁市青岚县). */
  mentions: Mention[];
  /** Whether known names make up the whole designation. */
  known: boolean;
}

const HAN = /[\u4e00-\u9fff]/;
/** Words after which a place name starts: ——2020年在陇县…, 关于柳林县…, 中共柳林县委. */
const BEFORE_NAME = /[在于日的是年月上向为和及以对与暨同共、—\-：:，,。“”《》（）()【】[\]_|·\s]/;
const UNIT_END = '(?:自治县|自治旗|自治州|自治区|地区|县|区|市|旗|州|盟|省)';
const CN_NUMBER = '[一二三四五六七八九十百零〇]+';
/** A government named before its 人民政府 or its people's congress (第十届人民代表大会, 十届人大). */
const DESIGNATION = new RegExp(
  `[\\u4e00-\\u9fff]+?${UNIT_END}(?=人民政府|人民代表大会|第${CN_NUMBER}届(?:人民代表大会|人大)|${CN_NUMBER}届人大)`,
  'g',
);

export function mentionsIn(text: string, divisions: Divisions): Mention[] {
  const found: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const atStart =
      i === 0 || !HAN.test(text[i - 1]!) || BEFORE_NAME.test(text[i - 1]!) || found.at(-1)?.start === i - (found.at(-1)?.text.length ?? 0);
    const hit = atStart ? longestAt(text, i, divisions) : null;
    if (hit) found.push(hit);
    i += hit ? hit.text.length : 1;
  }
  return found;
}

function longestAt(text: string, i: number, divisions: Divisions): Mention | null {
  if (!HAN.test(text[i]!)) return null;
  for (let length = Math.min(divisions.maxNameLength, text.length - i); length >= 2; length--) {
    const name = text.slice(i, i + length);
    const { divisions: named, bare } = divisions.mentioned(name);
    if (named.length > 0) return { text: name, start: i, divisions: named, bare };
  }
  return null;
}

/** The governments a line names in front of 人民政府 or a congress. */
export function designationsIn(text: string, divisions: Divisions): Designation[] {
  return [...text.matchAll(DESIGNATION)].map((m) => designation(m[0], m.index, divisions)).filter((d): d is Designation => d !== null);
}

/**
 * A run of text ending in a unit word, read as a chain of names from the first place a name can
 * start (在和顺县: 和顺县, although 和 also stands before names).
 */
export function designation(run: string, offset: number, divisions: Divisions): Designation | null {
  let lastStart = 0;
  for (let start = 0; start < run.length - 1; start++) {
    if (start > 0 && !BEFORE_NAME.test(run[start - 1]!)) continue;
    lastStart = start;
    const chain = chainAt(run, start, offset, divisions);
    if (chain.end === run.length) return { text: run.slice(start), mentions: chain.mentions, known: true };
  }
  const text = run.slice(lastStart);
  // 代表县人民政府 (我代表县人民政府): no name, only a unit word.
  if (text.length < 2 || /^代表/.test(text)) return null;
  return { text, mentions: chainAt(run, lastStart, offset, divisions).mentions, known: false };
}

function chainAt(run: string, start: number, offset: number, divisions: Divisions): { mentions: Mention[]; end: number } {
  const mentions: Mention[] = [];
  let end = start;
  for (let hit = longestAt(run, end, divisions); hit && !hit.bare; hit = end < run.length ? longestAt(run, end, divisions) : null) {
    mentions.push({ ...hit, start: offset + hit.start });
    end += hit.text.length;
  }
  return { mentions, end };
}

const TIER_RANK: Record<DivisionTier, number> = { province: 0, prefecture: 1, county: 2 };

/** The most specific tier a mention can be (巢湖市: a county-level city since 2011, a prefecture before). */
export function tierRank(mention: Mention): number {
  return Math.max(...mention.divisions.map((d) => TIER_RANK[d.tier]));
}

/** The unit a line is about: its most specific named unit, the first of those (吕梁市离石区 → 离石区). */
export function subjectOf(mentions: Mention[]): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) if (!m.bare && (!best || tierRank(m) > tierRank(best))) best = m;
  return best;
}
