/**
 * Subjects: where an indicator is mentioned, and the list a predicate applies to. A mention is a
 * wording of the vocabulary (地区生产总值), a pair (城镇和农村居民人均可支配收入 → urban then
 * rural), a phrase that names an indicator without its wording (研发经费支出占国内生产总值的比重,
 * 经济增长预期目标), a look-alike that holds a place in a list without being a figure
 * (农村居民人均纯收入), or a measure whose noun is the topic of its sentence (粮食…，总产量…). A
 * mention right after a foreign prefix (人均地区生产总值) or before a foreign suffix (工业增加值占比)
 * measures something else and is not a subject.
 */
import type { IndicatorKey } from '../types.ts';
import { FOREIGN_PREFIXES, FOREIGN_SUFFIXES, LOOK_ALIKE_WORDINGS, WORDINGS_LONGEST_FIRST } from '../indicators.ts';
import { Cursor } from './cursor.ts';
import { LIMITS } from '../../limits.ts';

export interface Subject {
  /** null for a look-alike: it takes a value in a list and yields no figure. */
  indicator: IndicatorKey | null;
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

/** Subjects read by a pattern rather than a wording, by the two characters they can start with. */
const PATTERN_SUBJECTS: { starts: string[]; pattern: RegExp; subjects: (match: string) => Subject[] }[] = [
  // 城镇和农村居民人均可支配收入, 城镇和农村牧区常住居民…, 城乡居民人均可支配收入 → urban then rural.
  {
    starts: ['城镇', '城市', '城乡'],
    pattern:
      /(?:城镇|城市)(?:常住)?(?:居民)?(?:和|与|及|、)农村(?:牧区)?(?:常住)?居民(?:人均)?(?:可支配)?收入|城乡(?:常住)?居民(?:人均)?(?:可支配)?收入/y,
    subjects: () => [URBAN, RURAL],
  },
  // 农村和城镇居民人均可支配收入 → rural then urban, in the order of the text.
  {
    starts: ['农村'],
    pattern: /农村(?:牧区)?(?:常住)?(?:居民)?(?:和|与|及|、)(?:城镇|城市)(?:常住)?居民(?:人均)?(?:可支配)?收入/y,
    subjects: () => [RURAL, URBAN],
  },
  // R&D intensity named as a ratio: 研究与试验发展经费支出占国内生产总值的比重, 研发经费支出与国内生产总值之比.
  {
    starts: ['全社', '研究', '研发', 'R&'],
    pattern:
      /(?:全社会)?(?:研究与试验(?:发展|开发)|研发|R&D)经费(?:支出|投入)?(?:占|与)(?:(?:国内|地区)?生产总值|GDP)(?:的)?(?:比重|之比|比例)/y,
    subjects: (name: string) => [{ indicator: 'rd_intensity' as const, name }],
  },
  // The growth target named as 经济增长预期目标 / 经济增长速度: the gdp growth rate.
  {
    starts: ['经济'],
    pattern: /经济增长(?:速度(?:的)?(?:主要)?(?:预期)?(?:目标)?|(?:的)?(?:主要)?(?:预期)?目标)/y,
    subjects: () => [{ indicator: 'gdp', name: '经济增长' }],
  },
];

/**
 * Measures without their noun, read at the start of a clause whose sentence has that noun as its
 * topic: 粮食连续五年增产，总产量10570亿斤; 研究与试验开发经费，从…增加到…，占国内生产总值的比重从0.64%提高到1.13%.
 */
const ELLIPTIC_SUBJECTS: { starts: string[]; pattern: RegExp; topic: RegExp; subject: IndicatorKey }[] = [
  { starts: ['总产'], pattern: /总产量|总产(?=\d)/y, topic: /^(?:全国|全年|全县|全市|全省|全区)?粮食/, subject: 'grain_output' },
  {
    starts: ['占国', '占地', '占生', '占G'],
    pattern: /占(?:(?:国内|地区)?生产总值|GDP)(?:的)?(?:比重|比例)/y,
    topic: /^(?:全国|全社会)?(?:研究与试验(?:发展|开发)|研发|R&D)经费/,
    subject: 'rd_intensity',
  },
];

/**
 * The parts of residents' income after the whole (居民人均可支配收入增长8%，其中城镇居民增长7%、农村居民
 * 增长9%): 城镇居民 and 农村居民 stand for their incomes right after 其中 or after another part.
 */
const INCOME_PARTS: { pattern: RegExp; subjects: Subject[] }[] = [
  { pattern: /(?:城镇|城市)(?:常住)?(?:居民)?(?:和|与|及|、)农村(?:牧区)?(?:常住)?居民(?!人均|家庭|收入|消费)/y, subjects: [URBAN, RURAL] },
  { pattern: /城镇(?:常住)?居民(?!人均|家庭|收入|消费)/y, subjects: [URBAN] },
  { pattern: /农村(?:牧区)?(?:常住)?居民(?!人均|家庭|收入|消费)/y, subjects: [RURAL] },
];
const WHOLE_INCOME = /(?:^|[^镇村乡])居民人均可支配收入/;

/** Joins the members of a subject list. */
const JOINER = /(?:和|与|及|以及|、)/y;
/** How far back a foreign prefix can start (the longest prefix, 战略性新兴产业, has 7 characters). */
const PREFIX_WINDOW = 8;
/** A clause ends here; an elliptic subject starts right after a comma and finds its topic after the last of these. */
const CLAUSE_CHAIN_BREAK = /[；;。！？!?\n]/;

/** Wordings of the vocabulary and look-alikes, longest first, by first character. */
const WORDINGS_BY_FIRST_CHAR = new Map<string, Subject[]>();
const allWordings: Subject[] = [
  ...WORDINGS_LONGEST_FIRST.map(({ indicator, wording }) => ({ indicator, name: wording })),
  ...LOOK_ALIKE_WORDINGS.map((name) => ({ indicator: null, name })),
].sort((a, b) => b.name.length - a.name.length);
for (const w of allWordings) WORDINGS_BY_FIRST_CHAR.set(w.name[0]!, [...(WORDINGS_BY_FIRST_CHAR.get(w.name[0]!) ?? []), w]);

/** A character pair as one number. */
const pairOf = (first: number, second: number): number => first * 0x10000 + second;

/**
 * The two characters every mention can start with, and their first characters: the scan stops
 * only where a mention can begin (经济 of 经济增长目标, not every 经), without allocating.
 */
const STARTS = new Set<number>();
const FIRST = new Uint8Array(0x10000);
for (const start of [
  ...allWordings.map((w) => w.name),
  ...PATTERN_SUBJECTS.flatMap((p) => p.starts),
  ...ELLIPTIC_SUBJECTS.flatMap((e) => e.starts),
]) {
  STARTS.add(pairOf(start.charCodeAt(0), start.charCodeAt(1)));
  FIRST[start.charCodeAt(0)] = 1;
}

const startsWithAny = (text: string, pos: number, starts: string[]) => starts.some((s) => text.startsWith(s, pos));

/** The next position in [pos, end) where a mention could start; `end` when there is none. */
export function nextCandidate(text: string, pos: number, end: number): number {
  for (let i = pos; i < end; i++) {
    const c = text.charCodeAt(i);
    if (FIRST[c] === 1 && STARTS.has(pairOf(c, text.charCodeAt(i + 1)))) return i;
  }
  return end;
}

function matchAt(pattern: RegExp, text: string, pos: number): string | null {
  pattern.lastIndex = pos;
  const m = pattern.exec(text);
  return m && m.index === pos ? m[0] : null;
}

/** Where the clause before the comma at `comma` starts, and where its chain of clauses starts (after the last hard break). */
function clauseStarts(text: string, comma: number): [number, number] {
  const floor = Math.max(0, comma - LIMITS.maxSentenceChars);
  let clause = -1;
  let start = comma;
  while (start > floor && !CLAUSE_CHAIN_BREAK.test(text[start - 1]!)) {
    if (clause < 0 && /[，,]/.test(text[start - 1]!)) clause = start;
    start--;
  }
  return [clause < 0 ? start : clause, start];
}

/**
 * An elliptic subject at `pos`: right after a comma, when the clause before it or its chain of
 * clauses opens with the measure's noun (粮食产量连续三年稳定，总产量…; 研发经费，从…，占…比重…).
 */
function ellipticAt(text: string, pos: number): Mention | null {
  if (pos === 0 || !/[，,]/.test(text[pos - 1]!)) return null;
  for (const e of ELLIPTIC_SUBJECTS) {
    if (!startsWithAny(text, pos, e.starts)) continue;
    const match = matchAt(e.pattern, text, pos);
    if (match === null) continue;
    const starts = clauseStarts(text, pos - 1);
    if (starts.some((start) => e.topic.test(text.slice(start, pos)))) {
      return { start: pos, end: pos + match.length, subjects: [{ indicator: e.subject, name: match }] };
    }
  }
  return null;
}

/** A part of residents' income at `pos`, after 其中 or after another part, in a clause chain about the whole. */
function incomePartAt(text: string, pos: number): Mention | null {
  const afterOf = text.startsWith('其中', pos - 2);
  if (!afterOf && !/[，,、]/.test(text[pos - 1] ?? '')) return null;
  for (const part of INCOME_PARTS) {
    const match = matchAt(part.pattern, text, pos);
    if (match === null) continue;
    const [, chainStart] = clauseStarts(text, pos - 1);
    const before = text.slice(chainStart, pos);
    if (WHOLE_INCOME.test(before) && (afterOf || /其中(?:城镇|城市|农村)/.test(before)))
      return { start: pos, end: pos + match.length, subjects: part.subjects };
  }
  return null;
}

/** The mention that starts exactly at `pos`, if any: patterns first, then the longest wording, then elliptic measures. */
export function mentionAt(text: string, pos: number): Mention | null {
  const code = text.charCodeAt(pos);
  if (FIRST[code] !== 1 || !STARTS.has(pairOf(code, text.charCodeAt(pos + 1)))) return null;
  const c = text[pos]!;
  for (const p of PATTERN_SUBJECTS) {
    if (!startsWithAny(text, pos, p.starts)) continue;
    const match = matchAt(p.pattern, text, pos);
    if (match !== null) return { start: pos, end: pos + match.length, subjects: p.subjects(match) };
  }
  for (const subject of WORDINGS_BY_FIRST_CHAR.get(c) ?? []) {
    if (text.startsWith(subject.name, pos)) return { start: pos, end: pos + subject.name.length, subjects: [subject] };
  }
  return ellipticAt(text, pos) ?? incomePartAt(text, pos);
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

/** The subject list that starts with `first`: 地区生产总值和工业增加值, 农村居民人均纯收入和城镇居民人均可支配收入. */
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
