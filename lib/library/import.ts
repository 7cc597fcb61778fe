/**
 * Importing a backup: validate everything first (a refused file writes nothing), then merge the
 * user's terms (the newer definition wins) and the reports through the save path's
 * deduplication, LIMITS.importChunkReports reports per transaction. Between chunks the import
 * reports its progress and can be cancelled; the side panel runs it in a worker, so a 40 MB file
 * or 50,000 reports never block the panel (issue 15).
 *
 * Only web addresses are imported: a report whose address is not http: or https: is left out
 * (and counted), and other schemes in a report's address list are dropped — "open page" must never
 * open a `data:` or `file:` address a backup's author chose.
 */
import type { LibraryDb } from './db.ts';
import { validateBackup, type Backup, type BackupProblem } from './backup.ts';
import { saveReports, type ReportToSave } from './save.ts';
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
  /** Writing failed after `imported` of `total` reports (the chunks written before are kept). */
  | { code: 'write-failed'; problem: StorageProblem; imported: number; total: number }
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

export async function importBackup(
  db: LibraryDb,
  json: string,
  {
    onProgress,
    signal,
    chunkSize = LIMITS.importChunkReports,
  }: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal; chunkSize?: number } = {},
): Promise<ImportResult> {
  const counts = emptyCounts();
  onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const checked = validateBackup(json);
  if (!checked.ok) return { ok: false, problem: checked.problem, counts };
  const { items, skipped } = reportsToImport(checked.backup);
  counts.skipped = skipped;
  const total = items.length;
  try {
    counts.userTerms = await db.transaction('rw', db.userTerms, () => mergeUserTerms(db, checked.backup.tables.userTerms));
  } catch (error) {
    return { ok: false, problem: { code: 'write-failed', problem: storageProblem(error), imported: 0, total }, counts };
  }
  let imported = 0;
  for (let i = 0; i < total; i += chunkSize) {
    onProgress?.({ phase: 'saving', done: imported, total });
    if (signal?.aborted) return { ok: false, problem: { code: 'cancelled', imported, total }, counts };
    const chunk = items.slice(i, i + chunkSize);
    try {
      for (const o of await saveReports(db, chunk)) {
        if (o.status === 'created') {
          counts.created++;
          if (o.mirrorOf !== null) counts.copies++;
        } else if (o.status === 'updated') counts.updated++;
        else counts.unchanged++;
      }
    } catch (error) {
      return { ok: false, problem: { code: 'write-failed', problem: storageProblem(error), imported, total }, counts };
    }
    imported += chunk.length;
  }
  onProgress?.({ phase: 'saving', done: total, total });
  return { ok: true, counts };
}
