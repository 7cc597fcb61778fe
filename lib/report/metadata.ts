/**
 * Who gave the report, where, when, and for which years: read from the report's head (title
 * block, 各位代表) and its part headings.
 */
import type { RegionLevel, ReportDocument } from './types.ts';
import type { Part } from './outline.ts';
import { chineseNumber, findYears } from './years.ts';
import { LIMITS } from '../limits.ts';

type Metadata = Pick<ReportDocument, 'region' | 'meeting' | 'date' | 'speaker' | 'reviewYear' | 'planYear'>;

const CN_DIGITS = '一二三四五六七八九十百零〇';
const MEETING = new RegExp(
  `([\\u4e00-\\u9fff]{1,16}?)第([${CN_DIGITS}]+)届人民代表大会(?:常务委员会)?第([${CN_DIGITS}]+)次(?:全体)?会议(?!以来)`,
);
/** (Neither is followed by 以来: 第十二届…第一次会议以来的五年 names the previous congress, not this session.) */
/** The abbreviated form printed by the session's secretariat: 柳林县十届人大五次会议. */
const MEETING_SHORT = new RegExp(`([\\u4e00-\\u9fff]{1,16}?)第?([${CN_DIGITS}]+)届人大([${CN_DIGITS}]+)次(?:全体)?会议(?!以来)`);
const UNIT_SUFFIX = /(自治县|自治旗|自治州|自治区|特区|林区|新区|县|区|市|旗|州|盟|省)$/;
/** Characters that never belong to a region name but often stand right before one (在柳林县, 日在, 于). */
const BEFORE_REGION = /.*[在于日的是年月上向为和及—\-：:，,。]/;
const SPEAKER =
  /(?<!副)(代理?(?:县|区|市|旗|州|省|盟)长|(?:县|区|市|旗|州|省|盟)长)[:：]?([\u4e00-\u9fff·]{2,5}?)(?=在|于|同志|作|的|各位|\n|$|[（(])/;
/**
 * The State Council's report: given on behalf of the State Council (我代表国务院), or dated by an NPC
 * session in its title block. An NPC session named in the body of a provincial report (习近平总书记在
 * 第十三届全国人民代表大会第一次会议上…) does not make it national.
 */
const ON_BEHALF_OF_STATE_COUNCIL = /代表国务院/;
const NATIONAL_MEETING = /第[一二三四五六七八九十]{1,3}届全国人民代表大会第[一二三四五六七八九十]{1,2}次会议(?!以来)/;
/** The premier's name stands on its own line under 国务院总理 in the published text. */
const PREMIER = /国务院总理\n?([\u4e00-\u9fff]{2,4})(?=\n|$)/;
const ISO = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function findMetadata({ text, parts, title }: { text: string; parts: Part[]; title: string }): Metadata {
  const head = headOf(text, parts);
  const flat = head.replace(/\n/g, '');
  const date = findDate(flat) ?? findDateLine(head);
  const opening = text.slice(0, LIMITS.yearEvidenceChars);
  const national = ON_BEHALF_OF_STATE_COUNCIL.test(opening) || NATIONAL_MEETING.test(flat);
  const years = findYears({ text, parts, date, title: title + head.slice(0, 200), titleBlock: flat, national });
  if (national) {
    const premier = PREMIER.exec(head);
    const meeting = NATIONAL_MEETING.exec(opening.replace(/\n/g, ''))?.[0] ?? null;
    return {
      region: { name: '全国', level: 'nation' },
      meeting,
      date,
      speaker: premier ? { name: premier[1]!, title: '国务院总理' } : null,
      ...years,
    };
  }
  const meeting = findMeeting(flat) ?? findMeeting(text.replace(/\n/g, ''));
  const region = meeting ? regionOf(meeting.region) : regionFromTitle(`${title}\n${head}`);
  return { region, meeting: meeting?.text ?? null, date, speaker: findSpeaker(head), ...years };
}

/**
 * The title block: everything before the first part heading, up to 各位代表. A report without part
 * headings has its review part start at 0 (the plan part found at 今年…主要预期目标 has no heading
 * either), so only a part with a heading ends the block.
 */
function headOf(text: string, parts: Part[]): string {
  const firstPart = parts.find((p) => p.kind !== 'preamble' && p.title !== null);
  const end = Math.min(firstPart ? firstPart.start : text.length, 3000);
  const head = text.slice(0, end);
  const address = head.indexOf('各位代表');
  return address >= 0 ? head.slice(0, address + 4) : head;
}

function findMeeting(flat: string): { text: string; region: string } | null {
  for (const pattern of [MEETING, MEETING_SHORT]) {
    const m = pattern.exec(flat);
    if (!m) continue;
    const region = trimRegion(m[1]!);
    if (!region) continue;
    const text = m[0].slice(m[0].length - (m[0].length - m[1]!.length) - region.length);
    return { text, region };
  }
  return null;
}

/** 日在柳林县 → 柳林县; 吕梁市柳林县 → 柳林县. */
function trimRegion(raw: string): string | null {
  let region = raw.replace(BEFORE_REGION, '');
  if (!UNIT_SUFFIX.test(region)) return null;
  const inner = /^([\u4e00-\u9fff]{2,}?(?:省|自治区|市|州|盟|地区))([\u4e00-\u9fff]{2,}(?:县|区|旗|市))$/.exec(region);
  if (inner) region = inner[2]!;
  return region.length >= 2 ? region : null;
}

export function regionOf(name: string): { name: string; level: RegionLevel } {
  const suffix = UNIT_SUFFIX.exec(name)?.[1] ?? '';
  let level: RegionLevel;
  if (suffix === '省' || suffix === '自治区') level = 'province';
  else if (suffix === '市' || suffix === '州' || suffix === '自治州' || suffix === '盟') level = 'city';
  else if (suffix === '区' || suffix === '新区' || suffix === '特区' || suffix === '林区') level = 'district';
  else level = 'county';
  return { name, level };
}

function regionFromTitle(text: string): { name: string; level: RegionLevel } | null {
  const m = /([\u4e00-\u9fff]{2,8}?(?:自治县|自治旗|县|区|市|旗))(?:人民政府|\d{4}年|政府工作报告)/.exec(text);
  if (!m) return null;
  const name = trimRegion(m[1]!);
  return name ? regionOf(name) : null;
}

/**
 * The meeting date: a 年月日 date printed with the meeting (2020年4月27日在…会议上), or alone in
 * brackets under the title. Publication dates (发布时间, 2022-07-11) are page furniture, not the meeting.
 */
function findDate(flat: string): string | null {
  // Month and day in digits or in Chinese numerals (二〇〇九年二月十八日; normalisation made the year digits).
  const md = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
  const patterns = [
    new RegExp(`(\\d{4})年${md}月${md}日(?=在|于)`),
    new RegExp(`[（(](\\d{4})年${md}月${md}日[)）]`),
    new RegExp(`——(\\d{4})年${md}月${md}日`),
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(flat);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), monthOrDay(m[2]!), monthOrDay(m[3]!)];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return ISO(y, mo, d);
  }
  return null;
}

/** A date alone on its line under the title (2019年1月15日), as some county sites print the session date. */
function findDateLine(head: string): string | null {
  const m = /^[（(]?(\d{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日[)）]?$/m.exec(head);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), monthOrDay(m[2]!), monthOrDay(m[3]!)];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? ISO(y, mo, d) : null;
}

/** 12 or 十二. */
function monthOrDay(s: string): number {
  return /^\d/.test(s) ? Number(s) : (chineseNumber(s) ?? 0);
}

function findSpeaker(head: string): { name: string; title: string } | null {
  const m = SPEAKER.exec(head);
  return m ? { title: m[1]!, name: m[2]! } : null;
}
