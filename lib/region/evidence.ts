/**
 * The region evidence of a parsed report: the parser's region name, the head lines above 各位代表
 * as printed (the parser's meeting field drops the prefecture: 徐州市泉山区第十届… is stored as
 * 泉山区第十届…), the page title, the site's name, the hostname and the year.
 */
import type { ReportDocument } from '../report/types.ts';
import type { RegionEvidence } from './types.ts';
import { REGION_LIMITS } from '../limits.ts';

const MEETING_LINE = /人民代表大会|人大[一二三四五六七八九十〇零]*次/;
const SPEAKER_LINE = /(?:县|区|市|州|旗|盟|省)长|总理|主席/;
const YEAR_IN_LINE = /((?:19|20)\d{2})年/;
/** 现在，我代表国务院，向大会作政府工作报告 / 我代表县人民政府向大会报告工作. */
const ADDRESS = /我代表([\u4e00-\u9fff]{2,12}?)[，,、]?向(?:第[^，。]{0,20}?)?大会/;
/** wget --mirror and browsers' "save page" keep the host as a folder: www.liulin.gov.cn/art/2021/1/5/art_1.html. */
const HOST_FOLDER = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.gov\.cn$/i;

export function evidenceFromReport({
  report,
  text,
  title,
  url,
  siteName,
  chosenCode,
}: {
  report: ReportDocument;
  /** The report text (ParsedPage.text): its head holds the meeting and speaker lines. */
  text: string;
  /** The page title (document.title). */
  title?: string | null;
  url?: string | null;
  siteName?: string | null;
  chosenCode?: string | null;
}): RegionEvidence {
  const head = headLines(text);
  const meeting = head.find((l) => MEETING_LINE.test(l)) ?? report.meeting;
  const speaker = head.find((l) => l !== meeting && SPEAKER_LINE.test(l)) ?? null;
  const heading = [report.title, ...head.filter((l) => l !== meeting && l !== speaker)].filter(Boolean).join('\n');
  const address = ADDRESS.exec(text.slice(0, REGION_LIMITS.headChars))?.[1] ?? null;
  const date = report.date ? /^(\d{4})-(\d{2})/.exec(report.date) : null;
  const year = date ? Number(date[1]) : (report.planYear ?? yearOf(meeting));
  return {
    name: report.region?.name ?? null,
    level: report.region?.level ?? null,
    meeting: meeting ?? null,
    address,
    speaker,
    heading: heading || null,
    title: title ?? null,
    siteName: siteName ?? null,
    hostname: url ? hostnameOf(url) : null,
    year,
    month: date ? Number(date[2]) : null,
    chosenCode: chosenCode ?? null,
  };
}

/** The lines above 各位代表 (or the first lines, without it), short ones only. */
function headLines(text: string): string[] {
  let head = text.slice(0, REGION_LIMITS.headChars);
  const address = head.indexOf('各位代表');
  if (address >= 0) head = head.slice(0, address);
  return head
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l.length <= REGION_LIMITS.headLineMaxChars);
}

function yearOf(line: string | null): number | null {
  const m = line ? YEAR_IN_LINE.exec(line) : null;
  return m ? Number(m[1]) : null;
}

/** The host of a page URL, or of a saved page's path when a folder is named after the host. */
export function hostnameOf(location: string): string | null {
  try {
    const url = new URL(location);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname;
  } catch {
    // not a URL: a file path
  }
  return location.split(/[\\/]/).find((segment) => HOST_FOLDER.test(segment)) ?? null;
}
