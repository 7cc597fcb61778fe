/** Timing helpers for the benchmarks: repeated runs, median and p95, no time limits anywhere. */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns milliseconds sorted ascending. */
export function timeRuns(fn: () => void, { runs = 30, warmup = 5 } = {}): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

export const median = (sorted: number[]) => percentile(sorted, 50);
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
