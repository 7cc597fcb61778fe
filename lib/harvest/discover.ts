/**
 * The reports a page links to: on a column page (政府工作报告 栏目) every year's report, on any
 * other page the links that name 政府工作报告, including attachments whose own text is only
 * "下载" or a file name but whose line says 附件：2021年政府工作报告. Same site only (a harvest
 * never wanders off to other hosts), one entry per report (the pages of a split report are one),
 * and look-alikes (解读, 图解, news of the session) marked, not dropped: the user decides.
 */
import { LIMITS } from '../limits.ts';
import { documentBaseUrl, resolveHref } from '../report/links.ts';
import { pageOf } from '../report/pages.ts';
import type { LookAlike, ReportLink } from './types.ts';
import { fileKindOfLink, sameSite, withoutHash, yearOfText, yearOfUrl } from './urls.ts';

const NAMES_REPORT = /政\s*府\s*工\s*作\s*报\s*告/;
const LOOK_ALIKES: { kind: LookAlike; pattern: RegExp }[] = [
  { kind: 'infographic', pattern: /一图|图解|图说|长图|海报|视频|动漫|H5/i },
  { kind: 'interpretation', pattern: /解读|问答|答记者问|热词|关键词|亮点|要点|摘要|速览|学习|宣讲|辅导|解析/ },
  // News of the session and the congress's resolution on the report: about the report, not it.
  { kind: 'news', pattern: /开幕|闭幕|召开|听取|审议|讨论|热议|代表团|分组|座谈|收看|聚焦|报道|记者|决议/ },
];
/** Link text that says nothing about what it links to: the line around it does. */
const GENERIC_TEXT = /^(?:下载|点击下载|附件\s*\d*|全文下载|查看|\[?(?:PDF|DOCX?|WORD)\]?|[\w.-]+\.(?:pdf|docx?))$/i;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The title a link shows: its text, or its title attribute when the text is cut (…) or empty. */
function linkTitle(a: Element): string {
  const text = clean(a.textContent ?? '');
  const attr = clean(a.getAttribute('title') ?? '');
  if (attr && (!text || /(?:\.\.\.|…)$/.test(text) || (!NAMES_REPORT.test(text) && NAMES_REPORT.test(attr)))) return attr;
  return text;
}

/** The line an attachment link sits in (附件：2021年政府工作报告 [下载]), without the link's own text. */
function lineAround(a: Element): string {
  const line = a.closest('p, li, td, dd, div');
  if (!line) return '';
  const text = clean((line.textContent ?? '').replace(a.textContent ?? '', ' '));
  return text.length <= 200 ? text : '';
}

function tidyTitle(title: string): string {
  return title
    .replace(/^附件\s*\d*\s*[:：]\s*/, '')
    .replace(/\.(?:pdf|docx?)$/i, '')
    .trim();
}

function lookAlikeOf(title: string): LookAlike | null {
  // "2021年政府工作报告" itself may contain none of these words; only what the title adds counts.
  const rest = title.replace(NAMES_REPORT, '');
  return LOOK_ALIKES.find((l) => l.pattern.test(rest))?.kind ?? null;
}

/** A column's own address (…/index.shtml, …/index_2.html, a folder): the list, not a report. */
const COLUMN_URL = /(?:\/|\/index(?:_\d+)?\.\w+|\/list[\w-]*\.\w+)$/i;
const isColumn = (href: string) => COLUMN_URL.test(new URL(href).pathname);

/** One entry per report: the pages of a split report, and repeated links, count once. */
const reportKey = (url: string) => pageOf(url)?.base ?? withoutHash(url);

export function discoverReportLinks({ doc, url }: { doc: Document; url: string }): ReportLink[] {
  const base = documentBaseUrl(doc, url);
  const here = reportKey(url);
  const found = new Map<string, ReportLink>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = resolveHref(a.getAttribute('href'), base);
    if (!href || !sameSite(href, url)) continue;
    let title = linkTitle(a);
    const fileKind = fileKindOfLink(href, title);
    if (fileKind === null || (fileKind === 'html' && isColumn(href))) continue;
    if (!NAMES_REPORT.test(title)) {
      if (fileKind === 'html' || !(GENERIC_TEXT.test(title) || title === '')) continue;
      const line = lineAround(a);
      if (!NAMES_REPORT.test(line)) continue;
      title = line;
    }
    const key = reportKey(href);
    if (key === here || found.has(key)) continue;
    const tidy = tidyTitle(title);
    found.set(key, {
      url: key,
      title: tidy,
      year: yearOfText(tidy) ?? yearOfUrl(href),
      fileKind,
      lookAlike: lookAlikeOf(tidy),
    });
    if (found.size >= LIMITS.maxHarvestLinks) break;
  }
  return [...found.values()];
}
