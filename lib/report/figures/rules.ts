/**
 * The figure grammar in one list, the way chrono lists its parsers and refiners: after a subject,
 * each predicate is read by the first rule below that applies; once the whole text is read, the
 * refiners run in their order. A new phrasing is a new rule here, in its place in the order.
 */
import { bareValueRule, flatRule, syncRule, verbValueRule, type PredicateRule } from './predicates.ts';
import { dedupeRefiner, stretchRefiner, type Refiner } from './refiners.ts';

export const PREDICATE_RULES: readonly PredicateRule[] = [
  flatRule, // 与上年持平
  syncRule, // 与经济增长同步
  verbValueRule, // 增长6%左右, 达到204.6亿元
  bareValueRule, // 地区生产总值53.11亿元
];

export const REFINERS: readonly Refiner[] = [
  stretchRefiner, // 增长8%，力争10%
  dedupeRefiner, // the same figure stated twice
];
