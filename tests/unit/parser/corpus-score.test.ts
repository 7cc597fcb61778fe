/** The golden test's scorer follows the project's figure scorer: its key, optional items, qualifiers. */
import { describe, expect, it } from 'vitest';
import { emptyScore, figureKey, scorePart, scoreYears, totals, type LabelFigure } from './corpus-score.ts';

const gold = (over: Partial<LabelFigure> = {}): LabelFigure => ({
  indicator: 'gdp',
  measure: 'growth',
  year: 2020,
  value: 6,
  max: null,
  qualifier: 'exact',
  quote: '地区生产总值增长6%',
  ...over,
});

describe('corpus scorer', () => {
  it('keys a figure by indicator, measure, year, value to 6 places, and max only for a range', () => {
    expect(figureKey(gold({ value: 6.0000001 }))).toBe(figureKey(gold()));
    expect(figureKey(gold({ max: 7 }))).toBe(figureKey(gold()));
    expect(figureKey(gold({ qualifier: 'range', max: 7 }))).not.toBe(figureKey(gold({ qualifier: 'range', max: 8 })));
  });
  it('optional items neither reward nor penalise; extra and missing figures count; qualifiers are checked on matches', () => {
    const score = emptyScore();
    scorePart({
      predicted: [
        gold({ qualifier: 'about' }),
        gold({ measure: 'level', value: 88, unit: '亿元' } as Partial<LabelFigure>),
        gold({ indicator: 'fai' }),
      ],
      gold: [gold(), gold({ measure: 'level', value: 88, optional: true }), gold({ indicator: 'retail' })],
      score,
      label: 'x',
    });
    expect([score.tp, score.fp, score.fn, score.qualifiers]).toEqual([1, 1, 1, 0]);
    expect(score.misses).toHaveLength(3);
    expect(totals(score).f1).toBeCloseTo(0.5);
  });
  it('counts the years a label gives', () => {
    expect(scoreYears({ reviewYear: 2020, planYear: 2022 }, { reviewYear: 2020, planYear: 2021 })).toEqual([1, 2]);
    expect(scoreYears({ reviewYear: 2020, planYear: null }, { reviewYear: 2020 })).toEqual([1, 1]);
  });
});
