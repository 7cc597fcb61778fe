/**
 * Save all, in the "This page" view: on a list of reports (its column's further pages read too)
 * and on any page that links a 政府工作报告, the reports found — title, year, kind, already in the
 * library — with a checkbox each (look-alikes unticked), the pause between requests, Save all,
 * then the run: a progress bar with its counts and the current title, Cancel, and what became of
 * every link, failures saying why. On a tab that shows a PDF or Word file, the way to the reader.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TabState } from '../lib/messages.ts';
import { harvestStrings, describeReason } from '../lib/i18n.ts';
import { harvestPause } from '../lib/settings.ts';
import { LIMITS } from '../lib/limits.ts';
import { linksInLibrary } from '../lib/harvest/in-library.ts';
import type { Discovery, HarvestControls, HarvestRun, HarvestState } from '../lib/harvest/controller.ts';
import type { HarvestResult, ReportLink } from '../lib/harvest/types.ts';
import { usePanel } from './context.ts';
import { useLiveQuery } from './hooks.ts';

export function Harvest({ tab }: { tab: TabState | null }) {
  if (!tab || tab.status === 'unknown') return <FileTab />;
  return <LinkedReports tab={tab} />;
}

/** The tab shows a PDF or Word file (no content script runs in a PDF viewer): open it in the reader. */
function FileTab() {
  const { actions, lang } = usePanel();
  const h = harvestStrings(lang);
  const [file, setFile] = useState<Awaited<ReturnType<typeof actions.tabFile>>>(null);
  useEffect(() => {
    let live = true;
    actions
      .tabFile()
      .then((found) => live && setFile(found))
      .catch(() => live && setFile(null));
    return () => {
      live = false;
    };
  }, [actions]);
  if (!file) return null;
  return (
    <div class="status reader-offer" data-testid="file-tab">
      <p>{h.fileTab(h.kinds[file.kind])}</p>
      <button type="button" onClick={() => actions.openReader(file.url)}>
        {h.openReader}
      </button>
    </div>
  );
}

function useHarvestState(controller: HarvestControls): HarvestState {
  const [state, setState] = useState(controller.state);
  useEffect(() => {
    setState(controller.state);
    return controller.subscribe(setState);
  }, [controller]);
  return state;
}

function LinkedReports({ tab }: { tab: TabState }) {
  const { actions, settings, lang } = usePanel();
  const h = harvestStrings(lang);
  const controller = actions.harvest;
  const state = useHarvestState(controller);
  const followPager = tab.detection?.kind === 'list';
  useEffect(() => {
    controller.discover({ tabId: tab.tabId, url: tab.url, followPager }, { pauseMs: harvestPause(settings) });
    // The pause is read when reading starts; changing it later does not list the page again.
  }, [controller, tab.tabId, tab.url, followPager]);
  const discovery = state.discovery;
  if (!discovery || discovery.source.tabId !== tab.tabId || discovery.source.url !== tab.url) return null;
  // A page that links no report shows nothing; a list of reports says when it could not be read.
  if (discovery.status === 'unavailable') return followPager ? <p class="muted small">{h.unavailable}</p> : null;
  if (discovery.links.length === 0 && discovery.status === 'done') return null;
  const run = state.run && state.run.pageUrl === tab.url ? state.run : null;
  const n = discovery.links.length;
  return (
    <section class="harvest" data-testid="harvest" aria-labelledby="harvest-title">
      <h3 id="harvest-title">{followPager ? h.columnReports(n) : h.linkedReports(n)}</h3>
      <ColumnStatus discovery={discovery} />
      {run ? (
        <RunView run={run} />
      ) : (
        <LinkList discovery={discovery} busy={state.run !== null && !state.run.progress.finished} pageUrl={tab.url} />
      )}
    </section>
  );
}

/** How far reading the column got (its pager followed), and why it stopped early. */
function ColumnStatus({ discovery }: { discovery: Discovery }) {
  const { lang } = usePanel();
  const h = harvestStrings(lang);
  const { pages, reading, stopped } = discovery;
  if (reading)
    return (
      <p class="muted small" role="status">
        {h.readingColumn(pages.length + 1)}
      </p>
    );
  if (stopped?.reason === 'limit') return <p class="muted small">{h.columnLimit(LIMITS.maxColumnPages)}</p>;
  if (stopped?.reason === 'failed') return <p class="error small">{h.columnFailed(pages.length + 1, h.failure(stopped.failure))}</p>;
  return pages.length > 1 ? <p class="muted small">{h.columnPages(pages.length)}</p> : null;
}

function LinkList({ discovery, busy, pageUrl }: { discovery: Discovery; busy: boolean; pageUrl: string }) {
  const { actions, settings, db, lang } = usePanel();
  const h = harvestStrings(lang);
  const { links } = discovery;
  // What the user changed; every other link is ticked unless it looks like something else than the report.
  const [toggled, setToggled] = useState<Map<string, boolean>>(new Map());
  const ticked = (link: ReportLink) => toggled.get(link.url) ?? link.lookAlike === null;
  const chosen = links.filter(ticked);
  const urls = useMemo(() => links.map((l) => l.url), [links]);
  const saved = useLiveQuery(() => linksInLibrary(db, urls), [urls.join('\n')]);
  const inLibrary = saved.status === 'ready' ? saved.value : new Set<string>();
  const pauseMs = harvestPause(settings);
  return (
    <>
      <ul class="harvest-links">
        {links.map((link) => (
          <li key={link.url} data-testid="harvest-link">
            <label class="check">
              <input
                type="checkbox"
                checked={ticked(link)}
                onChange={(e) => {
                  const next = new Map(toggled);
                  next.set(link.url, (e.target as HTMLInputElement).checked);
                  setToggled(next);
                }}
              />
              <span lang="zh-CN">{link.title}</span>
            </label>{' '}
            {link.year !== null && <span class="muted small">{h.year(link.year)}</span>} <span class="badge">{h.kinds[link.fileKind]}</span>
            {inLibrary.has(link.url) && (
              <>
                {' '}
                <span class="badge in-library">{h.inLibrary}</span>
              </>
            )}
            {link.lookAlike && (
              <>
                {' '}
                <span class="badge look-alike" title={h.lookAlikeHint}>
                  {h.lookAlike[link.lookAlike]}
                </span>
              </>
            )}
            {link.fileKind !== 'html' && (
              <>
                {' '}
                <button type="button" class="small" title={h.readHint} onClick={() => actions.openReader(link.url)}>
                  {h.read}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div class="toolbar">
        <label class="check small" title={h.pauseHint}>
          {h.pause}
          <input
            type="number"
            class="pause"
            min={LIMITS.minHarvestPauseMs / 1000}
            max={LIMITS.maxHarvestPauseMs / 1000}
            step={0.5}
            value={pauseMs / 1000}
            onChange={(e) => {
              const seconds = Number((e.target as HTMLInputElement).value);
              void actions.setSettings({ harvestPauseMs: harvestPause({ harvestPauseMs: seconds * 1000 }) });
            }}
          />
        </label>
        <button
          type="button"
          disabled={chosen.length === 0 || busy || discovery.status === 'reading'}
          onClick={() => void actions.harvest.saveAll({ links: chosen, pageUrl, pauseMs })}
        >
          {h.saveAll(chosen.length)}
        </button>
      </div>
      {busy && <p class="muted small">{h.otherRun}</p>}
    </>
  );
}

function RunView({ run }: { run: HarvestRun }) {
  const { actions, lang } = usePanel();
  const h = harvestStrings(lang);
  const [cancelling, setCancelling] = useState(false);
  const { progress } = run;
  const skipped = progress.results.filter((r) => r.outcome.status === 'skipped').length;
  return (
    <div class="harvest-run" data-testid="harvest-run" aria-busy={!progress.finished}>
      <div class="progress">
        <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={h.progressLabel} />
        <span data-testid="harvest-done">
          {progress.done}/{progress.total}
        </span>
      </div>
      <ul class="harvest-counts">
        {(['saved', 'already', 'notReport', 'failed'] as const).map((key) => (
          <li key={key} data-testid={`count-${key}`}>
            {h.counts[key]} <strong>{progress.counts[key]}</strong>
          </li>
        ))}
      </ul>
      {progress.current && (
        <p class="small" data-testid="harvest-current">
          {h.current}
          <span lang="zh-CN">{progress.current.title}</span>
        </p>
      )}
      {!progress.finished ? (
        <button
          type="button"
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            actions.harvest.cancel();
          }}
        >
          {cancelling ? h.cancelling : h.cancel}
        </button>
      ) : (
        <p role="status" data-testid="harvest-finished">
          {progress.cancelled ? h.cancelled(skipped) : h.done(progress.total)}
        </p>
      )}
      {run.error && (
        <p role="alert" class="error">
          {h.runError(run.error)}
        </p>
      )}
      {progress.results.length > 0 && (
        <>
          <h4>{h.results}</h4>
          <ol class="harvest-results">
            {progress.results.map((r) => (
              <ResultLine key={r.link.url} result={r} />
            ))}
          </ol>
        </>
      )}
      {progress.finished && (
        <button type="button" class="small" onClick={() => actions.harvest.dismissRun()}>
          {h.backToList}
        </button>
      )}
    </div>
  );
}

/** One link's outcome, in the panel's language; a page that is not a report says what it is and why. */
function ResultLine({ result }: { result: HarvestResult }) {
  const { t, lang } = usePanel();
  const h = harvestStrings(lang);
  const { outcome } = result;
  let text: string;
  switch (outcome.status) {
    case 'saved':
      text = h.saved;
      break;
    case 'already':
      text = h.already;
      break;
    case 'skipped':
      text = h.skipped;
      break;
    case 'not-report':
      text = h.notReport(t.kinds[outcome.kind]);
      break;
    case 'failed':
      text = h.failure(outcome.failure);
      break;
  }
  const reasons = outcome.status === 'not-report' ? outcome.reasons.map((r) => describeReason(t, r)) : [];
  return (
    <li data-testid="harvest-result" data-status={outcome.status} class={outcome.status === 'failed' ? 'failed' : undefined}>
      {/* The link's own words, as the list showed them (a parsed headline can be any line naming a 报告). */}
      <span lang="zh-CN">{result.link.title}</span>
      {t.colon}
      <span class={outcome.status === 'failed' ? 'error' : outcome.status === 'saved' ? 'ok' : undefined}>{text}</span>
      {reasons.length > 0 && <span class="muted small"> — {reasons.join(t.listSeparator)}</span>}
    </li>
  );
}
