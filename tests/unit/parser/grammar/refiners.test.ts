/** The refiners on their own, on candidates made for each test. */
import { describe, expect, it } from 'vitest';
import {
  baseYearRefiner,
  cumulativeRefiner,
  dedupeRefiner,
  namedYearRefiner,
  restatedRefiner,
  stretchRefiner,
} from '../../../../lib/report/figures/refiners.ts';
import type { Candidate } from '../../../../lib/report/figures/types.ts';

const years = { reviewYear: 2020, planYear: 2021 };

function candidate(
  over: Partial<Omit<Candidate, 'figure' | 'time'>> & { figure?: Partial<Candidate['figure']>; time?: Partial<Candidate['time']> } = {},
): Candidate {
  const { figure, time, ...rest } = over;
  return {
    kind: 'actual',
    rule: 'verb-value',
    stretch: false,
    clause: 0,
    shared: false,
    restated: false,
    periodReview: false,
    periodic: false,
    dropped: null,
    ...rest,
    figure: {
      indicator: 'gdp',
      name: '地区生产总值',
      measure: 'growth',
      value: 6,
      max: null,
      unit: '%',
      qualifier: 'exact',
      year: 2020,
      start: 0,
      end: 1,
      ...figure,
    },
    time: { year: null, baseYear: null, cumulative: false, lastYear: false, ...time },
  };
}

describe('refiners', () => {
  it('restated results in the plan part become results of the review year', () => {
    const c = [
      candidate({ kind: 'target', restated: true, figure: { year: 2021 } }),
      candidate({ kind: 'target', time: { lastYear: true }, figure: { year: 2021 } }),
    ];
    restatedRefiner.refine(c, years);
    expect(c.map((x) => [x.kind, x.figure.year])).toEqual([
      ['actual', 2020],
      ['actual', 2020],
    ]);
  });
  it('a named year: a result must be the review year; a target the plan year or later', () => {
    const c = [
      candidate({ time: { year: 2020 } }),
      candidate({ time: { year: 2018 } }),
      candidate({ kind: 'target', time: { year: 2025 }, figure: { year: 2021 } }),
      candidate({ kind: 'target', time: { year: 2020 }, figure: { year: 2021 } }),
      candidate({ kind: 'target', time: { year: 2015 }, figure: { year: 2021 } }),
    ];
    namedYearRefiner.refine(c, years);
    expect(c.map((x) => [x.kind, x.figure.year, x.dropped])).toEqual([
      ['actual', 2020, null],
      ['actual', 2020, 'other-year'],
      ['target', 2025, null],
      ['actual', 2020, null],
      ['target', 2021, 'other-year'],
    ]);
  });
  it('a base year other than the year before drops the figure', () => {
    const c = [candidate({ time: { baseYear: 2019 } }), candidate({ time: { baseYear: 2015 } })];
    baseYearRefiner.refine(c, years);
    expect(c.map((x) => x.dropped)).toEqual([null, 'base-year']);
  });
  it('a total over the period of a five-year review is dropped; elsewhere it stays', () => {
    const c = [candidate({ periodReview: true, time: { cumulative: true } }), candidate({ time: { cumulative: true } })];
    cumulativeRefiner.refine(c, years);
    expect(c.map((x) => x.dropped)).toEqual(['cumulative', null]);
  });
  it('new jobs in a paragraph about several years are a total of the period', () => {
    const jobs = { indicator: 'new_urban_jobs' as const, measure: 'level' as const, value: 6000, unit: '万人' };
    const c = [candidate({ periodic: true, figure: jobs }), candidate({ figure: jobs }), candidate({ periodic: true })];
    cumulativeRefiner.refine(c, years);
    expect(c.map((x) => x.dropped)).toEqual(['cumulative', null, null]);
  });
  it('a stretch figure after a base in its clause is strive; a lone one keeps its qualifier', () => {
    const c = [
      candidate({ kind: 'target', figure: { value: 8 } }),
      candidate({ kind: 'target', stretch: true, figure: { value: 10 } }),
      candidate({ kind: 'target', stretch: true, clause: 1, figure: { value: 7, qualifier: 'atLeast' } }),
    ];
    stretchRefiner.refine(c, years);
    expect(c.map((x) => x.figure.qualifier)).toEqual(['exact', 'strive', 'atLeast']);
  });
  it('dedupe keeps the first, unless it was said of several years and a later one of the year', () => {
    const c = [candidate({ figure: { value: 6 } }), candidate({ figure: { value: 7 } })];
    dedupeRefiner.refine(c, years);
    expect(c.map((x) => x.dropped)).toEqual([null, 'duplicate']);
    const p = [
      candidate({ periodic: true, figure: { measure: 'level', value: 5771, unit: '万人' } }),
      candidate({ figure: { measure: 'level', value: 1168, unit: '万人' } }),
    ];
    dedupeRefiner.refine(p, years);
    expect(p.map((x) => x.dropped)).toEqual(['superseded', null]);
  });
  it('a bound or a round level gives way to the exact value its clause then states', () => {
    const level = { measure: 'level' as const, unit: '亿元' };
    const c = [
      candidate({ rule: 'milestone', figure: { ...level, value: 500 } }),
      candidate({ figure: { ...level, value: 512.3 } }),
      candidate({ rule: 'milestone', clause: 1, figure: { ...level, value: 600, year: 2020, indicator: 'fai' } }),
    ];
    dedupeRefiner.refine(c, years);
    expect(c.map((x) => x.dropped)).toEqual(['bound-before-exact', null, null]);
  });
  it('a table’s target column of the review year is no restated result', () => {
    const c = [candidate({ kind: 'target', rule: 'table-row', time: { year: 2020 }, figure: { year: 2021 } })];
    namedYearRefiner.refine(c, years);
    expect(c.map((x) => [x.kind, x.dropped])).toEqual([['target', 'other-year']]);
  });
});
