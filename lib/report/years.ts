/**
 * The year reviewed and the year planned, from the best evidence the text offers, in this order:
 * part headings (2019年工作回顾, 2020年工作安排), a review of a five-year plan period (“十三五”时期的
 * 工作回顾 → 2020), the meeting date (a session from October on plans the next year), the National
 * People's Congress session (第十三届全国人民代表大会第四次会议 → 2021), a session line that gives
 * only the year (——2020年在…人民代表大会上), a title (2020年政府工作报告), and last a sentence that
 * opens a part with its year (2015年是…收官之年). Each year missing then follows from the other.
 */
import { fivePlanEnds, type Part } from './outline.ts';
import { LIMITS } from '../limits.ts';

export interface Years {
  reviewYear: number | null;
  planYear: number | null;
}

const CN_DIGITS = '一二三四五六七八九';
/** 第十三届全国人民代表大会第四次会议; 以来 marks the start of a period (第十一届…第一次会议以来的五年). */
const NPC_SESSION = /第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十]{1,2})次会议(以来)?/g;
/** A session line that gives only the year, or the year and month: ——2020年在陇县…会议上, ——2017年2月在…会议上. */
const SESSION_YEAR = /(\d{4})年(?:(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?)?在[^\n。]{0,40}?(?:人民代表大会|人大)/;
const REPORT_TITLE_YEAR = /(20\d{2})年(?:度)?(?:政府工作报告|.{0,6}政府工作报告)/;

/** 一 … 九十九. */
export function chineseNumber(s: string): number | null {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && CN_DIGITS.includes(s) ? CN_DIGITS.indexOf(s) + 1 : null;
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(s[0]!) + 1;
  const units = ten === s.length - 1 ? 0 : CN_DIGITS.indexOf(s[ten + 1]!) + 1;
  return tens > 0 && units >= 0 ? tens * 10 + units : null;
}

/**
 * The year of an NPC session: the n-th congress was elected in 1998 + 5(n − 9) (sixth 1983,
 * fourteenth 2023) and meets once a year, each March. Five years after a first session
 * (第十一届…第一次会议以来的五年) is the next congress's first session.
 */
export function npcSessionYear(text: string): number | null {
  let since: number | null = null;
  for (const m of text.matchAll(NPC_SESSION)) {
    const congress = chineseNumber(m[1]!);
    const session = chineseNumber(m[2]!);
    if (congress === null || session === null || congress < 6) continue;
    const year = 1998 + 5 * (congress - 9) + session - 1;
    if (!m[3]) return year;
    if (session === 1) since ??= year + 5;
  }
  return since;
}

/** The review part's text: where a December session shows it reviews its own year (2019年至2021年…). */
function reviewsSessionYear({ text, parts, year }: { text: string; parts: Part[]; year: number }): boolean {
  const review = parts.find((p) => p.kind === 'review');
  if (!review) return false;
  const body = text.slice(review.start, Math.min(review.end, review.start + LIMITS.yearEvidenceChars));
  return new RegExp(`(?:19|20)\\d{2}年(?:至|到|—|-)${year}年`).test(body);
}

/**
 * The first session of a newly elected local congress (…第十七届人民代表大会第一次会议). County and
 * city congresses are elected nationwide in the second half of 2006, 2011, 2016 and 2021 (the 换届
 * of 县乡 and 市 congresses), so a first session dated only by such a year sat in its last months:
 * it reviews that year and plans the next (石棉县, 安岳县, 庐江县 in December 2021). Provinces elect in
 * the years after (2008, 2013, 2018, 2023) and meet in January.
 */
const FIRST_SESSION = /第[一二三四五六七八九十]{1,3}届人民代表大会第一次会议/;
const isLocalElectionYear = (year: number): boolean => year % 5 === 1;

/** A sentence that opens with a year and says what the year is (2015年是…收官之年; 2020年，面对…). */
const YEAR_OPENING = /(?:^|[。！\n])[\s“]*((?:19|20)\d{2})年(?:是|，)/;

/**
 * The last evidence, for a page that gives no title, date, session or dated heading (a part of a
 * report copied without its head): the plan part speaks of its year first (2015年是…收官之年), the
 * review part of the year it reviews (2014年，面对…).
 */
function yearOpeningAPart({ text, parts }: { text: string; parts: Part[] }): Years | null {
  for (const kind of ['plan', 'review'] as const) {
    const part = parts.find((p) => p.kind === kind);
    if (!part) continue;
    const m = YEAR_OPENING.exec(text.slice(part.start, Math.min(part.end, part.start + LIMITS.yearEvidenceChars)));
    if (m) return kind === 'plan' ? { reviewYear: null, planYear: Number(m[1]) } : { reviewYear: Number(m[1]), planYear: null };
  }
  return null;
}

/** One source of evidence: the years it gives (either may be null). */
type Source = () => Years | null;

export function findYears({
  text,
  parts,
  date,
  title,
  titleBlock,
  national,
}: {
  text: string;
  parts: Part[];
  date: string | null;
  title: string;
  /** The lines above 各位代表 (title, session, speaker), without line breaks. */
  titleBlock: string;
  /** The State Council's report: an NPC session it names dates it (a local report may name one in passing). */
  national: boolean;
}): Years {
  const head = text.slice(0, LIMITS.yearEvidenceChars);
  const reviewPart = parts.find((p) => p.kind === 'review' && p.headingYear !== null);
  const planPart = parts.find((p) => p.kind === 'plan' && p.headingYear !== null && !/五年|十[一二三四五六七八九]五/.test(p.title ?? ''));
  const sources: Source[] = [
    () => ({ reviewYear: reviewPart?.headingYear ?? null, planYear: planPart?.headingYear ?? null }),
    () => {
      const review = parts.find((p) => p.kind === 'review' && p.title);
      const ends = review ? fivePlanEnds(review.title!) : [];
      return ends.length > 0 ? { reviewYear: Math.max(...ends), planYear: null } : null;
    },
    () => {
      if (!date) return null;
      const [y, m] = date.split('-').map(Number) as [number, number];
      const planned = m >= 10 ? y + 1 : y;
      return { reviewYear: planned - 1, planYear: planned };
    },
    () => {
      const year = national ? npcSessionYear(head) : null;
      return year === null ? null : { reviewYear: null, planYear: year };
    },
    () => {
      const m = SESSION_YEAR.exec(titleBlock);
      if (!m) return null;
      const year = Number(m[1]);
      const month = m[2] ? (/^\d/.test(m[2]) ? Number(m[2]) : chineseNumber(m[2])) : null;
      // A session from October on plans the next year, as with a full date.
      if (month !== null && month >= 10) return { reviewYear: year, planYear: year + 1 };
      if (month === null && isLocalElectionYear(year) && FIRST_SESSION.test(titleBlock)) return { reviewYear: year, planYear: year + 1 };
      return reviewsSessionYear({ text, parts, year }) ? { reviewYear: year, planYear: null } : { reviewYear: null, planYear: year };
    },
    () => {
      const m = REPORT_TITLE_YEAR.exec(title);
      return m ? { reviewYear: null, planYear: Number(m[1]) } : null;
    },
    () => yearOpeningAPart({ text, parts }),
  ];
  for (const source of sources) {
    const found = source();
    if (!found || (found.reviewYear === null && found.planYear === null)) continue;
    const reviewYear = found.reviewYear ?? found.planYear! - 1;
    return { reviewYear, planYear: found.planYear ?? reviewYear + 1 };
  }
  return { reviewYear: null, planYear: null };
}
