/**
 * Refiners: decisions that need more than one figure or the report's years, run over every
 * candidate in text order after the rules have read them, in the order rules.ts lists them. A
 * refiner changes a candidate (its kind, year or qualifier) or marks it dropped with a reason, so
 * the explain trace can say why.
 */
import type { Years } from './context.ts';
import type { Candidate, RuleName } from './types.ts';

export interface Refiner {
  name: string;
  refine(candidates: Candidate[], years: Years): void;
}

/**
 * Results restated in the plan part (过去一年，…国内生产总值增长10.3%; 去年达到…) are results of
 * the review year.
 */
export const restatedRefiner: Refiner = {
  name: 'restated-outcomes',
  refine(candidates, { reviewYear }) {
    if (reviewYear === null) return;
    for (const c of candidates) {
      if (c.kind !== 'target' || !(c.restated || c.time.lastYear)) continue;
      c.kind = 'actual';
      c.figure.year = reviewYear;
    }
  },
};

/**
 * A figure whose predicate names its year (国内生产总值2000年达89404亿元, 预计2020年实现144亿元):
 * a result must be of the review year; a target of the plan year or later (a target naming the
 * review year restates a result, unless a table's column says it is the target set for that year).
 */
export const namedYearRefiner: Refiner = {
  name: 'named-year',
  refine(candidates, { reviewYear, planYear }) {
    for (const c of candidates) {
      const year = c.time.year;
      if (year === null || c.dropped) continue;
      if (c.kind === 'actual') {
        if (year !== reviewYear) c.dropped = 'other-year';
      } else if (planYear !== null && year >= planYear) {
        c.figure.year = year;
      } else if (year === reviewYear && c.rule !== 'table-row') {
        c.kind = 'actual';
        c.figure.year = year;
      } else c.dropped = 'other-year';
    }
  },
};

/** Growth against a base year other than the year before (比2015年增长60%) is no figure of its year. */
export const baseYearRefiner: Refiner = {
  name: 'base-year',
  refine(candidates) {
    for (const c of candidates) {
      if (c.time.baseYear !== null && c.time.baseYear !== c.figure.year - 1) c.dropped ??= 'base-year';
    }
  },
};

/**
 * A total over several years is the period's, not the review year's: 累计 in a review of several
 * years, and new jobs (城镇新增就业, a count of additions) in a paragraph about several years
 * (过去五年，…城镇新增就业超过6000万人).
 */
export const cumulativeRefiner: Refiner = {
  name: 'cumulative',
  refine(candidates) {
    for (const c of candidates) {
      const addedOverPeriod = c.periodic && c.figure.indicator === 'new_urban_jobs' && c.figure.measure === 'level';
      if ((c.time.cumulative && c.periodReview) || addedOverPeriod) c.dropped ??= 'cumulative';
    }
  },
};

/** 增长8%，力争10%: a stretch figure after a base figure of the same indicator and measure in its clause is 'strive'. */
export const stretchRefiner: Refiner = {
  name: 'stretch',
  refine(candidates) {
    const bases = new Set<string>();
    for (const c of candidates) {
      const key = `${c.clause}|${c.figure.indicator}|${c.figure.measure}`;
      if (c.stretch && bases.has(key)) c.figure.qualifier = 'strive';
      else bases.add(key);
    }
  },
};

/** Rules whose value is a round level passed or reached (突破10亿元, 跃上500亿元台阶), not the exact figure. */
const BOUNDS: ReadonlySet<RuleName> = new Set(['threshold', 'milestone']);

/**
 * A figure stated twice for the same indicator, measure and year is reported once: the first,
 * unless that one was said of several years (这五年，城镇新增就业5771万人) and a later one of the
 * year itself (过去一年，…城镇新增就业1168万人), or the first was a bound or a round level its clause
 * then states exactly (突破10亿元，达到10.5亿元; 跃上500亿元台阶，达到512.3亿元).
 */
export const dedupeRefiner: Refiner = {
  name: 'dedupe',
  refine(candidates) {
    const kept = new Map<string, Candidate>();
    for (const c of candidates) {
      if (c.dropped) continue;
      const f = c.figure;
      const key = `${c.kind}|${f.indicator}|${f.measure}|${f.year}|${f.qualifier === 'strive' ? 'strive' : ''}`;
      const first = kept.get(key);
      if (!first) kept.set(key, c);
      else if (first.periodic && !c.periodic) {
        first.dropped = 'superseded';
        kept.set(key, c);
      } else if (BOUNDS.has(first.rule) && first.clause === c.clause && !BOUNDS.has(c.rule)) {
        first.dropped = 'bound-before-exact';
        kept.set(key, c);
      } else c.dropped = 'duplicate';
    }
  },
};
