/**
 * Upgrades from every older schema, starting from databases written by the code of each version
 * (frozen JSON in tests/fixtures/db, see its README), not from today's code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openLibrary, SCHEMA_VERSION, type LibraryDb } from '../../../lib/library/db.ts';
import { saveReport } from '../../../lib/library/save.ts';
import type { ReportDocument } from '../../../lib/report/types.ts';
import { PARSER_VERSION } from '../../../lib/report/index.ts';
import { reparseOutdated } from '../../../lib/background/reparse-job.ts';
import { FakeSession } from '../background/fakes.ts';

interface Fixture {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const LIULIN = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';
/** `v5-regions`: a second state of schema 5 (see the fixtures' README). */
type FixtureName = number | `${number}-${string}`;
const fixture = (version: FixtureName) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/db/v${version}.json`), 'utf8')) as Fixture;

let counter = 0;
/** A database at the fixture's version holding its rows, then opened (and upgraded) by today's code. */
async function upgraded(version: FixtureName): Promise<{ db: LibraryDb; old: Fixture }> {
  const old = fixture(version);
  const name = `fixture-v${version}-${counter++}`;
  const raw = new Dexie(name);
  raw.version(old.schemaVersion).stores(old.stores);
  for (const [table, rows] of Object.entries(old.tables)) await raw.table(table).bulkAdd(rows);
  raw.close();
  return { db: openLibrary(name), old };
}

/** The documents and texts the fixture holds, by report id (v1 kept them on the report rows). */
function contentsOf(old: Fixture): Map<number, { report: ReportDocument; text: string; url: string; savedAt: number }> {
  const reports = old.tables.reports as { id: number; url: string; savedAt: number; report?: ReportDocument; text?: string }[];
  const documents = new Map((old.tables.documents ?? []).map((d) => [d.reportId as number, d.report as ReportDocument]));
  const texts = new Map((old.tables.texts ?? []).map((t) => [t.reportId as number, t.text as string]));
  return new Map(
    reports.map((r) => [
      r.id,
      { report: r.report ?? documents.get(r.id)!, text: r.text ?? texts.get(r.id)!, url: r.url, savedAt: r.savedAt },
    ]),
  );
}

describe('upgrading an existing library', () => {
  it('the fixtures cover every version up to today’s', () => {
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(fixture(v).schemaVersion).toBe(v);
    expect(fixture('5-regions').schemaVersion).toBe(5);
  });

  for (const version of [1, 2, 3, 4, 5, '5-regions', 6] as const) {
    it(`from version ${version}: every report, its document, text, figures, terms and the user's terms are there`, async () => {
      const { db, old } = await upgraded(version);
      const contents = contentsOf(old);
      const reports = await db.reports.toArray();
      expect(reports.map((r) => r.id).sort()).toEqual([...contents.keys()].sort());
      for (const r of reports) {
        const { report, text, url, savedAt } = contents.get(r.id)!;
        expect((await db.documents.get(r.id))!.report).toEqual(report);
        expect((await db.texts.get(r.id))!.text).toBe(text);
        expect([r.url, r.savedAt, r.regionName, r.planYear]).toEqual([url, savedAt, report.region?.name ?? null, report.planYear]);
        expect(await db.figures.where('reportId').equals(r.id).count()).toBe(report.targets.length + report.actuals.length);
        expect((await db.reportTerms.get(r.id))!.terms).toEqual(report.terms.map((t) => t.term));
        // Schema 5: a record keeps its own host; addresses merged in from other hosts are dropped.
        expect(r.host).toBe(new URL(r.url).hostname);
        expect(r.urls.every((u) => new URL(u).hostname === r.host)).toBe(true);
        // Schema 6: where the region lies, from the document (nulls where it was never resolved).
        const place = {
          province: report.region?.province ?? null,
          prefecture: report.region?.prefecture ?? null,
          regionCode: report.region?.code ?? null,
        };
        expect({ province: r.province, prefecture: r.prefecture, regionCode: r.regionCode }).toEqual(place);
        for (const f of await db.figures.where('reportId').equals(r.id).toArray()) {
          expect({ province: f.province, prefecture: f.prefecture, regionCode: f.regionCode }).toEqual(place);
        }
      }
      expect(db.tables.map((t) => t.name)).not.toContain('termUses');
      expect(await db.userTerms.count()).toBe(old.tables.userTerms?.length ?? 0);
      db.close();
    });
  }

  it('to version 6: resolved documents fill the region fields and their indexes; unresolved ones stay null for the background', async () => {
    const { db } = await upgraded('5-regions');
    const liulin = await db.reports.where('[prefecture+planYear]').equals(['吕梁市', 2020]).toArray();
    expect(liulin.map((r) => [r.host, r.province, r.regionCode])).toEqual([
      ['www.liulin.gov.cn', '山西省', '141125'],
      ['mirror.example.com', '山西省', '141125'],
    ]);
    expect((await db.reports.where('province').equals('山西省').toArray()).map((r) => r.regionName).sort()).toEqual([
      '平遥县',
      '柳林县',
      '柳林县',
    ]);
    const gulou = (await db.reports.where('host').equals('www.gulou.gov.cn').toArray())[0]!;
    expect(gulou).toMatchObject({ regionName: '鼓楼区', province: null, prefecture: null, regionCode: null });
    expect(
      await db.figures
        .where('reportId')
        .equals(gulou.id)
        .filter((f) => f.regionCode !== null)
        .count(),
    ).toBe(0);
    // Older documents were never resolved: nulls now, and the background re-parses them (their parser is older).
    const { db: old } = await upgraded(4);
    expect((await old.reports.toArray()).every((r) => r.regionCode === null && r.parserVersion < PARSER_VERSION)).toBe(true);
    db.close();
    old.close();
  });

  it('from version 5 before regions: nulls after the upgrade, then the background’s re-parse fills summaries and figure rows', async () => {
    const { db } = await upgraded(5);
    expect((await db.reports.toArray()).map((r) => [r.regionName, r.regionCode, r.parserVersion])).toEqual([
      ['柳林县', null, 2],
      ['柳林县', null, 2],
      ['平遥县', null, 2],
    ]);
    await reparseOutdated({ db, session: new FakeSession(), local: new FakeSession(), pause: () => Promise.resolve() });
    const places = (await db.reports.toArray()).map((r) => [r.host, r.province, r.prefecture, r.regionCode]);
    expect(places).toEqual([
      ['www.liulin.gov.cn', '山西省', '吕梁市', '141125'],
      ['mirror.example.com', '山西省', '吕梁市', '141125'],
      ['www.pingyao.gov.cn', '山西省', '晋中市', '140728'],
    ]);
    const figures = await db.figures.toArray();
    expect(figures.length).toBeGreaterThan(0);
    const byReport = new Map((await db.reports.toArray()).map((r) => [r.id, r.regionCode]));
    expect(figures.every((f) => f.regionCode !== null && f.regionCode === byReport.get(f.reportId))).toBe(true);
    expect(await db.reports.where('[prefecture+planYear]').equals(['晋中市', 2022]).count()).toBe(1);
    db.close();
  });

  it('after the upgrade the library keeps working: the same page saved again is no duplicate, a mirror becomes a copy', async () => {
    const { db, old } = await upgraded(4);
    const liulin = [...contentsOf(old).entries()].find(([, c]) => c.url === LIULIN)!;
    const again = await saveReport(db, { url: LIULIN, pageTitle: '', report: liulin[1].report, text: liulin[1].text });
    expect(again).toMatchObject({ reportId: liulin[0], status: 'unchanged' });
    const mirror = await saveReport(db, {
      url: 'https://mirror.example.com/liulin-2020.html',
      pageTitle: '',
      report: liulin[1].report,
      text: liulin[1].text,
    });
    expect(mirror).toMatchObject({ status: 'created', mirrorOf: liulin[0] });
    expect((await db.reports.toArray()).map((r) => r.url).sort()).toEqual(
      ['https://mirror.example.com/liulin-2020.html', LIULIN, PINGYAO].sort(),
    );
    db.close();
  });
});
