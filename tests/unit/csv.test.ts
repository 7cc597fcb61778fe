import { describe, expect, it } from 'vitest';
import { BOM, csvCell, parseCsv, toCsv } from '../../lib/export/csv.ts';

describe('CSV', () => {
  it('round-trips commas, quotes, line breaks and Chinese', () => {
    const rows = [
      ['柳林县', '地区生产总值和工业增加值分别增长6%左右', 6, null],
      ['a,b', 'say "hi"', -2.5, 'line\nbreak\r\nand more'],
    ];
    const text = toCsv({ header: ['region', 'quote', 'value', 'note'], rows, bom: true });
    expect(text.startsWith(BOM)).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['region', 'quote', 'value', 'note'],
      ['柳林县', '地区生产总值和工业增加值分别增长6%左右', '6', ''],
      ['a,b', 'say "hi"', '-2.5', 'line\nbreak\r\nand more'],
    ]);
  });

  it('defuses spreadsheet formulas in page text but not in numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });
});
