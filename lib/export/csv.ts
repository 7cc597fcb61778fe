/**
 * CSV as Excel, Stata and R read it: RFC 4180 quoting (commas, quotes and line breaks in a quote
 * survive), CRLF line ends, and an optional UTF-8 byte-order mark — without it Excel on Windows
 * opens UTF-8 Chinese as mojibake.
 */

export type Cell = string | number | null | undefined;

export const BOM = '\ufeff';

/**
 * Page text is untrusted: a quote that starts with = + - @ would run as a formula when the file
 * is opened in a spreadsheet. Such text cells get a leading apostrophe; numbers are left alone.
 */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

export function toCsv({
  header,
  rows,
  bom = false,
}: {
  header: readonly string[];
  rows: Iterable<readonly Cell[]>;
  bom?: boolean;
}): string {
  return `${(bom ? BOM : '') + csvRow(header)}\r\n${csvLines(rows)}`;
}

/** Rows without a header, each ending in CRLF (for CSV written in pieces). */
export function csvLines(rows: Iterable<readonly Cell[]>): string {
  let out = '';
  for (const row of rows) out += `${csvRow(row)}\r\n`;
  return out;
}

/** Parses CSV text (RFC 4180) into rows of strings; used to check exports round-trip. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
