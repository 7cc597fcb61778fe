/**
 * The library: saved reports grouped by region and year, fuzzy search (pinyin too), filters,
 * delete with undo, clear, and backup export/import plus the figures CSV.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredReport } from '../lib/library/db.ts';
import { deleteReports, restoreReports, clearReports, type ReportSnapshot } from '../lib/library/save.ts';
import { exportBackup, importBackup } from '../lib/library/backup.ts';
import { distinctTerms, exportFiguresCsv, reportIdsUsingTerms } from '../lib/library/queries.ts';
import { groupByRegionAndYear } from '../lib/library/panel-queries.ts';
import { ReportSearch, TermSearch, hasLatin, loadPinyin, reportSearchItems } from '../lib/search.ts';
import { usePanel } from './context.ts';
import { LIMITS } from '../lib/limits.ts';
import { useDebounced, useLiveQuery } from './hooks.ts';
import { VirtualList } from './VirtualList.tsx';

const ROW_HEIGHT = 52;

type Row = { kind: 'region'; region: string; count: number } | { kind: 'report'; report: StoredReport };

async function collect(pieces: AsyncGenerator<string>): Promise<string[]> {
  const parts: string[] = [];
  for await (const piece of pieces) parts.push(piece);
  return parts;
}

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

export function Library({ reports }: { reports: StoredReport[] }) {
  const { t, db } = usePanel();
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState('');
  const [year, setYear] = useState('');
  const debounced = useDebounced(query, 150);
  const search = useMemo(() => new ReportSearch(reportSearchItems(reports)), [reports]);
  const [pinyinVersion, setPinyinVersion] = useState(0);
  useEffect(() => {
    if (!hasLatin(debounced)) return;
    let live = true;
    void loadPinyin().then((pinyinOf) => {
      if (!live) return;
      search.withPinyin(pinyinOf);
      setPinyinVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [debounced, search]);
  // Reports whose jargon matches the query, from the terms index (after the region matches).
  const terms = useLiveQuery(async () => new TermSearch(await distinctTerms(db)), [reports.length]);
  const byTerm = useLiveQuery(
    async () => (terms.status === 'ready' && debounced.trim() ? reportIdsUsingTerms(db, terms.value.search(debounced)) : []),
    [terms, debounced],
  );
  const filtered = useMemo(() => {
    const byId = new Map(reports.map((r) => [r.id, r]));
    const ids = debounced.trim() ? [...new Set([...search.search(debounced), ...(byTerm.status === 'ready' ? byTerm.value : [])])] : reports.map((r) => r.id);
    return ids
      .map((id) => byId.get(id))
      .filter((r): r is StoredReport => r !== undefined && (!level || r.level === level) && (!year || String(r.planYear) === year));
    // pinyinVersion: results change once the pinyin keys are in.
  }, [reports, search, byTerm, debounced, level, year, pinyinVersion]);
  const rows = useMemo<Row[]>(
    () => groupByRegionAndYear(filtered).flatMap((g) => [{ kind: 'region' as const, region: g.region, count: g.count }, ...g.years.flatMap((y) => y.reports.map((report) => ({ kind: 'report' as const, report })))]),
    [filtered],
  );
  const years = useMemo(() => [...new Set(reports.map((r) => r.planYear).filter((y): y is number => y !== null))].sort((a, b) => b - a), [reports]);

  return (
    <div data-testid="library">
      <div class="toolbar">
        <label class="field grow">
          <span class="visually-hidden">{t.search}</span>
          <input type="search" value={query} placeholder={t.searchPlaceholder} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </label>
        <select aria-label={t.allLevels} value={level} onChange={(e) => setLevel((e.target as HTMLSelectElement).value)}>
          <option value="">{t.allLevels}</option>
          {['county', 'district', 'city', 'province'].map((l) => (
            <option key={l} value={l}>
              {t.level[l]}
            </option>
          ))}
        </select>
        <select aria-label={t.allYears} value={year} onChange={(e) => setYear((e.target as HTMLSelectElement).value)}>
          <option value="">{t.allYears}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {reports.length === 0 ? (
        <p class="empty">{t.libraryEmpty}</p>
      ) : (
        <>
          <p class="muted" aria-live="polite">
            {t.reportsCount(filtered.length)}
          </p>
          {filtered.length === 0 ? <p>{t.noMatches}</p> : <ReportRows rows={rows} />}
        </>
      )}
      <LibraryActions empty={reports.length === 0} />
    </div>
  );
}

function ReportRows({ rows }: { rows: Row[] }) {
  const { t, db, actions } = usePanel();
  const [undo, setUndo] = useState<{ snapshots: ReportSnapshot[]; label: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const height = Math.min(rows.length * ROW_HEIGHT, Math.max(240, (typeof window === 'undefined' ? 800 : window.innerHeight) - 260));
  const remove = async (report: StoredReport) => {
    const snapshots = await deleteReports(db, [report.id]);
    if (timer.current) clearTimeout(timer.current);
    setUndo({ snapshots, label: `${report.regionName ?? report.pageTitle} ${report.planYear ?? ''}` });
    timer.current = setTimeout(() => setUndo(null), LIMITS.undoMs);
  };
  return (
    <>
      {undo && (
        <div class="undo" role="status">
          {t.deleted(undo.label)}{' '}
          <button
            type="button"
            onClick={async () => {
              await restoreReports(db, undo.snapshots);
              setUndo(null);
            }}
          >
            {t.undo}
          </button>
        </div>
      )}
      <VirtualList
        items={rows}
        rowHeight={ROW_HEIGHT}
        height={height}
        label={t.tabLibrary}
        render={(row) =>
          row.kind === 'region' ? (
            <h3 class="region-row">
              {row.region} <span class="muted">{t.reportsCount(row.count)}</span>
            </h3>
          ) : (
            <div class="report-row" data-testid="library-report">
              <div class="grow">
                <strong>
                  {row.report.planYear ?? '—'} {row.report.regionName ?? ''}
                </strong>{' '}
                <span class="muted">{row.report.meeting ?? row.report.title ?? row.report.pageTitle}</span>
                <div class="muted small">{t.figuresCount(row.report.targetCount, row.report.actualCount)}</div>
              </div>
              <button type="button" class="small" onClick={() => actions.openUrl(row.report.url)}>
                {t.openPage}
              </button>
              <button type="button" class="small danger" aria-label={`${t.delete} ${row.report.regionName ?? ''} ${row.report.planYear ?? ''}`} onClick={() => void remove(row.report)}>
                {t.delete}
              </button>
            </div>
          )
        }
      />
    </>
  );
}

function LibraryActions({ empty }: { empty: boolean }) {
  const { t, db, actions } = usePanel();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="library-actions">
      <div class="buttons">
        <button type="button" disabled={busy || empty} onClick={() => void run(async () => actions.download({ name: `reportlens-figures-${today()}.csv`, type: 'text/csv;charset=utf-8', parts: await collect(exportFiguresCsv(db)) }))}>
          {t.exportCsv}
        </button>
        <button type="button" disabled={busy || empty} onClick={() => void run(async () => actions.download({ name: `reportlens-backup-${today()}.json`, type: 'application/json', parts: await collect(exportBackup(db)) }))}>
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
              if (!file) return;
              void run(async () => {
                const result = await importBackup(db, await file.text());
                setMessage(result.ok ? { text: t.imported(result.reports.created, result.reports.updated, result.reports.unchanged, result.userTerms), error: false } : { text: result.error, error: true });
              });
            }}
          />
        </label>
        <button type="button" class="danger" disabled={busy || empty} onClick={() => setConfirming(true)}>
          {t.clearAll}
        </button>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'ok'} data-testid="library-message">
          {message.text}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
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

function ConfirmDialog({ text, confirm, cancel, onConfirm, onCancel }: { text: string; confirm: string; cancel: string; onConfirm: () => void; onCancel: () => void }) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelButton.current?.focus(), []);
  return (
    <div class="dialog" role="alertdialog" aria-modal="true" aria-describedby="confirm-text" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
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
