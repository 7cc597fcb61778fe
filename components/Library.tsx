/**
 * The library: saved reports grouped by region and year, where each came from, fuzzy search
 * (pinyin too), filters, delete with undo, clear, and backup export/import (with progress, off the
 * panel's thread) plus the figures CSV. Writes go through lib/library (save.ts, import.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredReport } from '../lib/library/db.ts';
import { deleteReports, restoreReports, clearReports, type ReportSnapshot } from '../lib/library/save.ts';
import { exportBackup } from '../lib/library/backup.ts';
import { blobOfPieces } from '../lib/export/blob.ts';
import { storageProblem } from '../lib/library/errors.ts';
import type { ImportProgress } from '../lib/library/import.ts';
import { isGovHost, isWebUrl } from '../lib/web-url.ts';
import { distinctTerms, exportFiguresCsv, reportIdsUsingTerms } from '../lib/library/queries.ts';
import { groupByRegionAndYear, planYearsOf } from '../lib/library/panel-queries.ts';
import { TermSearch } from '../lib/search.ts';
import { usePanel } from './context.ts';
import { LIMITS } from '../lib/limits.ts';
import { useDebounced, useLiveQuery, useReportSearch } from './hooks.ts';
import { VirtualList } from './VirtualList.tsx';
import { YearSelect } from './YearSelect.tsx';
import { PlaceFilter, type LibraryGrouping } from './PlaceFilter.tsx';
import { groupByPlace, matchesPlace, UNRESOLVED_PLACE, type PlaceFilter as PlaceFilterValue } from '../lib/library/places.ts';

const ROW_HEIGHT = 52;
const LEVELS = ['county', 'district', 'city', 'province', 'nation'] as const;

/** A group's heading (a region, or a prefecture or province: `within` is a prefecture's province; `unresolved`, the group of unknown places) or a report. */
type Row =
  | { kind: 'region'; region: string; count: number; years: string; within?: string | null; unresolved?: boolean }
  | { kind: 'report'; report: StoredReport };
type Message = { text: string; error: boolean };

/** The span of plan years a group covers: 2019–2022, one year, or nothing. */
function yearSpan(years: (number | null)[]): string {
  const known = years.filter((y): y is number => y !== null).sort((a, b) => a - b);
  return known.length === 0 ? '' : known.length === 1 ? String(known[0]) : `${known[0]}–${known[known.length - 1]}`;
}

/** YYYYMMDD of today, local time (the day the user sees). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

export function Library({ reports }: { reports: StoredReport[] }) {
  const { t, db } = usePanel();
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState('');
  const [year, setYear] = useState('');
  const [place, setPlace] = useState<PlaceFilterValue>({ province: '', prefecture: '' });
  const [grouping, setGrouping] = useState<LibraryGrouping>('region');
  const [message, setMessage] = useState<Message | null>(null);
  const undo = useUndo();
  // Regions, titles and meetings are searched on every keystroke (a few ms over 10,000 reports, in
  // the keystroke's own frame); the terms index is an IndexedDB query, asked once typing pauses.
  const debounced = useDebounced(query, LIMITS.termSearchDebounceMs);
  const byRegion = useReportSearch(reports, query);
  // Reports whose jargon matches the query, from the terms index (after the region matches).
  const terms = useLiveQuery(async () => new TermSearch(await distinctTerms(db)), [reports.length]);
  const byTerm = useLiveQuery(
    async () => (terms.status === 'ready' && debounced.trim() ? reportIdsUsingTerms(db, terms.value.search(debounced)) : []),
    [terms, debounced],
  );
  // Term matches of an earlier query are not mixed into this one's.
  const termIds = byTerm.status === 'ready' && !byTerm.stale && debounced === query ? byTerm.value : null;
  const byId = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  const filtered = useMemo(() => {
    const ids = byRegion === null ? reports.map((r) => r.id) : [...new Set([...byRegion, ...(termIds ?? [])])];
    return ids
      .map((id) => byId.get(id))
      .filter(
        (r): r is StoredReport =>
          r !== undefined && (!level || r.level === level) && (!year || String(r.planYear) === year) && matchesPlace(r, place),
      );
  }, [reports, byId, byRegion, termIds, level, year, place]);
  const rows = useMemo<Row[]>(
    () =>
      grouping === 'region'
        ? groupByRegionAndYear(filtered).flatMap((g) => [
            { kind: 'region' as const, region: g.region, count: g.count, years: yearSpan(g.years.map((y) => y.year)) },
            ...g.years.flatMap((y) => y.reports.map((report) => ({ kind: 'report' as const, report }))),
          ])
        : groupByPlace(filtered, grouping).flatMap((g) => [
            {
              kind: 'region' as const,
              region: g.place === UNRESOLVED_PLACE ? t.unresolvedOption : g.place,
              unresolved: g.place === UNRESOLVED_PLACE,
              within: g.province,
              count: g.count,
              years: yearSpan(g.years),
            },
            ...g.reports.map((report) => ({ kind: 'report' as const, report })),
          ]),
    [filtered, grouping, t],
  );
  const years = useMemo(() => planYearsOf(reports), [reports]);
  const remove = async (report: StoredReport) => {
    try {
      undo.offer(await deleteReports(db, [report.id]), `${report.regionName ?? report.pageTitle} ${report.planYear ?? ''}`.trim());
    } catch (error) {
      setMessage({ text: t.problem(storageProblem(error)), error: true });
    }
  };

  return (
    <div data-testid="library">
      <div class="toolbar">
        <label class="field grow">
          <span class="visually-hidden">{t.search}</span>
          <input
            type="search"
            value={query}
            placeholder={t.searchPlaceholder}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
        </label>
        <select aria-label={t.allLevels} value={level} onChange={(e) => setLevel((e.target as HTMLSelectElement).value)}>
          <option value="">{t.allLevels}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t.level[l]}
            </option>
          ))}
        </select>
        <YearSelect label={t.allYears} years={years} value={year} placeholder={t.allYears} onChange={setYear} />
      </div>
      <PlaceFilter reports={reports} value={place} onChange={setPlace} grouping={grouping} onGrouping={setGrouping} />
      {undo.pending && (
        <div class="undo" role="status">
          {t.deleted(undo.pending.label)}{' '}
          <button
            type="button"
            onClick={() =>
              void undo.restore().catch((error: unknown) => setMessage({ text: t.problem(storageProblem(error)), error: true }))
            }
          >
            {t.undo}
          </button>
        </div>
      )}
      {reports.length === 0 ? (
        <p class="empty">{t.libraryEmpty}</p>
      ) : (
        <>
          <p class="muted" aria-live="polite">
            {t.reportsCount(filtered.length)}
          </p>
          {filtered.length === 0 ? <p>{t.noMatches}</p> : <ReportRows rows={rows} onDelete={remove} />}
        </>
      )}
      <LibraryActions empty={reports.length === 0} message={message} setMessage={setMessage} />
    </div>
  );
}

/** The last delete, restorable for LIMITS.undoMs; it outlives the list (deleting the last report empties it). */
function useUndo() {
  const { db } = usePanel();
  const [pending, setPending] = useState<{ snapshots: ReportSnapshot[]; label: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return {
    pending,
    offer(snapshots: ReportSnapshot[], label: string) {
      if (timer.current) clearTimeout(timer.current);
      setPending({ snapshots, label });
      timer.current = setTimeout(() => setPending(null), LIMITS.undoMs);
    },
    async restore() {
      if (!pending) return;
      if (timer.current) clearTimeout(timer.current);
      setPending(null);
      await restoreReports(db, pending.snapshots);
    },
  };
}

function ReportRows({ rows, onDelete }: { rows: Row[]; onDelete: (report: StoredReport) => Promise<void> }) {
  const { t, actions } = usePanel();
  const height = Math.min(rows.length * ROW_HEIGHT, Math.max(240, (typeof window === 'undefined' ? 800 : window.innerHeight) - 260));
  return (
    <VirtualList
      items={rows}
      rowHeight={ROW_HEIGHT}
      height={height}
      label={t.tabLibrary}
      render={(row) =>
        row.kind === 'region' ? (
          <h3 class="region-row">
            {row.unresolved ? row.region : <span lang="zh-CN">{row.region}</span>}{' '}
            {row.within && (
              <span class="muted small" lang="zh-CN">
                {row.within}{' '}
              </span>
            )}
            <span class="muted small">
              {row.years} · {t.reportsCount(row.count)}
            </span>
          </h3>
        ) : (
          <div class="report-row" data-testid="library-report">
            <div class="grow">
              <div class="ellipsis">
                <strong>
                  {row.report.planYear ?? '—'} <span lang="zh-CN">{row.report.regionName ?? ''}</span>
                </strong>{' '}
                <span class="muted" lang="zh-CN">
                  {row.report.meeting ?? row.report.title ?? row.report.pageTitle}
                </span>
              </div>
              <div class="muted small ellipsis" data-testid="library-source">
                {t.figuresCount(row.report.targetCount, row.report.actualCount)} · <span class="host">{row.report.host}</span>
                {row.report.mirrorOf !== null ? (
                  <>
                    {' · '}
                    <span class="badge copy" title={t.copyHint}>
                      {t.copyOf(null)}
                    </span>
                  </>
                ) : (
                  !isGovHost(row.report.host) && ` · ${t.otherSite}`
                )}
              </div>
            </div>
            {isWebUrl(row.report.url) && (
              <button type="button" class="small" onClick={() => actions.openUrl(row.report.url)}>
                {t.openPage}
              </button>
            )}
            <button
              type="button"
              class="small danger"
              aria-label={`${t.delete} ${row.report.regionName ?? row.report.pageTitle} ${row.report.planYear ?? ''}`.trim()}
              onClick={() => void onDelete(row.report)}
            >
              {t.delete}
            </button>
          </div>
        )
      }
    />
  );
}

function LibraryActions({
  empty,
  message,
  setMessage,
}: {
  empty: boolean;
  message: Message | null;
  setMessage: (m: Message | null) => void;
}) {
  const { t, db, actions, setLibraryBusy } = usePanel();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<{ progress: ImportProgress; controller: AbortController } | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      setMessage({ text: t.problem(storageProblem(error)), error: true });
    } finally {
      setBusy(false);
    }
  };
  const importFile = (file: Blob) =>
    run(async () => {
      const controller = new AbortController();
      setImporting({ progress: { phase: 'reading', done: 0, total: 0 }, controller });
      setLibraryBusy(true);
      try {
        const result = await actions.importBackup(file, {
          signal: controller.signal,
          onProgress: (progress) => setImporting((current) => current && { ...current, progress }),
        });
        setMessage(
          result.ok ? { text: t.importDone(result.counts), error: false } : { text: t.importProblem(result.problem), error: true },
        );
        // An older version's reports (no province, prefecture or code yet) are resolved by the background, which has the division data.
        void actions.resolveLibrary().catch(() => {});
      } finally {
        setImporting(null);
        setLibraryBusy(false);
      }
    });
  return (
    <div class="library-actions">
      <div class="buttons">
        <button
          type="button"
          disabled={busy || empty}
          onClick={() =>
            void run(async () =>
              actions.download({
                name: `reportlens-figures-${today()}.csv`,
                type: 'text/csv;charset=utf-8',
                parts: [await blobOfPieces(exportFiguresCsv(db), { type: 'text/csv;charset=utf-8' })],
              }),
            )
          }
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          disabled={busy || empty}
          onClick={() =>
            void run(async () =>
              actions.download({
                name: `reportlens-backup-${today()}.json`,
                type: 'application/json',
                parts: [await blobOfPieces(exportBackup(db), { type: 'application/json' })],
              }),
            )
          }
        >
          {t.exportJson}
        </button>
        <label class="button">
          {t.importJson}
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" class="danger" disabled={busy || empty} onClick={() => setConfirming(true)}>
          {t.clearAll}
        </button>
      </div>
      {importing && <ImportProgressBar progress={importing.progress} onCancel={() => importing.controller.abort()} />}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'ok'} data-testid="library-message">
          {message.text}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t.clearAll}
          text={t.clearConfirm}
          confirm={t.confirm}
          cancel={t.cancel}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run(() => clearReports(db));
          }}
        />
      )}
    </div>
  );
}

function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress; onCancel: () => void }) {
  const { t } = usePanel();
  return (
    <div class="progress" role="status" data-testid="import-progress">
      <span>{t.importProgress(progress)}</span>
      {progress.phase === 'reading' ? <progress /> : <progress max={progress.total} value={progress.done} />}
      <button type="button" class="small" onClick={onCancel}>
        {t.cancelImport}
      </button>
    </div>
  );
}

function ConfirmDialog({
  title,
  text,
  confirm,
  cancel,
  onConfirm,
  onCancel,
}: {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelButton.current?.focus(), []);
  return (
    <div
      class="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p id="confirm-title" class="dialog-title">
        {title}
      </p>
      <p id="confirm-text">{text}</p>
      <button type="button" ref={cancelButton} onClick={onCancel}>
        {cancel}
      </button>
      <button type="button" class="danger" onClick={onConfirm}>
        {confirm}
      </button>
    </div>
  );
}
