/**
 * Targets and results: every quantified statement about a vocabulary indicator.
 *
 * The text is read as a careful reader does: find a mention of an indicator (subjects.ts), check
 * its context (context.ts: which part, which year, which time the sentence speaks of), read the
 * clause after it (clause.ts, with the rules rules.ts lists in order), then let the refiners
 * decide across figures (refiners.ts). Every pattern is a sticky regular expression tried at one
 * position, with no nested quantifiers, and every scan is bounded by the clause or
 * LIMITS.maxSentenceChars: time is linear in the text, whatever the page holds.
 */
import type { Part } from '../outline.ts';
import { readClause, type ClauseResult } from './clause.ts';
import { ClauseLimits, clauseStart, PartContext, type Context, type Years } from './context.ts';
import { Cursor } from './cursor.ts';
import { REFINERS } from './rules.ts';
import {
  foreignPrefixBefore,
  foreignSuffixAfter,
  mentionAt,
  nextCandidate,
  readSubjectList,
  type Mention,
  type Subject,
} from './subjects.ts';
import type { FigureTrace, TracedMention } from './trace.ts';
import type { Candidate, RawFigure } from './types.ts';

export type { RawFigure } from './types.ts';
export { FigureTrace } from './trace.ts';

/** In the review part, a figure named as a target (没有实现年初确定的单位国内生产总值能耗降低4%左右…的目标) is no result. */
const TARGET_BEFORE = /(?:确定|提出|下达|制定)的$/;
/** Before a subject, 年均 makes its figures averages (“十五”期间年均经济增长速度预期目标为7%), 累计 totals (累计新增城镇就业5870万人). */
const AVERAGE_BEFORE = /年均$/;
const CUMULATIVE_BEFORE = /累计$/;
/** 去年国内生产总值增长10.3%, even inside the plan part, is last year's result. */
const LAST_YEAR_BEFORE = /去年(?:全国|全省|全市|全县|全区)?$/;

/** Clauses of one sentence that each gave one subject one value: a later list of values may be theirs too. */
interface Chain {
  /** The hard break the chain's clauses end at. */
  sentenceEnd: number;
  /** Where its first clause starts (the quote of a shared value starts there). */
  start: number;
  subjects: Subject[];
}

/** One pass over the parts: the candidates read so far. */
class Scan {
  readonly candidates: Candidate[] = [];
  private clauses = 0;
  private chain: Chain | null = null;
  private readonly limits: ClauseLimits;
  readonly text: string;
  readonly years: Years;
  readonly trace: FigureTrace | null;

  constructor({ text, years, trace }: { text: string; years: Years; trace: FigureTrace | null }) {
    this.text = text;
    this.years = years;
    this.trace = trace;
    this.limits = new ClauseLimits(text);
  }

  part(part: Part): void {
    const context = new PartContext({ text: this.text, part, years: this.years });
    let pos = part.start;
    while (pos < part.end) {
      pos = nextCandidate(this.text, pos, part.end);
      if (pos >= part.end) break;
      const mention = mentionAt(this.text, pos);
      pos = mention ? this.mention({ mention, part, context }) : pos + 1;
    }
  }

  /** Reads the clause of one mention; returns where the scan goes on. */
  private mention({ mention, part, context: partContext }: { mention: Mention; part: Part; context: PartContext }): number {
    const { text } = this;
    const notes: TracedMention | null = this.trace?.open({ start: mention.start, end: mention.end, part: part.kind }) ?? null;
    const foreign = foreignPrefixBefore(text, mention.start);
    if (foreign !== null) {
      notes?.drop('foreign-prefix', foreign);
      return mention.end;
    }
    const { subjects, end: subjectEnd } = readSubjectList(text, mention, part.end);
    if (notes) notes.end = subjectEnd;
    const suffix = foreignSuffixAfter(text, subjectEnd);
    if (suffix !== null) {
      notes?.drop('foreign-suffix', suffix);
      return subjectEnd;
    }
    const context = partContext.at(mention.start);
    if (!context) {
      notes?.drop('year-unknown');
      return subjectEnd;
    }
    const before = text.slice(Math.max(part.start, mention.start - 6), mention.start);
    if (context.kind === 'actual' && TARGET_BEFORE.test(before)) {
      notes?.drop('target-in-review', before);
      return subjectEnd;
    }
    // Clauses of one chain end at the same hard break.
    const limit = this.limits.at(subjectEnd, part.end);
    const chain = this.chain && this.chain.sentenceEnd === limit ? this.chain : null;
    const clause = readClause({ cur: new Cursor(text, subjectEnd, limit), subjects, earlier: chain?.subjects ?? [], notes });
    if (clause.end < 0) {
      notes?.drop('no-predicate');
      this.chain = null;
      return subjectEnd;
    }
    const start = clauseStart(text, mention.start, part.start);
    const prefix = {
      average: AVERAGE_BEFORE.test(before),
      cumulative: CUMULATIVE_BEFORE.test(before),
      lastYear: LAST_YEAR_BEFORE.test(before),
    };
    this.add({ clause, context, start, chainStart: chain?.start ?? start, prefix, notes });
    this.chain = clause.single
      ? { sentenceEnd: limit, start: chain?.start ?? start, subjects: [...(chain?.subjects ?? []), ...subjects] }
      : null;
    return clause.resume;
  }

  private add({
    clause,
    context,
    start,
    chainStart,
    prefix,
    notes,
  }: {
    clause: ClauseResult;
    context: Context;
    start: number;
    chainStart: number;
    /** Words right before the subject that apply to all its figures. */
    prefix: { average: boolean; cumulative: boolean; lastYear: boolean };
    notes: TracedMention | null;
  }): void {
    const clauseNumber = this.clauses++;
    for (const { reading, rule } of clause.readings) {
      const { subject, stretch, shared, year, baseYear, cumulative, lastYear, wholeYear, kind: column, ...figure } = reading;
      if (prefix.average && figure.measure === 'growth') figure.measure = 'avgGrowth';
      // A table's column of results in the plan part (or of targets in the review part) is of the other year.
      const kind = column ?? context.kind;
      const ownYear = kind === context.kind ? context.year : kind === 'actual' ? this.years.reviewYear : this.years.planYear;
      if (ownYear === null) continue;
      const candidate: Candidate = {
        kind,
        figure: {
          indicator: subject.indicator,
          name: subject.name,
          ...figure,
          year: ownYear,
          start: shared ? chainStart : start,
          end: clause.end,
        },
        rule,
        stretch,
        clause: clauseNumber,
        time: { year, baseYear, cumulative: cumulative || prefix.cumulative, lastYear: lastYear || prefix.lastYear },
        shared,
        restated: column === null && context.restated,
        periodReview: context.periodReview,
        periodic: context.periodic,
        dropped: context.partial && !wholeYear ? 'partial-period' : null,
      };
      this.candidates.push(candidate);
      notes?.candidates.push(candidate);
    }
  }
}

/** Every target and result in the normalised text, with offsets in it. Pass a trace to learn what became of each mention. */
export function extractFigures({
  text,
  parts,
  reviewYear,
  planYear,
  trace = null,
}: {
  text: string;
  parts: Part[];
  reviewYear: number | null;
  planYear: number | null;
  trace?: FigureTrace | null;
}): { targets: RawFigure[]; actuals: RawFigure[] } {
  const years = { reviewYear, planYear };
  const scan = new Scan({ text, years, trace });
  for (const part of parts) if (part.kind !== 'appendix') scan.part(part);
  for (const refiner of REFINERS) refiner.refine(scan.candidates, years);
  if (trace) {
    Object.assign(trace, { text, parts, reviewYear, planYear });
    trace.addSkipped();
  }
  const kept = scan.candidates.filter((c) => c.dropped === null);
  return {
    targets: kept.filter((c) => c.kind === 'target').map((c) => c.figure),
    actuals: kept.filter((c) => c.kind === 'actual').map((c) => c.figure),
  };
}
