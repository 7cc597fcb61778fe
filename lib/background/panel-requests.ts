/**
 * What the side panel asks of the background about a tab: jump to a clause, save its report,
 * analyse it. Accepted only from extension pages (router.ts); the tab id is the panel's to name.
 */
import { createRequester, type ActionReply, type ContentRequest, type ReplyTo, type JumpRequestSchema } from '../messages.ts';
import { saveReport } from '../library/save.ts';
import { storageProblem } from '../library/errors.ts';
import { LIMITS } from '../limits.ts';
import { fileFields, recordState, type PageDeps } from './page-text.ts';
import type * as v from 'valibot';

const toTab = (deps: PageDeps, tabId: number, frameId?: number) =>
  createRequester<ContentRequest>((message) =>
    deps.tabs.sendMessage(tabId, message as ContentRequest, frameId === undefined ? undefined : { frameId }),
  );

type JumpRequest = v.InferOutput<typeof JumpRequestSchema>;

/** Scrolls the tab to a span of its report text; offsets refer to the whole report, and a page of a split report holds only its part. */
export async function jumpInTab(deps: PageDeps, { tabId, start, end }: JumpRequest): Promise<ReplyTo<JumpRequest>> {
  await deps.work.settled(tabId);
  const state = await deps.store.readState(tabId);
  const range = state?.textRange ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
  if (start < range.start || end > range.end) return { found: false, otherPage: true };
  const reply = await toTab(deps, tabId, state?.frameId ?? 0)({ type: 'page/jump-to', start: start - range.start, end: end - range.start });
  return { found: reply?.found ?? false };
}

/** Saves the report the tab shows: the kept text, or — too long to keep, or the record was deleted — the page's text read again. */
export async function saveTab(deps: PageDeps, tabId: number): Promise<ActionReply> {
  await deps.work.settled(tabId);
  const state = await deps.store.readState(tabId);
  if (state?.status !== 'report') return { ok: false, problem: { code: 'nothing-to-save' } };
  const deleted = state.reportId !== null && !(await deps.db.reports.get(state.reportId));
  if (state.reportId !== null && !deleted && !state.unsaved) return { ok: true };
  const text = state.unsaved ? await deps.store.readText(tabId) : null;
  if (!state.unsaved || text === null) {
    await deps.store.setSaveNext(tabId);
    const reply = await toTab(deps, tabId, state.frameId)({ type: 'page/reanalyze' });
    return reply ? { ok: true } : { ok: false, problem: { code: 'cannot-read-page' } };
  }
  try {
    const item = { url: state.url, pageTitle: state.unsaved.pageTitle, report: state.unsaved.report, text, ...fileFields(state.file) };
    const { reportId } = await saveReport(deps.db, item, { now: deps.now(), force: true });
    await recordState(deps, { ...state, reportId, unsaved: null, saveError: null, notice: null });
    await deps.store.dropText(tabId);
    return { ok: true };
  } catch (error) {
    const problem = storageProblem(error);
    await recordState(deps, { ...state, saveError: problem });
    return { ok: false, problem };
  }
}

/**
 * Looks at a tab on request: asks its content script to analyse again (even a page its cheap
 * check skipped, or a site the user turned off — for LIMITS.forcedAnalysisWindowMs), or injects it
 * where it does not run (sites other than *.gov.cn), which works after the user's click (activeTab).
 */
export async function analyzeTab(deps: PageDeps, tabId: number): Promise<ActionReply> {
  await deps.store.setForced(tabId, deps.now() + LIMITS.forcedAnalysisWindowMs);
  const ask = toTab(deps, tabId);
  if (await ask({ type: 'page/reanalyze' })) return { ok: true };
  try {
    await deps.tabs.injectContentScript(tabId);
  } catch {
    return { ok: false, problem: { code: 'cannot-read-page' } };
  }
  return (await ask({ type: 'page/reanalyze' })) ? { ok: true } : { ok: false, problem: { code: 'cannot-read-page' } };
}
