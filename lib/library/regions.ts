/**
 * Where stored reports lie, set after they were saved: the user picked the unit an ambiguous name
 * (鼓楼区) means on a site, and the background applies it to that site's reports at once. The
 * document's region, the summary and the figure rows change together, in one transaction; nothing
 * else of the report does (its times, text and figures stay).
 */
import type { LibraryDb, StoredReport } from './db.ts';
import { regionFields } from './derive.ts';
import type { Region } from '../report/types.ts';

export interface RegionUpdate {
  reportId: number;
  /** The document's region as resolution left it (province, prefecture and code filled). */
  region: Region;
}

/** Sets the region of stored reports (document, summary, figure rows); returns how many were found. */
export async function setReportRegions(db: LibraryDb, updates: RegionUpdate[]): Promise<number> {
  if (updates.length === 0) return 0;
  return db.transaction('rw', [db.reports, db.documents, db.figures], async () => {
    let changed = 0;
    for (const { reportId, region } of updates) {
      const document = await db.documents.get(reportId);
      if (!document || !(await db.reports.get(reportId))) continue;
      const report = { ...document.report, region };
      const fields = { level: region.level, ...regionFields(report) };
      await db.documents.put({ reportId, report });
      await db.reports.update(reportId, fields);
      await db.figures.where('reportId').equals(reportId).modify(fields);
      changed++;
    }
    return changed;
  });
}

/**
 * The site's stored reports of one region name whose place is not known (a choice for that name
 * resolves them), at most `limit`, the given report first when it is one of them.
 */
export async function unresolvedReportsOf(
  db: LibraryDb,
  { host, name, first, limit }: { host: string; name: string; first: number | null; limit: number },
): Promise<StoredReport[]> {
  const reports = await db.reports
    .where('host')
    .equals(host)
    .filter((r) => r.regionName === name && r.regionCode === null && r.level !== 'nation')
    .toArray();
  return reports.sort((a, b) => Number(b.id === first) - Number(a.id === first) || a.id - b.id).slice(0, limit);
}
