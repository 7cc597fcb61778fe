/**
 * The unexplained terms of the library, as an inbox (issue 13): the terms saved reports use that
 * nobody explains — no saved report (in its 名词解释 or its body), not the user, not the built-in
 * glossary — most widespread first, each with its count and first use (sentence and report), one
 * action to write the user's own explanation, and the whole list as CSV.
 */
import { useMemo, useState } from 'preact/hooks';
import { builtinGlossary } from '../lib/glossary/builtin.ts';
import type { StoredReport } from '../lib/library/db.ts';
import type { UserTerm } from '../lib/glossary/index.ts';
import { explainedBy, unexplainedRanking } from '../lib/library/panel-queries.ts';
import { firstUnexplainedUse } from '../lib/library/queries.ts';
import { storageProblem } from '../lib/library/errors.ts';
import { unexplainedCsv } from '../lib/export/unexplained-csv.ts';
import { usePanel } from './context.ts';
import { LIMITS } from '../lib/limits.ts';
import { useLiveQuery } from './hooks.ts';
import { ReportLabel } from './LibraryExplanation.tsx';

export function Unexplained({
  reports,
  users,
  reportTerms,
  onExplain,
}: {
  reports: StoredReport[];
  users: UserTerm[];
  reportTerms: string[];
  onExplain: (term: string) => void;
}) {
  const { t, db } = usePanel();
  const isExplained = useMemo(() => explainedBy({ builtin: builtinGlossary, user: users, reportTerms }), [users, reportTerms]);
  const [showAll, setShowAll] = useState(false);
  const list = useLiveQuery(
    () => unexplainedRanking(db, { isExplained, shown: LIMITS.unexplainedShown, maxDocuments: LIMITS.unexplainedUsesMaxDocuments }),
    [isExplained, reports.length],
  );
  const shown = list.status === 'ready' ? (showAll ? list.value : list.value.slice(0, LIMITS.unexplainedShown)) : [];
  const byId = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  return (
    <section aria-labelledby="unexplained-title" data-testid="unexplained">
      <h3 id="unexplained-title">{t.unexplainedTitle}</h3>
      <p class="muted small">{t.unexplainedHint}</p>
      {list.status === 'ready' && list.value.length > 0 && <ExportUnexplained isExplained={isExplained} />}
      {list.status === 'loading' && <p>{t.loading}</p>}
      {list.status === 'error' && <p role="alert">{t.dbError}</p>}
      {list.status === 'ready' && list.value.length === 0 && <p>{t.unexplainedEmpty}</p>}
      {list.status === 'ready' && (
        <ol class="unexplained">
          {shown.map((u, i) => (
            <li key={u.term}>
              <strong lang="zh-CN">{u.term}</strong>{' '}
              <span class="muted small">
                {t.inReports(u.reports)}
                {u.uses !== null && ` · ${t.usesCount(u.uses)}`}
              </span>{' '}
              <button type="button" class="small" onClick={() => onExplain(u.term)}>
                {t.explain}
              </button>
              {u.sentence !== null ? (
                <FirstUseLine sentence={u.sentence} report={u.reportId === null ? undefined : byId.get(u.reportId)} />
              ) : (
                // Not read by the ranking: a document each, so only for the most widespread terms.
                i < LIMITS.firstUsesFetched && <FirstUse term={u.term} byId={byId} />
              )}
            </li>
          ))}
        </ol>
      )}
      {list.status === 'ready' && !showAll && list.value.length > LIMITS.unexplainedShown && (
        <button type="button" class="small" onClick={() => setShowAll(true)}>
          {t.showAll(list.value.length)}
        </button>
      )}
    </section>
  );
}

function FirstUse({ term, byId }: { term: string; byId: ReadonlyMap<number, StoredReport> }) {
  const { db } = usePanel();
  const use = useLiveQuery(() => firstUnexplainedUse(db, term), [term]);
  if (use.status !== 'ready' || !use.value) return null;
  return <FirstUseLine sentence={use.value.sentence} report={byId.get(use.value.reportId)} />;
}

/** An unexplained term's first use: the sentence, and the report it is in (a link that opens it). */
function FirstUseLine({ sentence, report }: { sentence: string; report: StoredReport | undefined }) {
  const { t, actions } = usePanel();
  return (
    <p class="first-use small">
      {t.firstUse}
      {t.colon}
      <span lang="zh-CN">{sentence}</span>
      {report && (
        <>
          {' '}
          — {t.firstUseIn}{' '}
          <button type="button" class="link small" title={t.openReport} onClick={() => actions.openUrl(report.url)}>
            <ReportLabel region={report.regionName} year={report.planYear} />
          </button>
        </>
      )}
    </p>
  );
}

/** The inbox as CSV (lib/export/unexplained-csv.ts): every unexplained term, not only those shown. */
function ExportUnexplained({ isExplained }: { isExplained: (term: string) => boolean }) {
  const { t, db, actions } = usePanel();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const csv = await unexplainedCsv(db, { isExplained });
      actions.download({ name: `reportlens-unexplained-${today()}.csv`, type: 'text/csv;charset=utf-8', parts: [csv] });
    } catch (err) {
      setError(t.problem(storageProblem(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="small" disabled={busy} onClick={() => void run()}>
        {t.exportUnexplained}
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </>
  );
}

/** YYYYMMDD of today, local time (as the library's exports name their files). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}
