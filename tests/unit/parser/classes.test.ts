/**
 * The linguistic classes of real reports, each in sentences written for this test (not copied from
 * any report): units of scale, verbs and leads, insertions, orders, thresholds, lists across
 * clauses, look-alikes, five-year aggregates, averages of rates, restated results.
 */
import { describe, expect, it } from 'vitest';
import { actualsOf, miniReport, short, targetsOf, type Short } from './report-helper.ts';

describe('units of scale', () => {
  it.each<[string, Short[]]>([
    [
      '国内生产总值达到12.5万亿元，增长6%。',
      [
        ['gdp', 'level', 12.5, '万亿元', 'exact'],
        ['gdp', 'growth', 6, '%', 'exact'],
      ],
    ],
    ['粮食总产量达到1.2亿吨。', [['grain_output', 'level', 1.2, '亿吨', 'exact']]],
    [
      '进出口总额1.2万亿美元，增长8%。',
      [
        ['trade', 'level', 1.2, '万亿美元', 'exact'],
        ['trade', 'growth', 8, '%', 'exact'],
      ],
    ],
    ['实际利用外资3.5亿美元。', [['fdi', 'level', 3.5, '亿美元', 'exact']]],
    ['地区生产总值完成 88.6 万亿元。', [['gdp', 'level', 88.6, '万亿元', 'exact']]],
    ['实际使用外资300多亿美元。', [['fdi', 'level', 300, '亿美元', 'atLeast']]],
  ])('%s', (review, expected) => expect(actualsOf(review)).toEqual(expected));

  it('a number cut from its unit by a page break', () => {
    expect(actualsOf('国内生产总值达到74.4\n万亿元，增长6.7%。')).toEqual([
      ['gdp', 'level', 74.4, '万亿元', 'exact'],
      ['gdp', 'growth', 6.7, '%', 'exact'],
    ]);
  });
  it('粮食产量 in 万亿斤 as a target', () => {
    expect(targetsOf('粮食产量稳定在1.1万亿斤以上。')).toEqual([['grain_output', 'level', 1.1, '万亿斤', 'atLeast']]);
  });
});

describe('verbs and leads', () => {
  it.each<[string, Short[]]>([
    ['地区生产总值实际增长6.2%。', [['gdp', 'growth', 6.2, '%', 'exact']]],
    ['地区生产总值比上年增长6.2%。', [['gdp', 'growth', 6.2, '%', 'exact']]],
    ['规模以上工业增加值可比增长5%。', [['industry_va', 'growth', 5, '%', 'exact']]],
    ['一般公共预算收入同口径增长8.1%。', [['budget_revenue', 'growth', 8.1, '%', 'exact']]],
    ['社会消费品零售总额名义增长7%。', [['retail', 'growth', 7, '%', 'exact']]],
    ['居民消费价格上涨2.1%。', [['cpi', 'rate', 2.1, '%', 'exact']]],
    ['居民消费价格涨幅控制在2.5%。', [['cpi', 'rate', 2.5, '%', 'exact']]],
    ['居民消费价格总水平涨幅在3%以内。', [['cpi', 'rate', 3, '%', 'atMost']]],
    ['一般公共预算收入同比(下同)增长6%。', [['budget_revenue', 'growth', 6, '%', 'exact']]],
  ])('%s', (review, expected) => expect(actualsOf(review)).toEqual(expected));
});

describe('insertions and asides', () => {
  it.each<[string, Short[]]>([
    ['城镇居民人均可支配收入扣除价格因素实际增长5%。', [['urban_income', 'growth', 5, '%', 'exact']]],
    ['地区生产总值按可比价格计算增长6%。', [['gdp', 'growth', 6, '%', 'exact']]],
    ['预计地区生产总值剔除某企业停产等不可比因素增长6.5%。', [['gdp', 'growth', 6.5, '%', 'exact']]],
    [
      '完成地区生产总值560亿元(含开发区)、增长6.1%。',
      [
        ['gdp', 'level', 560, '亿元', 'exact'],
        ['gdp', 'growth', 6.1, '%', 'exact'],
      ],
    ],
    ['粮食产量连年丰收，去年达到52万吨。', [['grain_output', 'level', 52, '万吨', 'exact']]],
    [
      '一般公共预算收入2019年突破十亿元，预计全年实现12.5亿元、年均增长9%。',
      [
        ['budget_revenue', 'level', 12.5, '亿元', 'exact'],
        ['budget_revenue', 'avgGrowth', 9, '%', 'exact'],
      ],
    ],
  ])('%s', (review, expected) => expect(actualsOf(review)).toEqual(expected));
});

describe('orders', () => {
  it('growth before level', () => {
    expect(actualsOf('地区生产总值增长7.2%，达到420.5亿元。')).toEqual([
      ['gdp', 'growth', 7.2, '%', 'exact'],
      ['gdp', 'level', 420.5, '亿元', 'exact'],
    ]);
  });
  it('、 between level and growth', () => {
    expect(actualsOf('规上工业增加值38亿元、增长9%以上。')).toEqual([
      ['industry_va', 'level', 38, '亿元', 'exact'],
      ['industry_va', 'growth', 9, '%', 'atLeast'],
    ]);
  });
  it('rural before urban', () => {
    expect(actualsOf('农村和城镇居民人均可支配收入分别增长8%和6%。')).toEqual([
      ['rural_income', 'growth', 8, '%', 'exact'],
      ['urban_income', 'growth', 6, '%', 'exact'],
    ]);
  });
  it('a comma after the subject', () => {
    expect(actualsOf('城镇居民人均可支配收入，由1.2万元增加到1.5万元。')).toEqual([['urban_income', 'level', 1.5, '万元', 'exact']]);
  });
});

describe('thresholds', () => {
  it.each<[string, Short[]]>([
    ['固定资产投资突破150亿元。', [['fai', 'level', 150, '亿元', 'atLeast']]],
    [
      '工业增加值跨过500亿元台阶，增长7%。',
      [
        ['industry_va', 'level', 500, '亿元', 'atLeast'],
        ['industry_va', 'growth', 7, '%', 'exact'],
      ],
    ],
    ['城镇新增就业超过1.2万人。', [['new_urban_jobs', 'level', 1.2, '万人', 'atLeast']]],
    ['单位地区生产总值能耗降幅超过3%。', [['energy_intensity', 'growth', -3, '%', 'atLeast']]],
    ['地区生产总值增长6%，总量突破三百亿元。', [['gdp', 'growth', 6, '%', 'exact']]],
  ])('%s', (review, expected) => expect(actualsOf(review)).toEqual(expected));
  it('a bound that its clause then states exactly gives way to the exact value', () => {
    expect(actualsOf('一般公共预算收入突破10亿元，达到10.5亿元。')).toEqual([['budget_revenue', 'level', 10.5, '亿元', 'exact']]);
  });
  it('控制在 without 以内 is exact; 低于 is at most', () => {
    expect(targetsOf('城镇登记失业率控制在4%，城镇调查失业率低于5.5%。')).toEqual([
      ['unemployment_registered', 'rate', 4, '%', 'exact'],
      ['unemployment_surveyed', 'rate', 5.5, '%', 'atMost'],
    ]);
  });
});

describe('lists across clauses and look-alikes', () => {
  it('values after two clauses of level go to both subjects; 纯收入 holds a place and yields nothing', () => {
    expect(actualsOf('城镇居民人均可支配收入12000元，农村居民人均纯收入5000元，扣除价格因素，分别增长9%和11%。')).toEqual([
      ['urban_income', 'level', 12000, '元', 'exact'],
      ['urban_income', 'growth', 9, '%', 'exact'],
    ]);
  });
  it('without 分别 too', () => {
    expect(actualsOf('城镇居民人均可支配收入12000元，农村居民人均可支配收入8000元，实际增长9%和11%。')).toEqual([
      ['urban_income', 'level', 12000, '元', 'exact'],
      ['rural_income', 'level', 8000, '元', 'exact'],
      ['urban_income', 'growth', 9, '%', 'exact'],
      ['rural_income', 'growth', 11, '%', 'exact'],
    ]);
  });
  it('a look-alike first in a subject list', () => {
    expect(actualsOf('农民人均纯收入和城镇居民人均可支配收入，2020年分别达到5000元和12000元。')).toEqual([
      ['urban_income', 'level', 12000, '元', 'exact'],
    ]);
  });
  it('a clause without a value takes no place in the list', () => {
    expect(actualsOf('地区生产总值稳居全省前列，固定资产投资95亿元，分别增长6%和9%。')).toEqual([['fai', 'level', 95, '亿元', 'exact']]);
  });
  it('the parts of residents’ income after 其中', () => {
    expect(actualsOf('居民人均可支配收入增长8%，其中城镇居民增长7%、农村居民增长9%。')).toEqual([
      ['resident_income', 'growth', 8, '%', 'exact'],
      ['urban_income', 'growth', 7, '%', 'exact'],
      ['rural_income', 'growth', 9, '%', 'exact'],
    ]);
    expect(actualsOf('全体居民人均可支配收入增长8%，其中城镇、农村居民分别增长7%和9%。').slice(1)).toEqual([
      ['urban_income', 'growth', 7, '%', 'exact'],
      ['rural_income', 'growth', 9, '%', 'exact'],
    ]);
    expect(actualsOf('农民收入稳步增长，其中农村居民养老保险参保率达到95%。')).toEqual([]);
  });
  it('a look-alike alone yields nothing', () => {
    expect(actualsOf('农村居民人均纯收入达到5000元，增长10%。')).toEqual([]);
  });
  it('a list of values stops at a value in another unit', () => {
    expect(actualsOf('城乡居民人均可支配收入分别增长5%和8%，10件实事全面完成。')).toEqual([
      ['urban_income', 'growth', 5, '%', 'exact'],
      ['rural_income', 'growth', 8, '%', 'exact'],
    ]);
  });
});

describe('indicator wordings', () => {
  it.each<[string, Short[]]>([
    ['地方生产总值增长5%。', [['gdp', 'growth', 5, '%', 'exact']]],
    ['一般公共财政预算收入完成3.2亿元。', [['budget_revenue', 'level', 3.2, '亿元', 'exact']]],
    ['地方公共财政预算收入增长9%。', [['budget_revenue', 'growth', 9, '%', 'exact']]],
    ['500万元以上固定资产投资完成45亿元。', [['fai', 'level', 45, '亿元', 'exact']]],
    ['社会消费品零售额增长7%。', [['retail', 'growth', 7, '%', 'exact']]],
    ['进出口贸易总额增长3%。', [['trade', 'growth', 3, '%', 'exact']]],
    ['能耗强度下降2%。', [['energy_intensity', 'growth', -2, '%', 'exact']]],
    ['调查失业率稳定在5%左右。', [['unemployment_surveyed', 'rate', 5, '%', 'about']]],
    ['研发经费投入占地区生产总值比重达到2.1%。', [['rd_intensity', 'rate', 2.1, '%', 'exact']]],
    ['粮食播种面积保持稳定，总产量达到50万吨。', [['grain_output', 'level', 50, '万吨', 'exact']]],
  ])('%s', (review, expected) => expect(actualsOf(review)).toEqual(expected));
  it('经济增长预期目标 is the gdp growth target', () => {
    expect(targetsOf('今年经济增长预期目标为6%左右。')).toEqual([['gdp', 'growth', 6, '%', 'about']]);
  });
});

describe('five-year reviews and averages', () => {
  const fiveYears = (review: string) => miniReport({ review, reviewTitle: '一、过去五年工作回顾' }).actuals.map(short);
  it('from … to … gives the end level; 年均 the average growth of the period', () => {
    expect(fiveYears('一般公共预算收入从2.1亿元增至3.5亿元，年均增长10%。')).toEqual([
      ['budget_revenue', 'level', 3.5, '亿元', 'exact'],
      ['budget_revenue', 'avgGrowth', 10, '%', 'exact'],
    ]);
  });
  it('a rate from … to …', () => {
    expect(fiveYears('常住人口城镇化率由48.5%提高到55.1%。')).toEqual([['urbanization', 'rate', 55.1, '%', 'exact']]);
  });
  it('a total over the period and a growth against a base year are not figures of the year', () => {
    expect(fiveYears('固定资产投资累计完成800亿元，地区生产总值比2015年增长45%。')).toEqual([]);
  });
  it('an average yearly change in points has no measure', () => {
    expect(fiveYears('常住人口城镇化率年均提高1.2个百分点。')).toEqual([]);
  });
  it('an average of a rate is the rate', () => {
    expect(actualsOf('城镇调查失业率平均为5.2%。')).toEqual([['unemployment_surveyed', 'rate', 5.2, '%', 'exact']]);
  });
  it('a year of the period other than the review year is not the review year', () => {
    expect(fiveYears('地区生产总值2018年达到90亿元。')).toEqual([]);
  });
});

describe('where a figure belongs', () => {
  it('a result restated in the plan part is a result', () => {
    const r = miniReport({ plan: '过去一年，地区生产总值增长5%。\n今年主要预期目标是：地区生产总值增长6%左右。' });
    expect(r.actuals.map(short)).toEqual([['gdp', 'growth', 5, '%', 'exact']]);
    expect(r.targets.map(short)).toEqual([['gdp', 'growth', 6, '%', 'about']]);
  });
  it('去年 before a subject in the plan part makes a result', () => {
    const r = miniReport({ plan: '我们要看到，去年全县地区生产总值增长4.5%。今年地区生产总值增长6%左右。' });
    expect(r.actuals.map(short)).toEqual([['gdp', 'growth', 4.5, '%', 'exact']]);
    expect(r.targets.map(short)).toEqual([['gdp', 'growth', 6, '%', 'about']]);
  });
  it('a target named in the review part is no result', () => {
    expect(actualsOf('完成了年初确定的地区生产总值增长7%的目标。')).toEqual([]);
  });
});

describe('what is not a figure', () => {
  it.each<[string]>([
    ['拉动经济增长1.2个百分点。'],
    ['对沿线国家进出口额年均增长13.4%。'],
    ['地区生产总值由负转正。'],
    ['地区生产总值稳居全省前列，增速居全市第二。'],
    ['累计投入资金超45亿元。'],
    ['从2021年起，地区生产总值统计口径调整。'],
  ])('%s', (review) => expect(actualsOf(review)).toEqual([]));
});

describe('leads and insertions of unseen reports', () => {
  it.each<[string, Short[]]>([
    [
      '一般公共预算收入8.6亿元，按可比口径增长5.4%。',
      [
        ['budget_revenue', 'level', 8.6, '亿元', 'exact'],
        ['budget_revenue', 'growth', 5.4, '%', 'exact'],
      ],
    ],
    ['一般公共预算收入按同口径计算增长3%。', [['budget_revenue', 'growth', 3, '%', 'exact']]],
    ['一般公共预算收入剔除留抵退税因素后增长11%。', [['budget_revenue', 'growth', 11, '%', 'exact']]],
    ['社会消费品零售总额受疫情影响下降1.5%。', [['retail', 'growth', -1.5, '%', 'exact']]],
    ['粮食总产量连续八年增产，达到41万吨。', [['grain_output', 'level', 41, '万吨', 'exact']]],
    ['城镇新增就业人员2400人。', [['new_urban_jobs', 'level', 2400, '人', 'exact']]],
    [
      '城镇化率达到51%，较上年末提高0.9个百分点。',
      [
        ['urbanization', 'rate', 51, '%', 'exact'],
        ['urbanization', 'change', 0.9, 'pp', 'exact'],
      ],
    ],
  ])('%s', (review, expected) => expect(actualsOf(review)).toEqual(expected));

  it('生产总值增长预期目标为…: the target words between a change and its value', () => {
    expect(targetsOf('全县生产总值增长预期目标为7.5%左右。')).toEqual([['gdp', 'growth', 7.5, '%', 'about']]);
  });
  it('力争…恢复到: a level regained', () => {
    expect(targetsOf('力争进出口总额恢复到5亿美元。')).toEqual([['trade', 'level', 5, '亿美元', 'exact']]);
  });
});

describe('comments inside a clause', () => {
  it.each<[string, Short[]]>([
    [
      '财政总收入完成4.1亿元，为年计划的103%，同比增长12%。',
      [
        ['fiscal_revenue', 'level', 4.1, '亿元', 'exact'],
        ['fiscal_revenue', 'growth', 12, '%', 'exact'],
      ],
    ],
    [
      '地区生产总值增长7%，增速居全市第1位，总量达到300亿元。',
      [
        ['gdp', 'growth', 7, '%', 'exact'],
        ['gdp', 'level', 300, '亿元', 'exact'],
      ],
    ],
    [
      '规模以上工业增加值增长9%，比上年加快2个百分点，达到66亿元。',
      [
        ['industry_va', 'growth', 9, '%', 'exact'],
        ['industry_va', 'level', 66, '亿元', 'exact'],
      ],
    ],
  ])('%s', (review, expected) => expect(actualsOf(review)).toEqual(expected));
});

describe('horizons inside a sentence', () => {
  const fiveYears = (plan: string) => miniReport({ plan, planTitle: '二、“十四五”时期主要目标' }).targets.map((f) => [...short(f), f.year]);
  it('a horizon opens the next segment of its clause (…年均增长7%，到2025年达到500亿元)', () => {
    expect(fiveYears('地区生产总值年均增长7%，到2025年达到500亿元。')).toEqual([
      ['gdp', 'avgGrowth', 7, '%', 'exact', 2025],
      ['gdp', 'level', 500, '亿元', 'exact', 2025],
    ]);
  });
  it('each figure takes the last horizon named before it in its sentence', () => {
    const r = miniReport({ plan: '今后五年的目标是：地区生产总值年均增长8%，到2025年达到400亿元；到2023年，常住人口城镇化率达到55%。' });
    expect(r.targets.map((f) => [f.indicator, f.measure, f.value, f.year])).toEqual([
      ['gdp', 'avgGrowth', 8, 2025],
      ['gdp', 'level', 400, 2025],
      ['urbanization', 'rate', 55, 2023],
    ]);
  });
});

describe('parts of a year', () => {
  it('figures of a quarter in the plan part are neither targets nor results', () => {
    const r = miniReport({
      plan: '今年以来，受寒潮影响，一季度全县地区生产总值下降2.1%，固定资产投资下降6%。全年主要预期目标是：地区生产总值增长6%左右。',
    });
    expect(r.targets.map(short)).toEqual([['gdp', 'growth', 6, '%', 'about']]);
    expect(r.actuals).toEqual([]);
  });
  it('1—11月 in the review; the whole year after it counts', () => {
    expect(actualsOf('1—11月，规模以上工业增加值增长6%；全年地区生产总值增长5%。')).toEqual([['gdp', 'growth', 5, '%', 'exact']]);
  });
  it('a segment of the whole year after a part of it counts (December reports)', () => {
    expect(actualsOf('前三季度，全县地区生产总值增长6.8%，预计全年增长6.5%左右。')).toEqual([['gdp', 'growth', 6.5, '%', 'about']]);
  });
  it('a part of a year compared with is not the time of the figures', () => {
    expect(actualsOf('地区生产总值增长5.5%，增速较前三季度回落0.3个百分点，固定资产投资增长4%。')).toEqual([
      ['gdp', 'growth', 5.5, '%', 'exact'],
      ['fai', 'growth', 4, '%', 'exact'],
    ]);
  });
});

describe('round levels reached', () => {
  it('跃上…台阶 alone is the level', () => {
    expect(actualsOf('粮食产量首次跃上30万吨新台阶。')).toEqual([['grain_output', 'level', 30, '万吨', 'exact']]);
  });
  it('an exact value later in the clause wins', () => {
    expect(actualsOf('地区生产总值迈上200亿元台阶，达到206.4亿元。')).toEqual([['gdp', 'level', 206.4, '亿元', 'exact']]);
  });
});

describe('wordings of other decades and regions', () => {
  it.each<[string, Short[]]>([
    ['城市居民人均可支配收入达到9800元。', [['urban_income', 'level', 9800, '元', 'exact']]],
    [
      '城镇和农村牧区常住居民人均可支配收入分别增长6%和8%。',
      [
        ['urban_income', 'growth', 6, '%', 'exact'],
        ['rural_income', 'growth', 8, '%', 'exact'],
      ],
    ],
    ['农牧民人均可支配收入达到15200元。', [['rural_income', 'level', 15200, '元', 'exact']]],
    ['农牧民人均纯收入达到5200元。', []],
    ['社零总额增长8%。', [['retail', 'growth', 8, '%', 'exact']]],
    ['居民消费价格总指数上涨2.2%。', [['cpi', 'rate', 2.2, '%', 'exact']]],
    ['外贸进出口总值3.1亿美元。', [['trade', 'level', 3.1, '亿美元', 'exact']]],
    ['登记失业率控制在4%以内。', [['unemployment_registered', 'rate', 4, '%', 'atMost']]],
    ['R&D经费支出占GDP比重达到1.8%。', [['rd_intensity', 'rate', 1.8, '%', 'exact']]],
    ['万元地区生产总值能耗下降3.6%。', [['energy_intensity', 'growth', -3.6, '%', 'exact']]],
    ['固投增长6%。', [['fai', 'growth', 6, '%', 'exact']]],
    ['研究与试验发展经费投入强度达到2.1%。', [['rd_intensity', 'rate', 2.1, '%', 'exact']]],
    ['规上工业增加值增长9%，拉动GDP增长2.6个百分点。', [['industry_va', 'growth', 9, '%', 'exact']]],
    ['户籍人口城镇化率达到30%，常住人口城镇化率达到41%。', [['urbanization', 'rate', 41, '%', 'exact']]],
    [
      '外贸进出口总额下降9%，仅完成6200万美元。',
      [
        ['trade', 'growth', -9, '%', 'exact'],
        ['trade', 'level', 6200, '万美元', 'exact'],
      ],
    ],
  ])('%s', (review, expected) => expect(actualsOf(review)).toEqual(expected));
  it('预期增长, 增长目标确定为', () => {
    expect(targetsOf('生产总值预期增长9%左右，固定资产投资增长目标确定为12%。')).toEqual([
      ['gdp', 'growth', 9, '%', 'about'],
      ['fai', 'growth', 12, '%', 'exact'],
    ]);
  });
});

describe('tables flattened into lines', () => {
  const plan = [
    '主要预期目标如下：',
    '指标 单位 2020年完成 2021年目标',
    '地区生产总值增长 % 3.5 7左右',
    '城镇调查失业率 % 5.1 5.5以内',
    '一般公共预算收入 亿元 12.4 —',
  ].join('\n');
  it('each cell is a result or a target as its column says', () => {
    const r = miniReport({ plan });
    expect(r.targets.map(short)).toEqual([
      ['gdp', 'growth', 7, '%', 'about'],
      ['unemployment_surveyed', 'rate', 5.5, '%', 'atMost'],
    ]);
    expect(r.actuals.map(short)).toEqual([
      ['gdp', 'growth', 3.5, '%', 'exact'],
      ['unemployment_surveyed', 'rate', 5.1, '%', 'exact'],
      ['budget_revenue', 'level', 12.4, '亿元', 'exact'],
    ]);
  });
  it('a target column of the review year is the target set a year ago, not a result', () => {
    const last = ['指标 单位 2020年目标 2020年完成', '地区生产总值增长 % 6 3.5'].join('\n');
    expect(miniReport({ review: last }).actuals.map(short)).toEqual([['gdp', 'growth', 3.5, '%', 'exact']]);
  });
  it('without a header naming as many columns, the row is no figure', () => {
    expect(targetsOf(['指标 单位 数值', '地区生产总值增长 % 3.5 7左右'].join('\n'))).toEqual([]);
  });
});
