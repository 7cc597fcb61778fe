/**
 * Writing reports into the library: save (with deduplication), delete with undo, clear, re-parse.
 * Every write is one IndexedDB transaction over all the tables it touches, so a failure (quota,
 * a closed database) leaves no half report behind, and two tabs saving at once are serialised
 * by IndexedDB itself.
 */
import type { LibraryDb, StoredDocument, StoredFigure, StoredGlossaryEntry, StoredReport, StoredReportTerms, StoredText } from './db.ts';
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
  /** Imports only: other URLs the report was met at, and its times in the library it came from. */
  urls?: string[];
  times?: { savedAt: number; updatedAt: number; seenAt: number };
}

const ALL_TABLES = (db: LibraryDb) => [db.reports, db.documents, db.texts, db.figures, db.reportGlossary, db.reportTerms];

function isOfficial(url: string): boolean {
  try {
    return /\.gov\.cn$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Stored reports that could be the same report as the one being saved. */
interface Candidates {
  byUrl: StoredReport | undefined;
  byHash: StoredReport | undefined;
  byIdentity: StoredReport | undefined;
}

/** What saving one report does to the library. */
type Plan =
  | { action: 'create'; summary: Omit<StoredReport, 'id'>; item: ReportToSave }
  | { action: 'replace'; summary: StoredReport; item: ReportToSave; status: 'updated' }
  | { action: 'touch'; summary: StoredReport; status: 'unchanged' | 'merged' };

/**
 * The deduplication rules, in one place. The same report reached again — the same URL, the same
 * content at another URL, or another copy of the same region's report for the same year and
 * meeting (a mirror that injects junk, a reprint) — updates the one record; a page edited since it
 * was saved replaces its content and keeps both times (savedAt, updatedAt); an official (*.gov.cn)
 * copy replaces a mirror's; a newer parser's document replaces an older one's.
 */
function planSave(item: ReportToSave, found: Candidates, now: number): Plan {
  const canonical = canonicalUrl(item.url);
  const hash = contentHash(item.text);
  const extraUrls = (item.urls ?? []).map(canonicalUrl);
  const existing = found.byUrl ?? found.byHash ?? found.byIdentity;
  if (!existing) {
    const summary = summarize({ report: item.report, text: item.text, url: item.url, pageTitle: item.pageTitle, now });
    summary.urls = [...new Set([...summary.urls, ...extraUrls])];
    if (item.times) Object.assign(summary, item.times);
    return { action: 'create', summary, item };
  }
  const urls = [...new Set([...existing.urls, canonical, ...extraUrls])];
  const savedAt = Math.min(existing.savedAt, item.times?.savedAt ?? existing.savedAt);
  const seenAt = item.times ? Math.max(existing.seenAt, item.times.seenAt) : now;
  const sameContent = existing.contentHash === hash;
  const replace = sameContent
    ? existing.parserVersion < item.report.parserVersion
    : existing === found.byUrl || (isOfficial(item.url) && !isOfficial(existing.url));
  if (replace) {
    const fresh = summarize({ report: item.report, text: item.text, url: existing.url, pageTitle: item.pageTitle, now });
    const url = existing === found.byUrl || sameContent ? existing.url : canonical;
    return {
      action: 'replace',
      status: 'updated',
      item,
      summary: {
        ...fresh,
        id: existing.id,
        url,
        urls,
        savedAt,
        seenAt,
        updatedAt: sameContent ? existing.updatedAt : (item.times?.updatedAt ?? now),
      },
    };
  }
  const changed = urls.length !== existing.urls.length || savedAt !== existing.savedAt;
  return { action: 'touch', status: changed ? 'merged' : 'unchanged', summary: { ...existing, urls, savedAt, seenAt } };
}

/** Saves a parsed report (see planSave for what "the same report" means). One transaction. */
export async function saveReport(db: LibraryDb, item: ReportToSave, now = Date.now()): Promise<SaveOutcome> {
  const canonical = canonicalUrl(item.url);
  const hash = contentHash(item.text);
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const byUrl = await db.reports.where('urls').equals(canonical).first();
    const byHash = byUrl ? undefined : await db.reports.where('contentHash').equals(hash).first();
    const byIdentity = byUrl || byHash ? undefined : await sameReportElsewhere(db, item.report);
    const [outcome] = await applyPlans(db, [planSave(item, { byUrl, byHash, byIdentity }, now)]);
    return outcome!;
  });
}

/**
 * Saves many reports in one transaction (import): the same rules as saveReport, decided in memory
 * against the whole library and the batch itself, then written with bulk operations — a few
 * dozen IndexedDB round trips instead of ten per report.
 */
export async function saveReports(db: LibraryDb, items: ReportToSave[], now = Date.now()): Promise<SaveOutcome[]> {
  return db.transaction('rw', ALL_TABLES(db), async () => {
    // The library's reports (and, as the batch goes, the batch's own) by URL, content and identity.
    const byUrl = new Map<string, StoredReport>();
    const byHash = new Map<string, StoredReport>();
    const byIdentity = new Map<string, StoredReport[]>();
    const identity = (region: string, year: number) => `${region}\u0000${year}`;
    const index = (r: StoredReport) => {
      for (const u of r.urls) byUrl.set(u, r);
      byHash.set(r.contentHash, r);
      if (r.regionName && r.planYear !== null) {
        const key = identity(r.regionName, r.planYear);
        byIdentity.set(key, [...(byIdentity.get(key) ?? []).filter((x) => x.id !== r.id), r]);
      }
    };
    for (const r of await db.reports.toArray()) index(r);

    const plans = new Map<number, Plan>(); // by record id; records created by this batch get negative ids
    const targetOf: { id: number; status: SaveStatus }[] = []; // record and what happened, for each item
    let pendingId = -1;
    for (const item of items) {
      const { report } = item;
      const found: Candidates = {
        byUrl: byUrl.get(canonicalUrl(item.url)),
        byHash: byHash.get(contentHash(item.text)),
        byIdentity:
          report.region && report.planYear !== null
            ? byIdentity
                .get(identity(report.region.name, report.planYear))
                ?.find((r) => r.meeting === null || report.meeting === null || r.meeting === report.meeting)
            : undefined,
      };
      let plan = planSave(item, found, now);
      const id = plan.action === 'create' ? pendingId-- : plan.summary.id;
      const status: SaveStatus = plan.action === 'create' ? 'created' : plan.status;
      const previous = plans.get(id);
      if (previous?.action === 'create' && plan.action !== 'create') {
        // The batch repeats a report it creates: still one creation, with everything learnt.
        plan = { action: 'create', summary: omitId(plan.summary), item: plan.action === 'replace' ? plan.item : previous.item };
      } else if (previous?.action === 'replace' && plan.action === 'touch') {
        plan = { ...previous, summary: { ...previous.summary, urls: plan.summary.urls, savedAt: plan.summary.savedAt } };
      }
      plans.set(id, plan);
      targetOf.push({ id, status });
      index({ ...plan.summary, id } as StoredReport);
    }
    const ids = [...plans.keys()];
    const outcomes = await applyPlans(
      db,
      ids.map((id) => plans.get(id)!),
    );
    const outcomeOf = new Map(ids.map((id, i) => [id, outcomes[i]!]));
    return targetOf.map(({ id, status }) => ({ reportId: outcomeOf.get(id)!.reportId, status }));
  });
}

function omitId(summary: StoredReport | Omit<StoredReport, 'id'>): Omit<StoredReport, 'id'> {
  const { id: _id, ...rest } = summary as StoredReport;
  return rest;
}

/** Writes the plans with bulk operations: a fixed number of round trips, whatever their count. */
async function applyPlans(db: LibraryDb, plans: Plan[]): Promise<SaveOutcome[]> {
  const creates = plans.filter((p): p is Extract<Plan, { action: 'create' }> => p.action === 'create');
  const replaces = plans.filter((p): p is Extract<Plan, { action: 'replace' }> => p.action === 'replace');
  const touches = plans.filter((p): p is Extract<Plan, { action: 'touch' }> => p.action === 'touch');
  const newIds =
    creates.length > 0
      ? ((await db.reports.bulkAdd(
          creates.map((p) => p.summary as StoredReport),
          { allKeys: true },
        )) as number[])
      : [];
  await Promise.all(replaces.map((p) => deleteDerived(db, p.summary.id)));
  await db.reports.bulkPut([...replaces, ...touches].map((p) => p.summary));
  const contents = [
    ...creates.map((p, i) => ({ id: newIds[i]!, item: p.item })),
    ...replaces.map((p) => ({ id: p.summary.id, item: p.item })),
  ];
  await db.documents.bulkPut(contents.map(({ id, item }) => ({ reportId: id, report: item.report })));
  await db.texts.bulkPut(contents.map(({ id, item }) => ({ reportId: id, text: item.text })));
  const rows = contents.map(({ id, item }) => derivedRows(id, item.report));
  await db.figures.bulkAdd(rows.flatMap((r) => r.figures) as StoredFigure[]);
  await db.reportGlossary.bulkAdd(rows.flatMap((r) => r.glossary) as StoredGlossaryEntry[]);
  await db.reportTerms.bulkPut(rows.map((r) => r.terms));
  let created = 0;
  return plans.map((p) =>
    p.action === 'create' ? { reportId: newIds[created++]!, status: 'created' as const } : { reportId: p.summary.id, status: p.status },
  );
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

async function deleteDerived(db: LibraryDb, reportId: number): Promise<void> {
  await Promise.all([
    db.figures.where('reportId').equals(reportId).delete(),
    db.reportGlossary.where('reportId').equals(reportId).delete(),
  ]);
}

/** Everything stored for a report, so that a deletion can be undone exactly. */
export interface ReportSnapshot {
  report: StoredReport;
  document: StoredDocument | undefined;
  text: StoredText | undefined;
  figures: StoredFigure[];
  glossary: StoredGlossaryEntry[];
  terms: StoredReportTerms | undefined;
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
        terms: await db.reportTerms.get(id),
      });
      await deleteDerived(db, id);
      await db.documents.delete(id);
      await db.texts.delete(id);
      await db.reportTerms.delete(id);
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
      if (s.terms) await db.reportTerms.put(s.terms);
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
      const [stored, texts] = await Promise.all([db.reports.bulkGet(batch), db.texts.bulkGet(batch)]);
      const plans: Plan[] = [];
      stored.forEach((r, k) => {
        const text = texts[k];
        if (!r || !text) return;
        const report = parse({ text: text.text, pageTitle: r.pageTitle, url: r.url });
        const fresh = summarize({ report, text: text.text, url: r.url, pageTitle: r.pageTitle, now: r.updatedAt });
        const item = { url: r.url, pageTitle: r.pageTitle, report, text: text.text };
        plans.push({
          action: 'replace',
          status: 'updated',
          item,
          summary: { ...fresh, id: r.id, url: r.url, urls: r.urls, savedAt: r.savedAt, seenAt: r.seenAt, updatedAt: r.updatedAt },
        });
      });
      await applyPlans(db, plans);
    });
    done += batch.length;
    onProgress?.(done, ids.length);
  }
  return done;
}
