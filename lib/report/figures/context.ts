/**
 * Context: where a clause sits and what that makes its figures — a target of the plan year (or of
 * a five-year horizon) in the plan part, a result of the review year elsewhere, a result restated
 * inside the plan part (过去一年，…国内生产总值增长10.3%) — and the clause and sentence bounds
 * every scan stops at (LIMITS.maxSentenceChars, so run-on text stays linear).
 */
import type { FigureKind } from '../types.ts';
import { fivePlanEnds, horizonYear, type Part } from '../outline.ts';
import { LIMITS } from '../../limits.ts';

/** Where a clause sits: a target or a result, and for which year. */
export interface Context {
  kind: FigureKind;
  year: number;
  /** The sentence speaks of the past inside the plan part: its figures are restated results. */
  restated: boolean;
  /** The sentence's paragraph speaks of several years (这五年，…; 过去五年，…): a level there may be the period's total. */
  periodic: boolean;
  /** The part reviews several years (过去五年工作回顾, “十三五”时期…回顾): 累计 there means the period. */
  periodReview: boolean;
  /** The sentence speaks of part of a year before this point (一季度全县地区生产总值下降6.8%): no figure of a year. */
  partial: boolean;
}

export interface Years {
  reviewYear: number | null;
  planYear: number | null;
}

/** A clause ends at these. */
const HARD_BREAK = /[；;。！？!?\n]/;
const CLAUSE_BREAK = /[，,；;。：:！？!?\n]/;
const SENTENCE_BREAK = /[。！？!?\n]/;
const SENTENCE_BREAKS = /[。！？!?\n]/g;
/** Five-year horizons stated inside a sentence: 到2025年, 到“十四五”末, 今后五年. */
const SENTENCE_HORIZONS =
  /到(20\d{2})年|到“?十([一二三四五六七八九])五”?(?:末|期末)|(?:今后|未来)五年|“十([一二三四五六七八九])五”(?:时期|期间)/g;
/**
 * Parts of a year (一季度, 上半年, 1—11月, 4月份) and what ends their reach: a semicolon, or a word of
 * the whole year (全年, 年度, 目标). A figure after the first, with none of the second between, is no
 * figure of a year (今年以来…，一季度全县地区生产总值同比下降6.8%，规模以上工业增加值下降9.2%). A part
 * of a year compared with (增速较前三季度回落) is not the time of the figures.
 */
const PERIOD_MARKERS =
  /(?<![较比与同前第])(前三季度|第[一二三四]季度|[一二三四]季度|[上下]半年|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月|1(?:—|–|-|－|～|~|至|到)\d{1,2}月|一至[二三四五六七八九十]{1,2}月|1[0-2]月份|[1-9]月份)|(全年|年度|年末|年底|目标|[；;])/g;
/** What a sentence opens with, when it says which time it speaks of: a past year, several past years, or now. */
const TIME_MARKER =
  /[\s“]*(?:(过去一年|过去的一年|刚刚过去的一年|一年来|去年)|(过去五年|五年来|这五年|近五年)|(今年|明年|今后|未来|新的一年|(?:全年)?(?:经济社会发展的?)?(?:主要)?预期目标|主要目标)|((?:19|20)\d{2})年(?!至|到|—|-)|(“?十[一二三四五六七八九]五”?|“[六七八九十]五”)(?:时期|期间))/y;

type Time = 'year' | 'period' | 'present';
const PERIOD_REVIEW = /五年|十[一二三四五六七八九]五|“[六七八九十]五”/;

/** Start of the clause around `pos`: just after the previous comma, semicolon, colon or full stop. */
export function clauseStart(text: string, pos: number, floor: number): number {
  floor = Math.max(floor, pos - LIMITS.maxSentenceChars);
  for (let i = pos - 1; i >= floor; i--) {
    if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  }
  return floor;
}

/** The limit of the clause starting at `pos`: the next hard break. */
export function clauseLimit(text: string, pos: number, ceiling: number): number {
  ceiling = Math.min(ceiling, pos + LIMITS.maxSentenceChars);
  for (let i = pos; i < ceiling; i++) if (HARD_BREAK.test(text[i]!)) return i;
  return ceiling;
}

const HARD_BREAKS = /[；;。！？!?\n]/g;

/**
 * clauseLimit for positions asked in text order: the next hard break is found once and reused by
 * every clause before it, so a page of run-on clauses without a full stop costs one pass.
 */
export class ClauseLimits {
  private readonly text: string;
  /** The next hard break at or after the last position asked (text.length when there is none). */
  private next = -1;

  constructor(text: string) {
    this.text = text;
  }

  at(pos: number, ceiling: number): number {
    if (pos > this.next) {
      HARD_BREAKS.lastIndex = pos;
      this.next = HARD_BREAKS.exec(this.text)?.index ?? this.text.length;
    }
    return Math.min(this.next, ceiling, pos + LIMITS.maxSentenceChars);
  }
}

/** The sentence around `pos`, at most LIMITS.maxSentenceChars each way. */
export function sentenceBounds(text: string, pos: number, floor: number, ceiling: number): [number, number] {
  const low = Math.max(floor, pos - LIMITS.maxSentenceChars);
  const high = Math.min(ceiling, pos + LIMITS.maxSentenceChars);
  let start = pos;
  while (start > low && !SENTENCE_BREAK.test(text[start - 1]!)) start--;
  let end = pos;
  while (end < high && !SENTENCE_BREAK.test(text[end]!)) end++;
  return [start, end];
}

/** A horizon a sentence names, where it is named. */
interface Horizon {
  at: number;
  year: number;
}

/** The horizons a target sentence names (到2025年, 到“十四五”末, 今后五年) that are not before the plan year. */
function horizonsOf({ text, start, end, planYear }: { text: string; start: number; end: number; planYear: number | null }): Horizon[] {
  const horizons: Horizon[] = [];
  for (const h of text.slice(start, end).matchAll(SENTENCE_HORIZONS)) {
    const explicit = h[1] ? Number(h[1]) : null;
    const period = h[2] ?? h[3];
    const year = explicit ?? (period ? horizonYear(`十${period}五`, planYear) : horizonYear('五年', planYear));
    // "到2020年底" in a 2020 plan is the plan year itself.
    if (year !== null && (planYear === null || year >= planYear)) horizons.push({ at: start + h.index, year });
  }
  return horizons;
}

/** Where a sentence turns to part of a year (true) or back to the whole year (false). */
function periodsOf(text: string, start: number, end: number): { at: number; partial: boolean }[] {
  return [...text.slice(start, end).matchAll(PERIOD_MARKERS)].map((m) => ({ at: start + m.index, partial: m[1] !== undefined }));
}

/** The sentence being read: its bounds, its context, and where it names horizons and parts of a year. */
interface Sentence {
  start: number;
  end: number;
  context: Context | null;
  horizons: Horizon[];
  periods: { at: number; partial: boolean }[];
}

/**
 * The context of every mention of one part, asked for in text order. Sentences are read for the
 * time they speak of: one that opens with 过去一年/去年/2020年 (the review year) or with 过去五年/
 * 这五年/“十三五”时期 sets the time of its paragraph until another says otherwise (今年, 2021年,
 * 今后). In the plan part a past time makes restated results (the State Council restates last
 * year's results before this year's targets); in a review of five years it tells the year's
 * figures from the period's.
 */
export class PartContext {
  private readonly text: string;
  private readonly part: Part;
  private readonly years: Years;
  private readonly periodReview: boolean;
  private sentence: Sentence = { start: 0, end: -1, context: null, horizons: [], periods: [] };
  /** The next sentence break whose following sentence has not been read for its time (-1 before the first). */
  private nextBreak = -1;
  private time: Time | null = null;

  constructor({ text, part, years }: { text: string; part: Part; years: Years }) {
    this.text = text;
    this.part = part;
    this.years = years;
    this.periodReview = part.kind === 'review' && PERIOD_REVIEW.test(part.title ?? '');
  }

  at(pos: number): Context | null {
    if (pos < this.sentence.start || pos >= this.sentence.end) this.sentence = this.sentenceAt(pos);
    const { context, horizons, periods } = this.sentence;
    if (!context) return null;
    // The horizon that governs a target is the last one named before it (…，到2017年达到2.2万亿元；到2015年，…城镇化率达到52%),
    // else the first named after it (地区生产总值年均增长7%，到2025年达到145亿元).
    const horizon = horizons.findLast((h) => h.at < pos) ?? horizons[0];
    const partial = periods.findLast((p) => p.at < pos)?.partial ?? false;
    if (!horizon && !partial) return context;
    return { ...context, year: horizon?.year ?? context.year, partial };
  }

  private sentenceAt(pos: number): Sentence {
    const [start, end] = sentenceBounds(this.text, pos, this.part.start, this.part.end);
    const context = this.contextOf(start);
    const horizons = context?.kind === 'target' ? horizonsOf({ text: this.text, start, end, planYear: this.years.planYear }) : [];
    return { start, end, context, horizons, periods: periodsOf(this.text, start, end) };
  }

  private contextOf(start: number): Context | null {
    const { part } = this;
    const { reviewYear, planYear } = this.years;
    if (part.kind === 'appendix') return null;
    this.readTimes(start);
    const periodic = this.time === 'period';
    if (part.kind !== 'plan') {
      return reviewYear === null
        ? null
        : { kind: 'actual', year: reviewYear, restated: false, periodic, periodReview: this.periodReview, partial: false };
    }
    const year = part.horizon ?? planYear;
    const restated = this.time === 'year' || this.time === 'period';
    return year === null ? null : { kind: 'target', year, restated, periodic, periodReview: false, partial: false };
  }

  /**
   * Reads the time markers of the sentences that start in [examined, upTo], jumping from one
   * sentence break to the next; each break is found once, so the part costs one pass.
   */
  private readTimes(upTo: number): void {
    const { text } = this;
    if (this.nextBreak < 0) {
      this.time = this.timeAt(this.part.start);
      this.nextBreak = this.findBreak(this.part.start);
    }
    while (this.nextBreak < upTo) {
      if (text[this.nextBreak] === '\n') this.time = null;
      this.time = this.timeAt(this.nextBreak + 1) ?? this.time;
      this.nextBreak = this.findBreak(this.nextBreak + 1);
    }
  }

  /** The first sentence break at or after `from` in the part (its end when there is none). */
  private findBreak(from: number): number {
    SENTENCE_BREAKS.lastIndex = from;
    const m = SENTENCE_BREAKS.exec(this.text);
    return m && m.index < this.part.end ? m.index : this.part.end;
  }

  private timeAt(pos: number): Time | null {
    TIME_MARKER.lastIndex = pos;
    const m = TIME_MARKER.exec(this.text);
    if (!m || m.index !== pos) return null;
    const { reviewYear } = this.years;
    if (m[1]) return 'year';
    if (m[2]) return 'period';
    if (m[3]) return 'present';
    if (reviewYear === null) return null;
    if (m[4]) {
      const year = Number(m[4]);
      return year === reviewYear ? 'year' : year < reviewYear ? 'period' : 'present';
    }
    return Math.max(...fivePlanEnds(m[5]!)) <= reviewYear ? 'period' : 'present';
  }
}
