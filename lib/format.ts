/**
 * How figures and indicators read in the side panel, the CSV of a comparison and the terminal:
 * the qualifier as a sign (≈ ≥ ≤ range 持平 与经济增长同步 力争), indicator names in Chinese and English.
 */
import type { Figure, IndicatorKey, Measure } from './report/types.ts';

export type Lang = 'zh' | 'en';

export const INDICATOR_LABELS: Record<IndicatorKey, { zh: string; en: string }> = {
  gdp: { zh: '地区生产总值', en: 'GDP' },
  industry_va: { zh: '规上工业增加值', en: 'Industrial value added' },
  fai: { zh: '固定资产投资', en: 'Fixed-asset investment' },
  retail: { zh: '社会消费品零售总额', en: 'Retail sales' },
  budget_revenue: { zh: '一般公共预算收入', en: 'General budget revenue' },
  fiscal_revenue: { zh: '财政总收入', en: 'Total fiscal revenue' },
  urban_income: { zh: '城镇居民人均可支配收入', en: 'Urban disposable income per capita' },
  rural_income: { zh: '农村居民人均可支配收入', en: 'Rural disposable income per capita' },
  resident_income: { zh: '居民人均可支配收入', en: 'Disposable income per capita' },
  new_urban_jobs: { zh: '城镇新增就业', en: 'New urban jobs' },
  unemployment_registered: { zh: '城镇登记失业率', en: 'Registered urban unemployment' },
  unemployment_surveyed: { zh: '城镇调查失业率', en: 'Surveyed urban unemployment' },
  cpi: { zh: '居民消费价格涨幅', en: 'Consumer price inflation' },
  energy_intensity: { zh: '单位GDP能耗', en: 'Energy use per unit of GDP' },
  forest_coverage: { zh: '森林覆盖率', en: 'Forest coverage' },
  grain_output: { zh: '粮食产量', en: 'Grain output' },
  trade: { zh: '进出口总额', en: 'Foreign trade' },
  fdi: { zh: '实际利用外资', en: 'Foreign direct investment' },
  urbanization: { zh: '城镇化率', en: 'Urbanisation rate' },
  rd_intensity: { zh: '研发经费投入强度', en: 'R&D intensity' },
};

/** Vocabulary order: the order tables and exports list indicators in. */
export const INDICATOR_ORDER = Object.keys(INDICATOR_LABELS) as IndicatorKey[];

export const MEASURE_LABELS: Record<Measure, { zh: string; en: string }> = {
  growth: { zh: '增速', en: 'growth' },
  level: { zh: '总量', en: 'level' },
  rate: { zh: '比率', en: 'rate' },
  change: { zh: '变化', en: 'change' },
  avgGrowth: { zh: '年均增速', en: 'avg. annual growth' },
};

function unitText(unit: string, lang: Lang): string {
  if (unit === 'pp') return lang === 'zh' ? '个百分点' : ' pp';
  return unit;
}

/** A figure's value with its qualifier: ≈6%, ≥5.5%, ≤4.5%, 6–6.5%, 持平, 与经济增长同步, 力争10%. */
export function formatFigureValue(f: Pick<Figure, 'value' | 'max' | 'unit' | 'qualifier'>, lang: Lang = 'zh'): string {
  const unit = unitText(f.unit, lang);
  const v = f.value === null ? '' : String(f.value);
  switch (f.qualifier) {
    case 'sync':
      return lang === 'zh' ? '与经济增长同步' : 'in step with growth';
    case 'flat':
      return lang === 'zh' ? '持平' : 'flat';
    case 'range':
      return `${v}–${f.max}${unit}`;
    case 'about':
      return `≈${v}${unit}`;
    case 'atLeast':
      return `≥${v}${unit}`;
    case 'atMost':
      return `≤${v}${unit}`;
    case 'strive':
      return `${lang === 'zh' ? '力争' : 'stretch '}${v}${unit}`;
    default:
      return `${v}${unit}`;
  }
}

export function indicatorLabel(indicator: IndicatorKey, lang: Lang): string {
  return INDICATOR_LABELS[indicator][lang];
}
