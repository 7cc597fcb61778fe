/** subjects.ts on its own: mentions, subject lists, look-alikes, elliptic subjects, foreign words. */
import { describe, expect, it } from 'vitest';
import {
  foreignPrefixBefore,
  foreignSuffixAfter,
  mentionAt,
  nextCandidate,
  readSubjectList,
} from '../../../../lib/report/figures/subjects.ts';

const at = (text: string, pos = 0) => {
  const m = mentionAt(text, pos);
  return m && { text: text.slice(m.start, m.end), subjects: m.subjects.map((s) => s.indicator) };
};

describe('mentions', () => {
  it('the longest wording wins', () => {
    expect(at('规模以上工业增加值增长8%')).toEqual({ text: '规模以上工业增加值', subjects: ['industry_va'] });
    expect(at('单位国内生产总值能耗下降3%')).toEqual({ text: '单位国内生产总值能耗', subjects: ['energy_intensity'] });
  });
  it('pairs of incomes in the order of the text', () => {
    expect(at('城乡居民人均可支配收入分别')?.subjects).toEqual(['urban_income', 'rural_income']);
    expect(at('城镇、农村常住居民人均可支配收入')?.subjects).toEqual(['urban_income', 'rural_income']);
    expect(at('农村和城镇居民人均可支配收入')?.subjects).toEqual(['rural_income', 'urban_income']);
  });
  it('phrases that name an indicator without its wording', () => {
    expect(at('全社会研发经费支出与国内生产总值之比达到2%')).toEqual({
      text: '全社会研发经费支出与国内生产总值之比',
      subjects: ['rd_intensity'],
    });
    expect(at('经济增长预期目标为6%')).toEqual({ text: '经济增长预期目标', subjects: ['gdp'] });
    expect(at('经济增长1.2个百分点')).toBeNull();
  });
  it('a look-alike is a mention without an indicator', () => {
    expect(at('农村居民人均纯收入5000元')).toEqual({ text: '农村居民人均纯收入', subjects: [null] });
  });
  it('an elliptic measure needs a comma before it and its noun as the topic of its clause chain', () => {
    const grain = '粮食播种面积稳定，总产量达到50万吨';
    expect(at(grain, grain.indexOf('总产量'))).toEqual({ text: '总产量', subjects: ['grain_output'] });
    const cotton = '棉花播种面积稳定，总产量达到5万吨';
    expect(at(cotton, cotton.indexOf('总产量'))).toBeNull();
    const rd = '研发经费投入，占地区生产总值比重达到2%';
    expect(at(rd, rd.indexOf('占'))).toEqual({ text: '占地区生产总值比重', subjects: ['rd_intensity'] });
  });
  it('the scan jumps to characters a mention can start with', () => {
    const text = '我们坚持改革，地区生产总值增长6%';
    expect(nextCandidate(text, 0, text.length)).toBe(text.indexOf('地'));
  });
});

describe('subject lists and foreign words', () => {
  it('joined mentions form one list', () => {
    const text = '地区生产总值和规上工业增加值分别增长6%和8%';
    const list = readSubjectList(text, mentionAt(text, 0)!, text.length);
    expect(list.subjects.map((s) => s.indicator)).toEqual(['gdp', 'industry_va']);
    expect(text.slice(list.end)).toBe('分别增长6%和8%');
  });
  it('a foreign prefix or suffix is found', () => {
    expect(foreignPrefixBefore('人均地区生产总值', 2)).toBe('人均');
    expect(foreignPrefixBefore('全县地区生产总值', 2)).toBeNull();
    expect(foreignSuffixAfter('工业增加值占比', 5)).toBe('占比');
  });
});
