/**
 * The explain trace: every indicator mention gets a block saying which figures were read from it
 * and by which named rule, or why it yielded none; asking for it changes no figure.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainFigures, FigureTrace, parseReportText } from '../../../lib/report/index.ts';

const TEXT = [
  '政府工作报告',
  '各位代表：',
  '现在，我代表县人民政府向大会报告工作，请予审议。',
  '一、2020年工作回顾',
  '全县地区生产总值完成88亿元，增长4%；人均地区生产总值达到3万元；新建学校3个，实际利用外资达到12个项目。',
  '二、2021年工作安排',
  '地区生产总值增长6%左右，居民收入增长与地区生产总值增长同步。主要目标是地区生产总值增长6%。',
  '三、名词解释',
  '1.地区生产总值：一个地区所有常住单位在一定时期内生产活动的最终成果。',
].join('\n');

function explain(text: string): string {
  const trace = new FigureTrace();
  const { report } = parseReportText({ text, trace });
  return explainFigures({ name: 'test.txt', report, trace });
}

describe('explain trace', () => {
  const out = explain(TEXT);
  const blocks = out.split('\n').filter((l) => l.startsWith('['));

  it('opens with what the report is: detection, years and parts', () => {
    expect(out).toMatch(
      /^== test\.txt\nreport: yes · region unknown · review year 2020 · plan year 2021\ndetection: titled-report, addressed-delegates/,
    );
    expect(out).toMatch(/parts: preamble @0–\d+ · review «一、2020年工作回顾» @\d+–\d+ · plan «二、2021年工作安排»/);
  });

  it('lists every mention in text order, appendix included, with its part', () => {
    expect(blocks.map((l) => l.replace(/ @\d+.*$/, ''))).toEqual([
      '[review] 地区生产总值',
      '[review] 地区生产总值',
      '[review] 实际利用外资',
      '[plan] 地区生产总值',
      '[plan] 居民收入',
      '[plan] 地区生产总值',
      '[plan] 地区生产总值',
      '[appendix] 地区生产总值',
    ]);
  });

  it('names the rule that read each figure, and why a mention or a figure was dropped', () => {
    const lineAfter = (n: number) => out.split('\n')[out.split('\n').indexOf(blocks[n]!) + 1];
    expect(out).toContain('✓ actual 2020 gdp level 88 亿元 exact   ← rule verb-value (a verb and its value');
    expect(out).toContain('✓ actual 2020 gdp growth 4 % exact   ← rule verb-value');
    expect(lineAfter(1)).toBe('    ✗ another measure: a foreign prefix stands before it (人均)');
    expect(lineAfter(2)).toBe('    ✗ a value in a unit outside the vocabulary (12个)');
    expect(out).toContain('✓ target 2021 resident_income growth — % sync   ← rule sync (与经济增长同步 → growth, no value)');
    expect(lineAfter(5)).toBe('    ✗ read as part of the clause of an earlier mention');
    expect(lineAfter(6)).toMatch(/^ {4}✗ target 2021 gdp growth 6 % exact {3}← rule verb-value \(/);
    expect(out).toContain(
      '✗ target 2021 gdp growth 6 % exact   ← rule verb-value (a verb and its value: 增长6%, 达到204.6亿元)\n      dropped: a duplicate of an earlier figure',
    );
    expect(lineAfter(7)).toBe('    ✗ outside the review and plan parts (appendix)');
  });

  it('says when a segment after a comma holds a value it could not read, and not for a comment on the figure', () => {
    const text = TEXT.replace('全县地区生产总值完成88亿元，增长4%；', '全县地区生产总值完成88亿元，照新口径增长4%，为年计划的102%；');
    const lines = explain(text).split('\n');
    const block = lines.indexOf(lines.find((l) => l.startsWith('[review] 地区生产总值'))!);
    expect(lines.slice(block + 1, block + 3)).toEqual([
      '    ✓ actual 2020 gdp level 88 亿元 exact   ← rule verb-value (a verb and its value: 增长6%, 达到204.6亿元)',
      '    ✗ a segment after a comma, with a value in a vocabulary unit, was not read: no lead or verb recognised (照新口径增长4%)',
    ]);
    expect(explain(TEXT.replace('增长4%；', '增长4%，为年计划的102%；'))).not.toContain('was not read');
  });

  it('changes no figure', () => {
    const plain = parseReportText({ text: TEXT }).report;
    const traced = parseReportText({ text: TEXT, trace: new FigureTrace() }).report;
    expect(traced).toEqual(plain);
  });

  it('is what `extract --explain` prints', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const run = spawnSync(resolve(root, 'node_modules/.bin/node'), ['scripts/extract.ts', '--explain', '-'], {
      cwd: root,
      encoding: 'utf8',
      input: TEXT,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(out.replace('== test.txt', '== -'));
  });
});
