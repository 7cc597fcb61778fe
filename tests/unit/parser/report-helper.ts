/** A minimal county report around one review sentence and one plan sentence, for tests of single phrasings. */
import { parseReportText } from '../../../lib/report/index.ts';
import type { Figure } from '../../../lib/report/types.ts';

export function miniReport({
  review = '全县经济平稳运行。',
  plan = '全面推进各项工作。',
  reviewTitle = '一、2020年工作回顾',
  planTitle = '二、2021年工作安排',
} = {}) {
  const text = [
    '政府工作报告',
    '——2021年1月20日在青岚县第十七届人民代表大会第五次会议上',
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
    reviewTitle,
    review,
    planTitle,
    plan,
  ].join('\n');
  return parseReportText({ text }).report;
}

/** indicator, measure, value, unit, qualifier (and max for a range). */
export type Short = [string, string, number | null, string, string, number?];

export const short = (f: Figure): Short => {
  const s: Short = [f.indicator, f.measure, f.value, f.unit, f.qualifier];
  if (f.max !== null) s.push(f.max);
  return s;
};
export const targetsOf = (plan: string) => miniReport({ plan }).targets.map(short);
export const actualsOf = (review: string) => miniReport({ review }).actuals.map(short);
