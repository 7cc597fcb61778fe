/**
 * Every message between the content script, the background and the side panel: its schema, its
 * reply, and a typed way to send it. Receivers parse with `parseMessage` and ignore anything that
 * does not validate (the content script shares its page with untrusted scripts, and a stale side
 * panel may speak an older version); senders go through `createRequester`, which types the
 * message and validates the reply.
 *
 * What a message may say is part of the security model: a content script never names a URL or a
 * tab (the background takes both from `sender`), and the side panel's requests are accepted only
 * from extension pages (lib/background/sender.ts).
 */
import * as v from 'valibot';
import { DetectionReasonsSchema, PAGE_KINDS, REGION_LEVELS } from './report/schema.ts';
import { LIMITS, REGION_LIMITS } from './limits.ts';
import type { ReportDocument } from './report/types.ts';
import type { StorageProblem } from './library/errors.ts';
import { EXPLANATION_SOURCES } from './glossary/index.ts';

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const webUrl = v.pipe(v.string(), v.url(), v.maxLength(LIMITS.maxUrlChars));
const termText = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxTermChars));

const DetectionSchema = v.object({
  isReport: v.boolean(),
  kind: v.picklist(PAGE_KINDS),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: DetectionReasonsSchema,
});

// ── Content script → background ────────────────────────────────────────────────────────────────

/**
 * The article text of a page that might be a report. The page only extracts text (with its map
 * back to the DOM); the parser runs in the background, off the page's main thread, and replies
 * with a PageTextReply. No URL: the background uses the sender's.
 */
export const PageTextSchema = v.object({
  type: v.literal('page/text'),
  title: v.pipe(v.string(), v.maxLength(LIMITS.maxPageTitleChars)),
  text: v.pipe(v.string(), v.maxLength(LIMITS.maxReportTextChars)),
  /** Links on the page that name a work report (a list page has several). */
  reportLinks: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Other pages of the same article (a pager: …_1.shtml, …_2.shtml); only those on the sender's own host count. */
  pageLinks: v.pipe(v.array(webUrl), v.maxLength(LIMITS.maxPageLinks)),
});

/**
 * The user rests the mouse on a term that their own data explains — their own explanation, or
 * another report in their library: the tooltip needs that one term's explanations.
 */
export const DefinitionRequestSchema = v.object({ type: v.literal('term/definition'), term: termText });

/** The user asked to explain a term (tooltip action); open the side panel there. */
export const ExplainRequestSchema = v.object({ type: v.literal('term/explain'), term: termText });

// ── Side panel → background (refused from content scripts) ────────────────────────────────────

/** Scroll to and flash this span of the report text in the tab. */
export const JumpRequestSchema = v.object({ type: v.literal('page/jump'), tabId, start: offset, end: offset });

/** Save the report this tab shows (auto-save off, a failed or deferred save, a deleted record). */
export const SaveRequestSchema = v.object({ type: v.literal('report/save'), tabId });

/**
 * Look at this tab even though the cheap check skipped it (so the panel can say what the page
 * is), on a site the user turned off, or on a site that is not *.gov.cn (needs the user's click: activeTab).
 */
export const AnalyzeRequestSchema = v.object({ type: v.literal('page/analyze'), tabId });

export const PageRequestSchema = v.variant('type', [PageTextSchema, DefinitionRequestSchema, ExplainRequestSchema]);
export const PanelRequestSchema = v.variant('type', [JumpRequestSchema, SaveRequestSchema, AnalyzeRequestSchema]);
// Listed again rather than spread from the two above: a spread is kept by the bundler, and with it
// every panel schema in the content script.
export const BackgroundRequestSchema = v.variant('type', [
  PageTextSchema,
  DefinitionRequestSchema,
  ExplainRequestSchema,
  JumpRequestSchema,
  SaveRequestSchema,
  AnalyzeRequestSchema,
]);

// ── Background → content script ───────────────────────────────────────────────────────────────

export const JumpToSourceSchema = v.object({ type: v.literal('page/jump-to'), start: offset, end: offset });
export const ReanalyzeSchema = v.object({ type: v.literal('page/reanalyze') });
export const ContentRequestSchema = v.variant('type', [JumpToSourceSchema, ReanalyzeSchema]);

// ── Replies ───────────────────────────────────────────────────────────────────────────────────

/**
 * Where an explanation comes from. One list for the schema and the types: a new source (the
 * jargon work adds 'body') is one more entry here.
 */
export { EXPLANATION_SOURCES, type ExplanationSource } from './glossary/index.ts';

const ExplanationSchema = v.object({
  source: v.picklist(EXPLANATION_SOURCES),
  definition: v.pipe(v.string(), v.maxLength(LIMITS.maxDefinitionChars)),
  english: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.maxDefinitionChars))),
  /** Where the report's body explains the term (report-text offsets), for jump-to-source. */
  start: v.optional(offset),
  end: v.optional(offset),
});

const span = v.object({ start: offset, end: offset });

/**
 * What the content script needs to mark and explain a page. It holds nothing the page could not
 * compute itself from public data, except the names of the terms the user explained
 * (`userTerms`) — never their definitions, which come one at a time on a real hover.
 */
export const PageAnalysisSchema = v.object({
  detection: DetectionSchema,
  /** Quotes of targets and results, for the figure marks. */
  figures: v.pipe(v.array(span), v.maxLength(LIMITS.maxFiguresPerReport * 2)),
  /**
   * Terms to mark: `patterns` are the spellings the page would be marked with for any user (they
   * are painted); `explanations` are the report's and the built-in glossary's.
   */
  terms: v.pipe(
    v.array(
      v.object({
        term: v.pipe(v.string(), v.maxLength(LIMITS.maxTermChars)),
        patterns: v.pipe(v.array(termText), v.maxLength(LIMITS.maxPatternsPerTerm)),
        explanations: v.pipe(v.array(ExplanationSchema), v.maxLength(LIMITS.maxExplanationsPerTerm)),
        firstSentence: v.pipe(v.string(), v.maxLength(LIMITS.maxQuoteChars)),
      }),
    ),
    v.maxLength(LIMITS.maxTermsPerReport),
  ),
  /**
   * The terms (indexes into `terms`) the user's own data explains: their own explanations, or
   * another report of their library (lib/analyze.ts withLibraryTerms). `patterns`: spellings only
   * that data knows; they are matched for hovering but never painted, so the page's highlight
   * registry (`CSS.highlights`, readable by page scripts) shows nothing that depends on it.
   */
  userTerms: v.pipe(
    v.array(v.object({ term: offset, patterns: v.pipe(v.array(termText), v.maxLength(LIMITS.maxPatternsPerTerm)) })),
    v.maxLength(LIMITS.maxTermsPerReport),
  ),
  /** Inline footnote markers ([1]) and the 注释 entry each points at. */
  footnotes: v.pipe(
    v.array(
      v.object({
        start: offset,
        end: offset,
        number: v.number(),
        term: v.pipe(v.string(), v.maxLength(LIMITS.maxTermChars)),
        definition: v.pipe(v.string(), v.maxLength(LIMITS.maxDefinitionChars)),
      }),
    ),
    v.maxLength(LIMITS.maxGlossaryEntries * 4),
  ),
});

/** Why the background did not analyse a page text. */
export const REFUSALS = ['rate-limited', 'site-off', 'not-web'] as const;

export const PageTextReplySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), analysis: PageAnalysisSchema }),
  v.object({ ok: v.literal(false), refused: v.picklist(REFUSALS) }),
]);

export const DefinitionReplySchema = v.object({
  /** The user's own explanation. */
  definition: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.maxDefinitionChars))),
  /**
   * The best explanation the library's other reports give (issue 13): the report it comes from
   * (region, plan year) and how many other, differing definitions the library holds.
   */
  library: v.optional(
    v.object({
      definition: v.pipe(v.string(), v.maxLength(LIMITS.maxDefinitionChars)),
      region: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.maxRegionNameChars))),
      year: v.nullable(v.number()),
      more: offset,
    }),
  ),
});

const OkSchema = v.object({ ok: v.literal(true) });

/** Something the user asked for did not happen, as a code the panel words in its language. */
export type Problem =
  | StorageProblem
  | { code: 'nothing-to-save' }
  | { code: 'cannot-read-page' }
  | { code: 'no-answer' }
  /** A region choice the evidence does not allow (only in RegionChoiceReplySchema, which the content script does not bundle). */
  | { code: 'not-a-candidate' };

const ProblemSchema: v.GenericSchema<Problem> = v.union([
  v.object({
    code: v.picklist(['quota', 'closed', 'conflict', 'other']),
    detail: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.maxProblemDetailChars))),
  }),
  v.object({ code: v.picklist(['nothing-to-save', 'cannot-read-page', 'no-answer']) }),
]);

export const ActionReplySchema = v.union([OkSchema, v.object({ ok: v.literal(false), problem: ProblemSchema })]);

export const JumpReplySchema = v.object({ found: v.boolean(), otherPage: v.optional(v.boolean()) });

export const JumpToReplySchema = v.object({ found: v.boolean() });
export const ReanalyzeReplySchema = v.object({ state: v.string() });

export type PageText = v.InferOutput<typeof PageTextSchema>;
export type DefinitionReply = v.InferOutput<typeof DefinitionReplySchema>;
export type PageAnalysis = v.InferOutput<typeof PageAnalysisSchema>;
export type PageTextReply = v.InferOutput<typeof PageTextReplySchema>;
export type ActionReply = v.InferOutput<typeof ActionReplySchema>;
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;
export type PanelRequest = v.InferOutput<typeof PanelRequestSchema>;
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

/** The replies to what a content script asks: its own requester knows only these, so the content script bundles no other schema. */
const PAGE_REPLY_SCHEMAS = {
  'page/text': PageTextReplySchema,
  'term/definition': DefinitionReplySchema,
  'term/explain': OkSchema,
} as const;

const REPLY_SCHEMAS = {
  ...PAGE_REPLY_SCHEMAS,
  'page/jump': JumpReplySchema,
  'report/save': ActionReplySchema,
  'page/analyze': ActionReplySchema,
  'page/jump-to': JumpToReplySchema,
  'page/reanalyze': ReanalyzeReplySchema,
} as const;

type ReplySchemas = typeof REPLY_SCHEMAS;
export type ReplyTo<M extends { type: keyof ReplySchemas }> = v.InferOutput<ReplySchemas[M['type']]>;

/** Sends one message and resolves to the receiver's raw answer (browser.runtime.sendMessage, tabs.sendMessage …). */
export type RawSend = (message: unknown) => Promise<unknown>;

/**
 * Typed sending: the message must be one of `M`'s kind, and the reply is validated against its
 * schema — null when there was no valid answer (no listener, a crash, an older receiver).
 */
export function createRequester<M extends BackgroundRequest | ContentRequest>(send: RawSend) {
  return requester<M>(REPLY_SCHEMAS, send);
}

/** The content script's requester: as createRequester, for what a page may ask. */
export function createPageRequester(send: RawSend) {
  return requester<PageRequest>(PAGE_REPLY_SCHEMAS, send);
}

function requester<M extends BackgroundRequest | ContentRequest>(schemas: Partial<ReplySchemas>, send: RawSend) {
  return async <T extends M>(message: T): Promise<ReplyTo<T> | null> => {
    let raw: unknown;
    try {
      raw = await send(message);
    } catch {
      return null;
    }
    return parseMessage(schemas[message.type] as v.GenericSchema<unknown, ReplyTo<T>>, raw);
  };
}

// ── Side panel → background: where a report comes from (issue 17) ─────────────────────────────
// Kept apart from PanelRequestSchema and REPLY_SCHEMAS, which the content script bundles (through
// createRequester): these are only ever sent by the side panel, so their schemas stay out of the page.

/**
 * At most `limit()` long, the limit read when a value is checked: a limit read at module level
 * (v.maxLength(LIMITS.x)) stays in the content script's bundle even where the schema is dropped.
 */
const atMost = <T extends { length: number }>(limit: () => number) => v.check<T>((value) => value.length <= limit());

const regionCode = v.pipe(v.string(), v.regex(/^\d{6}$/));
const regionName = v.pipe(
  v.string(),
  atMost(() => LIMITS.maxRegionNameChars),
);

/** The units the tab's report may come from (the background has the division data; the panel never loads it). */
export const RegionCandidatesRequestSchema = v.object({ type: v.literal('region/candidates'), tabId });

/**
 * The user picked the unit the tab's report comes from: remembered for the report's site and
 * region name, applied to the report (and the site's other unresolved reports of that name) at once.
 */
export const RegionChoiceRequestSchema = v.object({ type: v.literal('region/choose'), tabId, code: regionCode });

/** Reports an older version stored (an imported backup) are parsed again and their regions resolved: the background's re-parse job. */
export const ResolveLibraryRequestSchema = v.object({ type: v.literal('region/resolve-library') });

export const RegionRequestSchema = v.variant('type', [
  RegionCandidatesRequestSchema,
  RegionChoiceRequestSchema,
  ResolveLibraryRequestSchema,
]);

/** A unit a report may come from, as the panel shows it (lib/region/types.ts RegionCandidate). */
const RegionCandidateSchema = v.object({
  code: regionCode,
  name: regionName,
  level: v.picklist(REGION_LEVELS),
  province: v.nullable(regionName),
  prefecture: v.nullable(regionName),
});

export const RegionCandidatesReplySchema = v.object({
  status: v.picklist(['resolved', 'ambiguous', 'unknown']),
  candidates: v.pipe(
    v.array(RegionCandidateSchema),
    atMost(() => REGION_LIMITS.maxRegionCandidates),
  ),
});

/** A choice is refused, besides the usual problems, when the evidence does not allow that unit (the page changed, a stale panel). */
export const RegionChoiceReplySchema = v.union([
  ActionReplySchema,
  v.object({ ok: v.literal(false), problem: v.object({ code: v.literal('not-a-candidate') }) }),
]);

const REGION_REPLY_SCHEMAS = {
  'region/candidates': RegionCandidatesReplySchema,
  'region/choose': RegionChoiceReplySchema,
  'region/resolve-library': OkSchema,
} as const;

export type RegionRequest = v.InferOutput<typeof RegionRequestSchema>;
export type RegionCandidatesReply = v.InferOutput<typeof RegionCandidatesReplySchema>;
export type RegionReplyTo<M extends { type: keyof typeof REGION_REPLY_SCHEMAS }> = v.InferOutput<(typeof REGION_REPLY_SCHEMAS)[M['type']]>;

/** createRequester for the region requests (same contract: the reply is validated, null when there was none valid). */
export function createRegionRequester(send: RawSend) {
  return async <T extends RegionRequest>(message: T): Promise<RegionReplyTo<T> | null> => {
    let raw: unknown;
    try {
      raw = await send(message);
    } catch {
      return null;
    }
    return parseMessage(REGION_REPLY_SCHEMAS[message.type] as v.GenericSchema<unknown, RegionReplyTo<T>>, raw);
  };
}

/**
 * What the background knows about a tab; the side panel's "This page" view shows it. Kept in
 * storage.session under `tabStateKey(tabId)`: an MV3 service worker is stopped when idle and
 * would forget a Map, and the side panel can watch storage.onChanged instead of polling.
 * storage.session is not readable by content scripts (Chrome's default access level).
 */
export interface TabState {
  tabId: number;
  /** The address of the frame that holds the report, as the browser reported it (never as a page claimed it). */
  url: string;
  status: 'unknown' | 'not-report' | 'report';
  detection: v.InferOutput<typeof DetectionSchema> | null;
  /** Id of the stored report this tab shows, once saved (the record may since have been deleted: the panel checks). */
  reportId: number | null;
  /** The frame that holds the report (an article in a same-site iframe); jump-to-source goes there. */
  frameId: number;
  /** The parsed report while it is not saved (auto-save off, a failed, deferred or refused save). */
  unsaved: { report: ReportDocument; pageTitle: string } | null;
  /** Why the last save failed. */
  saveError: StorageProblem | null;
  /**
   * Why the page's report is not (or not fully) in the library although saving is on:
   * 'deferred', the page changed within a minute of its last save (rewrites are rate-limited);
   * 'rate-limited', this tab saved too often; 'partial', only some pages of a split report were read
   * and a fuller copy is stored.
   */
  notice: 'deferred' | 'rate-limited' | 'partial' | null;
  /** For a report split over pages: how many pages the article has (from its pager) and how many were read. */
  pages: { known: number; read: number } | null;
  /** The part of the stored report text this tab's page shows (all of it unless the report is split over pages). */
  textRange: { start: number; end: number } | null;
  /** Terms of this page the user's own data explains (their terms, their library): the only ones its content script may ask about. */
  userTerms: string[];
}

export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

/** storage.session key of a term the user asked to explain from the page; the side panel opens it. */
export const PENDING_TERM_KEY = 'pendingTerm';

/** storage.session key of the re-parse progress ({ done, total }) while stored reports are re-parsed. */
export const REPARSE_PROGRESS_KEY = 'reparse';

/** Returns the message if it validates against `schema`, else null. */
export function parseMessage<S extends v.GenericSchema>(schema: S, message: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : null;
}
