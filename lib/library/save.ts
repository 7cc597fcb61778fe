/**
 * Writing reports into the library: save (with deduplication), delete with undo, clear, re-parse.
 * Every write is one IndexedDB transaction over all the tables it touches, so a failure (quota,
 * a closed database) leaves no half report behind, and two tabs saving at once are serialised
 * by IndexedDB itself.
 */
import type { LibraryDb, StoredDocument, StoredFigure, StoredGlossaryEntry, StoredReport, StoredTermUse, StoredText } from './db.ts';
import { canonicalUrl, contentHash, derivedRows, summarize } from './derive.ts';
import type { ReportDocument } from '../report/types.ts';

export type SaveStatus = 'created' | 'updated' | 'unchanged' | 'merged';

export interface SaveOutcome {
  reportId: number;
  status: SaveStatus;
}

export interface ReportToSave {
  url: string;
  pageTitle: string;
  report: ReportDocument;
  text: string;
}

const ALL_TABLES = (db: LibraryDb) => [db.reports, db.documents, db.texts, db.figures, db.reportGlossary, db.termUses];

function isOfficial(url: string): boolean {
  try {
    return /\.gov\.cn$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Saves a parsed report. The same report reached again — the same URL, the same content at another
 * URL, or another copy of the same region's report for the same year and meeting (a mirror that
 * injects junk, a reprint) — updates the one record; a page edited since it was saved replaces its
 * content and keeps both times (savedAt, updatedAt).
 */
export async function saveReport(db: LibraryDb, { url, pageTitle, report, text }: ReportToSave, now = Date.now()): Promise<SaveOutcome> {
  const canonical = canonicalUrl(url);
  const hash = contentHash(text);
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const byUrl = await db.reports.where('urls').equals(canonical).first();
    const byHash = byUrl ? undefined : await db.reports.where('contentHash').equals(hash).first();
    const byIdentity = byUrl || byHash ? undefined : await sameReportElsewhere(db, report);
    const existing = byUrl ?? byHash ?? byIdentity;

    if (!existing) {
      const id = (await db.reports.add(summarize({ report, text, url, pageTitle, now }) as StoredReport)) as number;
      await writeContent(db, id, report, text);
      return { reportId: id, status: 'created' };
    }

    const urls = existing.urls.includes(canonical) ? existing.urls : [...existing.urls, canonical];
    if (existing.contentHash === hash) {
      const reparsed = existing.parserVersion < report.parserVersion;
      if (reparsed) await replaceContent(db, existing, { report, text, pageTitle, now, keepUpdatedAt: true });
      await db.reports.update(existing.id, { urls, seenAt: now });
      return { reportId: existing.id, status: reparsed ? 'updated' : urls === existing.urls ? 'unchanged' : 'merged' };
    }
    if (existing === byUrl || (isOfficial(url) && !isOfficial(existing.url))) {
      // The page was edited since it was saved, or an official copy replaces a mirror's.
      await replaceContent(db, existing, { report, text, pageTitle, now, keepUpdatedAt: false });
      await db.reports.update(existing.id, { urls, seenAt: now, url: existing === byUrl ? existing.url : canonical });
      return { reportId: existing.id, status: 'updated' };
    }
    // Another copy of a report already saved from elsewhere: remember where it was met.
    await db.reports.update(existing.id, { urls, seenAt: now });
    return { reportId: existing.id, status: 'merged' };
  });
}

/** A report of the same region for the same plan year, from the same meeting (or one that does not say). */
async function sameReportElsewhere(db: LibraryDb, report: ReportDocument): Promise<StoredReport | undefined> {
  if (!report.region || report.planYear === null) return undefined;
  return db.reports
    .where('[regionName+planYear]')
    .equals([report.region.name, report.planYear])
    .filter((r) => r.meeting === null || report.meeting === null || r.meeting === report.meeting)
    .first();
}

async function writeContent(db: LibraryDb, reportId: number, report: ReportDocument, text: string): Promise<void> {
  await db.documents.put({ reportId, report });
  await db.texts.put({ reportId, text });
  const rows = derivedRows(reportId, report);
  await db.figures.bulkAdd(rows.figures as StoredFigure[]);
  await db.reportGlossary.bulkAdd(rows.glossary as StoredGlossaryEntry[]);
  await db.termUses.bulkAdd(rows.termUses as StoredTermUse[]);
}

async function deleteDerived(db: LibraryDb, reportId: number): Promise<void> {
  await db.figures.where('reportId').equals(reportId).delete();
  await db.reportGlossary.where('reportId').equals(reportId).delete();
  await db.termUses.where('reportId').equals(reportId).delete();
}

async function replaceContent(
  db: LibraryDb,
  existing: StoredReport,
  { report, text, pageTitle, now, keepUpdatedAt }: { report: ReportDocument; text: string; pageTitle: string; now: number; keepUpdatedAt: boolean },
): Promise<void> {
  await deleteDerived(db, existing.id);
  await writeContent(db, existing.id, report, text);
  const summary = summarize({ report, text, url: existing.url, pageTitle, now });
  await db.reports.put({
    ...summary,
    id: existing.id,
    url: existing.url,
    urls: existing.urls,
    savedAt: existing.savedAt,
    seenAt: existing.seenAt,
    updatedAt: keepUpdatedAt ? existing.updatedAt : now,
  });
}

/** Everything stored for a report, so that a deletion can be undone exactly. */
export interface ReportSnapshot {
  report: StoredReport;
  document: StoredDocument | undefined;
  text: StoredText | undefined;
  figures: StoredFigure[];
  glossary: StoredGlossaryEntry[];
  termUses: StoredTermUse[];
}

/** Deletes reports and everything derived from them; returns snapshots for undo. */
export async function deleteReports(db: LibraryDb, ids: number[]): Promise<ReportSnapshot[]> {
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const snapshots: ReportSnapshot[] = [];
    for (const id of ids) {
      const report = await db.reports.get(id);
      if (!report) continue;
      snapshots.push({
        report,
        document: await db.documents.get(id),
        text: await db.texts.get(id),
        figures: await db.figures.where('reportId').equals(id).toArray(),
        glossary: await db.reportGlossary.where('reportId').equals(id).toArray(),
        termUses: await db.termUses.where('reportId').equals(id).toArray(),
      });
      await deleteDerived(db, id);
      await db.documents.delete(id);
      await db.texts.delete(id);
      await db.reports.delete(id);
    }
    return snapshots;
  });
}

/**
 * Puts deleted reports back, with their ids. A report saved again in the meantime (same URL)
 * wins: its snapshot is skipped rather than creating a duplicate.
 */
export async function restoreReports(db: LibraryDb, snapshots: ReportSnapshot[]): Promise<number> {
  return db.transaction('rw', ALL_TABLES(db), async () => {
    let restored = 0;
    for (const s of snapshots) {
      const clash = await db.reports.where('urls').anyOf(s.report.urls).first();
      if (clash || (await db.reports.get(s.report.id))) continue;
      await db.reports.add(s.report);
      if (s.document) await db.documents.put(s.document);
      if (s.text) await db.texts.put(s.text);
      await db.figures.bulkAdd(s.figures);
      await db.reportGlossary.bulkAdd(s.glossary);
      await db.termUses.bulkAdd(s.termUses);
      restored++;
    }
    return restored;
  });
}

/** Empties the library of reports (the user's own terms stay: they were written by hand). */
export async function clearReports(db: LibraryDb): Promise<void> {
  await db.transaction('rw', ALL_TABLES(db), async () => {
    await Promise.all(ALL_TABLES(db).map((t) => t.clear()));
  });
}

/**
 * Re-parses stored reports from their stored text, without visiting the pages again: for reports
 * parsed by an older parser (or all, with `all`). Works in batches, one transaction each, so a
 * library of 10,000 reports does not hold one giant transaction.
 */
export async function reparseReports(
  db: LibraryDb,
  {
    parse,
    parserVersion,
    all = false,
    batchSize = 50,
    onProgress,
  }: {
    parse: (input: { text: string; pageTitle: string; url: string }) => ReportDocument;
    parserVersion: number;
    all?: boolean;
    batchSize?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<number> {
  const ids = (await (all ? db.reports.toCollection() : db.reports.where('parserVersion').below(parserVersion)).primaryKeys()) as number[];
  let done = 0;
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    await db.transaction('rw', ALL_TABLES(db), async () => {
      for (const id of batch) {
        const [stored, text] = await Promise.all([db.reports.get(id), db.texts.get(id)]);
        if (!stored || !text) continue;
        const report = parse({ text: text.text, pageTitle: stored.pageTitle, url: stored.url });
        await replaceContent(db, stored, { report, text: text.text, pageTitle: stored.pageTitle, now: stored.updatedAt, keepUpdatedAt: true });
      }
    });
    done += batch.length;
    onProgress?.(done, ids.length);
  }
  return done;
}
