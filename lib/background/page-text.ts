/**
 * A content script sent its page's article text: parse it, save the report, record what the tab
 * holds, and reply with what the page may mark. The page's URL and tab come from the browser
 * (`PageContext`, see sender.ts); the site settings, the per-tab budgets and the rewrite interval
 * apply on every path.
 */
import { analyzeText, askableTerms, slicePageAnalysis } from '../analyze.ts';
import { builtinIndex } from '../glossary/builtin-index.ts';
import { builtinGlossary } from '../glossary/builtin.ts';
import { buildGlossaryIndex, type GlossaryIndex } from '../glossary/index.ts';
import { addAddress, saveReport } from '../library/save.ts';
import { storageProblem } from '../library/errors.ts';
import type { PageAnalysis, PageText, PageTextReply, TabState } from '../messages.ts';
import type { ParsedPage } from '../report/types.ts';
import type { Settings } from '../settings.ts';
import { hostOf, isWebUrl } from '../web-url.ts';
import { readRegionChoices } from '../region/choices.ts';
import { LIMITS } from '../limits.ts';
import type { BackgroundDeps } from './deps.ts';
import type { AssembledText, PageSets } from './split-pages.ts';
import type { TabStore } from './tab-store.ts';
import { addLibraryTerms } from './library-terms.ts';

export type PageDeps = BackgroundDeps & { store: TabStore; pageSets: PageSets };

/** The frame a message came from, as the browser reported it. */
export interface PageContext {
  tabId: number;
  frameId: number;
  url: string;
}

let publicIndex: GlossaryIndex | null = null;
/** The glossary without anyone's own terms: what marks any user would see. */
const publicGlossary = () => (publicIndex ??= buildGlossaryIndex({ builtin: builtinGlossary }));

export async function handlePageText(deps: PageDeps, page: PageContext, message: PageText): Promise<PageTextReply> {
  const settings = await deps.readSettings();
  const refused = await refusal({ deps, page, message, settings });
  if (refused) return { ok: false, refused };
  const assembled = await deps.pageSets.add({ tabId: page.tabId, url: page.url, text: message.text, pageLinks: message.pageLinks });
  const user = await deps.db.userTerms.toArray().catch(() => []);
  const regionChoices = await readRegionChoices(deps.local).catch(() => ({}));
  const { parsed, forPage } = analyzeText({
    text: assembled.text,
    title: message.title,
    url: assembled.url,
    reportLinks: message.reportLinks,
    index: builtinIndex(user),
    publicIndex: publicGlossary(),
    regionChoices,
  });
  let analysis = assembled.pages ? slicePageAnalysis(forPage, assembled.pageStart, message.text.length) : forPage;
  const previous = await deps.store.readState(page.tabId);
  // A frame without the report (the page around an article iframe) does not overwrite the frame that has it.
  const otherFrameHasIt = previous?.status === 'report' && previous.frameId !== page.frameId;
  if (!parsed.report.isReport && (page.frameId !== 0 || otherFrameHasIt)) return { ok: true, analysis };
  const state = stateFor({ page, parsed, analysis, assembled, length: message.text.length });
  if (parsed.report.isReport) {
    await keepReport({ deps, page, state, parsed, title: message.title, assembled, settings });
    // The library's other reports explain some terms: named to the page, explained on a real hover.
    analysis = await addLibraryTerms(deps.db, { analysis, parsed, state });
    state.userTerms = askableTerms(analysis);
  }
  await recordState(deps, state);
  return { ok: true, analysis };
}

/** Why this text is not analysed at all, or null. */
async function refusal({
  deps,
  page,
  message,
  settings,
}: {
  deps: PageDeps;
  page: PageContext;
  message: PageText;
  settings: Settings;
}): Promise<Extract<PageTextReply, { ok: false }>['refused'] | null> {
  if (!isWebUrl(page.url)) return 'not-web';
  const host = hostOf(page.url)!;
  if (settings.disabledSites.includes(host) && !(await deps.store.isForced(page.tabId, deps.now()))) return 'site-off';
  const budget = { windowMs: LIMITS.rateWindowMs };
  const texts = deps.limiter.take({ ...budget, key: `text:${page.tabId}`, limit: LIMITS.textsPerTabPerMinute });
  const chars =
    texts &&
    deps.limiter.take({ ...budget, key: `chars:${page.tabId}`, cost: message.text.length, limit: LIMITS.textCharsPerTabPerMinute });
  return chars ? null : 'rate-limited';
}

function stateFor({
  page,
  parsed,
  analysis,
  assembled,
  length,
}: {
  page: PageContext;
  parsed: ParsedPage;
  analysis: PageAnalysis;
  assembled: AssembledText;
  length: number;
}): TabState {
  return {
    tabId: page.tabId,
    url: assembled.url,
    status: parsed.report.isReport ? 'report' : 'not-report',
    detection: analysis.detection,
    reportId: null,
    frameId: page.frameId,
    unsaved: null,
    saveError: null,
    notice: null,
    pages: assembled.pages,
    textRange: { start: assembled.pageStart, end: assembled.pageStart + length },
    userTerms: askableTerms(analysis),
  };
}

/** Saves the report (auto-save, or the user's pending Save), within the tab's budget; otherwise keeps it for the Save button. */
async function keepReport({
  deps,
  page,
  state,
  parsed,
  title,
  assembled,
  settings,
}: {
  deps: PageDeps;
  page: PageContext;
  state: TabState;
  parsed: ParsedPage;
  title: string;
  assembled: AssembledText;
  settings: Settings;
}): Promise<void> {
  const requested = await deps.store.takeSaveNext(page.tabId);
  const budget = { key: `save:${page.tabId}`, limit: LIMITS.savesPerTabPerMinute, windowMs: LIMITS.rateWindowMs };
  if (!settings.autoSave && !requested) {
    // Kept for the Save button below.
  } else if (!requested && !deps.limiter.take(budget)) {
    state.notice = 'rate-limited';
  } else {
    const partial = assembled.pages !== null && assembled.pages.read < assembled.pages.known;
    try {
      const item = { url: assembled.url, pageTitle: title, report: parsed.report, text: parsed.text };
      // A split article that gained a page is completed, not rewritten: the interval does not hold it back.
      const outcome = await saveReport(deps.db, item, { now: deps.now(), force: requested || assembled.grew, partial });
      state.reportId = outcome.reportId;
      if (outcome.status === 'deferred' || outcome.status === 'partial') state.notice = outcome.status;
      // Every page of a split report leads to the same record.
      if (page.url !== assembled.url) await addAddress(deps.db, outcome.reportId, page.url);
      if (assembled.pages && !partial && outcome.status !== 'deferred') await deps.pageSets.complete(assembled.url);
    } catch (error) {
      state.saveError = storageProblem(error);
    }
  }
  if (state.reportId === null || state.notice === 'deferred') {
    state.unsaved = { report: parsed.report, pageTitle: title };
    // Kept for the Save button; a text too long for the session store is read from the page again instead.
    await deps.store.keepText(page.tabId, parsed.text);
  }
}

/** Writes the tab's state and shows it on the badge; a failed write is shown too, never swallowed. */
export async function recordState(deps: PageDeps, state: TabState): Promise<void> {
  try {
    await deps.store.writeState(state);
    await deps.ui.showTabState(state);
  } catch (error) {
    console.error('ReportLens could not record the state of tab', state.tabId, error);
    await deps.ui.showProblem(state.tabId);
  }
}
