/**
 * The side panel: five views behind ARIA tabs (arrow keys move between them), a language switch
 * and the auto-save setting. Data comes from the library database and the current tab's state;
 * everything the extension does goes through PanelActions.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '../lib/library/db.ts';
import type { TabState } from '../lib/messages.ts';
import type { Settings } from '../lib/settings.ts';
import { strings } from '../lib/i18n.ts';
import type { PanelActions } from './actions.ts';
import { PanelContext, usePanel, type Panel } from './context.ts';
import { useLiveQuery } from './hooks.ts';
import { ThisPage } from './ThisPage.tsx';
import { TargetVsActual } from './TargetVsActual.tsx';
import { Library } from './Library.tsx';
import { Compare } from './Compare.tsx';
import { Glossary } from './Glossary.tsx';

export type ViewId = 'this' | 'targets' | 'library' | 'compare' | 'glossary';
const VIEWS: ViewId[] = ['this', 'targets', 'library', 'compare', 'glossary'];

export interface AppProps {
  db: LibraryDb;
  actions: PanelActions;
  settings: Settings;
  /** What the current tab holds; null when unknown. */
  tab: TabState | null;
  /** A term the user asked to explain from a page tooltip. */
  pendingTerm?: string | null;
  onPendingTermDone?: () => void;
  initialView?: ViewId;
  /**
   * The library cannot be used: 'blocked', its upgrade waits for another panel that holds the older
   * version open; 'closed', a newer version was opened elsewhere and closed this connection.
   * (Dexie's live queries neither answer nor fail then, so the shell reports it.)
   */
  libraryProblem?: 'blocked' | 'closed' | null;
  /** Stored reports being re-parsed by an improved parser (the background's progress), or null. */
  reparse?: { done: number; total: number } | null;
}

export function App({
  db,
  actions,
  settings,
  tab,
  pendingTerm = null,
  onPendingTermDone = () => {},
  initialView = 'this',
  libraryProblem = null,
  reparse = null,
}: AppProps) {
  const [view, setView] = useState<ViewId>(initialView);
  const [explaining, setExplaining] = useState<string | null>(null);
  const t = strings(settings.lang);
  const [libraryBusy, setLibraryBusy] = useState(false);
  const reports = useLiveQuery(() => db.reports.orderBy('savedAt').reverse().toArray(), [], { paused: libraryBusy });
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    if (pendingTerm) setView('glossary');
  }, [pendingTerm]);
  const panel: Panel = useMemo(
    () => ({
      db,
      actions,
      lang: settings.lang,
      t,
      settings,
      explainTerm: (term: string) => {
        setExplaining(term);
        setView('glossary');
      },
      setLibraryBusy,
    }),
    [db, actions, settings, t],
  );
  const labels: Record<ViewId, string> = {
    this: t.tabThisPage,
    targets: t.tabTargets,
    library: t.tabLibrary,
    compare: t.tabCompare,
    glossary: t.tabGlossary,
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % VIEWS.length
        : e.key === 'ArrowLeft'
          ? (i + VIEWS.length - 1) % VIEWS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? VIEWS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    setView(VIEWS[next]!);
    tabs.current[next]?.focus();
  };
  const list = reports.status === 'ready' ? reports.value : [];
  // Copies of a report from other addresses stay out of comparisons (their figures may differ from the original's).
  const originals = useMemo(() => list.filter((r) => r.mirrorOf === null), [list]);
  const currentRegion = useCurrentRegion(db, tab);
  return (
    <PanelContext.Provider value={panel}>
      <div class="panel" lang={settings.lang === 'zh' ? 'zh-CN' : 'en'}>
        <header class="bar">
          <h1>{t.appName}</h1>
          <label class="check small">
            <input
              type="checkbox"
              checked={settings.autoSave}
              onChange={(e) => void actions.setSettings({ autoSave: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t.autoSave}
          </label>
          <button
            type="button"
            class="small"
            // The switch names the other language in that language.
            lang={settings.lang === 'zh' ? 'en' : 'zh-CN'}
            aria-label={t.switchLanguageLabel}
            onClick={() => void actions.setSettings({ lang: settings.lang === 'zh' ? 'en' : 'zh' })}
          >
            {t.switchLanguage}
          </button>
        </header>
        <div role="tablist" aria-label={t.tabsLabel} class="tabs" onKeyDown={onKeyDown}>
          {VIEWS.map((id, i) => (
            <button
              key={id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              role="tab"
              id={`tab-${id}`}
              aria-selected={view === id}
              // Only the selected view is rendered; aria-controls must name an element that exists.
              aria-controls={view === id ? `panel-${id}` : undefined}
              tabIndex={view === id ? 0 : -1}
              type="button"
              onClick={() => setView(id)}
            >
              {labels[id]}
            </button>
          ))}
        </div>
        {reparse && <ReparseProgress {...reparse} />}
        <section role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} class="view">
          {libraryProblem ? (
            <p role="alert" class="error">
              {libraryProblem === 'blocked' ? t.dbBlocked : t.dbError}
            </p>
          ) : reports.status === 'error' ? (
            <LibraryError error={reports.error} />
          ) : reports.status === 'loading' && view !== 'this' ? (
            <p>{t.loading}</p>
          ) : view === 'this' ? (
            <ThisPage tab={tab} />
          ) : view === 'targets' ? (
            <TargetVsActual reports={originals} currentRegion={currentRegion} />
          ) : view === 'library' ? (
            <Library reports={list} />
          ) : view === 'compare' ? (
            <Compare reports={originals} />
          ) : (
            <Glossary
              reports={list}
              currentReportId={tab?.reportId ?? null}
              pendingTerm={pendingTerm ?? explaining}
              onPendingDone={() => {
                setExplaining(null);
                onPendingTermDone();
              }}
            />
          )}
        </section>
      </div>
    </PanelContext.Provider>
  );
}

/** The background re-reads saved reports with an improved parser. */
function ReparseProgress({ done, total }: { done: number; total: number }) {
  const { t } = usePanel();
  return (
    <div class="progress" role="status" data-testid="reparse-progress">
      <span>{t.reparsing(done, total)}</span>
      <progress max={total} value={done} />
    </div>
  );
}

/** The library failed to open or read: what to do, and the error itself for a bug report. */
function LibraryError({ error }: { error: unknown }) {
  const { t } = usePanel();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <div role="alert" class="error">
      <p>{t.dbError}</p>
      <details class="small">
        <summary>{t.errorDetail}</summary>
        <code>{detail}</code>
      </details>
    </div>
  );
}

/** The region of the report the current tab shows, for views that start there. */
function useCurrentRegion(db: LibraryDb, tab: TabState | null): string | null {
  const stored = useLiveQuery(() => (tab?.reportId != null ? db.reports.get(tab.reportId) : undefined), [tab?.reportId]);
  if (tab?.unsaved) return tab.unsaved.report.region?.name ?? null;
  return stored.status === 'ready' ? (stored.value?.regionName ?? null) : null;
}
