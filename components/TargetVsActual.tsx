/**
 * Target vs actual: one region's targets for each year set against the results for that year
 * reported a year later — met, missed, by how much.
 */
import { useMemo, useState } from 'preact/hooks';
import type { StoredReport } from '../lib/library/db.ts';
import { figuresOfRegion } from '../lib/library/queries.ts';
import { regionsWithCounts } from '../lib/library/panel-queries.ts';
import { targetsAgainstActuals, type TargetOutcome, type Verdict } from '../lib/compare/target-vs-actual.ts';
import { formatFigureValue, indicatorLabel, MEASURE_LABELS } from '../lib/format.ts';
import { usePanel } from './context.ts';
import { useLiveQuery } from './hooks.ts';
import { DotChart } from './charts/DotChart.tsx';

export function TargetVsActual({ reports, currentRegion }: { reports: StoredReport[]; currentRegion: string | null }) {
  const { t, db } = usePanel();
  const regions = useMemo(() => regionsWithCounts(reports), [reports]);
  const [chosen, setChosen] = useState<string | null>(null);
  const region = chosen ?? (currentRegion && regions.some((r) => r.region === currentRegion) ? currentRegion : (regions[0]?.region ?? null));
  const figures = useLiveQuery(() => (region ? figuresOfRegion(db, region) : []), [region]);
  const outcomes = useMemo(() => {
    if (figures.status !== 'ready') return [];
    const list = figures.value;
    return targetsAgainstActuals({ targets: list.filter((f) => f.kind === 'target'), actuals: list.filter((f) => f.kind === 'actual') });
  }, [figures]);
  const comparable = outcomes.filter((o) => o.verdict === 'met' || o.verdict === 'missed');
  return (
    <div data-testid="target-vs-actual">
      <label class="field">
        {t.chooseRegion}
        <select value={region ?? ''} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
          {regions.map((r) => (
            <option key={r.region} value={r.region}>
              {r.region}（{r.count}）
            </option>
          ))}
        </select>
      </label>
      {figures.status === 'loading' && <p>{t.loading}</p>}
      {figures.status === 'error' && <p role="alert">{t.dbError}</p>}
      {figures.status === 'ready' && comparable.length === 0 && <p class="empty">{t.tvaEmpty}</p>}
      {comparable.length > 0 && (
        <>
          <p data-testid="tva-summary">{t.tvaSummary(comparable.filter((o) => o.verdict === 'met').length, comparable.length)}</p>
          <OutcomeCharts outcomes={comparable} region={region!} />
          {byYear(outcomes.filter((o) => o.verdict !== 'no-result')).map(([year, list]) => (
            <OutcomeTable key={year} year={year} outcomes={list} />
          ))}
        </>
      )}
    </div>
  );
}

function byYear(outcomes: TargetOutcome[]): [number, TargetOutcome[]][] {
  const years = new Map<number, TargetOutcome[]>();
  for (const o of outcomes) years.set(o.year, [...(years.get(o.year) ?? []), o]);
  return [...years].sort(([a], [b]) => b - a);
}

export function verdictText(verdict: Verdict, t: ReturnType<typeof usePanel>['t']): string {
  return verdict === 'met' ? t.met : verdict === 'missed' ? t.missed : verdict === 'no-result' ? t.noResult : t.undetermined;
}

function OutcomeTable({ year, outcomes }: { year: number; outcomes: TargetOutcome[] }) {
  const { t, lang } = usePanel();
  return (
    <table class="figures tva" data-testid={`tva-${year}`}>
      <caption>{year}</caption>
      <thead>
        <tr>
          <th scope="col">{t.indicator}</th>
          <th scope="col">{t.target}</th>
          <th scope="col">{t.actual}</th>
          <th scope="col">{t.verdict}</th>
          <th scope="col">{t.gap}</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o, i) => (
          <tr key={i} class={`verdict-${o.verdict}`}>
            <th scope="row">
              {indicatorLabel(o.indicator, lang)}
              <span class="muted"> · {MEASURE_LABELS[o.measure][lang]}</span>
            </th>
            <td>{formatFigureValue(o.target, lang)}</td>
            <td>{o.actual ? formatFigureValue(o.actual, lang) : '—'}</td>
            <td class="verdict">{verdictText(o.verdict, t)}</td>
            <td class="value">{o.gap === null ? '—' : `${o.gap > 0 ? '+' : ''}${o.gap}${o.target.unit === '%' ? (lang === 'zh' ? '个百分点' : ' pp') : o.target.unit}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Growth targets of the latest year with results, as dots: where looking beats reading. */
function OutcomeCharts({ outcomes, region }: { outcomes: TargetOutcome[]; region: string }) {
  const { t, lang } = usePanel();
  const growth = outcomes.filter((o) => o.target.unit === '%' && o.target.value !== null && (o.measure === 'growth' || o.measure === 'rate'));
  const latest = Math.max(...growth.map((o) => o.year));
  const rows = growth
    .filter((o) => o.year === latest)
    .map((o) => ({ label: indicatorLabel(o.indicator, lang), target: o.target.value!, actual: o.actual?.value ?? null, met: o.verdict === 'met' }));
  return <DotChart title={`${t.chartDots(region)} ${latest}`} rows={rows} unit="%" targetLabel={t.target} actualLabel={t.actual} />;
}
