/**
 * The report's structure: part and section headings (for navigation), and the parts that decide
 * whether a figure is a result (review part) or a target (plan part), and for which year.
 */
import type { OutlineItem } from './types.ts';
import { LIMITS } from '../limits.ts';

export type PartKind = 'preamble' | 'review' | 'plan' | 'appendix';

export interface Part {
  kind: PartKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  title: string | null;
  /** A year printed in the part's heading (2019年工作回顾 → 2019). */
  headingYear: number | null;
  /** Five-year plan parts (今后五年, “十四五”时期目标): the period's last year. */
  horizon: number | null;
}

interface Heading {
  start: number;
  title: string;
  style: 'numbered' | 'section' | 'unnumbered';
}

const NUMBERED = /^([一二三四五六七八九十]+)[、.．]\s*(.*)$/;
const SECTION = /^[（(]([一二三四五六七八九十]+)[)）]\s*(.*)$/;
/** Words that make a short unnumbered line a part title: 2019年工作回顾, 2022年工作安排, 报告用语注释. */
const PART_WORDS = /(回顾|目标|任务|安排|措施|思路|要求|展望|政府建设|自身建设|注释|名词解释|用语解释|工作重点|主要工作)/;
const APPENDIX_WORDS = /(名词解释|用语注释|相关注释|名词注释|用语解释|^注释|^附件|^附录)/;
const REVIEW_WORDS = /(回顾|过去|总结|成绩|取得的)/;
const HORIZON_WORDS = /(五年|十[一二三四五六七八九]五|“[六七八九十]五”|规划期|2035)/;

export function isAppendixTitle(title: string): boolean {
  return APPENDIX_WORDS.test(title);
}

/** Finds headings line by line. */
function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    const heading = classifyLine(line);
    if (heading) headings.push({ start, ...heading });
    start = end + 1;
  }
  return headings;
}

function classifyLine(line: string): Omit<Heading, 'start'> | null {
  if (line.length === 0) return null;
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    const title = headingTitle(line);
    return title ? { title, style: 'numbered' } : null;
  }
  const section = SECTION.exec(line);
  if (section) {
    const title = headingTitle(line);
    return title ? { title, style: 'section' } : null;
  }
  if (line.length <= 24 && !/[。，,；;！？!?]/.test(line) && PART_WORDS.test(line) && !/^政府工作报告$/.test(line)) {
    return { title: line.replace(/[：:]$/, ''), style: 'unnumbered' };
  }
  return null;
}

/** A whole short line, or the lead-in sentence of a long one. */
function headingTitle(line: string): string | null {
  if (line.length <= LIMITS.headingMaxChars && !/。./.test(line)) return line.replace(/[。：:]$/, '');
  const leadIn = /^(.*?)[。！]/.exec(line);
  if (leadIn && leadIn[1]!.length <= LIMITS.leadInMaxChars) return leadIn[1]!;
  return null;
}

function yearIn(title: string): number | null {
  const years = [...title.matchAll(/(19|20)\d{2}(?=年)/g)].map((m) => Number(m[0]));
  return years.length > 0 ? Math.max(...years) : null;
}

const FIVE_YEAR_PLAN = /十[一二三四五六七八九]五|“(?:[六七八九十])五”/g;

/**
 * The last year of each five-year plan named in `text` (“九五” → 2000, 十四五 → 2025): the n-th plan
 * since the third (1966–1970) ends in 1955 + 5n. A bare 十五 is read only in quotes (“十五”):
 * unquoted it is as often the fifteenth congress (党的十五大).
 */
export function fivePlanEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(FIVE_YEAR_PLAN)) {
    const name = m[0].replace(/[“”]/g, '');
    const n = name.length === 3 ? 10 + '一二三四五六七八九'.indexOf(name[1]!) + 1 : '六七八九十'.indexOf(name[0]!) + 6;
    ends.push(1955 + 5 * n);
  }
  return ends;
}

/**
 * The horizon of a plan part or sentence: the last year of the latest five-year plan named in
 * `title` (“十三五”时期发展成就和“十四五”时期主要目标 → 2025), a year later than the plan year
 * (到2035年), or, for 今后五年, the plan year + 4.
 */
export function horizonYear(title: string, planYear: number | null): number | null {
  const ends = fivePlanEnds(title);
  if (ends.length > 0) return Math.max(...ends);
  const explicit = /(20\d{2})年/.exec(title);
  if (explicit && planYear !== null && Number(explicit[1]) > planYear) return Number(explicit[1]);
  if (/五年/.test(title) && planYear !== null) return planYear + 4;
  return null;
}

export interface Structure {
  outline: OutlineItem[];
  parts: Part[];
}

export function findStructure(text: string): Structure {
  const headings = findHeadings(text);
  const unnumberedParts = headings.filter((h) => h.style === 'unnumbered' && !APPENDIX_WORDS.test(h.title));
  // Reports either number their parts (一、2019年工作回顾) or give them bare titles (2019年工作回顾),
  // in which case 一、 marks sections inside a part. Once a report has numbered its first part, a
  // bare line is a sub-heading inside a part (the State Council's 一年来的主要工作是, 五年来的主要工作及特点).
  const firstNumbered = headings.findIndex((h) => h.style === 'numbered');
  const firstBare = headings.findIndex((h) => h.style === 'unnumbered' && !APPENDIX_WORDS.test(h.title));
  const numberedFirst = firstNumbered >= 0 && (firstBare < 0 || firstNumbered < firstBare);
  const bareParts = !numberedFirst && unnumberedParts.length >= 2;
  const levelOf = (h: Heading): number => {
    if (h.style === 'unnumbered') return numberedFirst && !APPENDIX_WORDS.test(h.title) ? 2 : 1;
    if (h.style === 'numbered') return bareParts ? 2 : 1;
    return bareParts ? 3 : 2;
  };
  // Levels as used: a report with bare part titles and only （一） sections has levels 1 and 2, not 1 and 3.
  const used = [...new Set(headings.map(levelOf))].sort();
  const outline: OutlineItem[] = headings.map((h) => ({ level: used.indexOf(levelOf(h)) + 1, title: h.title, start: h.start }));

  const partHeadings = headings.filter((h) => levelOf(h) === 1);
  const parts: Part[] = [];
  let seenReview = false;
  let seenPlan = false;
  const push = (kind: PartKind, start: number, title: string | null) => {
    const last = parts[parts.length - 1];
    if (last) last.end = start;
    parts.push({ kind, start, end: text.length, title, headingYear: title ? yearIn(title) : null, horizon: null });
  };
  push('preamble', 0, null);
  for (const h of partHeadings) {
    let kind: PartKind;
    if (APPENDIX_WORDS.test(h.title)) kind = 'appendix';
    else if (!seenPlan && REVIEW_WORDS.test(h.title) && !/目标|任务|安排/.test(h.title)) kind = 'review';
    else if (seenReview || seenPlan || /目标|任务|安排|思路|主要工作|工作重点/.test(h.title)) kind = 'plan';
    else kind = 'review';
    if (kind === 'review') seenReview = true;
    if (kind === 'plan') seenPlan = true;
    push(kind, h.start, h.title);
  }
  if (!seenPlan) splitAtTargets(text, parts);
  return { outline, parts };
}

/**
 * Reports without part headings: the plan part starts at the paragraph that announces the year's
 * targets (今年…主要预期目标是) — everything before it is review.
 */
function splitAtTargets(text: string, parts: Part[]): void {
  const announce = /(今年|\d{4}年)[^。\n]{0,40}(主要预期目标|预期目标|主要目标|主要指标)/.exec(text);
  const last = parts[parts.length - 1]!;
  if (!announce || announce.index < last.start) return;
  const lineStart = text.lastIndexOf('\n', announce.index) + 1;
  if (last.kind === 'preamble') last.kind = 'review';
  last.end = lineStart;
  parts.push({ kind: 'plan', start: lineStart, end: text.length, title: null, headingYear: null, horizon: null });
}

/** Fills in each plan part's horizon once the plan year is known. */
export function assignHorizons(parts: Part[], planYear: number | null): void {
  for (const part of parts) {
    if (part.kind !== 'plan' || !part.title || !HORIZON_WORDS.test(part.title)) continue;
    // "2021年工作安排" in a 2021 report is the year's plan, not a horizon.
    if (part.headingYear !== null && part.headingYear === planYear) continue;
    part.horizon = horizonYear(part.title, planYear);
  }
}
