/**
 * The figure grammar in one list, the way chrono lists its parsers and refiners: after a subject,
 * each predicate is read by the first rule below that applies; once the whole text is read, the
 * refiners run in their order. A new phrasing is a new rule here, in its place in the order.
 */
import {
  asideRule,
  bareValueRule,
  flatRule,
  fromToRule,
  milestoneRule,
  syncRule,
  thresholdRule,
  verbValueRule,
  type PredicateRule,
} from './predicate-rules.ts';
import {
  baseYearRefiner,
  cumulativeRefiner,
  dedupeRefiner,
  namedYearRefiner,
  restatedRefiner,
  stretchRefiner,
  type Refiner,
} from './refiners.ts';
import { tableRowRule } from './table.ts';

export const PREDICATE_RULES: readonly PredicateRule[] = [
  flatRule, // 与上年持平
  syncRule, // 与经济增长同步
  fromToRule, // 从26.6万亿元增加到51.9万亿元
  thresholdRule, // 突破90万亿元
  milestoneRule, // 跃上500亿元台阶
  verbValueRule, // 增长6%左右, 达到204.6亿元
  bareValueRule, // 地区生产总值53.11亿元
  tableRowRule, // 地区生产总值增长%6.9 6.5左右 (a row under 指标单位2019年完成2020年目标)
  asideRule, // 屡创历史新高，(去年达到…)
];

export const REFINERS: readonly Refiner[] = [
  restatedRefiner, // 过去一年，…国内生产总值增长10.3% (in the plan part)
  namedYearRefiner, // 2000年达89404亿元
  baseYearRefiner, // 比2015年增长60%
  cumulativeRefiner, // 五年累计完成投资192.94亿元
  stretchRefiner, // 增长8%，力争10%
  dedupeRefiner, // the same figure stated twice
];
