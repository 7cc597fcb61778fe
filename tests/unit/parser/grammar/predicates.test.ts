/** The predicate rules on their own: each reads one predicate at a cursor, or does not apply. */
import { describe, expect, it } from 'vitest';
import { Cursor } from '../../../../lib/report/figures/cursor.ts';
import { noLeads, readLeads, type Segment } from '../../../../lib/report/figures/predicates.ts';
import {
  asideRule,
  bareValueRule,
  flatRule,
  fromToRule,
  syncRule,
  thresholdRule,
  verbValueRule,
  type PredicateRule,
} from '../../../../lib/report/figures/predicate-rules.ts';
import type { Subject } from '../../../../lib/report/figures/subjects.ts';

const GDP: Subject = { indicator: 'gdp', name: '地区生产总值' };
const CPI: Subject = { indicator: 'cpi', name: '居民消费价格' };
const JOBLESS: Subject = { indicator: 'unemployment_surveyed', name: '城镇调查失业率' };

function read(rule: PredicateRule, text: string, { subjects = [GDP], index = 0, earlier = [] as Subject[] } = {}) {
  const cur = new Cursor(text, 0, text.length);
  const segment: Segment = { subjects, earlier, index, leads: noLeads(), notes: null };
  readLeads(cur, segment.leads);
  const readings = rule.read(cur, segment);
  return (
    readings && { figures: readings.map((r) => [r.subject.indicator, r.measure, r.value, r.unit, r.qualifier]), rest: text.slice(cur.pos) }
  );
}

describe('leads', () => {
  it('set flags and are skipped', () => {
    const leads = noLeads();
    const cur = new Cursor('预计2020年分别实际增长', 0, 11);
    readLeads(cur, leads);
    expect(leads).toMatchObject({ year: 2020, respectively: true });
    expect(cur.text.slice(cur.pos)).toBe('增长');
  });
  it('insertions with their comma, base years and 累计', () => {
    const leads = noLeads();
    const cur = new Cursor('扣除价格因素，比2015年累计增长', 0, 17);
    readLeads(cur, leads);
    expect(leads).toMatchObject({ baseYear: 2015, cumulative: true });
  });
  it('a horizon names the year; 连续五年 and 受…影响 change nothing', () => {
    const leads = noLeads();
    const cur = new Cursor('到2025年连续五年受疫情冲击按可比口径增长', 0, 23);
    readLeads(cur, leads);
    expect(leads.year).toBe(2025);
    expect(cur.text.slice(cur.pos)).toBe('增长');
  });
  it('stop before a mention', () => {
    const cur = new Cursor('实际利用外资', 0, 6);
    readLeads(cur, noLeads());
    expect(cur.pos).toBe(0);
  });
});

describe('rules', () => {
  it('flat and sync', () => {
    expect(read(flatRule, '与上年基本持平')?.figures).toEqual([['gdp', 'growth', 0, '%', 'flat']]);
    expect(read(syncRule, '增长与经济增长同步')?.figures).toEqual([['gdp', 'growth', null, '%', 'sync']]);
    expect(read(flatRule, '增长6%')).toBeNull();
  });
  it('from-to reads the end value; 转为 turns to a change', () => {
    expect(read(fromToRule, '从2015年的39.7亿元增长到2020年61.95亿元')?.figures).toEqual([['gdp', 'level', 61.95, '亿元', 'exact']]);
    expect(read(fromToRule, '由前两年上升2%、1%，转为下降1.5%')?.figures).toEqual([['gdp', 'growth', -1.5, '%', 'exact']]);
    expect(read(fromToRule, '由于疫情影响')).toBeNull();
  });
  it('a threshold is at least its value', () => {
    expect(read(thresholdRule, '突破100亿元大关')).toEqual({ figures: [['gdp', 'level', 100, '亿元', 'atLeast']], rest: '大关' });
  });
  it('a verb and its values', () => {
    expect(read(verbValueRule, '增长6%左右')?.figures).toEqual([['gdp', 'growth', 6, '%', 'about']]);
    expect(read(verbValueRule, '下降2%')?.figures).toEqual([['gdp', 'growth', -2, '%', 'exact']]);
    expect(read(verbValueRule, '下降0.5%', { subjects: [CPI] })?.figures).toEqual([['cpi', 'rate', -0.5, '%', 'exact']]);
    expect(read(verbValueRule, '涨幅控制在3%左右', { subjects: [CPI] })?.figures).toEqual([['cpi', 'rate', 3, '%', 'about']]);
    expect(read(verbValueRule, '增加1.2亿元')?.figures).toEqual([]);
  });
  it('an average of a rate is the rate, an average change is avgGrowth', () => {
    expect(read(verbValueRule, '平均为5.2%', { subjects: [JOBLESS] })?.figures).toEqual([
      ['unemployment_surveyed', 'rate', 5.2, '%', 'exact'],
    ]);
    expect(read(verbValueRule, '年均增长7%')?.figures).toEqual([['gdp', 'avgGrowth', 7, '%', 'exact']]);
  });
  it('a bare value only right after the subject, or for a stretch goal', () => {
    expect(read(bareValueRule, '53.11亿元')?.figures).toEqual([['gdp', 'level', 53.11, '亿元', 'exact']]);
    expect(read(bareValueRule, '53.11亿元', { index: 1 })).toBeNull();
    expect(read(bareValueRule, '力争10%', { index: 1 })?.figures).toEqual([['gdp', 'growth', 10, '%', 'exact']]);
  });
  it('values for the subjects of earlier clauses too', () => {
    const urban: Subject = { indicator: 'urban_income', name: '城镇居民人均可支配收入' };
    const lookAlike: Subject = { indicator: null, name: '农村居民人均纯收入' };
    expect(read(verbValueRule, '分别增长9%和11%', { subjects: [lookAlike], earlier: [urban] })?.figures).toEqual([
      ['urban_income', 'growth', 9, '%', 'exact'],
    ]);
  });
  it('an aside without a number, only right after the subject', () => {
    expect(read(asideRule, '屡创历史新高，去年达到')).toEqual({ figures: [], rest: '，去年达到' });
    expect(read(asideRule, '增长6%，')).toBeNull();
    expect(read(asideRule, '屡创新高，', { index: 1 })).toBeNull();
  });
});
