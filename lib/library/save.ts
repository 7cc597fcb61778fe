/**
 * Writing reports into the library: save (with the deduplication rules of dedupe.ts), delete with
 * undo, clear. Every write is one IndexedDB transaction over all the tables it touches, so a
 * failure (quota, a closed database) leaves no half report behind, and two tabs saving at once
 * are serialised by IndexedDB itself. The background (pages), the side panel (delete, undo,
 * clear) and imports all write through these functions.
 */
import type { LibraryDb, StoredDocument, StoredFigure, StoredGlossaryEntry, StoredReport, StoredReportTerms, StoredText } from './db.ts';
import { canonicalUrl, derivedRows, hostOfUrl } from './derive.ts';
import { LIMITS } from '../limits.ts';
import {
  planSave,
  prepare,
  statusOf,
  type Candidates,
  type Plan,
  type PreparedItem,
  type ReportToSave,
  type SaveOptions,
  type SaveStatus,
} from './dedupe.ts';

export type { ReportToSave, SaveOptions, SaveStatus } from './dedupe.ts';

export interface SaveOutcome {
  reportId: number;
  status: SaveStatus;
  /** The original this record copies (another address's report), or null. */
  mirrorOf: number | null;
}

export const ALL_TABLES = (db: LibraryDb) => [db.reports, db.documents, db.texts, db.figures, db.reportGlossary, db.reportTerms];

const options = (o: Partial<SaveOptions>): SaveOptions => ({ now: Date.now(), force: false, partial: false, ...o });

/** Saves a parsed report. One transaction. */
export async function saveReport(db: LibraryDb, item: ReportToSave, saveOptions: Partial<SaveOptions> = {}): Promise<SaveOutcome> {
  const [outcome] = await saveReports(db, [item], saveOptions);
  return outcome!;
}

/**
 * Saves many reports in one transaction (a chunk of an import): looks up only the records that
 * could match them (by URL, content and region+year), decides in memory against those and the
 * batch itself, then writes with bulk operations — a few dozen IndexedDB round trips, whatever the count.
 */
export async function saveReports(db: LibraryDb, items: ReportToSave[], saveOptions: Partial<SaveOptions> = {}): Promise<SaveOutcome[]> {
  const opts = options(saveOptions);
  const prepared = items.map(prepare);
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const known = new RecordIndex(await candidatesOf(db, prepared));
    const plans = new Map<number, Plan>(); // by record id; records created by this batch get negative ids
    const targetOf: { id: number; status: SaveStatus }[] = []; // the record and what happened, for each item
    let pendingId = -1;
    for (const p of prepared) {
      let plan = planSave(p, known.candidates(p), opts);
      const status = statusOf(plan);
      const id = plan.action === 'create' ? pendingId-- : plan.summary.id;
      const previous = plans.get(id);
      if (previous?.action === 'create' && plan.action !== 'create') {
        // The batch repeats a report it creates: still one creation, with everything learnt.
        const { id: _id, ...summary } = plan.summary;
        plan = { action: 'create', summary, item: plan.action === 'replace' ? plan.item : previous.item, supersedes: previous.supersedes };
      } else if (previous?.action === 'replace' && plan.action === 'touch') {
        plan = { ...previous, summary: { ...previous.summary, urls: plan.summary.urls, savedAt: plan.summary.savedAt } };
      }
      plans.set(id, plan);
      targetOf.push({ id, status });
      known.add({ ...plan.summary, id } as StoredReport);
    }
    const realId = await applyPlans(db, plans);
    return targetOf.map(({ id, status }) => {
      const plan = plans.get(id)!;
      const mirrorOf = plan.summary.mirrorOf;
      return { reportId: realId(id), status, mirrorOf: mirrorOf === null ? null : realId(mirrorOf) };
    });
  });
}

/** The stored records that could match any of the items (three indexed queries). */
async function candidatesOf(db: LibraryDb, items: PreparedItem[]): Promise<StoredReport[]> {
  const urls = items.flatMap((p) => [p.canonical, ...(p.item.urls ?? [])]);
  const hashes = items.map((p) => p.hash);
  const regionYears = items.flatMap(({ item: { report } }) =>
    report.region && report.planYear !== null ? [[report.region.name, report.planYear] as [string, number]] : [],
  );
  const lists = await Promise.all([
    db.reports.where('urls').anyOf(urls).toArray(),
    db.reports.where('contentHash').anyOf(hashes).toArray(),
    regionYears.length > 0 ? db.reports.where('[regionName+planYear]').anyOf(regionYears).toArray() : [],
  ]);
  return [...new Map(lists.flat().map((r) => [r.id, r])).values()];
}

/** Records by URL, content and region+year, kept current as a batch plans its writes. */
class RecordIndex {
  private readonly byId = new Map<number, StoredReport>();
  private readonly byUrl = new Map<string, number>();
  private readonly byHash = new Map<string, Set<number>>();
  private readonly byRegionYear = new Map<string, Set<number>>();

  constructor(records: StoredReport[]) {
    for (const r of records) this.add(r);
  }

  add(record: StoredReport): void {
    const old = this.byId.get(record.id);
    if (old) {
      this.byHash.get(old.contentHash)?.delete(old.id);
      if (old.regionName && old.planYear !== null) this.byRegionYear.get(regionYear(old.regionName, old.planYear))?.delete(old.id);
    }
    this.byId.set(record.id, record);
    for (const u of record.urls) this.byUrl.set(u, record.id);
    addTo(this.byHash, record.contentHash, record.id);
    if (record.regionName && record.planYear !== null) addTo(this.byRegionYear, regionYear(record.regionName, record.planYear), record.id);
  }

  candidates({ item, canonical, hash }: PreparedItem): Candidates {
    const get = (ids: Iterable<number> | undefined) => [...(ids ?? [])].map((id) => this.byId.get(id)!);
    const urlId = this.byUrl.get(canonical);
    const { region, planYear } = item.report;
    return {
      byUrl: urlId === undefined ? undefined : this.byId.get(urlId),
      sameContent: get(this.byHash.get(hash)),
      sameRegionYear: region && planYear !== null ? get(this.byRegionYear.get(regionYear(region.name, planYear))) : [],
    };
  }
}

const regionYear = (region: string, year: number) => `${region}\u0000${year}`;

function addTo(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/**
 * Writes the plans with bulk operations: a fixed number of round trips, whatever their count.
 * Returns the real id of a record given its id in `plans` (negative for records created here).
 */
export async function applyPlans(db: LibraryDb, plans: Map<number, Plan>): Promise<(id: number) => number> {
  const entries = [...plans];
  const creates = entries.filter((e): e is [number, Extract<Plan, { action: 'create' }>] => e[1].action === 'create');
  const replaces = entries.flatMap(([, p]) => (p.action === 'replace' ? [p] : []));
  const touches = entries.flatMap(([, p]) => (p.action === 'touch' ? [p] : []));
  const newIds =
    creates.length > 0
      ? ((await db.reports.bulkAdd(
          creates.map(([, p]) => p.summary as StoredReport),
          { allKeys: true },
        )) as number[])
      : [];
  const pending = new Map(creates.map(([pendingId], i) => [pendingId, newIds[i]!]));
  const realId = (id: number) => (id < 0 ? pending.get(id)! : id);
  // A copy of a report created in this batch pointed at its pending id.
  const copies = creates.flatMap(([, p], i) => (p.summary.mirrorOf !== null && p.summary.mirrorOf < 0 ? [i] : []));
  if (copies.length > 0) {
    await db.reports.bulkUpdate(copies.map((i) => ({ key: newIds[i]!, changes: { mirrorOf: realId(creates[i]![1].summary.mirrorOf!) } })));
  }
  await Promise.all(replaces.map((p) => deleteDerived(db, p.summary.id)));
  await db.reports.bulkPut([...replaces, ...touches].map((p) => p.summary));
  // An official copy became the original: the former original and its copies point at it.
  for (const [pendingId, plan] of creates) {
    if (plan.supersedes === null) continue;
    const original = realId(plan.supersedes);
    const successor = realId(pendingId);
    await db.reports.where('mirrorOf').equals(original).modify({ mirrorOf: successor });
    await db.reports.update(original, { mirrorOf: successor });
  }
  const contents = [
    ...creates.map(([pendingId, p]) => ({ id: realId(pendingId), item: p.item })),
    ...replaces.map((p) => ({ id: p.summary.id, item: p.item })),
  ];
  await db.documents.bulkPut(contents.map(({ id, item }) => ({ reportId: id, report: item.report })));
  await db.texts.bulkPut(contents.map(({ id, item }) => ({ reportId: id, text: item.text })));
  const rows = contents.map(({ id, item }) => derivedRows(id, item.report));
  await db.figures.bulkAdd(rows.flatMap((r) => r.figures) as StoredFigure[]);
  await db.reportGlossary.bulkAdd(rows.flatMap((r) => r.glossary) as StoredGlossaryEntry[]);
  await db.reportTerms.bulkPut(rows.map((r) => r.terms));
  return realId;
}

/**
 * Records one more address of a stored report (another page of a split article): only an address
 * on the record's own host, and only if no other record holds it.
 */
export async function addAddress(db: LibraryDb, reportId: number, url: string): Promise<void> {
  const canonical = canonicalUrl(url);
  await db.transaction('rw', db.reports, async () => {
    const stored = await db.reports.get(reportId);
    if (!stored || stored.urls.includes(canonical) || hostOfUrl(canonical) !== stored.host) return;
    if (stored.urls.length >= LIMITS.maxUrlsPerReport || (await db.reports.where('urls').equals(canonical).first())) return;
    await db.reports.update(reportId, { urls: [...stored.urls, canonical] });
  });
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
  /** Copies of this report that pointed at it, and which of them became the original instead. */
  copies: { id: number; mirrorOf: number | null }[];
}

/** Deletes reports and everything derived from them; returns snapshots for undo. The oldest copy of a deleted original takes its place. */
export async function deleteReports(db: LibraryDb, ids: number[]): Promise<ReportSnapshot[]> {
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const snapshots: ReportSnapshot[] = [];
    for (const id of ids) {
      const report = await db.reports.get(id);
      if (!report) continue;
      const copies = (await db.reports.where('mirrorOf').equals(id).toArray()).sort((a, b) => a.savedAt - b.savedAt || a.id - b.id);
      snapshots.push({
        report,
        document: await db.documents.get(id),
        text: await db.texts.get(id),
        figures: await db.figures.where('reportId').equals(id).toArray(),
        glossary: await db.reportGlossary.where('reportId').equals(id).toArray(),
        terms: await db.reportTerms.get(id),
        copies: copies.map((c) => ({ id: c.id, mirrorOf: c.mirrorOf })),
      });
      const [successor, ...rest] = copies;
      if (successor) {
        await db.reports.update(successor.id, { mirrorOf: report.mirrorOf });
        for (const c of rest) await db.reports.update(c.id, { mirrorOf: successor.id });
      }
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
 * Puts deleted reports back, with their ids, and their copies back under them. A report saved
 * again in the meantime (same URL) wins: its snapshot is skipped rather than creating a duplicate.
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
      for (const c of s.copies) await db.reports.update(c.id, { mirrorOf: c.mirrorOf });
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
