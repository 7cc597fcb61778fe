/**
 * What the side panel asks the background about where a report comes from: the units the tab's
 * report may come from (the panel's "unresolved" state), the user's choice among them, and
 * resolving the reports an imported backup brought in. The division data is loaded here, in the
 * background, never in the panel or the page. Accepted only from extension pages (router.ts).
 */
import { parseMessage, RegionRequestSchema, type ActionReply, type RegionCandidatesReply, type TabState } from '../messages.ts';
import { annotateRegion } from '../region/annotate.ts';
import { builtinDivisions } from '../region/divisions.ts';
import { evidenceFromReport } from '../region/evidence.ts';
import { resolveRegion } from '../region/resolve.ts';
import { rememberRegionChoice } from '../region/choices.ts';
import { setReportRegions, unresolvedReportsOf, type RegionUpdate } from '../library/regions.ts';
import { storageProblem } from '../library/errors.ts';
import type { ReportDocument } from '../report/types.ts';
import { hostOf } from '../web-url.ts';
import { REGION_LIMITS } from '../limits.ts';
import { recordState, type PageDeps } from './page-text.ts';
import { reparseOutdated } from './reparse-job.ts';

export function handleRegionRequest(deps: PageDeps, raw: unknown): Promise<unknown> | undefined {
  const message = parseMessage(RegionRequestSchema, raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'region/candidates':
      return regionCandidates(deps, message.tabId);
    case 'region/choose':
      return chooseRegion(deps, message);
    case 'region/resolve-library':
      // Not awaited: the panel follows the progress in storage.session.
      void reparseOutdated(deps).catch((error: unknown) => console.error('ReportLens could not re-parse the library', error));
      return Promise.resolve({ ok: true });
  }
}

/** The report a tab shows, with what its region is resolved from: the stored record, or the unsaved report. */
interface TabReport {
  state: TabState;
  reportId: number | null;
  report: ReportDocument;
  text: string;
  pageTitle: string;
  url: string;
  host: string;
}

async function tabReport(deps: PageDeps, tabId: number): Promise<TabReport | null> {
  const state = await deps.store.readState(tabId);
  if (state?.status !== 'report') return null;
  if (state.reportId !== null) {
    const [summary, document, text] = await Promise.all([
      deps.db.reports.get(state.reportId),
      deps.db.documents.get(state.reportId),
      deps.db.texts.get(state.reportId),
    ]);
    if (summary && document) {
      const { url, pageTitle, host } = summary;
      return { state, reportId: summary.id, report: document.report, text: text?.text ?? '', pageTitle, url, host };
    }
  }
  if (!state.unsaved) return null;
  // A text too long for the session store is not kept: the name, title and address still tell.
  const text = (await deps.store.readText(tabId)) ?? '';
  const { report, pageTitle } = state.unsaved;
  return { state, reportId: null, report, text, pageTitle, url: state.url, host: hostOf(state.url) ?? '' };
}

export async function regionCandidates(deps: PageDeps, tabId: number): Promise<RegionCandidatesReply> {
  const found = await tabReport(deps, tabId);
  if (!found?.report.region) return { status: 'unknown', candidates: [] };
  const { report, text, pageTitle, url } = found;
  const resolution = resolveRegion({
    evidence: evidenceFromReport({ report, text, title: pageTitle, url }),
    divisions: builtinDivisions(),
  });
  return {
    status: resolution.status,
    candidates: resolution.candidates
      .slice(0, REGION_LIMITS.maxRegionCandidates)
      .map(({ code, name, level, province, prefecture }) => ({ code, name, level, province, prefecture })),
  };
}

/**
 * The user's choice: allowed only when the report's evidence leaves that unit possible; then
 * remembered for the site and name, and applied to the tab's report and to the site's other
 * stored reports of that name whose place is not known.
 */
export async function chooseRegion(deps: PageDeps, { tabId, code }: { tabId: number; code: string }): Promise<ActionReply> {
  const found = await tabReport(deps, tabId);
  const name = found?.report.region?.name;
  if (!found || !name || !found.host) return { ok: false, problem: { code: 'nothing-to-save' } };
  const resolved = withChoice(found, code);
  if (resolved.region?.code !== code) return { ok: false, problem: { code: 'not-a-candidate' } };
  try {
    await rememberRegionChoice(deps.local, { host: found.host, name, code });
    if (found.reportId === null) {
      await recordState(deps, { ...found.state, unsaved: { ...found.state.unsaved!, report: resolved } });
    } else {
      await setReportRegions(deps.db, await siteUpdates(deps, { found, name, code }));
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: storageProblem(error) };
  }
}

function withChoice(
  { report, text, pageTitle, url }: Pick<TabReport, 'report' | 'text' | 'pageTitle' | 'url'>,
  code: string,
): ReportDocument {
  return annotateRegion({ report, text, title: pageTitle, url, chosenCode: code, divisions: builtinDivisions() });
}

/** The tab's report and the site's other unresolved reports of the same name, each resolved with the choice (its own year may give another code). */
async function siteUpdates(
  deps: PageDeps,
  { found, name, code }: { found: TabReport; name: string; code: string },
): Promise<RegionUpdate[]> {
  const reports = await unresolvedReportsOf(deps.db, {
    host: found.host,
    name,
    first: found.reportId,
    limit: REGION_LIMITS.maxReportsPerChoice,
  });
  const ids = [...new Set([found.reportId!, ...reports.map((r) => r.id)])];
  const [documents, texts] = await Promise.all([deps.db.documents.bulkGet(ids), deps.db.texts.bulkGet(ids)]);
  const summaries = new Map([...reports.map((r) => [r.id, r] as const)]);
  const updates: RegionUpdate[] = [];
  ids.forEach((id, i) => {
    const report = documents[i]?.report;
    if (!report) return;
    const summary = summaries.get(id);
    const source = summary ? { report, text: texts[i]?.text ?? '', pageTitle: summary.pageTitle, url: summary.url } : { ...found, report };
    const region = withChoice(source, code).region;
    if (region?.code) updates.push({ reportId: id, region });
  });
  return updates;
}
