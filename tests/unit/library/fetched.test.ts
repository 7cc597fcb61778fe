/**
 * Reports a harvest or the reader fetched keep what they were read from (`fileKind`) and when
 * (`fetchedAt`): through later saves of the same record, a re-parse, and a backup's round trip.
 * Records of browsed pages get neither field.
 */
import { describe, expect, it } from 'vitest';
import { freshDb, reportFrom, seedText } from './helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { reparseReports } from '../../../lib/library/reparse.ts';
import { exportBackup } from '../../../lib/library/backup.ts';
import { importBackup } from '../../../lib/library/import.ts';
import { parseReportText } from '../../../lib/report/index.ts';

const PDF_URL = 'http://www.pingyao.gov.cn/zwgk/P020220212.pdf';
const seed = () => reportFrom(seedText('004_8979b39d7a9cd2b1'), PDF_URL);

describe('fetched reports in the library', () => {
  it('a fetched file keeps its kind and fetch time; a browsed page has neither', async () => {
    const db = freshDb();
    const { reportId } = await saveReport(db, { ...seed(), fileKind: 'pdf', fetchedAt: 5000 }, { now: 5000 });
    const browsed = await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.shtml'), { now: 6000 });
    expect(await db.reports.get(reportId)).toMatchObject({ fileKind: 'pdf', fetchedAt: 5000, savedAt: 5000 });
    const page = await db.reports.get(browsed.reportId);
    expect(page).not.toHaveProperty('fileKind');
    expect(page).not.toHaveProperty('fetchedAt');
  });

  it('fetching the same file again moves the fetch time; a newer text keeps the kind', async () => {
    const db = freshDb();
    const { reportId } = await saveReport(db, { ...seed(), fileKind: 'pdf', fetchedAt: 5000 }, { now: 5000 });
    const again = await saveReport(db, { ...seed(), fileKind: 'pdf', fetchedAt: 9000 }, { now: 9000 });
    expect(again.status).toBe('unchanged');
    expect(await db.reports.get(reportId)).toMatchObject({ fileKind: 'pdf', fetchedAt: 9000, savedAt: 5000 });
    const changed = seed();
    const edited = parseReportText({ text: `${changed.text}\n（本文件于次日更正。）` });
    await saveReport(db, { ...changed, report: edited.report, text: edited.text }, { now: 200_000 });
    expect(await db.reports.get(reportId)).toMatchObject({ fileKind: 'pdf', fetchedAt: 9000, updatedAt: 200_000 });
  });

  it('a re-parse keeps both fields', async () => {
    const db = freshDb();
    const { reportId } = await saveReport(db, { ...seed(), fileKind: 'docx', fetchedAt: 7000 }, { now: 7000 });
    const n = await reparseReports(db, {
      parserVersion: 99,
      all: true,
      parse: ({ text }) => ({ ...parseReportText({ text }).report, parserVersion: 99 }),
    });
    expect(n).toBe(1);
    expect(await db.reports.get(reportId)).toMatchObject({ fileKind: 'docx', fetchedAt: 7000, parserVersion: 99 });
  });

  it('a backup carries both fields into another library', async () => {
    const db = freshDb();
    await saveReport(db, { ...seed(), fileKind: 'pdf', fetchedAt: 5000 }, { now: 5000 });
    let json = '';
    for await (const piece of exportBackup(db)) json += piece;
    expect(JSON.parse(json).tables.reports[0]).toMatchObject({ fileKind: 'pdf', fetchedAt: 5000 });
    const target = freshDb();
    expect((await importBackup(target, json)).ok).toBe(true);
    expect(await target.reports.toArray()).toEqual([expect.objectContaining({ url: PDF_URL, fileKind: 'pdf', fetchedAt: 5000 })]);
    // A backup that says a report came from something no reader knows is refused whole.
    const bad = json.replace('"fileKind":"pdf"', '"fileKind":"exe"');
    expect(await importBackup(freshDb(), bad)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
  });
});
