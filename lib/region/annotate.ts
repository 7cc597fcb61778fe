/**
 * Adds where a report comes from to its document: region.province, region.prefecture and
 * region.code, and the level the unit really has (巢湖市 is a county-level city since 2011; the
 * parser reads 市 as a city). A separate step after the parser, run by the background
 * (lib/analyze.ts) and the CLI, the only places the division data is loaded.
 */
import type { ReportDocument } from '../report/types.ts';
import type { Divisions } from './divisions.ts';
import { evidenceFromReport } from './evidence.ts';
import { resolveRegion } from './resolve.ts';
import type { RegionResolution } from './types.ts';

export function annotateRegion({
  report,
  text,
  title,
  url,
  siteName,
  chosenCode,
  divisions,
}: {
  report: ReportDocument;
  text: string;
  title?: string | null;
  url?: string | null;
  siteName?: string | null;
  chosenCode?: string | null;
  divisions: Divisions;
}): ReportDocument {
  const evidence = evidenceFromReport({ report, text, title, url, siteName, chosenCode });
  return withResolution(report, resolveRegion({ evidence, divisions }));
}

/**
 * The document with a resolution's fields. Unresolved regions get explicit nulls, so a document
 * that went through resolution is told apart from one stored before it existed (no fields).
 */
export function withResolution(report: ReportDocument, resolution: RegionResolution): ReportDocument {
  const { status, name, level, province, prefecture, code } = resolution;
  if (status === 'resolved' && level) {
    return { ...report, region: { name: report.region?.name ?? name ?? '', level, province, prefecture, code } };
  }
  if (!report.region) return report;
  return { ...report, region: { ...report.region, province: null, prefecture: null, code: null } };
}
