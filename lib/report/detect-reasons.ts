/**
 * Why a page is, or is not, a work report: one code per thing the detector saw, so the side panel
 * can say it in Chinese or English (lib/i18n.ts holds the words for every code). This is the one
 * table of codes; the detector uses nothing else.
 */
import type { DetectionReason } from './types.ts';

export const REASON_CODES = [
  // Near misses, by what their title or first lines say (title-*) or how their opening speaks.
  'title-infographic', // 一图读懂, 图解
  'title-interpretation', // 解读, 答记者问
  'title-plan', // 计划执行情况与计划草案的报告
  'title-budget', // 预算执行情况和预算草案的报告
  'title-statistics', // 统计公报
  'title-resolution', // 人民代表大会关于政府工作报告的决议
  'title-speech', // 在…会议闭幕时的讲话, 开幕词: a speech to the session
  'delegated', // 受…人民政府委托: a department reads a sister document on the government's behalf
  'other-body', // 人大常委会工作报告, 法院/检察院工作报告: another body reports its own work to the session
  'list-page', // count: links naming a work report, on a short page
  'news', // news of the session: no 各位代表 opening
  // Signs of a report.
  'titled-report', // 政府工作报告 in the title or the first lines
  'addressed-delegates', // 各位代表 opens the text
  'reports-work', // 我代表…人民政府/国务院向大会报告工作
  'review-and-plan', // a review part and a plan part
  'review-only', // a review part but no plan part (a page that publishes part of a report)
  'plan-only', // a plan part but no review part (a later page of a report split over several)
  'long-text', // count: characters
  'short-text', // count: characters
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Reasons as versions before structured reasons wrote them (Chinese sentences), matched back to
 * their codes, so backups and stored documents of those versions still import. The old detector
 * wrote only these sentences.
 */
const LEGACY: [RegExp, ReasonCode][] = [
  [/^标题是图解/, 'title-infographic'],
  [/^标题是对报告的解读/, 'title-interpretation'],
  [/^标题是计划执行情况/, 'title-plan'],
  [/^标题是预算报告/, 'title-budget'],
  [/^标题是统计公报/, 'title-statistics'],
  [/^页面列出 (\d+) 份政府工作报告的链接/, 'list-page'],
  [/^是关于会议或报告的新闻/, 'news'],
  [/^标题为“政府工作报告”/, 'titled-report'],
  [/^以“各位代表”开篇/, 'addressed-delegates'],
  [/^代表政府向人民代表大会报告工作/, 'reports-work'],
  [/^有工作回顾和今年工作安排两部分/, 'review-and-plan'],
  [/^正文较长（(\d+) 字）/, 'long-text'],
  [/^正文较短（(\d+) 字）/, 'short-text'],
];

/** A reason written by an earlier version as a sentence; null for a sentence no version wrote. */
export function reasonFromLegacy(sentence: string): DetectionReason | null {
  for (const [pattern, code] of LEGACY) {
    const m = pattern.exec(sentence);
    if (m) return m[1] === undefined ? { code } : { code, count: Number(m[1]) };
  }
  return null;
}
