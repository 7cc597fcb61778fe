/**
 * Targets and results: every quantified statement about a vocabulary indicator.
 *
 * The text is read as a careful reader does: find a mention of an indicator (subjects.ts), check
 * its context (context.ts: which part, which year), read the clause after it (clause.ts, with the
 * rules rules.ts lists in order), then let the refiners decide across figures (refiners.ts).
 * Every pattern is a sticky regular expression tried at one position, with no nested
 * quantifiers, and every scan is bounded by the clause or LIMITS.maxSentenceChars: time is
 * linear in the text, whatever the page holds.
 */
import type { Part } from '../outline.ts';
import { readClause } from './clause.ts';
import { clauseLimit, clauseStart, contextFor, sentenceBounds, type Context } from './context.ts';
import { Cursor } from './cursor.ts';
import { REFINERS } from './rules.ts';
import { foreignPrefixBefore, foreignSuffixAfter, mentionAt, nextCandidate, readSubjectList, type Mention } from './subjects.ts';
import type { FigureTrace, TracedMention } from './trace.ts';
import type { Candidate, RawFigure } from './types.ts';

export type { RawFigure } from './types.ts';
export { FigureTrace } from './trace.ts';

interface Years {
  reviewYear: number | null;
  planYear: number | null;
}

/** One pass over the parts: the candidates read so far and the sentence the last mention was in. */
class Scan {
  readonly candidates: Candidate[] = [];
  private clauses = 0;
  private sentence: { start: number; end: number; context: Context | null } = { start: 0, end: -1, context: null };
  readonly text: string;
  readonly years: Years;
  readonly trace: FigureTrace | null;

  constructor({ text, years, trace }: { text: string; years: Years; trace: FigureTrace | null }) {
    this.text = text;
    this.years = years;
    this.trace = trace;
  }

  part(part: Part): void {
    let pos = part.start;
    while (pos < part.end) {
      pos = nextCandidate(this.text, pos, part.end);
      if (pos >= part.end) break;
      const mention = mentionAt(this.text, pos);
      pos = mention ? this.mention(mention, part) : pos + 1;
    }
  }

  /** Context of the sentence around `pos`; mentions come in text order, so the last sentence is reused while it lasts. */
  private contextAt(pos: number, part: Part): Context | null {
    if (pos >= this.sentence.end || pos < this.sentence.start) {
      const [start, end] = sentenceBounds(this.text, pos, part.start, part.end);
      const context = contextFor({ part, ...this.years, sentence: this.text.slice(start, end) });
      this.sentence = { start, end, context };
    }
    return this.sentence.context;
  }

  /** Reads the clause of one mention; returns where the scan goes on. */
  private mention(mention: Mention, part: Part): number {
    const { text } = this;
    const notes: TracedMention | null = this.trace?.open({ start: mention.start, end: mention.end, part: part.kind }) ?? null;
    const prefix = foreignPrefixBefore(text, mention.start);
    if (prefix !== null) {
      notes?.drop('foreign-prefix', prefix);
      return mention.end;
    }
    const { subjects, end: subjectEnd } = readSubjectList(text, mention, part.end);
    if (notes) notes.end = subjectEnd;
    const suffix = foreignSuffixAfter(text, subjectEnd);
    if (suffix !== null) {
      notes?.drop('foreign-suffix', suffix);
      return subjectEnd;
    }
    const context = this.contextAt(mention.start, part);
    if (!context) {
      notes?.drop('year-unknown');
      return subjectEnd;
    }
    const clause = readClause(new Cursor(text, subjectEnd, clauseLimit(text, subjectEnd, part.end)), subjects, notes);
    if (clause.end < 0) {
      notes?.drop('no-predicate');
      return subjectEnd;
    }
    const start = clauseStart(text, mention.start, part.start);
    const clauseNumber = this.clauses++;
    for (const { reading, rule } of clause.readings) {
      const { subject, stretch, ...figure } = reading;
      const candidate: Candidate = {
        kind: context.kind,
        figure: { indicator: subject.indicator, name: subject.name, ...figure, year: context.year, start, end: clause.end },
        rule,
        stretch,
        clause: clauseNumber,
        dropped: null,
      };
      this.candidates.push(candidate);
      notes?.candidates.push(candidate);
    }
    return clause.resume;
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
  const scan = new Scan({ text, years: { reviewYear, planYear }, trace });
  for (const part of parts) if (part.kind !== 'appendix') scan.part(part);
  for (const refiner of REFINERS) refiner.refine(scan.candidates);
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
