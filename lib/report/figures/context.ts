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
  /** The part reviews several years (过去五年工作回顾, “十三五”时期…回顾): 累计 there means the period. */
  periodReview: boolean;
}

export interface Years {
  reviewYear: number | null;
  planYear: number | null;
}

/** A clause ends at these. */
const HARD_BREAK = /[；;。！？!?\n]/;
const CLAUSE_BREAK = /[，,；;。：:！？!?\n]/;
const SENTENCE_BREAK = /[。！？!?\n]/;
/** Five-year horizons stated inside a sentence: 到2025年, 到“十四五”末, 今后五年. */
const SENTENCE_HORIZON =
  /到(20\d{2})年|到“?十([一二三四五六七八九])五”?(?:末|期末)|(?:今后|未来)五年|“十([一二三四五六七八九])五”(?:时期|期间)/;
/** What a sentence of the plan part opens with, when it says when it speaks of. */
const TIME_MARKER =
  /[\s“]*(?:(过去一年|过去的一年|刚刚过去的一年|过去五年|五年来|一年来|这五年|去年)|(今年|明年|今后|未来|新的一年)|((?:19|20)\d{2})年|(“?十[一二三四五六七八九]五”?|“[六七八九十]五”)(?:时期|期间))/y;
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

/** The year of a target sentence: the plan year, or a horizon it names (到2025年, 到“十四五”末, 今后五年). */
function targetYear({ part, planYear, sentence }: { part: Part; planYear: number | null; sentence: string }): number | null {
  let year = part.horizon ?? planYear;
  const h = SENTENCE_HORIZON.exec(sentence);
  if (h) {
    const explicit = h[1] ? Number(h[1]) : null;
    const period = h[2] ?? h[3];
    const horizon = explicit ?? (period ? horizonYear(`十${period}五`, planYear) : horizonYear('五年', planYear));
    // "到2020年底" in a 2020 plan is the plan year itself.
    if (horizon !== null && (planYear === null || horizon >= planYear)) year = horizon;
  }
  return year;
}

/**
 * The context of every mention of one part, asked for in text order. Sentences of the plan part
 * are read for the time they speak of: a sentence that opens with 过去一年/去年/“十三五”时期 turns
 * its paragraph to the past until one opens with 今年/2021年/今后 (the State Council restates
 * last year's results before this year's targets, in the same part).
 */
export class PartContext {
  private readonly text: string;
  private readonly part: Part;
  private readonly years: Years;
  private readonly periodReview: boolean;
  private sentence: { start: number; end: number; context: Context | null } = { start: 0, end: -1, context: null };
  /** Sentence starts before this were read for their time. */
  private examined: number;
  private past = false;

  constructor({ text, part, years }: { text: string; part: Part; years: Years }) {
    this.text = text;
    this.part = part;
    this.years = years;
    this.examined = part.start;
    this.periodReview = part.kind === 'review' && PERIOD_REVIEW.test(part.title ?? '');
  }

  at(pos: number): Context | null {
    if (pos >= this.sentence.start && pos < this.sentence.end) return this.sentence.context;
    const [start, end] = sentenceBounds(this.text, pos, this.part.start, this.part.end);
    this.sentence = { start, end, context: this.contextOf(start, end) };
    return this.sentence.context;
  }

  private contextOf(start: number, end: number): Context | null {
    const { part } = this;
    const { reviewYear, planYear } = this.years;
    if (part.kind === 'appendix') return null;
    if (part.kind !== 'plan')
      return reviewYear === null ? null : { kind: 'actual', year: reviewYear, restated: false, periodReview: this.periodReview };
    this.readTimes(start);
    const year = targetYear({ part, planYear, sentence: this.text.slice(start, end) });
    return year === null ? null : { kind: 'target', year, restated: this.past, periodReview: false };
  }

  /** Reads the time markers of the sentences that start in [examined, upTo]. */
  private readTimes(upTo: number): void {
    const { text } = this;
    for (let s = this.examined; s <= upTo; s++) {
      if (s > this.part.start && !SENTENCE_BREAK.test(text[s - 1]!)) continue;
      if (s === this.part.start || text[s - 1] === '\n') this.past = false;
      const time = this.timeAt(s);
      if (time !== null) this.past = time === 'past';
    }
    this.examined = upTo + 1;
  }

  private timeAt(pos: number): 'past' | 'present' | null {
    TIME_MARKER.lastIndex = pos;
    const m = TIME_MARKER.exec(this.text);
    if (!m || m.index !== pos) return null;
    const { reviewYear } = this.years;
    if (m[1]) return 'past';
    if (m[2]) return 'present';
    const year = m[3] ? Number(m[3]) : Math.max(...fivePlanEnds(m[4]!));
    if (reviewYear === null || !Number.isFinite(year)) return null;
    return year <= reviewYear ? 'past' : 'present';
  }
}
