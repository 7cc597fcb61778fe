/** Detection of real reports in every form they are published, and of their look-alikes, on invented pages. */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../lib/report/index.ts';

const detect = (text: string, title = '') => {
  const { report } = parseReportText({ text, title });
  return { isReport: report.isReport, kind: report.kind, codes: report.reasons.map((r) => r.code) };
};

describe('real reports', () => {
  it('the State Council’s report as published: no title line, it starts at 各位代表', () => {
    const text =
      '各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2027年工作回顾\n国内生产总值增长5%。\n二、2028年政府工作任务\n国内生产总值增长5%左右。';
    expect(detect(text)).toEqual({
      isReport: true,
      kind: 'report',
      codes: ['addressed-delegates', 'reports-work', 'review-and-plan', 'short-text'],
    });
  });
  it('a page that publishes only the review part', () => {
    const text =
      '政府工作报告\n各位代表：\n现在，我代表市人民政府向大会作工作报告，请予审议。\n一、2021年工作回顾\n全市地区生产总值增长6%。';
    expect(detect(text)).toMatchObject({
      isReport: true,
      codes: ['titled-report', 'addressed-delegates', 'reports-work', 'review-only', 'short-text'],
    });
  });
  it('the title may be only in the page title', () => {
    const text = '各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n全县地区生产总值增长6%。';
    expect(detect(text, '2022年某县政府工作报告_某县人民政府').isReport).toBe(true);
  });
});

describe('pages of unseen reports', () => {
  it('the later page of a split report: only the plan part, under the report’s title', () => {
    const text =
      '某县2024年政府工作报告（三）\n三、2024年工作安排\n各位代表，今年是关键之年。今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。';
    expect(detect(text)).toEqual({
      isReport: true,
      kind: 'report',
      codes: ['titled-report', 'addressed-delegates', 'plan-only', 'short-text'],
    });
  });
  it('a report without part headings dates itself by its title line', () => {
    const text =
      '2016年某县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n过去一年，全县地区生产总值增长7%。\n今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右。';
    const { report } = parseReportText({ text });
    expect([report.isReport, report.reviewYear, report.planYear, report.region?.name]).toEqual([true, 2015, 2016, '某县']);
  });
});

describe('look-alikes', () => {
  it('a speech to the session, addressed to 各位代表 and quoting the targets', () => {
    const text =
      '在某县第十八届人民代表大会第三次会议闭幕时的讲话\n各位代表，同志们：\n会议审议通过了政府工作报告。\n这次会议确定了今年全县经济社会发展的主要预期目标：地区生产总值增长6%左右。';
    expect(detect(text)).toEqual({ isReport: false, kind: 'other', codes: ['title-speech'] });
  });
  it('another body’s report to the session: the standing committee, the court', () => {
    const text =
      '各位代表：\n现在，我代表县人民代表大会常务委员会，向大会报告工作，请予审议。\n一、过去一年的主要工作\n常委会依法开展执法检查。\n二、今年的主要任务\n围绕地区生产总值增长6%左右的目标开展监督。';
    expect(detect(text)).toEqual({ isReport: false, kind: 'other', codes: ['other-body'] });
    expect(detect('某县人民法院工作报告\n各位代表：\n现在，我向大会报告工作。').codes).toEqual(['other-body']);
  });
  it('政府工作报告 in a paragraph is no title', () => {
    const text =
      '各位代表，同志们：\n大会在全体代表的共同努力下圆满完成了各项议程，审议通过了政府工作报告和其他各项报告，今天就要胜利闭幕了。\n这次会议确定了今年全县经济社会发展的主要预期目标：地区生产总值增长6%左右。';
    expect(detect(text).isReport).toBe(false);
  });
  it('the congress’s resolution on the report', () => {
    const text =
      '某省第十四届人民代表大会第二次会议关于政府工作报告的决议\n（2024年1月20日通过）\n会议听取和审议了省长所作的政府工作报告，决定批准这个报告。';
    expect(detect(text)).toEqual({ isReport: false, kind: 'other', codes: ['title-resolution'] });
  });
  it('a sister document read by a department on the government’s behalf, even without its title', () => {
    const text =
      '各位代表：\n受县人民政府委托，向大会书面报告2023年国民经济和社会发展计划执行情况与2024年计划草案，请予审议。\n一、2023年计划执行情况';
    expect(detect(text)).toEqual({ isReport: false, kind: 'plan', codes: ['title-plan', 'delegated'] });
    const untitled = '各位代表：\n受县人民政府委托，现将今年的有关情况报告如下，请予审议。';
    expect(detect(untitled)).toEqual({ isReport: false, kind: 'other', codes: ['delegated'] });
  });
  it('news of the session', () => {
    expect(detect('某县第十八届人民代表大会第二次会议隆重开幕\n县长作政府工作报告。').kind).toBe('news');
  });
  it('a plan report that opens with 我代表 but reports no work is no report', () => {
    const text = '关于2023年上半年国民经济和社会发展计划执行情况的报告\n各位委员：\n我代表区人民政府，向本次会议报告上半年计划执行情况。';
    expect(detect(text)).toEqual({ isReport: false, kind: 'plan', codes: ['title-plan'] });
  });
});
