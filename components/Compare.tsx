/**
 * Compare: pick reports (or a region across years, or every region for one year), see a matrix of
 * indicators × reports with qualifiers, charts, copy it for Excel or export it as CSV.
 */
import { useMemo, useState } from 'preact/hooks';
import type { StoredFigure, StoredReport } from '../lib/library/db.ts';
import type { IndicatorKey } from '../lib/report/types.ts';
import { figuresOfReports } from '../lib/library/queries.ts';
import { regionsWithCounts } from '../lib/library/panel-queries.ts';
import { buildMatrix, cellText, columnLabel, matrixToCsv, matrixToTsv, type Matrix } from '../lib/compare/matrix.ts';
import { indicatorLabel, MEASURE_LABELS, INDICATOR_ORDER } from '../lib/format.ts';
import { usePanel } from './context.ts';
import { useDebounced, useLiveQuery } from './hooks.ts';
import { VirtualList } from './VirtualList.tsx';
import { LineChart } from './charts/LineChart.tsx';
import { BarChart } from './charts/BarChart.tsx';

const byRegionThenYear = (a: StoredReport, b: StoredReport) =>
  (a.regionName ?? '').localeCompare(b.regionName ?? '', 'zh-Hans-CN') || (a.planYear ?? 0) - (b.planYear ?? 0);

export function Compare({ reports }: { reports: StoredReport[] }) {
  const { t, db, actions, lang } = usePanel();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [copied, setCopied] = useState(false);
  const chosen = useMemo(() => reports.filter((r) => selected.has(r.id)).sort(byRegionThenYear), [reports, selected]);
  const ids = chosen.map((r) => r.id);
  const figures = useLiveQuery(() => figuresOfReports(db, ids), [ids.join(',')]);
  const matrix = useMemo(() => (figures.status === 'ready' ? buildMatrix({ reports: chosen, figures: figures.value }) : null), [figures, chosen]);
  // The table is memoised: typing elsewhere in the panel does not re-render 200 × 20 cells.
  const table = useMemo(() => (matrix ? <MatrixTable matrix={matrix} lang={lang} /> : null), [matrix, lang]);
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  return (
    <div data-testid="compare">
      <Presets reports={reports} onPick={(list) => setSelected(new Set(list.map((r) => r.id)))} />
      <ReportPicker reports={reports} selected={selected} toggle={toggle} onClear={() => setSelected(new Set())} />
      {chosen.length === 0 ? (
        <p class="empty">{t.compareEmpty}</p>
      ) : !matrix ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <div class="buttons">
            <button
              type="button"
              onClick={async () => {
                await actions.copyText(matrixToTsv(matrix, lang));
                setCopied(true);
                setTimeout(() => setCopied(false), 2000);
              }}
            >
              {copied ? t.copied : t.copyTable}
            </button>
            <button type="button" onClick={() => actions.download({ name: 'reportlens-compare.csv', type: 'text/csv;charset=utf-8', parts: [matrixToCsv(matrix, lang)] })}>
              {t.exportCompare}
            </button>
          </div>
          <Charts reports={chosen} figures={figures.status === 'ready' ? figures.value : []} />
          {table}
        </>
      )}
    </div>
  );
}

function Presets({ reports, onPick }: { reports: StoredReport[]; onPick: (reports: StoredReport[]) => void }) {
  const { t } = usePanel();
  const regions = useMemo(() => regionsWithCounts(reports), [reports]);
  const years = useMemo(() => [...new Set(reports.map((r) => r.planYear).filter((y): y is number => y !== null))].sort((a, b) => b - a), [reports]);
  return (
    <div class="toolbar">
      <label class="field">
        {t.presetRegion}
        <select value="" onChange={(e) => onPick(reports.filter((r) => r.regionName === (e.target as HTMLSelectElement).value))}>
          <option value="">—</option>
          {regions.map((r) => (
            <option key={r.region} value={r.region}>
              {r.region}（{r.count}）
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t.presetYear}
        <select value="" onChange={(e) => onPick(reports.filter((r) => String(r.planYear) === (e.target as HTMLSelectElement).value))}>
          <option value="">—</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function ReportPicker({ reports, selected, toggle, onClear }: { reports: StoredReport[]; selected: Set<number>; toggle: (id: number) => void; onClear: () => void }) {
  const { t } = usePanel();
  const [filter, setFilter] = useState('');
  const debounced = useDebounced(filter, 120);
  const shown = useMemo(() => {
    const q = debounced.trim();
    const list = q ? reports.filter((r) => `${r.regionName ?? ''}${r.planYear ?? ''}${r.meeting ?? ''}`.includes(q)) : reports;
    return [...list].sort(byRegionThenYear);
  }, [reports, debounced]);
  return (
    <details class="picker" open={selected.size === 0}>
      <summary>
        {t.pickReports} · {t.selectedCount(selected.size)}
      </summary>
      <div class="toolbar">
        <input type="search" aria-label={t.search} placeholder={t.search} value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
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

function MatrixTable({ matrix, lang }: { matrix: Matrix; lang: 'zh' | 'en' }) {
  const { t } = usePanel();
  return (
    <div class="matrix-scroll" tabIndex={0} role="region" aria-label={t.matrixCaption}>
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
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={`${row.kind}-${row.indicator}-${row.measure}`}>
              <th scope="row">
                {indicatorLabel(row.indicator, lang)} · {MEASURE_LABELS[row.measure][lang]} · {row.kind === 'target' ? t.target : t.actual}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cellText(cell, lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A line over years when one region has several reports; bars across regions for the year most chosen. */
function Charts({ reports, figures }: { reports: StoredReport[]; figures: StoredFigure[] }) {
  const { t, lang } = usePanel();
  const growthIndicators = useMemo(
    () => INDICATOR_ORDER.filter((i) => figures.some((f) => f.indicator === i && f.measure === 'growth' && f.value !== null)),
    [figures],
  );
  const [indicator, setIndicator] = useState<IndicatorKey>('gdp');
  const current = growthIndicators.includes(indicator) ? indicator : growthIndicators[0];
  if (!current) return null;
  const regions = [...new Set(reports.map((r) => r.regionName ?? ''))];
  const growth = figures.filter((f) => f.indicator === current && f.measure === 'growth' && f.value !== null && f.qualifier !== 'strive');
  const label = indicatorLabel(current, lang);
  let chart = null;
  if (regions.length === 1) {
    const series = (kind: 'target' | 'actual') =>
      [...new Map(growth.filter((f) => f.kind === kind && f.year === (kind === 'target' ? f.planYear : f.year)).map((f) => [f.year, f.value!])).entries()]
        .sort(([a], [b]) => a - b)
        .map(([x, y]) => ({ x, y }));
    chart = (
      <LineChart
        title={t.chartLine(regions[0]!, label)}
        unit="%"
        series={[
          { label: t.target, className: 'series-target', points: series('target') },
          { label: t.actual, className: 'series-actual', points: series('actual') },
        ]}
      />
    );
  } else {
    const targets = growth.filter((f) => f.kind === 'target' && f.year === f.planYear);
    const yearCounts = new Map<number, number>();
    for (const f of targets) yearCounts.set(f.year, (yearCounts.get(f.year) ?? 0) + 1);
    const year = [...yearCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (year !== undefined) {
      const bars = [...new Map(targets.filter((f) => f.year === year).map((f) => [f.regionName, f])).values()].map((f) => ({
        label: f.regionName,
        value: f.value!,
        note: f.qualifier === 'about' ? '左右' : f.qualifier === 'atLeast' ? '以上' : f.qualifier === 'range' ? `–${f.max}` : undefined,
      }));
      chart = <BarChart title={t.chartBars(label, year)} unit="%" bars={bars} />;
    }
  }
  return (
    <div class="charts">
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
      {chart}
    </div>
  );
}
