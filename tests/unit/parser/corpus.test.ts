/**
 * The golden test: real reports of the State Council (2001–2025) and of counties, cities and
 * provinces, with look-alike pages, scored as the project's figure scorer scores them. It fails
 * when the parser falls under the bar the project set for real reports; its output names every
 * miss, so a failure says where to look (`npm run --silent extract -- --explain FILE` says why).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCases } from './score-cases.ts';

const BAR = { f1: 0.95, partF1: 0.93, precision: 0.97, yearsMissed: 2, qualifierShare: 0.97 };

describe('real corpus (golden)', () => {
  it('holds the bar: figures, years, detection', () => {
    const s = scoreCases(resolve(import.meta.dirname, '../../fixtures/corpus'));
    console.log(s.report);
    expect(s.detected, s.summary).toBe(s.cases);
    expect(s.years, s.summary).toBeGreaterThanOrEqual(s.yearsLabelled - BAR.yearsMissed);
    expect(s.all.f1, s.summary).toBeGreaterThanOrEqual(BAR.f1);
    expect(s.all.precision, s.summary).toBeGreaterThanOrEqual(BAR.precision);
    expect(s.targets.f1, s.summary).toBeGreaterThanOrEqual(BAR.partF1);
    expect(s.actuals.f1, s.summary).toBeGreaterThanOrEqual(BAR.partF1);
    expect(s.qualifiers, s.summary).toBeGreaterThanOrEqual(Math.ceil(s.tp * BAR.qualifierShare));
  });
});
