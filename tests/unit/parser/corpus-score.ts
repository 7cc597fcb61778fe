/**
 * The corpus scorer's rules in TypeScript, so the golden test scores the parser the way the
 * project's figure scorer does: one key per figure (indicator, measure, year, value rounded to
 * 6 places, max only for ranges); items labelled optional neither reward nor penalise; a
 * figure's qualifier is checked once its key matches; detection per case; years per label.
 */
import type { Figure, ReportDocument } from '../../../lib/report/types.ts';

export interface LabelFigure extends Pick<Figure, 'indicator' | 'measure' | 'year' | 'value' | 'max' | 'qualifier' | 'quote'> {
  optional?: boolean;
}
export interface CorpusLabel {
  reviewYear?: number | null;
  planYear?: number | null;
  targets?: LabelFigure[];
  actuals?: LabelFigure[];
}

type Keyed = Pick<Figure, 'indicator' | 'measure' | 'year' | 'value' | 'max' | 'qualifier'>;

const round6 = (x: number | null) => (x === null ? 'null' : String(Math.round(x * 1e6) / 1e6));

export function figureKey(f: Keyed): string {
  return [f.indicator, f.measure, f.year, round6(f.value), f.qualifier === 'range' ? round6(f.max) : 'null'].join('|');
}

export interface PartScore {
  tp: number;
  fp: number;
  fn: number;
  /** True positives whose qualifier agrees. */
  qualifiers: number;
  /** Readable lines for every miss, extra figure and qualifier disagreement. */
  misses: string[];
}

export const emptyScore = (): PartScore => ({ tp: 0, fp: 0, fn: 0, qualifiers: 0, misses: [] });

/** Adds one report's figures of one part (targets or actuals) to `score`. */
export function scorePart({
  predicted,
  gold,
  score,
  label,
}: {
  predicted: Keyed[];
  gold: LabelFigure[];
  score: PartScore;
  label: string;
}): void {
  const required = new Map(gold.filter((g) => !g.optional).map((g) => [figureKey(g), g]));
  const optional = new Set(gold.filter((g) => g.optional).map(figureKey));
  const seen = new Map<string, Keyed>();
  for (const p of predicted) if (!seen.has(figureKey(p))) seen.set(figureKey(p), p);
  for (const [key, p] of seen) {
    if (optional.has(key)) continue;
    const want = required.get(key);
    if (!want) {
      score.fp++;
      score.misses.push(`${label}: extra ${key}`);
    } else {
      score.tp++;
      if (p.qualifier === want.qualifier) score.qualifiers++;
      else score.misses.push(`${label}: qualifier ${key} got ${p.qualifier}, want ${want.qualifier}`);
    }
  }
  for (const [key, g] of required) {
    if (seen.has(key)) continue;
    score.fn++;
    score.misses.push(`${label}: missing ${key} «${g.quote.slice(0, 50)}»`);
  }
}

export interface Totals {
  precision: number;
  recall: number;
  f1: number;
}

export function totals(...scores: PartScore[]): Totals {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp, 0);
  const fn = scores.reduce((n, s) => n + s.fn, 0);
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

/** planYear and reviewYear of one report against its label: [right, labelled]. */
export function scoreYears(report: Pick<ReportDocument, 'planYear' | 'reviewYear'>, label: CorpusLabel): [number, number] {
  let right = 0;
  let labelled = 0;
  for (const y of ['planYear', 'reviewYear'] as const) {
    if (label[y] === null || label[y] === undefined) continue;
    labelled++;
    if (report[y] === label[y]) right++;
  }
  return [right, labelled];
}
