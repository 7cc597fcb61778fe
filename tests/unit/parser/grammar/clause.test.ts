/** clause.ts on its own: where a clause goes on and where it stops. */
import { describe, expect, it } from 'vitest';
import { readClause } from '../../../../lib/report/figures/clause.ts';
import { Cursor } from '../../../../lib/report/figures/cursor.ts';
import type { Subject } from '../../../../lib/report/figures/subjects.ts';

const GDP: Subject = { indicator: 'gdp', name: '地区生产总值' };

function clause(text: string, earlier: Subject[] = []) {
  const r = readClause({ cur: new Cursor(text, 0, text.length), subjects: [GDP], earlier, notes: null });
  return {
    figures: r.readings.map(({ reading, rule }) => `${reading.measure} ${reading.value} ${reading.qualifier} (${rule})`),
    read: r.end < 0 ? '' : text.slice(0, r.end),
    single: r.single,
  };
}

describe('a clause', () => {
  it('goes on across a comma or a 、 when a predicate follows', () => {
    expect(clause('完成88亿元，增长4%，人均达到5万元').figures).toEqual(['level 88 exact (verb-value)', 'growth 4 exact (verb-value)']);
    expect(clause('760亿元(含开发区)、增长5.6%').figures).toEqual(['level 760 exact (bare-value)', 'growth 5.6 exact (verb-value)']);
  });
  it('stops before another subject', () => {
    expect(clause('增长4%，固定资产投资增长8%').read).toBe('增长4%');
  });
  it('goes on after a milestone noun and after a comma right after the subject', () => {
    expect(clause('突破100亿元大关，年均增长9%').figures).toEqual(['level 100 atLeast (threshold)', 'avgGrowth 9 exact (verb-value)']);
    expect(clause('，由50亿元增加到80亿元').figures).toEqual(['level 80 exact (from-to)']);
  });
  it('goes on after an aside to a predicate, and not to anything else', () => {
    expect(clause('稳居全省前列，全年增长6%').figures).toEqual(['growth 6 exact (verb-value)']);
    expect(clause('稳居全省前列，增速居全市第二').figures).toEqual([]);
  });
  it('says whether it gave one subject one value (a later list may be shared with it)', () => {
    expect(clause('88亿元').single).toBe(true);
    expect(clause('88亿元，增长4%').single).toBe(false);
  });
  it('goes on past a comment on the figure (its share of the plan, its rank) to a predicate', () => {
    expect(clause('完成3.1亿元，为年计划的104%，同比增长9%').figures).toEqual([
      'level 3.1 exact (verb-value)',
      'growth 9 exact (verb-value)',
    ]);
    expect(clause('增长7%，增速居全省第2位，达到300亿元').figures).toEqual(['growth 7 exact (verb-value)', 'level 300 exact (verb-value)']);
    expect(clause('增长7%，增速居全省第2位，人均达到5万元').read).toBe('增长7%');
  });
  it('goes on to a segment opened by a horizon, which names its year', () => {
    const text = '年均增长7%，到2025年达到300亿元';
    const r = readClause({ cur: new Cursor(text, 0, text.length), subjects: [GDP], earlier: [], notes: null });
    expect(r.readings.map(({ reading }) => [reading.measure, reading.value, reading.year])).toEqual([
      ['avgGrowth', 7, null],
      ['level', 300, 2025],
    ]);
  });
});
