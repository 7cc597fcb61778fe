/**
 * The unexplained terms as an inbox: explained by no saved report (appendix or body), by the user
 * or by the built-in glossary; exported as CSV with their first use; carried by the JSON backup.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb, reportFrom } from './helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { exportBackup } from '../../../lib/library/backup.ts';
import { importBackup } from '../../../lib/library/import.ts';
import { explainedBy } from '../../../lib/library/panel-queries.ts';
import { builtinGlossary } from '../../../lib/glossary/builtin.ts';
import { parseCsv } from '../../../lib/export/csv.ts';
import { UNEXPLAINED_CSV_COLUMNS, unexplainedCsv } from '../../../lib/export/unexplained-csv.ts';
import type { LibraryDb } from '../../../lib/library/db.ts';

const FICTIONAL = resolve(import.meta.dirname, '../../fixtures/fictional');
const URL = { 2021: 'http://www.qinglan.gov.cn/2021.html', 2022: 'http://www.qinglan.gov.cn/2022.html' };
const qinglan = (year: 2021 | 2022) => reportFrom(readFileSync(`${FICTIONAL}/qinglan-${year}.txt`, 'utf8'), URL[year]);

/** As the glossary view decides it: built-in entries, the user's terms, every term a saved report explains. */
async function isExplained(db: LibraryDb): Promise<(term: string) => boolean> {
  const reportTerms = (await db.reportGlossary.orderBy('term').uniqueKeys()) as string[];
  return explainedBy({ builtin: builtinGlossary, user: await db.userTerms.toArray(), reportTerms });
}

const csvOf = async (db: LibraryDb) => parseCsv(await unexplainedCsv(db, { isExplained: await isExplained(db) }));

describe('the unexplained-terms inbox', () => {
  it('a term another saved report explains leaves the inbox; the first use is the earliest report’s, whatever the order saved', async () => {
    const db = freshDb();
    await saveReport(db, qinglan(2022), { now: 1 });
    const alone = await csvOf(db);
    expect(alone[0]).toEqual([...UNEXPLAINED_CSV_COLUMNS]);
    expect(alone.map((r) => r[0])).toContain('三个零');
    await saveReport(db, qinglan(2021), { now: 2 });
    const rows = await csvOf(db);
    // 2021's 名词解释 explains it for the 2022 report.
    expect(rows.map((r) => r[0])).not.toContain('三个零');
    // 游青岚 is left unexplained by both reports: counted in both, first used in 2021 (saved second).
    const row = rows.find((r) => r[0] === '游青岚')!;
    const use2021 = qinglan(2021).report.terms.find((t) => t.term === '游青岚')!;
    const use2022 = qinglan(2022).report.terms.find((t) => t.term === '游青岚')!;
    expect(row).toEqual(['游青岚', '2', String(use2021.count + use2022.count), '青岚县', '2021', use2021.sentence, URL[2021]]);
    // Most widespread first.
    expect(rows[1]![1]).toBe('2');
  });

  it('goes with the JSON backup: imported into another library, the same inbox comes back', async () => {
    const db = freshDb();
    await saveReport(db, qinglan(2022), { now: 1 });
    await saveReport(db, qinglan(2021), { now: 2 });
    await db.userTerms.put({ term: '十二条', definition: '我的解释', variants: [], updatedAt: 3 });
    let json = '';
    for await (const piece of exportBackup(db)) json += piece;
    const other = freshDb();
    expect((await importBackup(other, json)).ok).toBe(true);
    const [before, after] = [await csvOf(db), await csvOf(other)];
    expect(after).toEqual(before);
    expect(before.map((r) => r[0])).not.toContain('十二条');
    expect(before.length).toBeGreaterThan(2);
  });
});
