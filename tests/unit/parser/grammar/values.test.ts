/** values.ts on its own: one value with its unit and qualifiers, and lists of values. */
import { describe, expect, it } from 'vitest';
import { Cursor } from '../../../../lib/report/figures/cursor.ts';
import { readValue, readValues } from '../../../../lib/report/figures/values.ts';

const value = (text: string) => {
  const cur = new Cursor(text, 0, text.length);
  const v = readValue(cur);
  return v && { value: v.value, max: v.max, unit: v.unit, qualifier: v.qualifier, rest: text.slice(cur.pos) };
};
const values = (text: string, respectively = false) =>
  readValues(new Cursor(text, 0, text.length), respectively).map((v) => [v.value, v.unit, v.qualifier]);

describe('one value', () => {
  it.each([
    ['6%左右', 6, null, '%', 'about'],
    ['约6%', 6, null, '%', 'about'],
    ['6%—6.5%', 6, 6.5, '%', 'range'],
    ['6-6.5%', 6, 6.5, '%', 'range'],
    ['1,234.5亿元以上', 1234.5, null, '亿元', 'atLeast'],
    ['不超过5.5%', 5.5, null, '%', 'atMost'],
    ['2.1万亿元', 2.1, null, '万亿元', null],
    ['5.5亿吨以上', 5.5, null, '亿吨', 'atLeast'],
    ['1.3万亿斤', 1.3, null, '万亿斤', null],
    ['3.2万亿美元', 3.2, null, '万亿美元', null],
    ['超过3%', 3, null, '%', 'atLeast'],
    ['突破90万亿元', 90, null, '万亿元', 'atLeast'],
    ['不到70万亿元', 70, null, '万亿元', 'atMost'],
    ['1300多亿美元', 1300, null, '亿美元', 'atLeast'],
    ['0.7个百分点', 0.7, null, 'pp', null],
  ])('%s', (text, v, max, unit, qualifier) => {
    expect(value(text)).toEqual({ value: v, max, unit, qualifier, rest: '' });
  });
  it('a short aside after the value is part of it; one with a number is not', () => {
    expect(value('760亿元(含开发区)、增长')?.rest).toBe('、增长');
    expect(value('760亿元(2019年为700亿元)')?.rest).toBe('(2019年为700亿元)');
  });
  it('a year, a month or an ordinal is no value', () => {
    expect(value('2020年')).toBeNull();
    expect(value('12月')).toBeNull();
    expect(value('3位')).toBeNull();
  });
});

describe('lists of values', () => {
  it('a trailing qualifier and unit apply to every value', () => {
    expect(values('5.5和6.5%以上')).toEqual([
      [5.5, '%', 'atLeast'],
      [6.5, '%', 'atLeast'],
    ]);
  });
  it('commas separate values only in a 分别 list', () => {
    expect(values('5%,8%', true)).toHaveLength(2);
    expect(values('5%,8%', false)).toHaveLength(1);
  });
  it('a value in another unit ends the list', () => {
    expect(values('5.5%和8.6%,10件实事', true)).toEqual([
      [5.5, '%', null],
      [8.6, '%', null],
    ]);
  });
});
