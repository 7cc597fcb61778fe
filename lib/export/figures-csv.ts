/**
 * The tidy figures table: one row per Figure, the same columns in the CLI's --csv and the
 * library's export (which adds the source URL and report title).
 */
import type { Figure, FigureKind, ReportDocument } from '../report/types.ts';
import type { Cell } from './csv.ts';

export const FIGURE_COLUMNS = [
  'region',
  'level',
  'year',
  'planYear',
  'kind',
  'indicator',
  'name',
  'measure',
  'value',
  'max',
  'unit',
  'qualifier',
  'quote',
] as const;

/**
 * Where the report's region lies (lib/region): province, prefecture and GB/T 2260 code, appended
 * after every other column so that scripts reading columns by position keep working.
 */
export const REGION_COLUMNS = ['province', 'prefecture', 'code'] as const;

/** The CSV header of the CLI's --csv and of the library export: figure columns, where it came from, where its region lies. */
export const FIGURE_CSV_COLUMNS = [...FIGURE_COLUMNS, 'source', 'title', ...REGION_COLUMNS] as const;

export function figureRows(report: ReportDocument): { kind: FigureKind; figure: Figure }[] {
  return [
    ...report.targets.map((figure) => ({ kind: 'target' as const, figure })),
    ...report.actuals.map((figure) => ({ kind: 'actual' as const, figure })),
  ];
}

/** The REGION_COLUMNS of a report: empty when unresolved (a fictional county, an ambiguous 鼓楼区, the nation). */
export function regionCells(report: ReportDocument): Cell[] {
  return [report.region?.province, report.region?.prefecture, report.region?.code];
}

export function figureCells(report: ReportDocument, kind: FigureKind, f: Figure): Cell[] {
  return [
    report.region?.name,
    report.region?.level,
    f.year,
    report.planYear,
    kind,
    f.indicator,
    f.name,
    f.measure,
    f.value,
    f.max,
    f.unit,
    f.qualifier,
    f.quote,
  ];
}
