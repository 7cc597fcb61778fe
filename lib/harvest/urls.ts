/** What a link's URL and text tell: the site, the kind of file, the year. */
import type { LinkFileKind } from './types.ts';

/** Second-level domains under .cn that are suffixes, not sites (gov.cn is one: every county is its own site). */
const CN_SUFFIXES = new Set(['gov', 'com', 'net', 'org', 'edu', 'ac']);

/**
 * The site a host belongs to: www.qinglan.gov.cn and files.qinglan.gov.cn are one site;
 * www.liulin.gov.cn is another (gov.cn is a public suffix, as browsers treat it).
 */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length;
  const keep = n >= 3 && labels[n - 1] === 'cn' && CN_SUFFIXES.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export function sameSite(a: string, b: string): boolean {
  try {
    return siteOf(new URL(a).hostname) === siteOf(new URL(b).hostname);
  } catch {
    return false;
  }
}

/** The URL without its #fragment. */
export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

const FILE_EXTENSION = /\.(pdf|docx|doc|wps|ofd|xlsx?|zip|rar|7z|jpe?g|png|gif|mp4|txt|ceb)(?=$|[?#&;\s（(])/i;
const PAGE_EXTENSION = /\.(s?html?|jsp|aspx?|php)$/i;

/**
 * The kind of file a link leads to: from the URL's extension (also inside a download script's
 * query, download.jsp?file=….pdf), else from the link text (附件：政府工作报告.pdf), else a page.
 * null for files no reader handles (OFD, WPS, archives, images).
 */
export function fileKindOfLink(url: string, text: string): LinkFileKind | null {
  let path = url;
  try {
    const u = new URL(url);
    path = decodeURIComponent(u.pathname + u.search);
  } catch {
    // keep the raw URL
  }
  const fromUrl = FILE_EXTENSION.exec(path)?.[1]?.toLowerCase();
  const fromText = FILE_EXTENSION.exec(text.trim())?.[1]?.toLowerCase();
  const ext = fromUrl && !PAGE_EXTENSION.test(path.split('?')[0]!) ? fromUrl : (fromText ?? fromUrl);
  if (!ext) return 'html';
  if (ext === 'pdf' || ext === 'docx' || ext === 'doc') return ext;
  return null;
}

const CHINESE_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  Ｏ: '0',
  О: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** The year a link's text names: 2021年…, 二〇二一年… (the first one: 2021年政府工作报告——在…2021年1月…). */
export function yearOfText(text: string): number | null {
  const digits = /((?:19|20)\d{2})\s*年/.exec(text);
  if (digits) return Number(digits[1]);
  const chinese = /([〇零一二三四五六七八九ＯО]{4})\s*年/.exec(text);
  if (chinese) {
    const year = Number([...chinese[1]!].map((c) => CHINESE_DIGITS[c] ?? '').join(''));
    if (year >= 1980 && year <= 2100) return year;
  }
  return null;
}

/** The publication year CMS URLs carry: /202102/t20210225_…, /art/2022/7/11/…, /2021-02/…, /P020210225…pdf. */
export function yearOfUrl(url: string): number | null {
  const m =
    /\/((?:19|20)\d{2})(?:0[1-9]|1[0-2])(?:\d{2})?\//.exec(url) ??
    /\/t((?:19|20)\d{2})(?:0[1-9]|1[0-2])\d{2}_/.exec(url) ??
    /\/((?:19|20)\d{2})[-/](?:0?[1-9]|1[0-2])\//.exec(url) ??
    /\/art\/((?:19|20)\d{2})\//.exec(url) ??
    /\/P0((?:19|20)\d{2})(?:0[1-9]|1[0-2])\d{2}/.exec(url);
  return m ? Number(m[1]) : null;
}
