/**
 * Target vs actual: one region's targets for each year set against the results for that year
 * reported a year later — met, missed, by how much.
 */
import { useMemo, useState } from 'preact/hooks';
import type { StoredReport } from '../lib/library/db.ts';
import { figuresOfRegion } from '../lib/library/queries.ts';
import { outcomesByYear, regionsWithCounts } from '../lib/library/panel-queries.ts';
import { targetsAgainstActuals, type TargetOutcome, type Verdict } from '../lib/compare/target-vs-actual.ts';
import { formatFigureValue, indicatorLabel, INDICATOR_ORDER, MEASURE_LABELS } from '../lib/format.ts';
import type { Strings } from '../lib/i18n.ts';
import { usePanel } from './context.ts';
import { useLiveQuery } from './hooks.ts';
import { DotChart } from './charts/DotChart.tsx';
import { RegionSelect } from './RegionSelect.tsx';

export function TargetVsActual({ reports, currentRegion }: { reports: StoredReport[]; currentRegion: string | null }) {
  const { t, db } = usePanel();
  const regions = useMemo(() => regionsWithCounts(reports), [reports]);
  const [chosen, setChosen] = useState<string | null>(null);
  const region =
    chosen ?? (currentRegion && regions.some((r) => r.region === currentRegion) ? currentRegion : (regions[0]?.region ?? null));
  const figures = useLiveQuery(() => (region ? figuresOfRegion(db, region) : []), [region]);
  // Another region's figures are not shown under this one's name while they load.
  const loading = figures.status === 'loading' || (figures.status === 'ready' && figures.stale);
  const outcomes = useMemo(() => {
    if (figures.status !== 'ready' || figures.stale) return [];
    // Figures of the listed reports only: copies from other addresses are not listed.
    const ids = new Set(reports.map((r) => r.id));
    const list = figures.value.filter((f) => ids.has(f.reportId));
    return targetsAgainstActuals({ targets: list.filter((f) => f.kind === 'target'), actuals: list.filter((f) => f.kind === 'actual') });
  }, [figures, reports]);
  const comparable = outcomes.filter((o) => o.verdict === 'met' || o.verdict === 'missed');
  return (
    <div data-testid="target-vs-actual">
      <RegionSelect label={t.chooseRegion} reports={reports} value={region ?? ''} onChange={setChosen} />
      {loading && <p>{t.loading}</p>}
      {figures.status === 'error' && <p role="alert">{t.dbError}</p>}
      {!loading && figures.status === 'ready' && comparable.length === 0 && <p class="empty">{t.tvaEmpty}</p>}
      {comparable.length > 0 && (
        <>
          <p data-testid="tva-summary">{t.tvaSummary(comparable.filter((o) => o.verdict === 'met').length, comparable.length)}</p>
          <OutcomeCharts outcomes={comparable} region={region!} />
          {outcomesByYear(outcomes).map(({ year, outcomes: list, withResult }) =>
            withResult > 0 ? (
              <OutcomeTable key={year} year={year} outcomes={list} />
            ) : (
              <p key={year} class="muted small" data-testid={`tva-pending-${year}`}>
                {t.tvaNoResultsYet(year, list.length)}
              </p>
            ),
          )}
        </>
      )}
    </div>
  );
}

export function verdictText(verdict: Verdict, t: Strings): string {
  return verdict === 'met' ? t.met : verdict === 'missed' ? t.missed : verdict === 'no-result' ? t.noResult : t.undetermined;
}

/** Result minus target, signed, in percentage points for % figures: +0.3个百分点, -1.9 pp, +216人. */
export function gapText(outcome: Pick<TargetOutcome, 'gap' | 'target'>, t: Strings): string {
  if (outcome.gap === null) return '—';
  const unit = outcome.target.unit === '%' || outcome.target.unit === 'pp' ? t.percentagePoints : outcome.target.unit;
  return `${outcome.gap > 0 ? '+' : outcome.gap < 0 ? '−' : '±'}${Math.abs(outcome.gap)}${unit}`;
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
              <span class="measure muted small">{MEASURE_LABELS[o.measure][lang]}</span>
            </th>
            <td>{formatFigureValue(o.target, lang)}</td>
            <td>{o.actual ? formatFigureValue(o.actual, lang) : '—'}</td>
            <td class="verdict">{verdictText(o.verdict, t)}</td>
            <td class="value">{gapText(o, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Growth targets of the latest year with results, as dots: where looking beats reading. Growth
 * rates only — levels such as a 31% forest coverage would squeeze them onto one end of the axis.
 */
function OutcomeCharts({ outcomes, region }: { outcomes: TargetOutcome[]; region: string }) {
  const { t, lang } = usePanel();
  const growth = outcomes.filter(
    (o) => o.measure === 'growth' && o.target.unit === '%' && o.target.value !== null && o.actual?.value != null,
  );
  if (growth.length === 0) return null;
  const latest = Math.max(...growth.map((o) => o.year));
  const rows = growth
    .filter((o) => o.year === latest)
    .sort((a, b) => INDICATOR_ORDER.indexOf(a.indicator) - INDICATOR_ORDER.indexOf(b.indicator))
    .map((o) => ({
      label: `${indicatorLabel(o.indicator, lang)}${o.target.qualifier === 'strive' ? ` (${t.stretch})` : ''}`,
      target: o.target.value!,
      actual: o.actual!.value,
      met: o.verdict === 'met' ? true : o.verdict === 'missed' ? false : null,
    }));
  return (
    <DotChart
      title={t.chartDots(region, latest)}
      rows={rows}
      unit="%"
      targetLabel={t.target}
      actualLabel={t.actual}
      missedLabel={t.legendMissed}
    />
  );
}
