/**
 * The comparison matrix: indicators × reports, each cell the report's figures for that indicator
 * and measure (a target, a result, a stretch figure). What the compare view shows, copies as
 * tab-separated text and exports as CSV.
 */
import type { FigureKind, IndicatorKey, Measure } from '../report/types.ts';
import type { StoredFigure, StoredReport } from '../library/db.ts';
import { INDICATOR_ORDER, formatFigureValue, indicatorLabel, MEASURE_LABELS, type Lang } from '../format.ts';
import { toCsv, type Cell } from '../export/csv.ts';

export interface MatrixColumn {
  reportId: number;
  label: string;
}

export interface MatrixRow {
  indicator: IndicatorKey;
  measure: Measure;
  kind: FigureKind;
  /** Per column: the figures of that report (usually one; a base and a stretch target make two). */
  cells: StoredFigure[][];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

const MEASURE_ORDER: Measure[] = ['growth', 'level', 'rate', 'change', 'avgGrowth'];

export function columnLabel(r: Pick<StoredReport, 'regionName' | 'planYear' | 'pageTitle'>): string {
  return `${r.regionName ?? r.pageTitle} ${r.planYear ?? ''}`.trim();
}

/** Builds the matrix for `reports` (in the order given) from their figures. */
export function buildMatrix({
  reports,
  figures,
  kinds = ['target', 'actual'],
}: {
  reports: StoredReport[];
  figures: StoredFigure[];
  kinds?: FigureKind[];
}): Matrix {
  const columnOf = new Map(reports.map((r, i) => [r.id, i]));
  const rows = new Map<string, MatrixRow>();
  for (const f of figures) {
    const column = columnOf.get(f.reportId);
    if (column === undefined || !kinds.includes(f.kind)) continue;
    const key = `${f.kind}|${f.indicator}|${f.measure}`;
    let row = rows.get(key);
    if (!row) {
      row = { indicator: f.indicator, measure: f.measure, kind: f.kind, cells: reports.map(() => []) };
      rows.set(key, row);
    }
    row.cells[column]!.push(f);
  }
  const order = (r: MatrixRow) => [kinds.indexOf(r.kind), INDICATOR_ORDER.indexOf(r.indicator), MEASURE_ORDER.indexOf(r.measure)];
  const sorted = [...rows.values()].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  return { columns: reports.map((r) => ({ reportId: r.id, label: columnLabel(r) })), rows: sorted };
}

export function cellText(cell: StoredFigure[], lang: Lang): string {
  return cell.map((f) => `${formatFigureValue(f, lang)}${f.year !== f.planYear && f.kind === 'target' ? ` (${f.year})` : ''}`).join(' / ');
}

function rowHeader(row: MatrixRow, lang: Lang): Cell[] {
  const kind = lang === 'zh' ? (row.kind === 'target' ? '目标' : '完成') : row.kind;
  return [indicatorLabel(row.indicator, lang), MEASURE_LABELS[row.measure][lang], kind];
}

function header(matrix: Matrix, lang: Lang): string[] {
  return [...(lang === 'zh' ? ['指标', '口径', '类别'] : ['indicator', 'measure', 'kind']), ...matrix.columns.map((c) => c.label)];
}

/** Tab-separated, for pasting into Excel. Cells hold no tabs or line breaks. */
export function matrixToTsv(matrix: Matrix, lang: Lang): string {
  const clean = (s: Cell) => String(s ?? '').replace(/[\t\r\n]+/g, ' ');
  const lines = [header(matrix, lang).map(clean).join('\t')];
  for (const row of matrix.rows) lines.push([...rowHeader(row, lang), ...row.cells.map((c) => cellText(c, lang))].map(clean).join('\t'));
  return `${lines.join('\n')}\n`;
}

export function matrixToCsv(matrix: Matrix, lang: Lang): string {
  return toCsv({
    header: header(matrix, lang),
    rows: matrix.rows.map((row) => [...rowHeader(row, lang), ...row.cells.map((c) => cellText(c, lang))]),
    bom: true,
  });
}
