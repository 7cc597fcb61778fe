/**
 * The explain trace: for every indicator mention, the figures read from it (with the rule that
 * read each) or why it yielded none. Built only when asked for (`npm run extract -- --explain`);
 * the normal path passes null and records nothing.
 */
import type { Part, PartKind } from '../outline.ts';
import { mentionAt, nextCandidate } from './subjects.ts';
import type { Candidate, DropReason, Notes } from './types.ts';

export interface TraceDrop {
  reason: DropReason;
  /** What was seen: the prefix, the unit, the verb … ('' when the reason says it all). */
  detail: string;
}

export class TracedMention implements Notes {
  readonly start: number;
  /** End of the subject list (a list such as 地区生产总值和工业增加值 is one mention). */
  end: number;
  readonly part: PartKind;
  readonly candidates: Candidate[] = [];
  readonly drops: TraceDrop[] = [];

  constructor({ start, end, part }: { start: number; end: number; part: PartKind }) {
    this.start = start;
    this.end = end;
    this.part = part;
  }

  drop(reason: DropReason, detail = ''): void {
    this.drops.push({ reason, detail });
  }
}

export class FigureTrace {
  /** The normalised text all offsets refer to. */
  text = '';
  parts: Part[] = [];
  reviewYear: number | null = null;
  planYear: number | null = null;
  readonly mentions: TracedMention[] = [];

  open(init: { start: number; end: number; part: PartKind }): TracedMention {
    const mention = new TracedMention(init);
    this.mentions.push(mention);
    return mention;
  }

  /**
   * Adds the mentions the scan never stopped at — inside the clause of an earlier mention
   * (与地区生产总值增长同步) or in an appendix — so the trace covers every mention in the text.
   */
  addSkipped(): void {
    // Members of a subject list after the first are part of their list's entry.
    const lists = this.mentions.map((m) => [m.start, m.end] as const);
    const seen = new Set(this.mentions.map((m) => m.start));
    const end = this.text.length;
    for (let pos = nextCandidate(this.text, 0, end); pos < end; pos = nextCandidate(this.text, pos, end)) {
      const mention = mentionAt(this.text, pos);
      if (!mention) {
        pos++;
        continue;
      }
      pos = mention.end;
      if (seen.has(mention.start) || lists.some(([s, e]) => mention.start >= s && mention.start < e)) continue;
      const part = this.parts.find((p) => mention.start >= p.start && mention.start < p.end)?.kind ?? 'preamble';
      const entry = new TracedMention({ start: mention.start, end: mention.end, part });
      entry.drop(part === 'appendix' ? 'outside-review-and-plan' : 'inside-earlier-clause');
      this.mentions.push(entry);
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }
}
