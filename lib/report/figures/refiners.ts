/**
 * Refiners: decisions that need more than one figure, run over every candidate in text order
 * after the rules have read them (in the order rules.ts lists them). A refiner changes a
 * candidate's qualifier or marks it dropped with a reason, so the explain trace can say why.
 */
import type { Candidate } from './types.ts';

export interface Refiner {
  name: string;
  refine(candidates: Candidate[]): void;
}

/** 增长8%，力争10%: a stretch figure after a base figure of the same indicator and measure in its clause is 'strive'. */
export const stretchRefiner: Refiner = {
  name: 'stretch',
  refine(candidates) {
    const bases = new Set<string>();
    for (const c of candidates) {
      const key = `${c.clause}|${c.figure.indicator}|${c.figure.measure}`;
      if (c.stretch && bases.has(key)) c.figure.qualifier = 'strive';
      else bases.add(key);
    }
  },
};

/** A figure stated twice for the same indicator, measure and year is reported once (the first). */
export const dedupeRefiner: Refiner = {
  name: 'dedupe',
  refine(candidates) {
    const seen = new Set<string>();
    for (const c of candidates) {
      if (c.dropped) continue;
      const f = c.figure;
      const key = `${c.kind}|${f.indicator}|${f.measure}|${f.year}|${f.qualifier === 'strive' ? 'strive' : ''}`;
      if (seen.has(key)) c.dropped = 'duplicate';
      else seen.add(key);
    }
  },
};
