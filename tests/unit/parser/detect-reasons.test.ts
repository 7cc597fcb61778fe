/** Detection reasons are codes the panel words in either language; sentences of earlier versions still read. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { REASON_CODES, reasonFromLegacy } from '../../../lib/report/detect-reasons.ts';
import { DetectionReasonsSchema, ReportDocumentSchema } from '../../../lib/report/schema.ts';
import { describeReason, strings } from '../../../lib/i18n.ts';
import { parseReportText } from '../../../lib/report/index.ts';

describe('detection reasons', () => {
  it('every code has words in Chinese and English', () => {
    for (const code of REASON_CODES) {
      expect(describeReason(strings('zh'), { code, count: 7 })).toMatch(/[\u4e00-\u9fff]/);
      expect(describeReason(strings('en'), { code, count: 7 })).toMatch(/[a-z]/);
    }
    expect(describeReason(strings('zh'), { code: 'long-text', count: 5200 })).toBe('正文较长（5200 字）');
    expect(describeReason(strings('en'), { code: 'long-text', count: 5200 })).toBe('long text (5200 characters)');
  });

  it('sentences written by earlier versions are read back to their codes; unknown sentences are left out', () => {
    expect(reasonFromLegacy('页面列出 4 份政府工作报告的链接，正文很短')).toEqual({ code: 'list-page', count: 4 });
    expect(reasonFromLegacy('以“各位代表”开篇')).toEqual({ code: 'addressed-delegates' });
    const parsed = v.parse(DetectionReasonsSchema, ['标题为“政府工作报告”', '正文较长（12000 字）', { code: 'reports-work' }, '别的话']);
    expect(parsed).toEqual([{ code: 'titled-report' }, { code: 'long-text', count: 12000 }, { code: 'reports-work' }]);
  });

  it('a document stored with sentence reasons still validates, with codes', () => {
    const { report } = parseReportText({
      text: '政府工作报告\n各位代表：\n我代表县人民政府向大会报告工作。\n一、2020年工作回顾\n地区生产总值增长5%。\n二、2021年工作安排\n地区生产总值增长6%。',
    });
    const old = { ...report, reasons: ['标题为“政府工作报告”', '以“各位代表”开篇'] };
    const result = v.safeParse(ReportDocumentSchema, old);
    expect(result.success).toBe(true);
    expect(result.success && result.output.reasons).toEqual([{ code: 'titled-report' }, { code: 'addressed-delegates' }]);
  });

  it('reasons say what the detector saw', () => {
    const { report } = parseReportText({
      text: '各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n国内生产总值增长5%。',
    });
    expect(report.reasons.map((r) => r.code)).toEqual(['addressed-delegates', 'reports-work', 'review-only', 'short-text']);
  });
});
