/** The years of a report from every kind of evidence the text offers, and the State Council's report. */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../lib/report/index.ts';
import { chineseNumber, npcSessionYear } from '../../../lib/report/years.ts';
import { fivePlanEnds, findStructure, horizonYear } from '../../../lib/report/outline.ts';

const OPENING = '各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。';
const years = (text: string) => {
  const { report } = parseReportText({ text });
  return [report.reviewYear, report.planYear];
};

describe('numbers, congresses and plan periods', () => {
  it('reads Chinese numerals up to 九十九', () => {
    expect(['一', '九', '十', '十一', '十四', '二十', '二十三'].map(chineseNumber)).toEqual([1, 9, 10, 11, 14, 20, 23]);
  });
  it('dates a National People’s Congress session; a period since a first session ends five years later', () => {
    expect(npcSessionYear('在第十三届全国人民代表大会第四次会议上')).toBe(2021);
    expect(npcSessionYear('向第十届全国人民代表大会第一次会议报告')).toBe(2003);
    expect(npcSessionYear('第十二届全国人民代表大会第一次会议以来的五年')).toBe(2018);
    expect(npcSessionYear('第九届全国人民代表大会第一次会议以来的五年。向第十届全国人民代表大会第一次会议报告')).toBe(2003);
  });
  it('ends five-year plans: 九五 2000, 十五 2005 (quoted only), 十四五 2025', () => {
    expect(fivePlanEnds('“九五”时期的回顾')).toEqual([2000]);
    expect(fivePlanEnds('“十五”期间的目标')).toEqual([2005]);
    expect(fivePlanEnds('党的十五大以来')).toEqual([]);
    expect(fivePlanEnds('“十三五”成就和“十四五”目标')).toEqual([2020, 2025]);
    expect(horizonYear('“十三五”时期发展成就和“十四五”时期主要目标任务', 2021)).toBe(2025);
  });
});

describe('report years of unseen forms', () => {
  it('a session line in Chinese numerals gives the date', () => {
    const { report } = parseReportText({
      text: `政府工作报告\n——二〇一〇年一月二十六日在某县第十五届人民代表大会第四次会议上\n${OPENING}\n一、过去一年工作回顾\n二、今年工作安排`,
    });
    expect([report.date, report.reviewYear, report.planYear]).toEqual(['2010-01-26', 2009, 2010]);
  });
  it('a session line with a month and no day; a December one plans the next year', () => {
    const head = (month: string) =>
      `政府工作报告\n——2017年${month}在某区第二届人民代表大会第五次会议上\n${OPENING}\n一、过去一年的工作\n二、今年的目标任务`;
    expect(years(head('2月'))).toEqual([2016, 2017]);
    expect(years(head('12月'))).toEqual([2017, 2018]);
  });
});

describe('pages with little head', () => {
  it('a date alone on its line under the title', () => {
    const { report } = parseReportText({ text: `政府工作报告\n2019年1月15日\n${OPENING}\n一、过去一年工作回顾\n二、今年工作安排` });
    expect([report.date, report.reviewYear, report.planYear]).toEqual(['2019-01-15', 2018, 2019]);
  });
  it('no title, date or dated heading: a part that opens a sentence with its year', () => {
    expect(
      years(
        `${OPENING}\n一、过去一年工作回顾\n一年来，全县经济平稳。\n二、今年工作安排\n2015年是“十二五”收官之年。今年的主要预期目标是：地区生产总值增长8%左右。`,
      ),
    ).toEqual([2014, 2015]);
    expect(years(`${OPENING}\n一、过去一年工作回顾\n2014年，全县经济平稳运行。\n二、今年工作安排\n做好今年工作意义重大。`)).toEqual([
      2014, 2015,
    ]);
  });
});

describe('first sessions of local congresses dated only by the year', () => {
  const head = (line: string) => `政府工作报告\n——${line}\n${OPENING}\n过去五年工作回顾\n五年来，全县经济平稳发展。`;
  it('in a year of local elections the session sat in its last months: it reviews that year', () => {
    expect(years(head('2021年在某县第十七届人民代表大会第一次会议上'))).toEqual([2021, 2022]);
    expect(years(head('2016年在某市第十五届人民代表大会第一次会议上'))).toEqual([2016, 2017]);
  });
  it('other sessions, and first sessions of other years (provinces elect later and meet in January), plan their year', () => {
    expect(years(head('2021年在某县第十六届人民代表大会第五次会议上'))).toEqual([2020, 2021]);
    expect(years(head('2023年在某省第十四届人民代表大会第一次会议上'))).toEqual([2022, 2023]);
  });
});

describe('report years', () => {
  it('from part headings', () => {
    expect(years(`${OPENING}\n一、2019年工作回顾\n二、2020年工作安排`)).toEqual([2019, 2020]);
  });
  it('a review of a five-year plan period reviews its last year', () => {
    expect(years(`政府工作报告\n${OPENING}\n“十二五”时期的工作回顾\n五年来，全市经济平稳发展。`)).toEqual([2015, 2016]);
  });
  it('a session line with only the year plans that year', () => {
    expect(years(`政府工作报告\n——2018年在某县第九届人民代表大会第三次会议上\n${OPENING}\n过去一年，全县经济平稳发展。`)).toEqual([
      2017, 2018,
    ]);
  });
  it('unless the review part speaks of that year as done (a December session)', () => {
    const text = `政府工作报告\n——2016年在某县第九届人民代表大会第一次会议上\n${OPENING}\n过去五年工作回顾\n2014年至2016年连续三年获评先进县。`;
    expect(years(text)).toEqual([2016, 2017]);
  });
  it('a full meeting date from October on plans the next year', () => {
    expect(years(`政府工作报告\n——2019年12月20日在某县第九届人民代表大会第五次会议上\n${OPENING}\n过去一年，全县经济平稳发展。`)).toEqual([
      2019, 2020,
    ]);
  });
});

describe("the State Council's report", () => {
  it('without a title line: a report of the nation, dated by its congress session', () => {
    const text =
      '各位代表：\n现在，我代表国务院，向第十五届全国人民代表大会第二次会议报告政府工作，请予审议。\n一、过去一年工作回顾\n国内生产总值增长5%。\n二、今年工作建议\n国内生产总值增长5%左右。';
    const { report } = parseReportText({ text });
    expect(report.isReport).toBe(true);
    expect(report.region).toEqual({ name: '全国', level: 'nation' });
    expect(report.meeting).toBe('第十五届全国人民代表大会第二次会议');
    expect([report.reviewYear, report.planYear]).toEqual([2028, 2029]);
  });
  it('a provincial report that names an NPC session in passing is not national, nor dated by it', () => {
    const text =
      '政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、过去一年工作回顾\n习近平总书记在第十三届全国人民代表大会第一次会议期间参加我省代表团审议。';
    const { report } = parseReportText({ text });
    expect(report.region?.level).not.toBe('nation');
    expect(report.planYear).toBeNull();
  });
  it('the premier on the line under 国务院总理 is the speaker', () => {
    const text =
      '政府工作报告\n——2030年3月5日在第十六届全国人民代表大会第三次会议上\n国务院总理\n王某某\n各位代表：\n现在，我代表国务院，向大会报告政府工作。';
    expect(parseReportText({ text }).report.speaker).toEqual({ name: '王某某', title: '国务院总理' });
  });
});

describe('parts', () => {
  it('once parts are numbered, a bare line is a sub-heading inside its part', () => {
    const text = `${OPENING}\n一、过去一年工作回顾\n过去一年成绩显著。\n一年来的主要工作是\n抓好项目建设。\n二、今年工作安排\n推进各项工作。`;
    const { parts, outline } = findStructure(text);
    expect(parts.map((p) => [p.kind, p.title])).toEqual([
      ['preamble', null],
      ['review', '一、过去一年工作回顾'],
      ['plan', '二、今年工作安排'],
    ]);
    expect(outline.map((o) => [o.level, o.title])).toEqual([
      [1, '一、过去一年工作回顾'],
      [2, '一年来的主要工作是'],
      [1, '二、今年工作安排'],
    ]);
  });
});
