/**
 * Compare: pick reports (or a region across years, every region for one year, or every county and
 * district of a prefecture for one year), see a matrix of
 * indicators × reports with qualifiers, charts, copy it for Excel or export it as CSV.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { StoredFigure, StoredReport } from '../lib/library/db.ts';
import type { FigureKind, IndicatorKey } from '../lib/report/types.ts';
import { figuresOfReports } from '../lib/library/queries.ts';
import { planYearsOf } from '../lib/library/panel-queries.ts';
import { buildMatrix, cellText, columnLabel, matrixToCsv, matrixToTsv, type Matrix } from '../lib/compare/matrix.ts';
import { targetsAgainstActuals } from '../lib/compare/target-vs-actual.ts';
import { formatFigureValue, indicatorLabel, MEASURE_LABELS, INDICATOR_ORDER, type Lang } from '../lib/format.ts';
import type { Strings } from '../lib/i18n.ts';
import { usePanel } from './context.ts';
import { useDebounced, useLiveQuery, useReportSearch } from './hooks.ts';
import { VirtualList } from './VirtualList.tsx';
import { YearSelect } from './YearSelect.tsx';
import { RegionSelect } from './RegionSelect.tsx';
import { PrefecturePreset } from './PrefecturePreset.tsx';
import { LineChart } from './charts/LineChart.tsx';
import { BarChart } from './charts/BarChart.tsx';
import { DotChart, type DotRow } from './charts/DotChart.tsx';
import { compareZh } from '../lib/collate.ts';

const byRegionThenYear = (a: StoredReport, b: StoredReport) =>
  compareZh(a.regionName ?? '', b.regionName ?? '') || (a.planYear ?? 0) - (b.planYear ?? 0);

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

export function Compare({ reports }: { reports: StoredReport[] }) {
  const { t, db, actions, lang } = usePanel();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [copied, setCopied] = useState(false);
  const chosen = useMemo(() => reports.filter((r) => selected.has(r.id)).sort(byRegionThenYear), [reports, selected]);
  const idsKey = chosen.map((r) => r.id).join(',');
  const figures = useLiveQuery(
    () =>
      figuresOfReports(
        db,
        chosen.map((r) => r.id),
      ),
    [idsKey],
  );
  const fresh = figures.status === 'ready' && !figures.stale ? figures.value : null;
  // While a new selection loads, the last complete table stays (marked busy) instead of flashing
  // away at every tick of a checkbox; it is never a mix of new columns and old figures.
  const last = useRef<{ reports: StoredReport[]; figures: StoredFigure[] } | null>(null);
  const data = useMemo(() => (fresh ? { reports: chosen, figures: fresh } : last.current), [fresh, chosen]);
  last.current = data;
  const busy = fresh === null;
  const matrix = useMemo(() => (data && data.reports.length > 0 ? buildMatrix(data) : null), [data]);
  // The table is memoised: state elsewhere in the panel (the picker's filter, "copied") does not re-render 200 × 20 cells.
  const table = useMemo(() => (matrix ? <MatrixTable matrix={matrix} lang={lang} t={t} /> : null), [matrix, lang, t]);
  const charts = useMemo(() => (matrix && data ? <Charts reports={data.reports} figures={data.figures} /> : null), [matrix, data]);
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  return (
    <div data-testid="compare" aria-busy={busy && chosen.length > 0}>
      <Presets reports={reports} onPick={(list) => setSelected(new Set(list.map((r) => r.id)))} />
      <PrefecturePreset reports={reports} onPick={(list) => setSelected(new Set(list.map((r) => r.id)))} />
      <ReportPicker reports={reports} selected={selected} toggle={toggle} onClear={() => setSelected(new Set())} />
      {reports.length === 0 ? (
        <p class="empty">{t.libraryEmpty}</p>
      ) : chosen.length === 0 ? (
        <p class="empty">{t.compareEmpty}</p>
      ) : figures.status === 'error' ? (
        <p role="alert">{t.dbError}</p>
      ) : !matrix ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <div class="buttons">
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                await actions.copyText(matrixToTsv(matrix, lang));
                setCopied(true);
                setTimeout(() => setCopied(false), 2000);
              }}
            >
              {copied ? t.copied : t.copyTable}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                actions.download({
                  name: `reportlens-compare-${today()}.csv`,
                  type: 'text/csv;charset=utf-8',
                  parts: [matrixToCsv(matrix, lang)],
                })
              }
            >
              {t.exportCompare}
            </button>
          </div>
          {charts}
          {table}
        </>
      )}
    </div>
  );
}

function Presets({ reports, onPick }: { reports: StoredReport[]; onPick: (reports: StoredReport[]) => void }) {
  const { t } = usePanel();
  const years = useMemo(() => planYearsOf(reports), [reports]);
  return (
    <div class="toolbar">
      <RegionSelect
        label={t.presetRegion}
        reports={reports}
        value=""
        placeholder="—"
        onChange={(region) => onPick(reports.filter((r) => r.regionName === region))}
      />
      <label class="field">
        {t.presetYear}
        <YearSelect
          years={years}
          value=""
          placeholder="—"
          onChange={(year) => onPick(reports.filter((r) => String(r.planYear) === year))}
        />
      </label>
    </div>
  );
}

function ReportPicker({
  reports,
  selected,
  toggle,
  onClear,
}: {
  reports: StoredReport[];
  selected: Set<number>;
  toggle: (id: number) => void;
  onClear: () => void;
}) {
  const { t } = usePanel();
  const [filter, setFilter] = useState('');
  const debounced = useDebounced(filter, 120);
  // The library's search: fuzzy region names (pinyin too), titles and meetings; plain years as well.
  const found = useReportSearch(reports, debounced);
  const shown = useMemo(() => {
    const q = debounced.trim();
    if (!q || found === null) return [...reports].sort(byRegionThenYear);
    const ids = new Set(found);
    return reports.filter((r) => ids.has(r.id) || String(r.planYear ?? '').includes(q)).sort(byRegionThenYear);
  }, [reports, found, debounced]);
  return (
    <details class="picker" open={selected.size === 0}>
      <summary>
        {t.pickReports} · {t.selectedCount(selected.size)}
      </summary>
      <div class="toolbar">
        <input
          type="search"
          aria-label={t.search}
          placeholder={t.search}
          value={filter}
          onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
        />
        <button type="button" class="small" onClick={onClear}>
          {t.clearSelection}
        </button>
      </div>
      <VirtualList
        items={shown}
        rowHeight={30}
        height={Math.min(shown.length * 30, 210)}
        label={t.pickReports}
        render={(r) => (
          <label class="check">
            <input type="checkbox" checked={selected.has(r.id)} onChange={() => toggle(r.id)} /> {columnLabel(r)}
          </label>
        )}
      />
    </details>
  );
}

function MatrixTable({ matrix, lang, t }: { matrix: Matrix; lang: Lang; t: Strings }) {
  const groups: { kind: FigureKind; label: string }[] = [
    { kind: 'target', label: t.target },
    { kind: 'actual', label: t.actual },
  ];
  return (
    <div class="matrix-scroll" role="region" aria-label={t.matrixCaption}>
      <table class="matrix" data-testid="compare-matrix">
        <caption>{t.matrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            {matrix.columns.map((c) => (
              <th scope="col" key={c.reportId}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ kind, label }) => {
          const rows = matrix.rows.filter((r) => r.kind === kind);
          if (rows.length === 0) return null;
          return (
            <tbody key={kind}>
              <tr class="group">
                <th scope="rowgroup" colSpan={matrix.columns.length + 1}>
                  {label}
                </th>
              </tr>
              {rows.map((row) => (
                <tr key={`${row.kind}-${row.indicator}-${row.measure}`}>
                  <th scope="row">
                    {indicatorLabel(row.indicator, lang)}
                    <span class="measure muted small">{MEASURE_LABELS[row.measure][lang]}</span>
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell.length === 0 ? null : cellText(cell, lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

/**
 * Where looking beats reading: a line of one region's targets and results over the years; bars of
 * one year's targets across regions; dots of each target against the result the next report gives.
 */
function Charts({ reports, figures }: { reports: StoredReport[]; figures: StoredFigure[] }) {
  const { t, lang } = usePanel();
  const growthIndicators = useMemo(
    () => INDICATOR_ORDER.filter((i) => figures.some((f) => f.indicator === i && f.measure === 'growth' && f.value !== null)),
    [figures],
  );
  const [indicator, setIndicator] = useState<IndicatorKey>('gdp');
  const [barYear, setBarYear] = useState<number | null>(null);
  const current = growthIndicators.includes(indicator) ? indicator : growthIndicators[0];
  if (!current) return null;
  const regions = [...new Set(reports.map((r) => r.regionName ?? ''))];
  const growth = figures.filter((f) => f.indicator === current && f.measure === 'growth' && f.value !== null);
  const label = indicatorLabel(current, lang);
  // A stretch figure (力争) sits beside the base target; the charts draw the base target.
  const planTargets = growth.filter((f) => f.kind === 'target' && f.year === f.planYear && f.qualifier !== 'strive');
  let main = null;
  let yearPicker = null;
  if (regions.length === 1) {
    const series = (list: StoredFigure[]) =>
      [...new Map(list.map((f) => [f.year, f.value!])).entries()].sort(([a], [b]) => a - b).map(([x, y]) => ({ x, y }));
    main = (
      <LineChart
        title={t.chartLine(regions[0]!, label)}
        unit="%"
        series={[
          { label: t.target, className: 'series-target', points: series(planTargets) },
          { label: t.actual, className: 'series-actual', points: series(growth.filter((f) => f.kind === 'actual')) },
        ]}
      />
    );
  } else {
    const years = [...new Set(planTargets.map((f) => f.year))].sort((a, b) => b - a);
    const counts = (y: number) => planTargets.filter((f) => f.year === y).length;
    const year = barYear !== null && years.includes(barYear) ? barYear : [...years].sort((a, b) => counts(b) - counts(a) || b - a)[0];
    if (year !== undefined) {
      const bars = [...new Map(planTargets.filter((f) => f.year === year).map((f) => [f.regionName, f])).values()]
        .sort((a, b) => b.value! - a.value!)
        .map((f) => ({ label: f.regionName, value: f.value!, text: formatFigureValue(f, lang) }));
      main = <BarChart title={t.chartBars(label, year)} unit="%" bars={bars} />;
      if (years.length > 1)
        yearPicker = (
          <label class="field">
            {t.chooseYear}
            <YearSelect years={years} value={String(year)} onChange={(y) => setBarYear(Number(y))} />
          </label>
        );
    }
  }
  const dots = dotRows(growth, regions.length > 1);
  return (
    <div class="charts">
      <div class="toolbar">
        <label class="field">
          {t.chooseIndicator}
          <select value={current} onChange={(e) => setIndicator((e.target as HTMLSelectElement).value as IndicatorKey)}>
            {growthIndicators.map((i) => (
              <option key={i} value={i}>
                {indicatorLabel(i, lang)}
              </option>
            ))}
          </select>
        </label>
        {yearPicker}
      </div>
      {main}
      {dots.length > 0 && (
        <DotChart
          title={t.chartDotsCompare(label)}
          rows={dots}
          unit="%"
          targetLabel={t.target}
          actualLabel={t.actual}
          missedLabel={t.legendMissed}
        />
      )}
    </div>
  );
}

/** Each region's target for a year against the result its next report gives, for one indicator's growth figures. */
function dotRows(growth: StoredFigure[], labelRegion: boolean): DotRow[] {
  const byRegion = new Map<string, StoredFigure[]>();
  for (const f of growth) byRegion.set(f.regionName, [...(byRegion.get(f.regionName) ?? []), f]);
  const rows: (DotRow & { region: string; year: number })[] = [];
  for (const [region, list] of byRegion) {
    const outcomes = targetsAgainstActuals({
      targets: list.filter((f) => f.kind === 'target' && f.year === f.planYear && f.qualifier !== 'strive'),
      actuals: list.filter((f) => f.kind === 'actual'),
    });
    for (const o of outcomes) {
      if (o.target.value === null || o.actual?.value == null || (o.verdict !== 'met' && o.verdict !== 'missed')) continue;
      rows.push({
        region,
        year: o.year,
        label: labelRegion ? `${region} ${o.year}` : String(o.year),
        target: o.target.value,
        actual: o.actual.value,
        met: o.verdict === 'met',
      });
    }
  }
  // One row per region and year; the chart stays legible with the 40 most recent.
  const unique = [...new Map(rows.map((r) => [`${r.region}|${r.year}`, r])).values()];
  return unique
    .sort((a, b) => b.year - a.year)
    .slice(0, 40)
    .sort((a, b) => compareZh(a.region, b.region) || a.year - b.year);
}
