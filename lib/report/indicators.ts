/**
 * The indicator vocabulary: which wordings in a report name which indicator. From the extraction
 * contract, plus spellings of county reports and of the State Council's reports over the years
 * (进出口贸易总额 in 2005, 能耗强度 in 2015, 居民消费价格上涨 since 2015), of the 2000s (城市居民人均可支配收入) and of
 * pastoral regions (农村牧区常住居民, 农牧民 in Inner Mongolia, Tibet, Qinghai, Xinjiang); the longest wording wins where one
 * contains another (规模以上工业增加值 over 工业增加值, 城镇居民人均可支配收入 over 居民人均可支配收入).
 */
import type { IndicatorKey } from './types.ts';

export const INDICATOR_WORDINGS: Record<IndicatorKey, readonly string[]> = {
  gdp: ['地区生产总值', '生产总值', 'GDP', '国内生产总值'],
  industry_va: ['规模以上工业增加值', '规上工业增加值', '工业增加值'],
  fai: ['固定资产投资', '全社会固定资产投资', '固投'],
  retail: ['社会消费品零售总额', '社会消费零售总额', '社会消费品零售额', '社零总额', '社零额'],
  budget_revenue: ['一般公共预算收入', '公共财政预算收入', '一般公共财政预算收入', '地方公共财政预算收入'],
  fiscal_revenue: ['财政总收入'],
  urban_income: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城镇居民家庭人均可支配收入', '城市居民人均可支配收入'],
  rural_income: [
    '农村居民人均可支配收入',
    '农村常住居民人均可支配收入',
    '农民人均可支配收入',
    '农村牧区常住居民人均可支配收入',
    '农村牧区居民人均可支配收入',
    '农牧民人均可支配收入',
  ],
  resident_income: ['居民人均可支配收入', '全体居民人均可支配收入', '居民收入'],
  new_urban_jobs: ['城镇新增就业', '新增城镇就业'],
  unemployment_registered: ['城镇登记失业率', '登记失业率'],
  unemployment_surveyed: ['城镇调查失业率', '调查失业率'],
  cpi: ['居民消费价格涨幅', '居民消费价格指数', '居民消费价格总指数', '居民消费价格总水平', '居民消费价格', 'CPI'],
  energy_intensity: [
    '单位地区生产总值能耗',
    '单位GDP能耗',
    '万元GDP能耗',
    '万元地区生产总值能耗',
    '万元生产总值能耗',
    '单位生产总值能耗',
    '单位国内生产总值能耗',
    '能耗强度',
  ],
  forest_coverage: ['森林覆盖率'],
  grain_output: ['粮食产量', '粮食总产量', '粮食总产'],
  trade: ['进出口总额', '外贸进出口总额', '进出口贸易总额', '对外贸易总额', '进出口总值', '外贸进出口总值', '外贸进出口', '进出口'],
  fdi: ['实际利用外资', '实际使用外资'],
  urbanization: ['常住人口城镇化率', '城镇化率'],
  rd_intensity: ['研发经费投入强度', 'R&D经费投入强度', '研究与试验发展经费投入强度', '研发投入强度'],
};

/** Indicators whose own value is a percentage level (失业率 3%), not a growth rate. */
export const RATE_INDICATORS: ReadonlySet<IndicatorKey> = new Set([
  'unemployment_registered',
  'unemployment_surveyed',
  'cpi',
  'forest_coverage',
  'urbanization',
  'rd_intensity',
]);

/**
 * Words just before a wording that make it another population or scope: 人均地区生产总值 is not
 * GDP, 工业固定资产投资 is not all investment, 建档立卡贫困人口…收入 is not rural income, and
 * 拉动GDP增长3.2个百分点 is a contribution to growth, not a figure of it.
 */
export const FOREIGN_PREFIXES = [
  '人均',
  '工业',
  '民间',
  '农业',
  '服务业',
  '产业',
  '项目',
  '技改',
  '房地产',
  '房地产开发',
  '限额以上',
  '限上',
  '贫困人口',
  '脱贫人口',
  '贫困户',
  '脱贫户',
  '建档立卡',
  '低收入',
  '监测',
  '第一产业',
  '第二产业',
  '第三产业',
  '制造业',
  '高新技术',
  '战略性新兴产业',
  '非公',
  '民营经济',
  '数字经济',
  '文旅',
  '旅游',
  '外贸',
  '税收',
  '城镇',
  '农村',
  '城乡',
  '农民',
  '城市',
  '乡村',
  '户籍人口',
  '拉动',
  '本级',
  '省级',
  '市级',
  '占',
];

/** Words just after a wording that make the clause about something else (a share, a ranking, jobs as 岗位). */
export const FOREIGN_SUFFIXES = [
  '比重',
  '占比',
  '中的',
  '岗位',
  '能耗',
  '总量占',
  '占全',
  '占',
  '的比重',
  '增量占',
  '排名',
  '项目',
  '结构',
];

/**
 * Statistics outside the vocabulary that reports list beside vocabulary ones and give values in
 * the same list (农村居民人均纯收入和城镇居民人均可支配收入分别达到2253元和6280元): they take their
 * value's place in the list and yield no figure. 纯收入 is the rural statistic before 2014, not
 * the disposable income of rural_income.
 */
export const LOOK_ALIKE_WORDINGS: readonly string[] = [
  '农村居民人均纯收入',
  '农民人均纯收入',
  '农牧民人均纯收入',
  '农村牧区居民人均纯收入',
];

export interface IndicatorWording {
  indicator: IndicatorKey;
  wording: string;
}

/** All wordings, longest first, so that a left-to-right scan that tries them in order takes the longest. */
export const WORDINGS_LONGEST_FIRST: readonly IndicatorWording[] = Object.entries(INDICATOR_WORDINGS)
  .flatMap(([indicator, wordings]) => wordings.map((wording) => ({ indicator: indicator as IndicatorKey, wording })))
  .sort((a, b) => b.wording.length - a.wording.length);
