import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { openLibrary, type LibraryDb } from '../../../lib/library/db.ts';
import { parseReportText } from '../../../lib/report/index.ts';
import type { ReportToSave } from '../../../lib/library/save.ts';

const FIXTURES = `${resolve(import.meta.dirname, '../../fixtures/')}/`;
export const SEED_FILES = ['000_d3a6bbabf76df186', '001_31018834cdd9c3ff', '004_8979b39d7a9cd2b1'] as const;

export function seedText(name: (typeof SEED_FILES)[number]): string {
  return readFileSync(`${FIXTURES}seeds/${name}.txt`, 'utf8');
}

export function reportFrom(text: string, url: string): ReportToSave {
  const { report, text: reportText } = parseReportText({ text });
  return { url, pageTitle: report.title ?? '', report, text: reportText };
}

let counter = 0;
/** A fresh database per test (fake-indexeddb keeps databases for the whole file). */
export function freshDb(): LibraryDb {
  return openLibrary(`test-${Date.now()}-${counter++}`);
}

/** Every table's rows, for "nothing changed" comparisons. */
export async function dump(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
