/**
 * What saving a report does to the library — the deduplication rules, in one place, as pure
 * functions over the records that could be the same report.
 *
 * A record's content is replaced only by a newer version of the same document at the same
 * canonical URL, at most once per LIMITS.minRewriteIntervalMs. A copy met elsewhere — the same
 * content on another host, or the same region's report for the same year and meeting (and the same
 * code, where both are resolved) at another address (a mirror, a reprint, a look-alike on another *.gov.cn host) — becomes a record of its
 * own marked as a copy of the first (`mirrorOf`); it is never merged into it, because a page on
 * another host must not be able to rewrite what the library says an official site published.
 * The same content at another address of the same host is the same record (one more URL).
 */
import type { StoredReport } from './db.ts';
import { canonicalUrl, contentHash, hostOfUrl, summarize } from './derive.ts';
import type { ReportDocument } from '../report/types.ts';
import { isGovHost } from '../web-url.ts';
import { LIMITS } from '../limits.ts';

export interface ReportToSave {
  url: string;
  pageTitle: string;
  report: ReportDocument;
  text: string;
  /** Imports only: other URLs the report was met at, and its times in the library it came from. */
  urls?: string[];
  times?: { savedAt: number; updatedAt: number; seenAt: number };
}

export interface SaveOptions {
  now: number;
  /** The user asked for this save (the panel's Save button): the rewrite interval does not apply. */
  force: boolean;
  /** Only some pages of a split report were read: a stored copy's content is never replaced by it. */
  partial: boolean;
}

/**
 * 'deferred': the page changed within LIMITS.minRewriteIntervalMs of the record's last change, so
 * the record keeps its content; 'partial': a split report's pages read so far differ from the
 * stored (fuller) copy, which is kept.
 */
export type SaveStatus = 'created' | 'updated' | 'unchanged' | 'merged' | 'deferred' | 'partial';

/** A report prepared for planning: its canonical URL, host and content hash computed once. */
export interface PreparedItem {
  item: ReportToSave;
  canonical: string;
  host: string;
  hash: string;
}

export function prepare(item: ReportToSave): PreparedItem {
  return { item, canonical: canonicalUrl(item.url), host: hostOfUrl(item.url), hash: contentHash(item.text) };
}

/** Stored records that could be the same report as the one being saved. */
export interface Candidates {
  /** The record holding the same canonical URL. */
  byUrl: StoredReport | undefined;
  /** Records with the same content, on any host. */
  sameContent: StoredReport[];
  /** Records of the same region and plan year (any meeting, any host). */
  sameRegionYear: StoredReport[];
}

export type Plan =
  | {
      action: 'create';
      summary: Omit<StoredReport, 'id'>;
      item: ReportToSave;
      /** An original on a non-government host that this official copy replaces as the original (its copies follow). */
      supersedes: number | null;
    }
  | { action: 'replace'; summary: StoredReport; item: ReportToSave }
  | { action: 'touch'; summary: StoredReport; status: 'unchanged' | 'merged' | 'deferred' | 'partial' };

export function statusOf(plan: Plan): SaveStatus {
  return plan.action === 'create' ? 'created' : plan.action === 'replace' ? 'updated' : plan.status;
}

/** Decides what saving `prepared` does, given what the library holds (see the module comment). */
export function planSave(prepared: PreparedItem, found: Candidates, options: SaveOptions): Plan {
  const { item, canonical, host } = prepared;
  const ownUrls = (item.urls ?? []).map(canonicalUrl).filter((u) => hostOfUrl(u) === host);
  const existing = found.byUrl ?? found.sameContent.find((r) => r.host === host);
  if (existing) return planExisting({ prepared, existing, ownUrls, options });
  const original = originalAmong([
    ...found.sameContent,
    ...found.sameRegionYear.filter((r) => sameMeeting(r.meeting, item.report.meeting) && samePlace(r.regionCode, item.report.region?.code)),
  ]);
  // An official copy met after a non-government one becomes the original; the other turns into its copy.
  const supersedes = original && original.host !== null && isGovHost(host) && !isGovHost(original.host) ? original.id : null;
  const summary = summarize({
    report: item.report,
    text: item.text,
    url: item.url,
    pageTitle: item.pageTitle,
    now: options.now,
    mirrorOf: supersedes === null ? (original?.id ?? null) : null,
  });
  summary.urls = [...new Set([canonical, ...ownUrls])].slice(0, LIMITS.maxUrlsPerReport);
  if (item.times) Object.assign(summary, item.times);
  return { action: 'create', summary, item, supersedes };
}

function planExisting({
  prepared,
  existing,
  ownUrls,
  options,
}: {
  prepared: PreparedItem;
  existing: StoredReport;
  ownUrls: string[];
  options: SaveOptions;
}): Plan {
  const { item, canonical, hash } = prepared;
  const urls = [...new Set([...existing.urls, canonical, ...ownUrls])].slice(0, LIMITS.maxUrlsPerReport);
  const savedAt = Math.min(existing.savedAt, item.times?.savedAt ?? existing.savedAt);
  const seenAt = item.times ? Math.max(existing.seenAt, item.times.seenAt) : options.now;
  const touched: StoredReport = { ...existing, urls, savedAt, seenAt };
  const changedUrls = urls.length !== existing.urls.length || savedAt !== existing.savedAt;
  if (existing.contentHash === hash) {
    // The same text: only a newer parser's reading replaces the document (the text is unchanged).
    if (existing.parserVersion < item.report.parserVersion) return replacement({ item, touched, updatedAt: existing.updatedAt });
    return { action: 'touch', summary: touched, status: changedUrls ? 'merged' : 'unchanged' };
  }
  // Different words at the same address: a newer version of the document, or not (yet).
  if (options.partial) return { action: 'touch', summary: touched, status: 'partial' };
  if (item.times) {
    // An import: only a copy changed later than the stored one is newer.
    if (item.times.updatedAt <= existing.updatedAt)
      return { action: 'touch', summary: touched, status: changedUrls ? 'merged' : 'unchanged' };
    return replacement({ item, touched, updatedAt: item.times.updatedAt });
  }
  if (!options.force && options.now - existing.updatedAt < LIMITS.minRewriteIntervalMs) {
    return { action: 'touch', summary: touched, status: 'deferred' };
  }
  return replacement({ item, touched, updatedAt: options.now });
}

function replacement({ item, touched, updatedAt }: { item: ReportToSave; touched: StoredReport; updatedAt: number }): Plan {
  const fresh = summarize({ report: item.report, text: item.text, url: touched.url, pageTitle: item.pageTitle, now: updatedAt });
  const { id, url, urls, host, mirrorOf, savedAt, seenAt } = touched;
  return { action: 'replace', item, summary: { ...fresh, id, url, urls, host, mirrorOf, savedAt, seenAt, updatedAt } };
}

/** Two meetings name the same session (a record or page that does not say matches any). */
function sameMeeting(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** Two records name the same unit unless both were resolved to different codes (南京's and 福州's 鼓楼区). */
function samePlace(a: string | null, b: string | null | undefined): boolean {
  return a === null || b == null || a === b;
}

/** The original among records of the same report (a copy points at its original). */
function originalAmong(records: StoredReport[]): { id: number; host: string | null } | null {
  const original = records.find((r) => r.mirrorOf === null) ?? null;
  if (original) return { id: original.id, host: original.host };
  // Only copies matched (their original has other words): point at their original, whose host is not at hand.
  const copy = records[0];
  return copy ? { id: copy.mirrorOf!, host: null } : null;
}
