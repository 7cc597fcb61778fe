/**
 * Tables flattened into lines: a report that gives its targets in a table (2020年主要预期目标 / 指标
 * 单位 2019年完成 2020年目标 / 地区生产总值增长 % 6.9 6.5左右 …) reaches the parser as one line per
 * row, cells apart by spaces, and normalisation keeps a space only between two digits — so a row
 * reads 地区生产总值增长%6.9 6.5左右. A row is a subject at the start of its line, an optional word of
 * change, a unit and one cell per value column; the nearest line above that names columns (完成,
 * 预计, 目标, 预期, with or without a year) says whether each cell is a result or a target, and of
 * which year.
 */
import { LIMITS } from '../../limits.ts';
import type { FigureKind } from '../types.ts';
import type { Cursor } from './cursor.ts';
import { readingsOf } from './predicates.ts';
import type { PredicateRule } from './predicate-rules.ts';
import type { Reading } from './types.ts';
import { readValue, UNIT, normalizeUnit, type Value } from './values.ts';

/** A column of values: results or targets, of the year its header names (null: the report's year for that kind). */
export interface Column {
  kind: FigureKind;
  year: number | null;
}

/** The word of change a row label ends with: 地区生产总值增长, 规模以上工业增加值增速. */
const CHANGE_WORD = /(?:增长|增速|增幅|涨幅)(?:率)?/y;
/** A unit printed as its own cell, or in brackets after the label: %, 亿元, （%）. */
const BRACKETED_UNIT = /[（(](%|‰|亿元|万元|元|万人|人|万吨|亿美元|万美元)[)）]/y;
/** An empty cell: —, －, -- or /. */
const EMPTY_CELL = /(?:[—–－-]{1,2}|\/)/y;
const CELL_SEPARATOR = / /y;
/** Column labels of a header row: 2019年完成, 预计完成, 2020年目标, 预期目标. */
const COLUMN_LABELS = /(?:((?:19|20)\d{2})年(?:度)?)?(预计完成|预计|实际完成|完成|实际|预期目标|目标|预期|计划)(?:值|数)?/g;
const TARGET_LABEL = /^(?:预期目标|目标|预期|计划)$/;
/** Prose: a line with a full stop or a comma is no row and no header of a table. */
const PROSE = /[。，；！？]/;

/** A header names its label column (指标, 项目) or its unit column, or dates a column. */
const HEADER_WORDS = /指标|项目|单位|(?:19|20)\d{2}年/;

/** The columns a header line names, in order; null for a line that names fewer than two or is no header. */
export function columnsOf(line: string): Column[] | null {
  if (!HEADER_WORDS.test(line)) return null;
  const columns = [...line.matchAll(COLUMN_LABELS)].map((m) => ({
    kind: TARGET_LABEL.test(m[2]!) ? ('target' as const) : ('actual' as const),
    year: m[1] ? Number(m[1]) : null,
  }));
  return columns.length >= 2 ? columns : null;
}

/**
 * The header of the table whose row starts at `rowStart`: the nearest line above, within
 * LIMITS.tableHeaderMaxLines lines of rows (no prose between), that names its columns.
 */
export function headerAbove(text: string, rowStart: number): Column[] | null {
  let end = rowStart - 1;
  for (let n = 0; n < LIMITS.tableHeaderMaxLines && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.length > LIMITS.titleLineMaxChars || PROSE.test(line)) return null;
    const columns = columnsOf(line);
    if (columns) return columns;
    end = start - 1;
  }
  return null;
}

/**
 * The cells of a row from the cursor to the end of its line: values, or null for an empty cell;
 * null when the rest is not cells. Normalisation closes the space around a dash, so 6.9—6.5 is a
 * range or two cells around an empty one: `ranges` says which reading to try.
 */
function readCells(cur: Cursor, ranges: boolean): (Value | null)[] | null {
  return cur.attempt(() => {
    const cells: (Value | null)[] = [];
    for (;;) {
      const value = readValue(cur, { ranges });
      if (value === null && cur.take(EMPTY_CELL) === null) return null;
      cells.push(value);
      if (cur.pos >= cur.limit) return cells;
      cur.take(CELL_SEPARATOR);
    }
  });
}

/** The cells of a row as many as the header's columns: with ranges first, else with every dash an empty cell. */
function cellsFor(cur: Cursor, columns: number): (Value | null)[] | null {
  const start = cur.pos;
  const withRanges = readCells(cur, true);
  if (withRanges?.length === columns) return withRanges;
  cur.pos = start;
  const withoutRanges = readCells(cur, false);
  return withoutRanges?.length === columns ? withoutRanges : null;
}

/**
 * A row of a flattened table: 地区生产总值增长%6.9 6.5左右 under 指标单位2019年完成2020年目标 gives
 * the 2019 result 6.9 and the 2020 target 6.5 (about). Read only right after a subject that opens its
 * line, when the line ends with the cells and a header names as many columns.
 */
export const tableRowRule: PredicateRule = {
  name: 'table-row',
  read(cur, segment) {
    if (segment.index > 0 || (cur.limit < cur.text.length && cur.text[cur.limit] !== '\n')) return null;
    const rowStart = cur.text.lastIndexOf('\n', cur.pos - 1) + 1;
    if (cur.pos - rowStart > LIMITS.tableLabelMaxChars || PROSE.test(cur.text.slice(rowStart, cur.pos))) return null;
    const change = cur.take(CHANGE_WORD);
    const bracketed = cur.take(BRACKETED_UNIT);
    const unit = bracketed === null ? normalizeUnit(cur.take(UNIT)) : bracketed.slice(1, -1);
    if (unit === null) return null;
    // A cheap look first: a row holds a cell after its unit (a digit or a dash), and a header above.
    if (!/[\d—–－\-/]/.test(cur.text[cur.pos] ?? '')) return null;
    const columns = headerAbove(cur.text, rowStart);
    if (columns === null) return null;
    const cells = cellsFor(cur, columns.length);
    if (cells === null) return null;
    const readings: Reading[] = [];
    cells.forEach((cell, i) => {
      if (cell === null) return;
      const column = columns[i]!;
      for (const reading of readingsOf({ values: [{ ...cell, unit: cell.unit ?? unit }], verb: change, segment })) {
        readings.push({ ...reading, kind: column.kind, year: column.year });
      }
    });
    return readings;
  },
};
