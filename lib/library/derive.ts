/**
 * What the library stores beside a report document, derived from it: the list summary, the query
 * rows (figures, the terms the report explains in its appendix or body, term uses), the content
 * hash and the canonical URL.
 * Pure functions: the save path, the v1→v2 upgrade and import all use them.
 */
import type { ReportDocument } from '../report/types.ts';
import type { RegionFields, StoredFigure, StoredGlossaryEntry, StoredReport, StoredReportTerms } from './db.ts';
import type { TermUse } from '../report/types.ts';

/** Query parameters that track a visit rather than name a page (WeChat shares, analytics, CMS preview). */
const TRACKING_PARAMS =
  /^(utm_\w+|spm|from|share|share_from|isappinstalled|scene|clicktime|enterid|timestamp|t|_t|ts|sessionid|sid|wxfrom|wx_share|fbclid|gclid|ref|source)$/i;

/** The host of a URL, lower case ('' for a URL that does not parse). */
export function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The URL without its fragment, tracking parameters and letter case of the host. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) u.searchParams.delete(key);
    u.searchParams.sort();
    u.hostname = u.hostname.toLowerCase();
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * cyrb53, a fast 53-bit string hash. Synchronous on purpose: it runs inside IndexedDB
 * transactions (save, upgrade), which commit as soon as they await anything else.
 */
function cyrb53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Same words, same hash: whitespace and line breaks (which differ between a page and its mirror) are ignored. */
export function contentHash(text: string): string {
  return cyrb53(text.replace(/[\s\u00a0\u3000]+/g, ''));
}

export function summarize({
  report,
  text,
  url,
  pageTitle,
  now,
  mirrorOf = null,
}: {
  report: ReportDocument;
  text: string;
  url: string;
  pageTitle: string;
  now: number;
  mirrorOf?: number | null;
}): Omit<StoredReport, 'id'> {
  return {
    url: canonicalUrl(url),
    urls: [canonicalUrl(url)],
    host: hostOfUrl(url),
    mirrorOf,
    pageTitle,
    title: report.title,
    regionName: report.region?.name ?? null,
    level: report.region?.level ?? null,
    reviewYear: report.reviewYear,
    planYear: report.planYear,
    meeting: report.meeting,
    date: report.date,
    speakerName: report.speaker?.name ?? null,
    speakerTitle: report.speaker?.title ?? null,
    ...regionFields(report),
    contentHash: contentHash(text),
    targetCount: report.targets.length,
    actualCount: report.actuals.length,
    termCount: report.terms.length,
    savedAt: now,
    updatedAt: now,
    seenAt: now,
    parserVersion: report.parserVersion,
  };
}

/** Where a report's region lies, for its summary and figure rows: nulls until resolution found one unit. */
export function regionFields(report: Pick<ReportDocument, 'region'> | null): RegionFields {
  const region = report?.region;
  return { province: region?.province ?? null, prefecture: region?.prefecture ?? null, regionCode: region?.code ?? null };
}

export interface DerivedRows {
  figures: Omit<StoredFigure, 'id'>[];
  glossary: Omit<StoredGlossaryEntry, 'id'>[];
  terms: StoredReportTerms;
}

/** The report's jargon for its indexes: every term, and those nobody explained. */
export function termFields(terms: TermUse[]): { terms: string[]; unexplained: string[] } {
  return { terms: terms.map((t) => t.term), unexplained: terms.filter((t) => t.source === 'none').map((t) => t.term) };
}

export function derivedRows(reportId: number, report: ReportDocument): DerivedRows {
  const regionName = report.region?.name ?? '';
  const level = report.region?.level ?? null;
  const place = regionFields(report);
  const figure =
    (kind: 'target' | 'actual') =>
    (f: ReportDocument['targets'][number]): Omit<StoredFigure, 'id'> => ({
      ...f,
      reportId,
      kind,
      regionName,
      level,
      ...place,
      planYear: report.planYear,
    });
  return {
    figures: [...report.targets.map(figure('target')), ...report.actuals.map(figure('actual'))],
    glossary: [
      ...report.glossary.map((g) => ({ reportId, term: g.term, definition: g.definition, place: 'appendix' as const })),
      ...(report.bodyGlossary ?? []).map((b) => ({
        reportId,
        term: b.term,
        definition: b.definition,
        place: 'body' as const,
        start: b.start,
        end: b.end,
      })),
    ],
    terms: { reportId, ...termFields(report.terms) },
  };
}
