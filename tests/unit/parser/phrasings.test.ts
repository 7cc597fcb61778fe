/**
 * Every phrasing of the extraction contract, one sentence at a time, in a minimal report.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../lib/report/index.ts';
import type { Figure } from '../../../lib/report/types.ts';

function report({ review = '全县经济平稳运行。', plan = '全面推进各项工作。', date = '2021年1月20日' } = {}) {
  const text = [
    '政府工作报告',
    `——${date}在青岚县第十七届人民代表大会第五次会议上`,
    '县长 张三',
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
    '一、2020年工作回顾',
    review,
    '二、2021年工作安排',
    plan,
  ].join('\n');
  return parseReportText({ text }).report;
}

type Short = [string, string, number | null, string, string, number?];
const short = (f: Figure): Short => {
  const s: Short = [f.indicator, f.measure, f.value, f.unit, f.qualifier];
  if (f.max !== null) s.push(f.max);
  return s;
};
const targets = (plan: string) => report({ plan }).targets.map(short);
const actuals = (review: string) => report({ review }).actuals.map(short);

describe('targets: qualifiers', () => {
  it.each<[string, Short[]]>([
    ['地区生产总值增长6%左右。', [['gdp', 'growth', 6, '%', 'about']]],
    ['地区生产总值增长约6%。', [['gdp', 'growth', 6, '%', 'about']]],
    ['固定资产投资增长8%以上。', [['fai', 'growth', 8, '%', 'atLeast']]],
    ['一般公共预算收入增长不低于5%。', [['budget_revenue', 'growth', 5, '%', 'atLeast']]],
    ['城镇登记失业率控制在4.5%以内。', [['unemployment_registered', 'rate', 4.5, '%', 'atMost']]],
    ['城镇调查失业率不超过5.5%。', [['unemployment_surveyed', 'rate', 5.5, '%', 'atMost']]],
    ['居民消费价格涨幅控制在3%左右。', [['cpi', 'rate', 3, '%', 'about']]],
    ['社会消费品零售总额增长9%。', [['retail', 'growth', 9, '%', 'exact']]],
  ])('%s', (plan, expected) => expect(targets(plan)).toEqual(expected));
});

describe('targets: ranges', () => {
  it.each<[string]>([
    ['地区生产总值增长6%—6.5%。'],
    ['地区生产总值增长6%到6.5%。'],
    ['地区生产总值增长6-6.5%。'],
    ['地区生产总值增长6%～6.5%。'],
    ['地区生产总值增长6%至6.5%。'],
  ])('%s', (plan) => expect(targets(plan)).toEqual([['gdp', 'growth', 6, '%', 'range', 6.5]]));
});

describe('targets: flat, sync, stretch', () => {
  it('与上年持平 is growth 0, flat', () => {
    expect(targets('粮食产量与上年持平。')).toEqual([['grain_output', 'growth', 0, '%', 'flat']]);
  });
  it('与经济增长同步 is sync with no value', () => {
    expect(targets('城乡居民人均可支配收入增长与经济增长同步。')).toEqual([
      ['urban_income', 'growth', null, '%', 'sync'],
      ['rural_income', 'growth', null, '%', 'sync'],
    ]);
    expect(targets('居民收入增长和经济增长基本同步。')).toEqual([['resident_income', 'growth', null, '%', 'sync']]);
  });
  it('a stretch figure after a base figure is a second figure, strive', () => {
    expect(targets('地区生产总值增长8%，力争10%。')).toEqual([
      ['gdp', 'growth', 8, '%', 'exact'],
      ['gdp', 'growth', 10, '%', 'strive'],
    ]);
    expect(targets('规上工业增加值增长8%以上、力争达到10%。')).toEqual([
      ['industry_va', 'growth', 8, '%', 'atLeast'],
      ['industry_va', 'growth', 10, '%', 'strive'],
    ]);
  });
  it('a lone 力争 figure takes the qualifier of its own ending', () => {
    expect(targets('力争地区生产总值增长8%左右。')).toEqual([['gdp', 'growth', 8, '%', 'about']]);
    expect(targets('地区生产总值力争增长7.5%以上。')).toEqual([['gdp', 'growth', 7.5, '%', 'atLeast']]);
  });
});

describe('lists and pairs', () => {
  it('分别 with a trailing qualifier applies it to every item', () => {
    expect(targets('城镇和农村居民人均可支配收入分别增长5.5%和6.5%以上。')).toEqual([
      ['urban_income', 'growth', 5.5, '%', 'atLeast'],
      ['rural_income', 'growth', 6.5, '%', 'atLeast'],
    ]);
  });
  it('one value for a list of subjects applies to each', () => {
    expect(targets('地区生产总值和工业增加值分别增长6%左右。')).toEqual([
      ['gdp', 'growth', 6, '%', 'about'],
      ['industry_va', 'growth', 6, '%', 'about'],
    ]);
  });
  it('城乡居民 pairs are urban then rural; level and growth in one clause', () => {
    expect(actuals('城乡居民人均可支配收入分别达到36209元、15593元,分别增长6.8%、8%。')).toEqual([
      ['urban_income', 'level', 36209, '元', 'exact'],
      ['rural_income', 'level', 15593, '元', 'exact'],
      ['urban_income', 'growth', 6.8, '%', 'exact'],
      ['rural_income', 'growth', 8, '%', 'exact'],
    ]);
  });
  it('subjects listed with 、 share the predicate', () => {
    expect(targets('地区生产总值、固定资产投资分别增长7%、10%。')).toEqual([
      ['gdp', 'growth', 7, '%', 'exact'],
      ['fai', 'growth', 10, '%', 'exact'],
    ]);
  });
});

describe('measures, signs and units', () => {
  it('下降 is negative growth', () => {
    expect(targets('单位GDP能耗下降3%。')).toEqual([['energy_intensity', 'growth', -3, '%', 'exact']]);
    expect(actuals('万元GDP能耗下降2.5%左右。')).toEqual([['energy_intensity', 'growth', -2.5, '%', 'about']]);
  });
  it('个百分点 is a change in pp', () => {
    expect(targets('常住人口城镇化率达到58%，提高1.2个百分点。')).toEqual([
      ['urbanization', 'rate', 58, '%', 'exact'],
      ['urbanization', 'change', 1.2, 'pp', 'exact'],
    ]);
  });
  it('万元 and 亿元 are kept as printed', () => {
    expect(actuals('一般公共预算收入完成8560万元，增长6%。')).toEqual([
      ['budget_revenue', 'level', 8560, '万元', 'exact'],
      ['budget_revenue', 'growth', 6, '%', 'exact'],
    ]);
  });
  it('an increase by an amount is not a level', () => {
    expect(actuals('一般公共预算收入增加1.2亿元。')).toEqual([]);
  });
  it('full-width digits and signs are read as ordinary ones', () => {
    expect(actuals('地区生产总值增长８６．４％。')).toEqual([['gdp', 'growth', 86.4, '%', 'exact']]);
  });
  it('spaces between numbers and units do not matter', () => {
    expect(actuals('地区生产总值完成 45 亿元 ,增长 3.4 %。')).toEqual([
      ['gdp', 'level', 45, '亿元', 'exact'],
      ['gdp', 'growth', 3.4, '%', 'exact'],
    ]);
  });
});

describe('actuals', () => {
  it('预计 results still count as results of the review year', () => {
    const r = report({ review: '预计全年地区生产总值增长4.5%，固定资产投资增长9%。' });
    expect(r.actuals.map((f) => [f.indicator, f.value, f.year])).toEqual([
      ['gdp', 4.5, 2020],
      ['fai', 9, 2020],
    ]);
  });
  it('rankings and shares are not values', () => {
    expect(actuals('地区生产总值增长8.6%，增幅全市第3。')).toEqual([['gdp', 'growth', 8.6, '%', 'exact']]);
    expect(actuals('规上工业增加值占地区生产总值比重达到35%。')).toEqual([]);
  });
  it('never attributes a figure to the wrong population', () => {
    expect(actuals('建档立卡贫困人口人均可支配收入增长12%。')).toEqual([]);
    expect(actuals('脱贫人口人均可支配收入达到11000元。')).toEqual([]);
    expect(actuals('人均地区生产总值达到5万元。')).toEqual([]);
    expect(actuals('工业固定资产投资增长20%。')).toEqual([]);
    expect(actuals('全年新增城镇就业岗位6545个。')).toEqual([]);
  });
  it('figures outside the vocabulary are not reported', () => {
    expect(actuals('全县原煤产量3200万吨，接待游客166万人次，贫困发生率下降至0.06%。')).toEqual([]);
  });
});

describe('years', () => {
  it('a report given in December plans the next year', () => {
    const r = report({ date: '2020年12月28日', plan: '地区生产总值增长6%。' });
    // Headings say 2020/2021 here; the date agrees.
    expect(r.planYear).toBe(2021);
    expect(r.targets[0]!.year).toBe(2021);
  });
  it('five-year targets take the plan horizon and 年均增长 is avgGrowth', () => {
    const r = report({ plan: '到“十四五”末，地区生产总值年均增长6.5%左右。今年地区生产总值增长7%。' });
    expect(r.targets.map((f) => [f.indicator, f.measure, f.value, f.year, f.qualifier])).toEqual([
      ['gdp', 'avgGrowth', 6.5, 2025, 'about'],
      ['gdp', 'growth', 7, 2021, 'exact'],
    ]);
  });
  it('到2025年 sets the horizon', () => {
    const r = report({ plan: '到2025年，森林覆盖率达到40%。' });
    expect(r.targets.map((f) => [f.indicator, f.value, f.year])).toEqual([['forest_coverage', 40, 2025]]);
  });
  it('a figure stated twice for the same indicator, measure and year is reported once', () => {
    expect(targets('地区生产总值增长6%。主要目标是地区生产总值增长6%左右。')).toEqual([['gdp', 'growth', 6, '%', 'exact']]);
  });
});

describe('quotes and offsets', () => {
  it('quote is the clause as printed, and its offsets point at it in the report text', () => {
    const text = [
      '政府工作报告',
      '——2020年4月27日在柳林县第十届人民代表大会第五次会议上',
      '县长 刘惠民',
      '各位代表：',
      '现在，我代表县人民政府向大会报告工作，请予审议。',
      '一、2019年工作回顾',
      '全年地区生产总值完成 204.6 亿元，与上年基本持平；社会消费品零售总额增长7%。',
      '二、2020年目标任务',
      '全面推进各项工作。',
    ].join('\n');
    const { report: r, text: reportText } = parseReportText({ text });
    const gdp = r.actuals[0]!;
    expect(gdp.quote).toBe('全年地区生产总值完成 204.6 亿元，与上年基本持平');
    expect(reportText.slice(gdp.start, gdp.end)).toBe(gdp.quote);
  });
});
