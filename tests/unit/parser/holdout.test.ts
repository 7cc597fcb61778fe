/**
 * The second golden test: report excerpts written for the project (tests/fixtures/holdout, see its
 * README) in the style of reports of every decade, level and region the corpus does not cover,
 * with look-alikes. Scored like the corpus and reported on its own line, so a change that helps the
 * corpus while losing unseen text shows here.
 *
 * Each batch of excerpts was written and labelled before the parser was run on it; before its own
 * misses were fixed a batch scored F1 0.94, 0.84, 0.79, 0.98 and 1.00 (the parser before this work:
 * 0.91 on all of them) — that is what to expect of reports never seen. The classes those misses
 * showed are fixed and the set now scores 1.000; the bar sits below that by about one report's
 * figures or years, so a general regression fails it and a disputed label does not.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCases } from './score-cases.ts';

const BAR = { f1: 0.97, partF1: 0.96, precision: 0.98, yearsMissed: 1, qualifierShare: 0.98 };

describe('held-out excerpts (golden)', () => {
  it('holds its own bar: figures, years, detection', () => {
    const s = scoreCases(resolve(import.meta.dirname, '../../fixtures/holdout'));
    console.log(`holdout: ${s.report}`);
    expect(s.detected, s.summary).toBe(s.cases);
    expect(s.years, s.summary).toBeGreaterThanOrEqual(s.yearsLabelled - BAR.yearsMissed);
    expect(s.all.f1, s.summary).toBeGreaterThanOrEqual(BAR.f1);
    expect(s.all.precision, s.summary).toBeGreaterThanOrEqual(BAR.precision);
    expect(s.targets.f1, s.summary).toBeGreaterThanOrEqual(BAR.partF1);
    expect(s.actuals.f1, s.summary).toBeGreaterThanOrEqual(BAR.partF1);
    expect(s.qualifiers, s.summary).toBeGreaterThanOrEqual(Math.ceil(s.tp * BAR.qualifierShare));
  });
});
