/** context.ts on its own: the kind, year and time of a sentence, and the bounds every scan stops at. */
import { describe, expect, it } from 'vitest';
import { clauseLimit, clauseStart, ClauseLimits, PartContext, sentenceBounds } from '../../../../lib/report/figures/context.ts';
import type { Part } from '../../../../lib/report/outline.ts';

const part = (kind: Part['kind'], text: string, title: string | null = null, horizon: number | null = null): Part => ({
  kind,
  start: 0,
  end: text.length,
  title,
  headingYear: null,
  horizon,
});
const years = { reviewYear: 2020, planYear: 2021 };

function contexts(kind: Part['kind'], text: string, marks: string[], title: string | null = null) {
  const context = new PartContext({ text, part: part(kind, text, title), years });
  return marks.map((m) => {
    const c = context.at(text.indexOf(m));
    return c && [c.kind, c.year, c.restated, c.periodic];
  });
}

describe('the context of a sentence', () => {
  it('the plan part sets targets of the plan year, or of a horizon its sentence names', () => {
    const text = '地区生产总值增长6%。到2025年，森林覆盖率达到40%。今后五年，城镇化率年均提高1个百分点。';
    expect(contexts('plan', text, ['地区', '森林', '城镇化'])).toEqual([
      ['target', 2021, false, false],
      ['target', 2025, false, false],
      ['target', 2025, false, false],
    ]);
  });
  it('in the plan part, a paragraph that turns to the past restates results until a sentence turns back', () => {
    const text =
      '今年是关键之年。过去一年，成绩显著。地区生产总值增长5%。主要预期目标是：地区生产总值增长6%。\n过去五年，城镇新增就业5万人。\n城镇新增就业1万人以上。';
    expect(contexts('plan', text, ['成绩', '地区生产总值增长5', '地区生产总值增长6', '城镇新增就业5', '城镇新增就业1'])).toEqual([
      ['target', 2021, true, false],
      ['target', 2021, true, false],
      ['target', 2021, false, false],
      ['target', 2021, true, true],
      ['target', 2021, false, false],
    ]);
  });
  it('in a review of five years, a paragraph of the period is periodic; one of the review year is not', () => {
    const text = '这五年，城镇新增就业5万人。\n2020年，城镇新增就业1.1万人。';
    expect(contexts('review', text, ['城镇新增就业5', '城镇新增就业1'], '一、过去五年工作回顾')).toEqual([
      ['actual', 2020, false, true],
      ['actual', 2020, false, false],
    ]);
  });
  it('an appendix has no figures; a part without a known year neither', () => {
    expect(contexts('appendix', '地区生产总值：…', ['地区'])).toEqual([null]);
    const text = '地区生产总值增长5%。';
    expect(new PartContext({ text, part: part('review', text), years: { reviewYear: null, planYear: null } }).at(0)).toBeNull();
  });
});

describe('horizons and parts of a year inside a sentence', () => {
  it('a target takes the last horizon named before it, else the first after it', () => {
    const text = '主要目标是：地区生产总值年均增长7%，到2025年达到500亿元；到2023年，城镇化率达到60%。';
    expect(contexts('plan', text, ['地区', '城镇化']).map((c) => c?.[1])).toEqual([2025, 2023]);
  });
  it('a part of a year reaches to a semicolon or a word of the whole year; a compared one does not count', () => {
    const text = '一季度地区生产总值下降2%，工业增加值下降3%；全年地区生产总值增长5%，增速较前三季度加快，固定资产投资增长4%。';
    const context = new PartContext({ text, part: part('review', text), years });
    const at = (mark: string, from = 0) => context.at(text.indexOf(mark, from))?.partial;
    expect([at('地区'), at('工业'), at('地区', 20), at('固定')]).toEqual([true, true, false, false]);
  });
});

describe('bounds', () => {
  const text = '一是，地区生产总值增长6%，固定资产投资增长8%；二是。下一句';
  it('clause start, clause limit and sentence', () => {
    const pos = text.indexOf('固定');
    expect(clauseStart(text, pos, 0)).toBe(pos);
    expect(text.slice(pos, clauseLimit(text, pos, text.length))).toBe('固定资产投资增长8%');
    const [start, end] = sentenceBounds(text, pos, 0, text.length);
    expect(text.slice(start, end)).toBe('一是，地区生产总值增长6%，固定资产投资增长8%；二是');
  });
  it('ClauseLimits finds the same limits as clauseLimit for positions in text order', () => {
    const limits = new ClauseLimits(text);
    for (let pos = 0; pos < text.length; pos++) expect(limits.at(pos, text.length)).toBe(clauseLimit(text, pos, text.length));
  });
});
