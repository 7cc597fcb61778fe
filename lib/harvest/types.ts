/**
 * The harvest: the reports a list page links to, fetched politely one by one, parsed by the same
 * parser as browsed pages, and saved through the library's dedupe-aware save. These are the types
 * the side panel's "Save all" view and the background share with lib/harvest.
 */
import type { FileText, FileTextFailure } from '../filetext/types.ts';
import type { DetectionReason, PageKind, ParsedPage } from '../report/types.ts';
import type { StorageProblem } from '../library/errors.ts';
import type { RequestGate } from './fetch.ts';

/** What a link leads to, from its URL or its text (附件：政府工作报告.pdf). */
export const LINK_FILE_KINDS = ['html', 'pdf', 'docx', 'doc'] as const;
export type LinkFileKind = (typeof LINK_FILE_KINDS)[number];

/** Why a link that names 政府工作报告 is probably not the report itself. */
export const LOOK_ALIKES = ['interpretation', 'infographic', 'news'] as const;
export type LookAlike = (typeof LOOK_ALIKES)[number];

export interface ReportLink {
  /** Absolute, without #fragment; for a report split over pages, its first page. */
  url: string;
  /** The link's text (or title attribute, or the line around an attachment link), trimmed. */
  title: string;
  /** The year the link text names (2021年政府工作报告), else the one in the URL (/202102/t20210225_…). */
  year: number | null;
  fileKind: LinkFileKind;
  /** Set for 解读, 图解, news of the session: shown, but not ticked by default. */
  lookAlike: LookAlike | null;
}

/** Why fetching or reading one link failed. */
export type HarvestFailure =
  | { reason: 'http'; status: number }
  | { reason: 'network'; message: string }
  | { reason: 'too-large'; bytes: number; limit: number }
  | { reason: 'encoding'; message: string }
  /** Legacy .doc, OFD and other files no reader here handles. */
  | { reason: 'unsupported'; message: string }
  /** A broken, encrypted or scanned (text-less) PDF or Word file; `cause` says which when the reader knew. */
  | { reason: 'unreadable'; message: string; cause?: Exclude<FileTextFailure, 'unsupported'> }
  /** A redirect to another site (a login page, a portal's search). */
  | { reason: 'off-site'; url: string }
  /** The library could not write the report (disk full, a blocked upgrade, a clash). */
  | { reason: 'storage'; problem: StorageProblem }
  /** Anything else that threw (a parser bug on a strange page). */
  | { reason: 'error'; message: string };

export type HarvestOutcome =
  | { status: 'saved' | 'already' }
  | { status: 'not-report'; kind: PageKind; reasons: DetectionReason[] }
  | { status: 'failed'; failure: HarvestFailure }
  /** Not attempted: the run was cancelled before it came to this link. */
  | { status: 'skipped' };

export interface HarvestResult {
  link: ReportLink;
  outcome: HarvestOutcome;
  /** Report title as parsed (or the link's title when nothing was parsed). */
  title: string;
}

export interface HarvestCounts {
  saved: number;
  already: number;
  notReport: number;
  failed: number;
}

/** A snapshot after every step: what the progress bar, the counters and the result list show. */
export interface HarvestProgress {
  total: number;
  /** Links finished (any outcome but skipped). */
  done: number;
  counts: HarvestCounts;
  /** The link being fetched now; null between links and at the end. */
  current: ReportLink | null;
  results: HarvestResult[];
  finished: boolean;
  cancelled: boolean;
}

/** A report ready for the library: what the injected save receives. */
export interface HarvestedReport {
  /** The report's address: the first page of a split report, the file's URL. */
  url: string;
  /** The page's <title>, or the link's text for a file. */
  pageTitle: string;
  parsed: ParsedPage;
  fileKind: LinkFileKind;
  /** When it was fetched (the injected clock). */
  fetchedAt: number;
  /** Every URL read for it (all pages of a split report). */
  pages: string[];
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The environment a harvest runs in: network, DOM, file readers, library, time. All injected. */
export interface HarvestEnvironment {
  fetch: typeof fetch;
  /** DOMParser in an extension page, linkedom in Node. */
  parseHtml(html: string, url: string): Document;
  /** lib/filetext's extractFileText with the page's pdf.js environment. */
  readFile(file: { kind: 'pdf' | 'docx' | 'doc'; data: Uint8Array }): Promise<FileText>;
  clock: Clock;
  /** Pause between two requests (LIMITS.harvestPauseMs by default; a user setting). */
  pauseMs?: number;
  /** Shared by every fetcher of one panel, so the pause also holds between reading a column's pages and saving its reports. */
  gate?: RequestGate;
}
