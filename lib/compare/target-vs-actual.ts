/**
 * Targets against outcomes: a region's targets for year Y (from the report given early in Y) set
 * against the results for Y (from the next year's report) — what growth-target researchers
 * compute by hand.
 *
 * Whether a target was met depends on its qualifier and on which way the indicator should move:
 * ≥ needs the result at or above, ≤ at or below, ≈ within a tolerance, a range at least its lower
 * bound (or, for lower-is-better indicators, at most its upper bound), 持平 no fall, 与经济增长同步
 * at least the year's GDP growth, 力争 the stretch figure itself.
 */
import type { Figure, IndicatorKey, Measure } from '../report/types.ts';

export type Verdict = 'met' | 'missed' | 'no-result' | 'undetermined';

export interface TargetOutcome {
  indicator: IndicatorKey;
  measure: Measure;
  year: number;
  target: Figure;
  actual: Figure | null;
  verdict: Verdict;
  /** Result minus target value, in the target's unit (percentage points for % figures); null when not comparable. */
  gap: number | null;
}

/** Indicators where a lower result is the better one. */
const LOWER_IS_BETTER: ReadonlySet<IndicatorKey> = new Set(['unemployment_registered', 'unemployment_surveyed', 'cpi', 'energy_intensity']);

/** "左右" allows this much shortfall: half a point for percentages, 1% of the value for amounts. */
export function aboutTolerance(target: Figure): number {
  return target.unit === '%' || target.unit === 'pp' ? 0.5 : Math.abs(target.value ?? 0) * 0.01;
}

function judge(target: Figure, actual: Figure, gdpGrowth: number | null): { verdict: Verdict; gap: number | null } {
  if (actual.value === null || actual.unit !== target.unit) return { verdict: 'undetermined', gap: null };
  const a = actual.value;
  const lower = LOWER_IS_BETTER.has(target.indicator);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  if (target.qualifier === 'sync') {
    if (gdpGrowth === null) return { verdict: 'undetermined', gap: null };
    return { verdict: a >= gdpGrowth ? 'met' : 'missed', gap: round(a - gdpGrowth) };
  }
  const t = target.value;
  if (t === null) return { verdict: 'undetermined', gap: null };
  const gap = round(a - t);
  const atLeast = (bound: number) => (a >= bound ? 'met' : 'missed');
  const atMost = (bound: number) => (a <= bound ? 'met' : 'missed');
  switch (target.qualifier) {
    case 'atLeast':
      return { verdict: atLeast(t), gap };
    case 'atMost':
      return { verdict: atMost(t), gap };
    case 'about': {
      const tol = aboutTolerance(target);
      return { verdict: lower ? atMost(t + tol) : atLeast(t - tol), gap };
    }
    case 'range':
      return { verdict: lower ? atMost(target.max ?? t) : atLeast(t), gap };
    case 'flat':
      return { verdict: lower ? atMost(aboutTolerance(target)) : atLeast(-aboutTolerance(target)), gap };
    default:
      return { verdict: lower ? atMost(t) : atLeast(t), gap };
  }
}

/**
 * Pairs each target with the result for the same indicator, measure and year. `targets` and
 * `actuals` are one region's figures (from any number of reports); a target without a result
 * (the next report is not saved yet, or does not report it) is listed as 'no-result'.
 */
export function targetsAgainstActuals({ targets, actuals }: { targets: Figure[]; actuals: Figure[] }): TargetOutcome[] {
  const key = (f: Pick<Figure, 'indicator' | 'measure' | 'year'>) => `${f.indicator}|${f.measure}|${f.year}`;
  const actualOf = new Map<string, Figure>();
  for (const a of actuals) if (!actualOf.has(key(a))) actualOf.set(key(a), a);
  const gdpGrowth = (year: number) => actualOf.get(`gdp|growth|${year}`)?.value ?? null;
  return targets.map((target) => {
    // A 持平 or 同步 target is about growth; so is its result.
    const actual = actualOf.get(key(target)) ?? null;
    if (!actual)
      return {
        indicator: target.indicator,
        measure: target.measure,
        year: target.year,
        target,
        actual: null,
        verdict: 'no-result' as const,
        gap: null,
      };
    const { verdict, gap } = judge(target, actual, gdpGrowth(target.year));
    return { indicator: target.indicator, measure: target.measure, year: target.year, target, actual, verdict, gap };
  });
}
