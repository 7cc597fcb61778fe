/**
 * "This page": what the current tab holds. A report: who, when, targets, results, outline and
 * jargon (Jargon.tsx), each linked to its place in the page. A near miss: what it is and why. Nothing: how to
 * get a report analysed.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Problem, TabState } from '../lib/messages.ts';
import { describeReason } from '../lib/i18n.ts';
import { hostOf, isGovHost } from '../lib/web-url.ts';
import type { ReportDocument } from '../lib/report/types.ts';
import { splitTargets } from '../lib/library/panel-queries.ts';
import { usePanel } from './context.ts';
import { useLiveQuery } from './hooks.ts';
import { FigureTable } from './FigureTable.tsx';
import { RegionPlace } from './RegionPlace.tsx';
import { Jargon } from './Jargon.tsx';

export function ThisPage({ tab }: { tab: TabState | null }) {
  return (
    <>
      <PageState tab={tab} />
      <PageSettings tab={tab} />
    </>
  );
}

/** In-page marks on or off, and ReportLens off for this site (users of hover dictionaries ask for both). */
function PageSettings({ tab }: { tab: TabState | null }) {
  const { t, settings, actions } = usePanel();
  let host: string | null = null;
  try {
    host = tab ? new URL(tab.url).hostname : null;
  } catch {
    host = null;
  }
  const disabled = host !== null && settings.disabledSites.includes(host);
  return (
    <div class="page-settings">
      <label class="check small">
        <input
          type="checkbox"
          checked={settings.highlight}
          onChange={(e) => void actions.setSettings({ highlight: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t.highlightSetting}
      </label>
      {host && (
        <label class="check small">
          <input
            type="checkbox"
            checked={disabled}
            onChange={(e) => {
              const off = (e.target as HTMLInputElement).checked;
              const sites = settings.disabledSites.filter((s) => s !== host);
              void actions.setSettings({ disabledSites: off ? [...sites, host!] : sites });
            }}
          />{' '}
          {t.disableSite(host)}
        </label>
      )}
    </div>
  );
}

function PageState({ tab }: { tab: TabState | null }) {
  const { t, actions } = usePanel();
  const [analyzing, setAnalyzing] = useState(false);
  if (!tab || tab.status === 'unknown') {
    return (
      <div class="empty" data-testid="this-page-empty">
        <p>{t.noReportHere}</p>
        <p class="muted">{t.noReportHint}</p>
        <button
          type="button"
          disabled={analyzing}
          onClick={async () => {
            setAnalyzing(true);
            await actions.analyzeCurrent().finally(() => setAnalyzing(false));
          }}
        >
          {analyzing ? t.analyzing : t.analyzePage}
        </button>
      </div>
    );
  }
  if (tab.status === 'not-report') {
    const kind = tab.detection?.kind ?? 'other';
    return (
      <div data-testid="this-page-not-report">
        <p>
          <strong>{t.notAReport}</strong>
          {t.colon}
          {t.kinds[kind]}
        </p>
        {tab.detection && tab.detection.reasons.length > 0 && (
          <>
            <h3>{t.whyNot}</h3>
            <ul>
              {tab.detection.reasons.map((r) => (
                <li key={r.code}>{describeReason(t, r)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
  return <ReportHere tab={tab} />;
}

function ReportHere({ tab }: { tab: TabState }) {
  const { t, db } = usePanel();
  const stored = useLiveQuery(async () => {
    if (tab.reportId === null) return null;
    const [summary, document] = await Promise.all([db.reports.get(tab.reportId), db.documents.get(tab.reportId)]);
    const original = summary?.mirrorOf != null ? await db.reports.get(summary.mirrorOf) : undefined;
    return { summary, report: document?.report, originalHost: original?.host ?? null };
  }, [tab.reportId]);
  // Another tab's report is not shown while this one's loads.
  if (tab.reportId !== null && (stored.status === 'loading' || (stored.status === 'ready' && stored.stale))) return <p>{t.loading}</p>;
  if (stored.status === 'error') return <p role="alert">{t.dbError}</p>;
  const saved = stored.status === 'ready' ? stored.value : null;
  // The record was deleted from the library since (in this panel or another): say so, offer to save it again.
  if (tab.reportId !== null && !saved?.summary) return <DeletedReport tab={tab} />;
  const report = saved?.report ?? tab.unsaved?.report;
  if (!report) return <p>{t.noReportHere}</p>;
  // Keyed by tab and address: a save error of one page is not shown on the next.
  return (
    <ReportView key={`${tab.tabId} ${tab.url}`} report={report} tab={tab}>
      <Provenance
        host={saved?.summary?.host ?? hostOf(tab.url)}
        copy={saved?.summary?.mirrorOf != null}
        originalHost={saved?.originalHost ?? null}
      />
    </ReportView>
  );
}

/** Where the report came from: its host, a government site or not, and whether it is a copy of a report from another address. */
export function Provenance({ host, copy, originalHost }: { host: string | null; copy: boolean; originalHost: string | null }) {
  const { t } = usePanel();
  if (!host) return null;
  return (
    <p class="provenance small" data-testid="provenance">
      {t.source}
      {t.colon}
      <span class="host">{host}</span> · {isGovHost(host) ? t.officialSite : t.otherSite}
      {copy && (
        <>
          {' · '}
          <span class="badge copy" title={t.copyHint}>
            {t.copyOf(originalHost)}
          </span>
        </>
      )}
    </p>
  );
}

function DeletedReport({ tab }: { tab: TabState }) {
  const { t } = usePanel();
  return (
    <div class="status" data-testid="this-page-deleted">
      <p>
        {t.isReport} · {t.reportDeleted}
      </p>
      <SaveButton label={t.saveAgain} />
      {tab.pages && <p class="muted">{t.pagesRead(tab.pages.read, tab.pages.known)}</p>}
    </div>
  );
}

function ReportView({ report, tab, children }: { report: ReportDocument; tab: TabState; children?: ComponentChildren }) {
  const { t } = usePanel();
  const { plan, otherYears, allLater } = splitTargets(report);
  const results = report.actuals;
  return (
    <div data-testid="this-page-report">
      <SaveStatus tab={tab} />
      {children}
      {tab.pages && <p class="muted">{t.pagesRead(tab.pages.read, tab.pages.known)}</p>}
      <dl class="meta">
        <dt>{t.region}</dt>
        <dd>
          {report.region ? (
            <>
              <span lang="zh-CN">{report.region.name}</span>
              {t.withNote('', t.level[report.region.level] ?? report.region.level)}
            </>
          ) : (
            '—'
          )}
          <RegionPlace region={report.region} reportKey={`${tab.tabId} ${tab.url} ${tab.reportId}`} />
        </dd>
        <dt>{t.meeting}</dt>
        <dd lang="zh-CN">{report.meeting ?? '—'}</dd>
        <dt>{t.date}</dt>
        <dd>{report.date ?? '—'}</dd>
        <dt>{t.speaker}</dt>
        <dd lang="zh-CN">{report.speaker ? `${report.speaker.title} ${report.speaker.name}` : '—'}</dd>
        <dt>{t.years}</dt>
        <dd>{t.yearsValue(report.reviewYear, report.planYear)}</dd>
      </dl>
      {plan.length + otherYears.length + results.length === 0 && <p class="muted">{t.noFigures}</p>}
      <FigureTable caption={t.targetsOf(report.planYear)} figures={plan} />
      <FigureTable caption={allLater ? t.fiveYearTargets : t.otherYearTargets} figures={otherYears} showYear />
      <FigureTable caption={t.resultsOf(report.reviewYear)} figures={results} />
      <Outline report={report} />
      <Jargon report={report} tab={tab} />
    </div>
  );
}

const NOTICES = { deferred: 'noticeDeferred', 'rate-limited': 'noticeRateLimited', partial: 'noticePartial' } as const;

function SaveStatus({ tab }: { tab: TabState }) {
  const { t } = usePanel();
  const notice = tab.notice ? <p class="muted small">{t[NOTICES[tab.notice]]}</p> : null;
  if (tab.reportId !== null && tab.notice !== 'deferred')
    return (
      <>
        <p class="status ok">
          {t.isReport} · {t.savedInLibrary}
        </p>
        {notice}
      </>
    );
  return (
    <div class="status">
      <p>
        {t.isReport} · {tab.reportId !== null ? t.savedInLibrary : t.notSaved}
      </p>
      {notice}
      <SaveButton label={tab.notice === 'deferred' ? t.saveThisVersion : t.save} initialProblem={tab.saveError} />
    </div>
  );
}

/** Saves the tab's report (through the background); a failure is said in the panel's language. */
function SaveButton({ label, initialProblem = null }: { label: string; initialProblem?: Problem | null }) {
  const { t, actions } = usePanel();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const shown = problem ?? initialProblem;
  return (
    <>
      <button
        type="button"
        disabled={saving}
        onClick={async () => {
          setSaving(true);
          try {
            const result = await actions.saveCurrent();
            setProblem(result.ok ? null : result.problem);
          } catch {
            setProblem({ code: 'no-answer' });
          } finally {
            setSaving(false);
          }
        }}
      >
        {label}
      </button>
      {shown && (
        <p role="alert" class="error">
          {t.saveFailed}
          {t.problem(shown)}
        </p>
      )}
    </>
  );
}

function Outline({ report }: { report: ReportDocument }) {
  const { t, actions } = usePanel();
  if (report.outline.length === 0) return null;
  return (
    <nav aria-label={t.outline}>
      <h3>{t.outline}</h3>
      <ul class="outline">
        {report.outline.map((o, i) => (
          <li key={i} class={`level-${o.level}`}>
            <button
              type="button"
              class="link"
              lang="zh-CN"
              onClick={() => void actions.jumpTo({ start: o.start, end: o.start + o.title.length })}
            >
              {o.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
