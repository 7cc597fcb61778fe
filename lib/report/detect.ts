/**
 * Is this page a government work report, or one of its near misses? Near misses carry the same
 * words and even the same targets: news of the congress session, 一图读懂 infographics, lists of
 * reports, and the sister documents read to the same session (计划执行情况与计划草案的报告,
 * 预算报告), plus 统计公报 and 解读 pages. The page's own title decides most; the text's shape
 * (各位代表, 向大会报告工作, a review and a plan part) confirms.
 */
import type { Detection, PageKind } from './types.ts';
import type { Part } from './outline.ts';
import { LIMITS } from '../limits.ts';

/** Sister documents and pages about a report, by the words of their titles. Checked in order. */
const NEAR_MISSES: { kind: PageKind; pattern: RegExp; reason: string }[] = [
  { kind: 'infographic', pattern: /一图(读懂|看懂|速览|了解)|图解|图说|长图|海报/, reason: '标题是图解（一图读懂）' },
  { kind: 'interpretation', pattern: /解读|问答|答记者问|热词|关键词|亮点/, reason: '标题是对报告的解读' },
  { kind: 'plan', pattern: /计划执行情况|计划草案|经济和社会发展计划的报告/, reason: '标题是计划执行情况与计划草案的报告' },
  { kind: 'budget', pattern: /预算执行情况|预算草案|预算的报告|决算/, reason: '标题是预算报告' },
  { kind: 'statistics', pattern: /统计公报|国民经济和社会发展统计/, reason: '标题是统计公报' },
];
const NEWS_MARKERS = /(开幕|闭幕|召开|隆重|胜利|听取|审议|通过|举行|记者|本报讯|讯[（(]|报道|代表团|分组讨论|热议)/;
const REPORT_TITLE = /政府工作报告/;

export function detectReport({
  title,
  text,
  parts,
  reportLinks = 0,
}: {
  title: string;
  text: string;
  parts: Part[];
  reportLinks?: number;
}): Detection {
  const reasons: string[] = [];
  const compactTitle = title.replace(/\s+/g, '');
  const head = text.slice(0, LIMITS.detectionHeadChars);
  // The page's headline is usually the article's first line when the <title> is the site's name.
  const firstLines = head.split('\n').slice(0, 4).join(' ');
  const headline = `${compactTitle} ${firstLines}`;

  for (const near of NEAR_MISSES) {
    if (near.pattern.test(compactTitle) || near.pattern.test(firstLines)) {
      return { isReport: false, kind: near.kind, confidence: 0.9, reasons: [near.reason] };
    }
  }

  const addressed = /各位代表/.test(head);
  if (!addressed && reportLinks >= LIMITS.listPageMinLinks && text.length < LIMITS.minReportChars) {
    return { isReport: false, kind: 'list', confidence: 0.85, reasons: [`页面列出 ${reportLinks} 份政府工作报告的链接，正文很短`] };
  }
  if (!addressed && NEWS_MARKERS.test(`${compactTitle} ${firstLines}`)) {
    return { isReport: false, kind: 'news', confidence: 0.8, reasons: ['是关于会议或报告的新闻（没有“各位代表”的报告开头）'] };
  }

  let score = 0;
  const named = REPORT_TITLE.test(headline);
  if (named) {
    score += 0.35;
    reasons.push('标题为“政府工作报告”');
  }
  if (addressed) {
    score += 0.2;
    reasons.push('以“各位代表”开篇');
  }
  if (/向大会报告(?:政府)?工作|报告政府工作|作政府工作报告/.test(head)) {
    score += 0.15;
    reasons.push('代表政府向人民代表大会报告工作');
  }
  const hasReview = parts.some((p) => p.kind === 'review');
  const hasPlan = parts.some((p) => p.kind === 'plan');
  if (hasReview && hasPlan) {
    score += 0.2;
    reasons.push('有工作回顾和今年工作安排两部分');
  }
  if (text.length >= LIMITS.minReportChars) {
    score += 0.1;
    reasons.push(`正文较长（${text.length} 字）`);
  } else {
    reasons.push(`正文较短（${text.length} 字）`);
  }
  const isReport = score >= LIMITS.reportScoreThreshold && (named || addressed);
  return {
    isReport,
    kind: isReport ? 'report' : 'other',
    confidence: Math.round(Math.min(1, isReport ? score : 1 - score) * 100) / 100,
    reasons,
  };
}
