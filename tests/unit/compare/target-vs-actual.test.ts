import { describe, expect, it } from 'vitest';
import { targetsAgainstActuals } from '../../../lib/compare/target-vs-actual.ts';
import type { Figure } from '../../../lib/report/types.ts';

const fig = (p: Partial<Figure>): Figure => ({
  indicator: 'gdp',
  name: '地区生产总值',
  measure: 'growth',
  value: 6,
  max: null,
  unit: '%',
  qualifier: 'exact',
  year: 2021,
  quote: '',
  start: 0,
  end: 0,
  ...p,
});

function verdict(target: Partial<Figure>, actual: Partial<Figure> | null, extra: Figure[] = []) {
  const [r] = targetsAgainstActuals({ targets: [fig(target)], actuals: [...(actual ? [fig(actual)] : []), ...extra] });
  return [r!.verdict, r!.gap];
}

describe('target vs actual', () => {
  it.each<[string, Partial<Figure>, Partial<Figure> | null, [string, number | null]]>([
    ['≥ met', { qualifier: 'atLeast', value: 6 }, { value: 6.2 }, ['met', 0.2]],
    ['≥ missed', { qualifier: 'atLeast', value: 6 }, { value: 5.9 }, ['missed', -0.1]],
    ['≈ within half a point', { qualifier: 'about', value: 6 }, { value: 5.6 }, ['met', -0.4]],
    ['≈ short by more', { qualifier: 'about', value: 6 }, { value: 5.4 }, ['missed', -0.6]],
    ['range: lower bound reached', { qualifier: 'range', value: 6, max: 6.5 }, { value: 6 }, ['met', 0]],
    ['exact missed', { value: 8 }, { value: 7.9 }, ['missed', -0.1]],
    [
      '≤ for unemployment',
      { indicator: 'unemployment_registered', measure: 'rate', qualifier: 'atMost', value: 4.5 },
      { indicator: 'unemployment_registered', measure: 'rate', value: 3.81 },
      ['met', -0.69],
    ],
    [
      'energy intensity: a bigger fall is better',
      { indicator: 'energy_intensity', value: -3 },
      { indicator: 'energy_intensity', value: -3.5 },
      ['met', -0.5],
    ],
    [
      'energy intensity: a smaller fall misses',
      { indicator: 'energy_intensity', value: -3 },
      { indicator: 'energy_intensity', value: -2 },
      ['missed', 1],
    ],
    ['持平: no fall', { qualifier: 'flat', value: 0 }, { value: -0.2 }, ['met', -0.2]],
    ['no result yet', { value: 6 }, null, ['no-result', null]],
    [
      'units differ',
      { measure: 'level', unit: '亿元', value: 100 },
      { measure: 'level', unit: '万元', value: 1000000 },
      ['undetermined', null],
    ],
  ])('%s', (_, target, actual, expected) => expect(verdict(target, actual)).toEqual(expected));

  it('与经济增长同步 is met when income grew at least as fast as GDP that year', () => {
    const gdp = fig({ value: 5 });
    expect(verdict({ indicator: 'rural_income', qualifier: 'sync', value: null }, { indicator: 'rural_income', value: 7 }, [gdp])).toEqual([
      'met',
      2,
    ]);
    expect(verdict({ indicator: 'rural_income', qualifier: 'sync', value: null }, { indicator: 'rural_income', value: 4 }, [gdp])).toEqual([
      'missed',
      -1,
    ]);
  });

  it('pairs by indicator, measure and year only', () => {
    const results = targetsAgainstActuals({
      targets: [fig({ year: 2021, value: 6 }), fig({ year: 2022, value: 6 }), fig({ measure: 'level', unit: '亿元', value: 100 })],
      actuals: [fig({ year: 2021, value: 7 }), fig({ year: 2020, value: 1 })],
    });
    expect(results.map((r) => [r.year, r.measure, r.verdict])).toEqual([
      [2021, 'growth', 'met'],
      [2022, 'growth', 'no-result'],
      [2021, 'level', 'no-result'],
    ]);
  });
});
