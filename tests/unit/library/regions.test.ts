/**
 * Where saved reports lie (schema 6): the save path writes province, prefecture and code on the
 * summary and every figure row; two 鼓楼区 of different cities are no copies of each other; a
 * choice updates a stored report in place; the compare preset's query; the figures CSV's columns;
 * backups carry the fields and an old backup's reports are resolved by the background's re-parse.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb, seedText } from './helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { setReportRegions, unresolvedReportsOf } from '../../../lib/library/regions.ts';
import { countiesOfPrefecture, exportFiguresCsv } from '../../../lib/library/queries.ts';
import { exportBackup } from '../../../lib/library/backup.ts';
import { importBackup } from '../../../lib/library/import.ts';
import { reparseOutdated } from '../../../lib/background/reparse-job.ts';
import { analyzeText } from '../../../lib/analyze.ts';
import { buildGlossaryIndex } from '../../../lib/glossary/index.ts';
import { parseCsv } from '../../../lib/export/csv.ts';
import { PARSER_VERSION } from '../../../lib/report/index.ts';
import type { ReportToSave } from '../../../lib/library/save.ts';
import type { LibraryDb } from '../../../lib/library/db.ts';
import { FakeSession } from '../background/fakes.ts';

const index = buildGlossaryIndex({ builtin: [] });
const fictional = (name: string) => readFileSync(resolve(import.meta.dirname, `../../fixtures/fictional/${name}.txt`), 'utf8');

/** A page read as the background reads it (parser, glossary, region resolution). */
function page(text: string, url: string, siteName: string | null = null): ReportToSave {
  const { parsed } = analyzeText({ text, title: '', url, index, siteName });
  return { url, pageTitle: parsed.report.title ?? '', report: parsed.report, text: parsed.text };
}

const liulin = () => page(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html');
const gulou = (year: 2021 | 2022, url: string, siteName: string | null = null) => page(fictional(`gulou-${year}`), url, siteName);

async function placesOf(db: LibraryDb, reportId: number) {
  const summary = (await db.reports.get(reportId))!;
  const figures = await db.figures.where('reportId').equals(reportId).toArray();
  return {
    summary: [summary.province, summary.prefecture, summary.regionCode],
    figures: figures.map((f) => [f.province, f.prefecture, f.regionCode]),
  };
}

describe('saving where a report comes from', () => {
  it('the summary and every figure row carry province, prefecture and code; an ambiguous name carries nulls', async () => {
    const db = freshDb();
    const a = await saveReport(db, liulin());
    const { summary, figures } = await placesOf(db, a.reportId);
    expect(summary).toEqual(['山西省', '吕梁市', '141125']);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => f.join() === summary.join())).toBe(true);
    const b = await saveReport(db, gulou(2021, 'http://www.gulou.gov.cn/2021.html'));
    expect((await placesOf(db, b.reportId)).summary).toEqual([null, null, null]);
  });

  it('two 鼓楼区 of different cities in the same year are two originals, not a report and its copy', async () => {
    const db = freshDb();
    // Different words (a copy of the same words on another host is a copy whatever it says).
    const nanjing = gulou(2021, 'http://www.njgl.gov.cn/2021.html', '南京市鼓楼区人民政府');
    const fuzhou = gulou(2021, 'http://www.gl.fz.gov.cn/2021.html', '福州市鼓楼区人民政府');
    fuzhou.text = fuzhou.text.replace('各位代表', '各位代表、同志们');
    const unknown = gulou(2021, 'http://www.gulou.gov.cn/2021.html');
    unknown.text = unknown.text.replace('各位代表', '各位代表、各位委员');
    const a = await saveReport(db, nanjing);
    const b = await saveReport(db, fuzhou);
    expect([a.mirrorOf, b.mirrorOf]).toEqual([null, null]);
    expect((await db.reports.toArray()).map((r) => r.prefecture)).toEqual(['南京市', '福州市']);
    // Unresolved, it may be either: same region, year and meeting as a stored report makes it a copy, as before.
    expect((await saveReport(db, unknown)).mirrorOf).toBe(a.reportId);
  });

  it('a region set afterwards (the user’s choice) changes the document, the summary and the figure rows, nothing else', async () => {
    const db = freshDb();
    const { reportId } = await saveReport(db, gulou(2021, 'http://www.gulou.gov.cn/2021.html'));
    const before = (await db.reports.get(reportId))!;
    const region = { name: '鼓楼区', level: 'district' as const, province: '福建省', prefecture: '福州市', code: '350102' };
    expect(
      await setReportRegions(db, [
        { reportId, region },
        { reportId: 999, region },
      ]),
    ).toBe(1);
    expect((await db.documents.get(reportId))!.report.region).toEqual(region);
    const { summary, figures } = await placesOf(db, reportId);
    expect(summary).toEqual(['福建省', '福州市', '350102']);
    expect(figures.every((f) => f[2] === '350102')).toBe(true);
    expect(await db.reports.get(reportId)).toEqual({ ...before, province: '福建省', prefecture: '福州市', regionCode: '350102' });
    expect(await unresolvedReportsOf(db, { host: 'www.gulou.gov.cn', name: '鼓楼区', first: null, limit: 10 })).toEqual([]);
  });
});

describe('the compare preset: every county and district of a prefecture in one year', () => {
  it('takes the prefecture’s county and district originals of that year, not its city report, copies or other years', async () => {
    const db = freshDb();
    const liulin2020 = await saveReport(db, liulin());
    const lishi = liulin();
    lishi.url = 'http://www.lishi.gov.cn/2020.html';
    lishi.text = lishi.text.replace(/柳林县/g, '离石区');
    lishi.report = {
      ...lishi.report,
      region: { name: '离石区', level: 'district', province: '山西省', prefecture: '吕梁市', code: '141102' },
    };
    const lishi2020 = await saveReport(db, lishi);
    const city = { ...liulin(), url: 'http://www.lvliang.gov.cn/2020.html', text: `${lishi.text}吕梁市` };
    city.report = { ...city.report, region: { name: '吕梁市', level: 'city', province: '山西省', prefecture: '吕梁市', code: '141100' } };
    await saveReport(db, city);
    await saveReport(db, { ...liulin(), url: 'https://mirror.example.com/liulin.html' });
    const later = { ...liulin(), url: 'http://www.liulin.gov.cn/2021.html', text: `${liulin().text}。` };
    later.report = { ...later.report, planYear: 2021, meeting: '柳林县第十七届人民代表大会第一次会议' };
    await saveReport(db, later);
    const chosen = await countiesOfPrefecture(db, { province: '山西省', prefecture: '吕梁市', planYear: 2020 });
    expect(chosen.map((r) => r.id).sort()).toEqual([liulin2020.reportId, lishi2020.reportId].sort());
    expect(await countiesOfPrefecture(db, { province: '福建省', prefecture: '吕梁市', planYear: 2020 })).toEqual([]);
    expect((await countiesOfPrefecture(db, { province: '山西省', prefecture: '吕梁市', planYear: 2021 })).map((r) => r.url)).toEqual([
      'http://www.liulin.gov.cn/2021.html',
    ]);
  });
});

describe('exports and backups', () => {
  it('the figures CSV appends province, prefecture and code to every row', async () => {
    const db = freshDb();
    await saveReport(db, liulin());
    await saveReport(db, gulou(2021, 'http://www.gulou.gov.cn/2021.html'));
    let text = '';
    for await (const piece of exportFiguresCsv(db)) text += piece;
    const [header, ...rows] = parseCsv(text.slice(1)).filter((r) => r.length > 1);
    expect(header!.slice(-3)).toEqual(['province', 'prefecture', 'code']);
    const places = new Set(rows.map((r) => `${r[0]}:${r.slice(-3).join('/')}`));
    expect(places).toEqual(new Set(['柳林县:山西省/吕梁市/141125', '鼓楼区://']));
  });

  it('a backup carries the fields; an old backup (no fields, older parser) is resolved by the background after import', async () => {
    const source = freshDb();
    await saveReport(source, liulin());
    let json = '';
    for await (const piece of exportBackup(source)) json += piece;
    const backup = JSON.parse(json);
    expect(backup.tables.reports[0]).toMatchObject({ province: '山西省', prefecture: '吕梁市', regionCode: '141125' });
    expect(backup.tables.figures[0]).toMatchObject({ regionCode: '141125' });
    const restored = freshDb();
    await importBackup(restored, json);
    expect((await restored.reports.toArray())[0]).toMatchObject({ regionCode: '141125' });

    // A backup written before regions: no fields on the rows or the document, an older parser.
    for (const r of backup.tables.reports) for (const key of ['province', 'prefecture', 'regionCode']) delete r[key];
    for (const d of backup.tables.documents) {
      d.report.region = { name: d.report.region.name, level: d.report.region.level };
      d.report.parserVersion = PARSER_VERSION - 1;
    }
    const old = freshDb();
    expect(await importBackup(old, JSON.stringify(backup))).toMatchObject({ ok: true });
    const [imported] = await old.reports.toArray();
    expect(imported).toMatchObject({ regionCode: null, parserVersion: PARSER_VERSION - 1 });
    // What the panel asks the background for after an import.
    await reparseOutdated({ db: old, session: new FakeSession(), local: new FakeSession(), pause: () => Promise.resolve() });
    expect((await placesOf(old, imported!.id)).summary).toEqual(['山西省', '吕梁市', '141125']);
  });
});
