/**
 * Every message between the content script, the background and the side panel, with a schema.
 * Receivers parse with `parseMessage` and ignore anything that does not validate: the content
 * script shares its page with untrusted scripts, and a stale side panel may speak an older version.
 */
import * as v from 'valibot';
import { DetectionReasonsSchema, PAGE_KINDS } from './report/schema.ts';
import { LIMITS } from './limits.ts';
import type { ReportDocument } from './report/types.ts';

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const DetectionSchema = v.object({
  isReport: v.boolean(),
  kind: v.picklist(PAGE_KINDS),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: DetectionReasonsSchema,
});

/**
 * Content script → background: the article text of a page that might be a report. The page only
 * extracts text (with its map back to the DOM); the parser runs in the background, off the page's
 * main thread, and replies with a PageAnalysis.
 */
export const PageTextSchema = v.object({
  type: v.literal('page/text'),
  url: v.pipe(v.string(), v.url(), v.maxLength(4000)),
  title: v.pipe(v.string(), v.maxLength(500)),
  text: v.pipe(v.string(), v.maxLength(LIMITS.maxReportTextChars)),
  /** Links on the page that name a work report (a list page has several). */
  reportLinks: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Other pages of the same article (a pager: …_1.shtml, …_2.shtml). */
  pageLinks: v.pipe(v.array(v.pipe(v.string(), v.url(), v.maxLength(4000))), v.maxLength(50)),
});

const span = v.object({ start: offset, end: offset });

/** Background → content script, in reply to page/text: what to mark and explain in the page. */
export const PageAnalysisSchema = v.object({
  detection: DetectionSchema,
  /** Quotes of targets and results, for the figure marks. */
  figures: v.pipe(v.array(span), v.maxLength(LIMITS.maxFiguresPerReport * 2)),
  terms: v.pipe(
    v.array(
      v.object({
        term: v.pipe(v.string(), v.maxLength(60)),
        patterns: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(60))), v.maxLength(60)),
        explanations: v.pipe(
          v.array(
            v.object({
              source: v.picklist(['report', 'body', 'user', 'builtin']),
              definition: v.pipe(v.string(), v.maxLength(LIMITS.maxDefinitionChars)),
              english: v.optional(v.string()),
              /** Where the body explains the term (report-text offsets), for jump-to-source. */
              start: v.optional(offset),
              end: v.optional(offset),
            }),
          ),
          v.maxLength(5),
        ),
        firstSentence: v.pipe(v.string(), v.maxLength(LIMITS.maxQuoteChars)),
      }),
    ),
    v.maxLength(LIMITS.maxTermsPerReport),
  ),
  /** Inline footnote markers ([1]) and the 注释 entry each points at. */
  footnotes: v.pipe(
    v.array(v.object({ start: offset, end: offset, number: v.number(), term: v.string(), definition: v.string() })),
    v.maxLength(LIMITS.maxGlossaryEntries * 4),
  ),
});

/** Side panel → background → content script: scroll to and flash this span of the report text. */
export const JumpRequestSchema = v.object({ type: v.literal('page/jump'), tabId, start: offset, end: offset });

/** Side panel → background: save the report this tab shows (auto-save off, or a failed save). */
export const SaveRequestSchema = v.object({ type: v.literal('report/save'), tabId });

/**
 * Side panel → background: look at this tab even though the cheap check skipped it (so the panel
 * can say what the page is), or on a site that is not *.gov.cn (needs the user's click: activeTab).
 */
export const AnalyzeRequestSchema = v.object({ type: v.literal('page/analyze'), tabId });

/** Content script → background: the user asked to explain a term (tooltip action); open the side panel there. */
export const ExplainRequestSchema = v.object({
  type: v.literal('term/explain'),
  term: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
});

/** Background → content script. */
export const JumpToSourceSchema = v.object({ type: v.literal('page/jump-to'), start: offset, end: offset });
export const ReanalyzeSchema = v.object({ type: v.literal('page/reanalyze') });

export const BackgroundRequestSchema = v.variant('type', [
  PageTextSchema,
  JumpRequestSchema,
  SaveRequestSchema,
  AnalyzeRequestSchema,
  ExplainRequestSchema,
]);
export const ContentRequestSchema = v.variant('type', [JumpToSourceSchema, ReanalyzeSchema]);

export type PageText = v.InferOutput<typeof PageTextSchema>;
export type PageAnalysis = v.InferOutput<typeof PageAnalysisSchema>;
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

/**
 * What the background knows about a tab; the side panel's "This page" view shows it. Kept in
 * storage.session under `tabStateKey(tabId)`: an MV3 service worker is stopped when idle and
 * would forget a Map, and the side panel can watch storage.onChanged instead of polling.
 */
export interface TabState {
  tabId: number;
  url: string;
  status: 'unknown' | 'not-report' | 'report';
  detection: v.InferOutput<typeof DetectionSchema> | null;
  /** Id of the stored report this tab shows, once saved. */
  reportId: number | null;
  /** The frame that holds the report (an article in a same-site iframe); jump-to-source goes there. */
  frameId: number;
  /** The parsed report while it is not saved (auto-save off, or the save failed). */
  unsaved: { report: ReportDocument; pageTitle: string } | null;
  /** Why the last save failed, in words for the user. */
  saveError: string | null;
  /** For a report split over pages: how many pages the article has (from its pager) and how many were read. */
  pages: { known: number; read: number } | null;
  /** The part of the stored report text this tab's page shows (all of it unless the report is split over pages). */
  textRange: { start: number; end: number } | null;
}

export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

/** storage.session key of a term the user asked to explain from the page; the side panel opens it. */
export const PENDING_TERM_KEY = 'pendingTerm';

/** Returns the message if it validates against `schema`, else null. */
export function parseMessage<S extends v.GenericSchema>(schema: S, message: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : null;
}
