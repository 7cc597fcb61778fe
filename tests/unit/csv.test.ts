import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvRow, parseCsv, toCsv } from '../../lib/export/csv.ts';
import { FIGURE_COLUMNS, FIGURE_CSV_COLUMNS, REGION_COLUMNS, figureCells, figureRows, regionCells } from '../../lib/export/figures-csv.ts';
import { parseReportText } from '../../lib/report/index.ts';
import { annotateRegion } from '../../lib/region/annotate.ts';
import { builtinDivisions } from '../../lib/region/divisions.ts';

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

  it('appends province, prefecture and code after the original columns, in their order', () => {
    const header = [...FIGURE_CSV_COLUMNS];
    // The columns of earlier versions, in their order, then the region's place.
    expect(header).toEqual([...FIGURE_COLUMNS, 'source', 'title', ...REGION_COLUMNS]);
    expect(header.slice(0, 15).join(',')).toBe(
      'region,level,year,planYear,kind,indicator,name,measure,value,max,unit,qualifier,quote,source,title',
    );
    expect(header.slice(-3)).toEqual(['province', 'prefecture', 'code']);
    const text =
      '政府工作报告\n——2021年在珠海市斗门区第五届人民代表大会第一次会议上\n各位代表：\n一、2020年工作回顾\n地区生产总值增长3%。\n二、2021年工作安排\n地区生产总值增长6%左右。';
    const parsed = parseReportText({ text });
    const report = annotateRegion({ report: parsed.report, text: parsed.text, divisions: builtinDivisions() });
    const [row] = figureRows(report).map(({ kind, figure }) => [
      ...figureCells(report, kind, figure),
      'a.txt',
      report.title,
      ...regionCells(report),
    ]);
    const [parsedHeader, parsedRow] = parseCsv(toCsv({ header, rows: [row!] }));
    expect(parsedRow).toHaveLength(parsedHeader!.length);
    const cell = (name: string) => parsedRow![parsedHeader!.indexOf(name)];
    expect([cell('region'), cell('province'), cell('prefecture'), cell('code')]).toEqual(['斗门区', '广东省', '珠海市', '440403']);
    // Unresolved: empty cells, never a guess.
    const fictional = { ...report, region: { name: '青岚县', level: 'county' as const, province: null, prefecture: null, code: null } };
    expect(csvRow(regionCells(fictional))).toBe(',,');
  });
});
