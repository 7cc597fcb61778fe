/**
 * Terms the report's body explains where it uses them. County reports coin slogans by the dozen
 * and say what many of them stand for on the spot, in one of a few shapes (X a quoted term):
 *
 *   “X”（A、B、C）              a parenthesis right after the closing quotation mark
 *   “X”，即A、B、C              即 ("namely"), up to the end of the clause run
 *   “X”是指……                   是指 ("means"), up to the end of the sentence
 *   “X”……：一是A；二是B；三是C   numbered points right after the slogan
 *   “X”：A、B、C                 a slogan followed by its parts (“三个一”：一个…、一个…、一个…)
 *   A、B、C“X”                   the parts listed right before the slogan (零上访、零事故、零案件“三零”)
 *
 * Precise rather than greedy, because a wrong explanation is worse than none: an enumeration must
 * have as many parts as the slogan's number says (三个一 three, 两不愁三保障 five or two, a bare
 * abbreviation such as 放管服 one part per character, each containing it); 即 and 是指 carry their
 * own meaning and need no count; every explanation ends where its clause run ends and is at most
 * LIMITS.bodyDefinitionMaxChars long; a parenthesis holding a date, a figure or 以下简称 is not one.
 */
import type { BodyGlossaryEntry } from './types.ts';
import { isNumberedSlogan, sloganPartCounts } from './slogans.ts';
import { LIMITS } from '../limits.ts';

/** Offsets in the normalised text, like every parser-internal position. */
export type BodyExplanation = BodyGlossaryEntry;

const QUOTED = /“([^“”\n]{1,16})”/g;
const MARKDOWN = /\*+/g;
/** Where a clause run ends: a parenthesis, 即 or enumeration explanation never crosses these. */
const RUN_END = /[。！？!?\n]/;
/** Parentheses that hold something else: a date or figure, an abbreviation note, a source. */
const NOT_AN_EXPLANATION = /^(?:以下简称|以下称|简称|下称|含|不含|其中|详见|见|注|单位|按|下同)|\d{4}|\d%|^\d+$/;
/**
 * The last part of a list is joined by 和/及/与 (A、B和C); tried in this order, and never inside
 * a word (普及, 涉及, 参与, 给与).
 */
const LAST_JOINS = [/和/, /以及/, /(?<![普涉提波危惠顾以])及/, /(?<![参给赋授])与/];
/** A conjunction left at the start of a list by the scan back to the clause start: “一张图”和综合监管、… */
const LEADING_JOIN = /^(?:和|以及|及|与|并)/;
/** Leading verbs of the first item of a list that precedes its slogan: 聚力补短板、解难题…“四大攻势”. */
const LEADING_VERB =
  /^(?:着眼于|深入开展|扎实开展|全面开展|积极开展|持续开展|大力开展|开展|聚力|聚焦|围绕|扎紧|积极探索|探索|推进|实施|加强|坚持|保持|实现|做好|抓好|推动|打造|强化|突出|着力|狠抓|深化|落实|提升|构建|建设|完善|健全|抓实|守住|筑牢|织密)/;
const HAN = /[\u4e00-\u9fff]/;

/** Every term the body `text[0, bodyEnd)` explains, the first explanation of each. */
export function findBodyExplanations(text: string, bodyEnd = text.length): BodyExplanation[] {
  const found = new Map<string, BodyExplanation>();
  const add = (e: BodyExplanation) => {
    if (!found.has(e.term) && e.definition.length <= LIMITS.bodyDefinitionMaxChars) found.set(e.term, e);
  };
  const body = text.slice(0, bodyEnd);
  for (const m of body.matchAll(QUOTED)) {
    const open = m.index;
    const close = open + m[0].length; // just past the closing quotation mark
    const terms = m[1]!
      .replace(MARKDOWN, '')
      .split(/[、，,]/)
      .filter((t) => t.length > 0);
    if (terms.length === 0) continue;
    for (const e of explainedAfter({ text: body, terms, open, close })) add(e);
    if (terms.length === 1) {
      const before = listBefore({ text: body, term: terms[0]!, open, close });
      if (before) add(before);
    }
  }
  for (const e of numberedMeans(body)) add(e);
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The explanation that follows a quoted term (parenthesis, 即, 是指, 一是…, colon), if any. */
function explainedAfter({ text, terms, open, close }: { text: string; terms: string[]; open: number; close: number }): BodyExplanation[] {
  const next = text[close];
  if (next === '（' || next === '(') {
    const shut = endOf(text, close + 1, /[）)]/);
    if (!/[）)]/.test(text[shut] ?? '')) return [];
    const inner = text.slice(close + 1, shut);
    if (RUN_END.test(inner) || /[（(]/.test(inner) || NOT_AN_EXPLANATION.test(inner)) return [];
    const lead = /^(?:即|包括)[：:]?/.exec(inner)?.[0].length ?? 0;
    // The passage ends with the closing parenthesis.
    return byCount({ terms, text: inner.slice(lead), at: close + 1 + lead, start: open, closing: 1, splitClauses: false });
  }
  const rest = text.slice(close, close + LIMITS.bodyDefinitionMaxChars * 2);
  // 即 as "namely", not 即将 (about to), 即可, 即日起, 即使 …
  const means = /^[，,]?(即(?![将可时便使刻日期兴席])|是指)[：:]?/.exec(rest);
  if (means) {
    const from = close + means[0].length;
    const run = text.slice(from, endOf(text, from, RUN_END));
    if (means[1] === '是指')
      return terms.length === 1 && run.length >= 4 ? [{ term: terms[0]!, definition: run, start: open, end: from + run.length }] : [];
    // 即: the first clause run (to ；) is the explanation; numbered terms must have as many parts as they say.
    const clauseRun = run.split(/[；;]/)[0]!;
    const counted = byCount({ terms, text: clauseRun, at: from, start: open, closing: 0, splitClauses: true });
    if (counted.length > 0 || terms.some((t) => sloganPartCounts(t).length > 0) || terms.length > 1) return counted;
    return [{ term: terms[0]!, definition: clauseRun, start: open, end: from + clauseRun.length }];
  }
  const lead = new RegExp(`^[^，,；;。！？!?\\n“”（）()]{0,${LIMITS.bodyDefinitionLeadMaxChars}}[：:]`).exec(rest);
  if (!lead) return [];
  const from = close + lead[0].length;
  if (text.startsWith('一是', from)) return terms.length === 1 ? points({ text, term: terms[0]!, open, from }) : [];
  const run = text.slice(from, endOf(text, from, /[。！？!?\n；;]/));
  return byCount({ terms, text: run, at: from, start: open, closing: 0, splitClauses: true });
}

/**
 * The explanation of `terms` that `text` gives when its parts are as many as the terms' numbers
 * say: one term, or several quoted together (“三项政策、一项改革”) whose parts follow in order.
 */
function byCount({
  terms,
  text,
  at,
  start,
  closing,
  splitClauses,
}: {
  terms: string[];
  /** The candidate explanation, found at offset `at`; the passage starts at `start` (the quotation mark) and takes `closing` characters after it. */
  text: string;
  at: number;
  start: number;
  closing: number;
  splitClauses: boolean;
}): BodyExplanation[] {
  for (const { parts, span } of partings(text, { splitClauses, mixed: terms.length > 1 })) {
    const end = at + text.indexOf(span) + span.length + closing;
    if (terms.length === 1) {
      const term = terms[0]!;
      // The report's own words, as printed (基本普及九年义务教育和基本扫除青壮年文盲).
      if (sloganPartCounts(term).includes(parts.length) || abbreviates(term, parts)) return [{ term, definition: span, start, end }];
      continue;
    }
    // Several terms quoted together, each with one count: the parts are theirs in order.
    const counts = terms.map((t) => sloganPartCounts(t, 1));
    if (counts.some((c) => c.length !== 1) || counts.reduce((sum, c) => sum + c[0]!, 0) !== parts.length) continue;
    let next = 0;
    return terms.map((term, i) => {
      const own = parts.slice(next, next + counts[i]![0]!);
      next += own.length;
      return { term, definition: own.join('、'), start, end };
    });
  }
  return [];
}

/**
 * The ways a list may be cut into parts, each with the stretch of text it covers: the whole text
 * at 、 (with A、B和C's last join); its first clause at 、; the whole text at clause commas; and,
 * for several terms quoted together, at both (A、B、C，D). A part never holds a clause break: in
 * 过渡期内，严格落实A、B、C、D the first “part” is a sentence, and in A、B，并持续优化 the
 * comma ends the list rather than adding a third part.
 */
function partings(text: string, { splitClauses, mixed }: { splitClauses: boolean; mixed: boolean }): { parts: string[]; span: string }[] {
  const out: { parts: string[]; span: string }[] = [];
  const listed = (span: string) => {
    const items = span.split('、');
    out.push({ parts: items, span });
    const last = items[items.length - 1]!;
    for (const join of LAST_JOINS) {
      const m = join.exec(last);
      if (m && m.index > 0) out.push({ parts: [...items.slice(0, -1), last.slice(0, m.index), last.slice(m.index + m[0].length)], span });
    }
  };
  const whole = text.trim();
  listed(whole);
  if (splitClauses) {
    const firstClause = whole.split(/[，,；;]/)[0]!;
    if (firstClause !== whole) listed(firstClause);
    out.push({ parts: whole.split(/[，,；;]/), span: whole });
  }
  if (mixed) out.push({ parts: whole.split(/[，,、；;]/), span: whole });
  return out.map((p) => ({ ...p, parts: p.parts.map((x) => x.trim()) })).filter((p) => p.parts.every(isPart));
}

function isPart(part: string): boolean {
  return part.length >= 1 && part.length <= 40 && HAN.test(part) && !/[，,；;：:]/.test(part);
}

/** An unnumbered abbreviation explained part by part: 放管服 → 简政放权、放管结合、优化服务. */
function abbreviates(term: string, parts: string[]): boolean {
  const chars = [...term];
  return chars.length >= 2 && parts.length === chars.length && !isNumberedSlogan(term) && parts.every((p, i) => p.includes(chars[i]!));
}

/** “X”……：一是A；二是B；三是C — as many points as X's number, each given by its lead clause. */
function points({ text, term, open, from }: { text: string; term: string; open: number; from: number }): BodyExplanation[] {
  const counts = sloganPartCounts(term);
  const paragraphEnd = text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from);
  const ordinals = '一二三四五六七八九十';
  const leads: string[] = [];
  let at = from;
  let end = from;
  for (let k = 0; k < ordinals.length; k++) {
    const leadStart = at + 2; // past 一是, 二是 …
    end = endOf(text, leadStart, /[，,；;。：:\n]/);
    leads.push(text.slice(leadStart, end));
    // The next point starts after a clause or sentence end, in the same paragraph.
    const next = k + 1 < ordinals.length ? text.indexOf(`${ordinals[k + 1]}是`, end) : -1;
    if (next < 0 || next >= paragraphEnd || !/[，,；;。]/.test(text[next - 1]!)) break;
    at = next;
  }
  if (!counts.includes(leads.length) || !leads.every(isPart)) return [];
  return [{ term, definition: leads.join('；'), start: open, end }];
}

/** 零上访、零事故、零案件“三零”: at least three parallel parts right before a numbered slogan. */
function listBefore({ text, term, open, close }: { text: string; term: string; open: number; close: number }): BodyExplanation | null {
  // Two parts only for 双/两 slogans: the State Council's 2015 report names its aims this way
  // (保持中高速增长和迈向中高端水平“双目标”), while A和B“X” before other slogans is too often a sentence.
  const counts = sloganPartCounts(term).filter((n) => n >= 3 || (n === 2 && /^[双两]/.test(term)));
  if (counts.length === 0) return null;
  let from = open;
  while (from > 0 && !/[，,。；;：:！？!?\n“”（）()]/.test(text[from - 1]!) && open - from <= LIMITS.bodyDefinitionMaxChars) from--;
  const lead = LEADING_JOIN.exec(text.slice(from, open))?.[0].length ?? 0;
  const list = text.slice(from + lead, open);
  if (/等$/.test(list)) return null; // 乱搭乱建、乱停乱放等“十乱”: an open list
  for (const { parts } of partings(list, { splitClauses: false, mixed: false })) {
    if (!counts.includes(parts.length)) continue;
    // Two parts are joined by 和/与/及, never by 、 alone: 农村、社区“两委” names who elects, not what 两委 is.
    if (parts.length === 2 && !/和|与|及/.test(list)) continue;
    const verb = LEADING_VERB.exec(parts[0]!);
    const items = verb ? [parts[0]!.slice(verb[0].length), ...parts.slice(1)] : parts;
    const lengths = items.map((p) => p.length);
    // Parallel parts, as lists of a slogan's parts are; a long first item is a sentence's start, not a part.
    if (!items.every(isPart) || Math.max(...lengths) > 12 || Math.max(...lengths) > 2 * Math.min(...lengths)) continue;
    const start = open - list.length + list.indexOf(items[0]!);
    return { term, definition: text.slice(start, open), start, end: close };
  }
  return null;
}

/** 四个一流是指……: an unquoted numbered slogan at a sentence's start that the sentence defines. */
function* numberedMeans(text: string): Generator<BodyExplanation> {
  for (let at = text.indexOf('是指'); at >= 0; at = text.indexOf('是指', at + 2)) {
    let start = at;
    while (start > 0 && at - start <= 10 && !/[。；;！？!?\n，,：:“”]/.test(text[start - 1]!)) start--;
    // The term must start a sentence: 全县工作。四个一流是指…, not 其中四个一流是指 inside a clause.
    if (start > 0 && !/[。；;！？!?\n]/.test(text[start - 1]!)) continue;
    const term = text.slice(start, at);
    if (term.length < 2 || term.length > 10 || !isNumberedSlogan(term)) continue;
    const from = at + 2;
    const definition = text.slice(from, endOf(text, from, RUN_END));
    if (definition.length >= 4) yield { term, definition, start, end: from + definition.length };
  }
}

/**
 * Offset of the first character matching `stop` at or after `from`; the scan gives up past the
 * longest explanation (what it returns then is rejected as too long), so run-on text stays linear.
 */
function endOf(text: string, from: number, stop: RegExp): number {
  const last = Math.min(text.length, from + LIMITS.bodyDefinitionMaxChars + 1);
  for (let i = from; i < last; i++) if (stop.test(text[i]!)) return i;
  return last;
}
