/**
 * Is this page a government work report, or one of its near misses? Near misses carry the same
 * words and even the same targets: news of the congress session, 一图读懂 infographics, lists of
 * reports, the NPC's resolution on the report, and the sister documents read to the same session
 * (计划执行情况与计划草案的报告, 预算报告, read by a department 受政府委托), plus 统计公报 and 解读
 * pages. The page's own title decides most; the text's shape (各位代表, 我代表…向大会报告工作, a
 * review and a plan part) confirms. A report may lack its title line (the State Council's reports
 * as published start at 各位代表) or publish only its review part, or only its plan part.
 */
import type { Detection, DetectionReason, PageKind } from './types.ts';
import type { ReasonCode } from './detect-reasons.ts';
import type { Part } from './outline.ts';
import { LIMITS } from '../limits.ts';

/** Sister documents and pages about a report, by the words of their titles. Checked in order. */
const NEAR_MISSES: { kind: PageKind; pattern: RegExp; code: ReasonCode }[] = [
  { kind: 'infographic', pattern: /一图(读懂|看懂|速览|了解)|图解|图说|长图|海报/, code: 'title-infographic' },
  { kind: 'interpretation', pattern: /解读|问答|答记者问|热词|关键词|亮点/, code: 'title-interpretation' },
  { kind: 'plan', pattern: /计划执行情况|计划草案|经济和社会发展计划的报告/, code: 'title-plan' },
  { kind: 'budget', pattern: /预算执行情况|预算草案|预算的报告|决算/, code: 'title-budget' },
  { kind: 'statistics', pattern: /统计公报|国民经济和社会发展统计/, code: 'title-statistics' },
  { kind: 'other', pattern: /关于[^，。]{0,20}政府工作报告的决议/, code: 'title-resolution' },
  {
    kind: 'other',
    pattern: /(?:人民代表大会常务委员会|人大常委会|常务委员会|人民法院|人民检察院)工作报告/,
    code: 'other-body',
  },
];
/**
 * Another body reports its own work to the same session (我代表县人民代表大会常务委员会，向大会报告工作;
 * the court, the procuratorate): 各位代表 and 向大会报告工作 as in a work report, but not the government.
 */
const OTHER_BODY = /我代表[^，。；]{0,24}?(?:常务委员会|人民法院|人民检察院)/;
/**
 * A speech to the session (在…会议闭幕时的讲话, 开幕词) opens with 各位代表 too and may quote the year's
 * targets; its headline says what it is. Read in the title and the first line only: a report's
 * paragraphs cite speeches (习近平总书记…时的讲话精神).
 */
const SPEECH = /(?:时|上)的讲话$|讲话稿|致辞$|闭幕词|开幕词/;
const NEWS_MARKERS = /(开幕|闭幕|召开|隆重|胜利|听取|审议|通过|举行|记者|本报讯|讯[（(]|报道|代表团|分组讨论|热议)/;
const REPORT_TITLE = /政府工作报告/;
/** The head of government reports the work himself: 我代表县人民政府向大会报告工作, 我代表国务院向大会作报告. */
const REPORTS_WORK =
  /代表(?:国务院|[\u4e00-\u9fff]{0,12}?人民政府)[，,]?向[^，。；]{0,30}?(?:作(?:政府)?(?:工作)?报告|报告[^，。；]{0,8}?工作)|向大会报告(?:政府)?工作|报告政府工作|作政府工作报告/;
/** A department reads a sister document on the government's behalf: 受区人民政府委托，向大会书面报告…计划执行情况. */
const DELEGATED = /受[^，。；]{0,20}?(?:政府|委员会)委托/;
/** Characters after 各位代表 that hold the opening sentence. */
const OPENING_CHARS = 200;

/** A sister document or a page about a report, by what its title, first lines or opening say; null for neither. */
function nearMiss(compactTitle: string, firstLines: string, opening: string): Detection | null {
  const named = NEAR_MISSES.find((n) => n.pattern.test(compactTitle) || n.pattern.test(firstLines));
  const delegated = DELEGATED.test(opening) && !/我代表/.test(opening);
  const otherBody = !named && OTHER_BODY.test(opening);
  if (!named && !delegated && !otherBody) return null;
  const reasons: DetectionReason[] = [];
  if (named) reasons.push({ code: named.code });
  if (delegated) reasons.push({ code: 'delegated' });
  if (otherBody) reasons.push({ code: 'other-body' });
  const kind = named?.kind ?? NEAR_MISSES.find((n) => n.pattern.test(opening))?.kind ?? 'other';
  return { isReport: false, kind, confidence: named ? 0.9 : 0.8, reasons };
}

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
  const compactTitle = title.replace(/\s+/g, '');
  const head = text.slice(0, LIMITS.detectionHeadChars);
  // The page's headline is usually the article's first line when the <title> is the site's name.
  const firstLines = head.split('\n').slice(0, 4).join(' ');
  const address = head.indexOf('各位代表');
  const addressed = address >= 0;
  const opening = addressed ? head.slice(address, address + OPENING_CHARS) : head.slice(0, OPENING_CHARS);

  const miss = nearMiss(compactTitle, firstLines, opening);
  if (miss) return miss;
  const headline = head.split('\n', 1)[0]!.trim();
  if (SPEECH.test(compactTitle) || SPEECH.test(headline)) {
    return { isReport: false, kind: 'other', confidence: 0.85, reasons: [{ code: 'title-speech' }] };
  }
  if (!addressed && reportLinks >= LIMITS.listPageMinLinks && text.length < LIMITS.minReportChars) {
    return { isReport: false, kind: 'list', confidence: 0.85, reasons: [{ code: 'list-page', count: reportLinks }] };
  }
  if (!addressed && NEWS_MARKERS.test(`${compactTitle} ${firstLines}`)) {
    return { isReport: false, kind: 'news', confidence: 0.8, reasons: [{ code: 'news' }] };
  }

  const reasons: DetectionReason[] = [];
  let score = 0;
  // A title is a short line without a sentence's punctuation: 审议通过了政府工作报告，… in a paragraph names no page.
  const titleLines = head
    .split('\n')
    .slice(0, 4)
    .filter((line) => line.length <= LIMITS.titleLineMaxChars && !/[，。；！？]/.test(line))
    .join(' ');
  const named = REPORT_TITLE.test(`${compactTitle} ${titleLines}`);
  if (named) {
    score += 0.35;
    reasons.push({ code: 'titled-report' });
  }
  if (addressed) {
    score += 0.2;
    reasons.push({ code: 'addressed-delegates' });
  }
  if (REPORTS_WORK.test(head)) {
    score += 0.2;
    reasons.push({ code: 'reports-work' });
  }
  const hasReview = parts.some((p) => p.kind === 'review');
  const hasPlan = parts.some((p) => p.kind === 'plan');
  if (hasReview && hasPlan) {
    score += 0.2;
    reasons.push({ code: 'review-and-plan' });
  } else if (hasReview) {
    score += 0.1;
    reasons.push({ code: 'review-only' });
  } else if (hasPlan) {
    // The later page of a report split over several (…_2.shtml) holds the plan part under the report's title.
    score += 0.1;
    reasons.push({ code: 'plan-only' });
  }
  if (text.length >= LIMITS.minReportChars) {
    score += 0.1;
    reasons.push({ code: 'long-text', count: text.length });
  } else {
    reasons.push({ code: 'short-text', count: text.length });
  }
  const isReport = score >= LIMITS.reportScoreThreshold && (named || addressed);
  return {
    isReport,
    kind: isReport ? 'report' : 'other',
    confidence: Math.round(Math.min(1, isReport ? score : 1 - score) * 100) / 100,
    reasons,
  };
}
