/**
 * What county pages do to report text, undone: full-width digits, spaces, letter-spaced titles,
 * markdown residue, page-break cuts, repeated date lines, footnote markers — with offsets that
 * still point into the original text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeReportText, toReportEnd, toReportStart } from '../../../lib/report/normalize.ts';

const norm = (text: string) => normalizeReportText(text).text;

describe('normalizeReportText', () => {
  it('reads full-width digits and signs as ASCII, and keeps Chinese punctuation', () => {
    expect(norm('增长８６．４％，（一）')).toBe('增长86.4%，（一）');
  });
  it('reads years in Chinese numerals as digits, one character for one', () => {
    const text = '——二〇〇九年二月十八日；二○一六年；一九九八年；第一二〇年';
    expect(norm(text)).toBe('——2009年二月十八日；2016年；1998年；第一二〇年');
    expect(normalizeReportText(text).text.length).toBe(text.length);
  });
  it('closes spaces between numbers, units and Chinese, and letter-spaced titles', () => {
    expect(norm('增长 6.2 %左右')).toBe('增长6.2%左右');
    expect(norm('政 府 工 作 报 告')).toBe('政府工作报告');
    expect(norm('县\u00a0\u00a0长\u3000刘惠民')).toBe('县长刘惠民');
    expect(norm('R D 45 6')).toBe('R D 45 6');
  });
  it('drops markdown bold residue', () => {
    expect(norm('今年的**主要预期目标**是')).toBe('今年的主要预期目标是');
  });
  it('joins a sentence or a number a page break cut in two', () => {
    const long = '突出产业就业扶贫,整合财政资金2.43亿元,投放扶贫小额贷款4200万元,实施产业扶贫项目147个,完成贫';
    expect(norm(`${long}\n\n困劳动力培训2000人。`)).toBe(`${long}困劳动力培训2000人。`);
    expect(norm('各位代表,奋斗充满艰辛,这些成绩的取得,\n是全县人民共同奋斗的结果。')).toBe(
      '各位代表,奋斗充满艰辛,这些成绩的取得,是全县人民共同奋斗的结果。',
    );
    expect(norm('地区生产总值完成20\n4.6亿元')).toBe('地区生产总值完成204.6亿元');
    // Headings stay on their own lines.
    expect(norm('2019年工作回顾\n过去的一年')).toBe('2019年工作回顾\n过去的一年');
    expect(norm(`${long}\n（二）加快绿色发展`)).toBe(`${long}\n（二）加快绿色发展`);
  });
  it('drops repeated stray date lines and page numbers, keeps a single date', () => {
    expect(norm('正文。\n2022-10-06\n2022-10-06\n— 3 —\n下文。')).toBe('正文。\n下文。');
    expect(norm('（2021年1月20日）\n各位代表：')).toBe('（2021年1月20日）\n各位代表：');
  });
  it('removes inline footnote markers and reports them with their place in the original text', () => {
    const text = '做好“六稳”[1]工作，落实“六保”［2］任务。\n[3]不在行中间的编号保留';
    const n = normalizeReportText(text);
    expect(n.text).toBe('做好“六稳”工作，落实“六保”任务。\n[3]不在行中间的编号保留');
    expect(n.footnotes.map((f) => [f.number, text.slice(f.start, f.end)])).toEqual([
      [1, '[1]'],
      [2, '［2］'],
    ]);
  });
  it('maps every normalised offset back into the original text', () => {
    const text = '**主要目标**：地区生产总值增长 ６ %左右';
    const n = normalizeReportText(text);
    const at = n.text.indexOf('地区生产总值增长6%左右');
    const start = toReportStart(n, at);
    const end = toReportEnd(n, at + '地区生产总值增长6%左右'.length);
    expect(text.slice(start, end)).toBe('地区生产总值增长 ６ %左右');
  });
});
