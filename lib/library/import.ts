/**
 * Importing a backup: validate everything first (a refused file writes nothing), then merge the
 * user's terms (the newer definition wins) and the reports through the save path's
 * deduplication, LIMITS.importChunkReports reports at a time. Between chunks the import reports
 * its progress and can be cancelled; the side panel runs it in a worker, so a 40 MB file or
 * 50,000 reports never block the panel (issue 15).
 *
 * The whole import is one IndexedDB transaction: a Cancel, a failed write (quota) or a closed
 * panel aborts it and IndexedDB undoes every chunk written before, so the library is exactly as
 * it was before the import. While it runs, other readers and writers of the library (the
 * background saving or explaining a page) wait for it — seconds, once, for a whole library.
 *
 * Only web addresses are imported: a report whose address is not http: or https: is left out
 * (and counted), and other schemes in a report's address list are dropped — "open page" must never
 * open a `data:` or `file:` address a backup's author chose.
 */
import type { LibraryDb } from './db.ts';
import { validateBackup, type Backup, type BackupProblem } from './backup.ts';
import { ALL_TABLES, saveReports, type ReportToSave, type SaveOutcome } from './save.ts';
import { mergeUserTerms } from './user-terms.ts';
import { storageProblem, type StorageProblem } from './errors.ts';
import { isWebUrl } from '../web-url.ts';
import { LIMITS } from '../limits.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Of the created: copies of a report from another address (kept apart, see dedupe.ts). */
  copies: number;
  /** Reports left out because their address is not a web page. */
  skipped: number;
  userTerms: number;
}

export type ImportProblem =
  | BackupProblem
  /** Writing failed at report `imported` of `total`; nothing of the import was kept. */
  | { code: 'write-failed'; problem: StorageProblem; imported: number; total: number }
  /** Cancelled at report `imported` of `total`; nothing of the import was kept. */
  | { code: 'cancelled'; imported: number; total: number };

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problem: ImportProblem; counts: ImportCounts };

export interface ImportProgress {
  /** 'reading': parsing and validating the file; 'saving': writing reports. */
  phase: 'reading' | 'saving';
  done: number;
  total: number;
}

const emptyCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, copies: 0, skipped: 0, userTerms: 0 });

/** The backup's reports as items to save; those whose address is not a web page are left out. */
export function reportsToImport(backup: Backup): { items: ReportToSave[]; skipped: number } {
  const { reports, documents, texts } = backup.tables;
  const documentOf = new Map(documents.map((d) => [d.reportId, d.report]));
  const textOf = new Map(texts.map((t) => [t.reportId, t.text]));
  const items: ReportToSave[] = [];
  let skipped = 0;
  for (const r of reports) {
    if (!isWebUrl(r.url)) {
      skipped++;
      continue;
    }
    items.push({
      url: r.url,
      urls: r.urls.filter(isWebUrl),
      times: { savedAt: r.savedAt, updatedAt: r.updatedAt, seenAt: r.seenAt },
      pageTitle: r.pageTitle,
      report: documentOf.get(r.id)!,
      text: textOf.get(r.id)!,
      fileKind: r.fileKind,
      fetchedAt: r.fetchedAt,
    });
  }
  return { items, skipped };
}

/** Thrown inside the import's transaction to abort it (and so undo every chunk written). */
class ImportCancelled extends Error {}

export async function importBackup(
  db: LibraryDb,
  json: string,
  {
    onProgress,
    signal,
    chunkSize = LIMITS.importChunkReports,
  }: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal; chunkSize?: number } = {},
): Promise<ImportResult> {
  onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const checked = validateBackup(json);
  if (!checked.ok) return { ok: false, problem: checked.problem, counts: emptyCounts() };
  const { items, skipped } = reportsToImport(checked.backup);
  const total = items.length;
  let counts = emptyCounts();
  let imported = 0;
  try {
    await db.transaction('rw', [...ALL_TABLES(db), db.userTerms], async () => {
      counts = { ...emptyCounts(), skipped, userTerms: await mergeUserTerms(db, checked.backup.tables.userTerms) };
      for (let i = 0; i < total; i += chunkSize) {
        onProgress?.({ phase: 'saving', done: imported, total });
        if (signal?.aborted) throw new ImportCancelled();
        const chunk = items.slice(i, i + chunkSize);
        countOutcomes(counts, await saveReports(db, chunk));
        imported += chunk.length;
      }
      if (signal?.aborted) throw new ImportCancelled();
    });
  } catch (error) {
    const problem: ImportProblem =
      error instanceof ImportCancelled
        ? { code: 'cancelled', imported, total }
        : { code: 'write-failed', problem: storageProblem(error), imported, total };
    return { ok: false, problem, counts: emptyCounts() };
  }
  onProgress?.({ phase: 'saving', done: total, total });
  return { ok: true, counts };
}

function countOutcomes(counts: ImportCounts, outcomes: SaveOutcome[]): void {
  for (const o of outcomes) {
    if (o.status === 'created') {
      counts.created++;
      if (o.mirrorOf !== null) counts.copies++;
    } else if (o.status === 'updated') counts.updated++;
    else counts.unchanged++;
  }
}
