/**
 * Context: where a clause sits and what that makes its figures — a target of the plan year (or of
 * a five-year horizon) in the plan part, a result of the review year elsewhere — and the clause
 * and sentence bounds every scan stops at (LIMITS.maxSentenceChars, so run-on text stays linear).
 */
import type { FigureKind } from '../types.ts';
import { horizonYear, type Part } from '../outline.ts';
import { LIMITS } from '../../limits.ts';

/** Where a clause sits: a target or a result, and for which year. */
export interface Context {
  kind: FigureKind;
  year: number;
  planYear: number | null;
}

/** A clause ends at these. */
const HARD_BREAK = /[；;。！？!?\n]/;
const CLAUSE_BREAK = /[，,；;。：:！？!?\n]/;
const SENTENCE_BREAK = /[。！？!?\n]/;
/** Five-year horizons stated inside a sentence: 到2025年, 到“十四五”末, 今后五年. */
const SENTENCE_HORIZON =
  /到(20\d{2})年|到“?十([一二三四五六七八九])五”?(?:末|期末)|(?:今后|未来)五年|“十([一二三四五六七八九])五”(?:时期|期间)/;

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

/** The kind and year of the figures of a sentence; null when the year is unknown. */
export function contextFor({
  part,
  reviewYear,
  planYear,
  sentence,
}: {
  part: Part;
  reviewYear: number | null;
  planYear: number | null;
  sentence: string;
}): Context | null {
  if (part.kind === 'appendix') return null;
  const kind = part.kind === 'plan' ? 'target' : 'actual';
  let year = kind === 'target' ? (part.horizon ?? planYear) : reviewYear;
  if (kind === 'target') {
    const h = SENTENCE_HORIZON.exec(sentence);
    if (h) {
      const explicit = h[1] ? Number(h[1]) : null;
      const period = h[2] ?? h[3];
      const horizon = explicit ?? (period ? horizonYear(`十${period}五`, planYear) : horizonYear('五年', planYear));
      // "到2020年底" in a 2020 plan is the plan year itself.
      if (horizon !== null && (planYear === null || horizon >= planYear)) year = horizon;
    }
  }
  return year === null ? null : { kind, year, planYear };
}
