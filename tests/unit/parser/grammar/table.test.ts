/** table.ts on its own: header columns, the header above a row, and the row rule. */
import { describe, expect, it } from 'vitest';
import { Cursor } from '../../../../lib/report/figures/cursor.ts';
import { noLeads, type Segment } from '../../../../lib/report/figures/predicates.ts';
import type { Subject } from '../../../../lib/report/figures/subjects.ts';
import { columnsOf, headerAbove, tableRowRule } from '../../../../lib/report/figures/table.ts';

const GDP: Subject = { indicator: 'gdp', name: '地区生产总值' };

describe('table headers', () => {
  it('name result and target columns, with or without a year', () => {
    expect(columnsOf('指标单位2019年完成2020年目标')).toEqual([
      { kind: 'actual', year: 2019 },
      { kind: 'target', year: 2020 },
    ]);
    expect(columnsOf('项目预计完成预期目标')).toEqual([
      { kind: 'actual', year: null },
      { kind: 'target', year: null },
    ]);
    expect(columnsOf('完成全年目标')).toBeNull();
  });
  it('are found above rows, not across prose', () => {
    const text = '指标单位2019年完成2020年目标\n固定资产投资增长%10 9\n地区生产总值增长%6 6';
    expect(headerAbove(text, text.lastIndexOf('\n') + 1)).toHaveLength(2);
    const prose = '指标单位2019年完成2020年目标\n我们要坚持稳中求进，确保完成。\n地区生产总值增长%6 6';
    expect(headerAbove(prose, prose.lastIndexOf('\n') + 1)).toBeNull();
  });
});

describe('the table-row rule', () => {
  const read = (text: string, subjectEnd: number) => {
    const cur = new Cursor(text, subjectEnd, text.length);
    const segment: Segment = { subjects: [GDP], earlier: [], index: 0, leads: noLeads(), notes: null };
    return tableRowRule.read(cur, segment)?.map((r) => [r.kind, r.year, r.measure, r.value, r.qualifier]) ?? null;
  };
  it('reads each cell in its column; an empty cell yields nothing', () => {
    const text = '指标单位2019年完成2020年目标2021年目标\n地区生产总值增长%6.9—6.5左右';
    expect(read(text, text.indexOf('增长'))).toEqual([
      ['actual', 2019, 'growth', 6.9, 'exact'],
      ['target', 2021, 'growth', 6.5, 'about'],
    ]);
  });
  it('does not apply to prose or to a row whose cells do not match the header', () => {
    const header = '指标单位2019年完成2020年目标\n';
    expect(read(`${header}地区生产总值增长%6.9`, header.length + 6)).toBeNull();
    expect(read(`${header}全县上下，地区生产总值增长%6.9 7`, header.length + 11)).toBeNull();
  });
});
