/** Re-parsing stored reports when PARSER_VERSION rises: in the background, in chunks, with progress for the panel. */
import { describe, expect, it } from 'vitest';
import { reparseOutdated } from '../../../lib/background/reparse-job.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { PARSER_VERSION } from '../../../lib/report/index.ts';
import { REPARSE_PROGRESS_KEY } from '../../../lib/messages.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freshDb, reportFrom, seedText } from '../library/helpers.ts';
import { rememberRegionChoice } from '../../../lib/region/choices.ts';
import { FakeSession } from './fakes.ts';

describe('re-parsing when the parser improves', () => {
  it('re-reads every report of an older parser version from its text, reporting progress, keeping times, host and copies', async () => {
    const db = freshDb();
    const item = reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html');
    const old = { ...item, report: { ...item.report, targets: [], parserVersion: PARSER_VERSION - 1 } };
    const original = await saveReport(db, old, { now: 10 });
    const copy = await saveReport(db, { ...old, url: 'https://mirror.example.com/a.html' }, { now: 20 });
    const current = await saveReport(db, reportFrom(seedText('004_8979b39d7a9cd2b1'), 'http://www.pingyao.gov.cn/b.html'), { now: 30 });
    const before = await db.reports.bulkGet([original.reportId, copy.reportId, current.reportId]);
    const session = new FakeSession();
    const seen: unknown[] = [];
    const set = session.set.bind(session);
    session.set = async (items) => {
      if (REPARSE_PROGRESS_KEY in items) seen.push(items[REPARSE_PROGRESS_KEY]);
      await set(items);
    };
    expect(await reparseOutdated({ db, session, local: new FakeSession(), pause: () => Promise.resolve() })).toBe(2);
    expect(seen).toEqual([
      { done: 0, total: 2 },
      { done: 2, total: 2 },
    ]);
    expect(session.data.has(REPARSE_PROGRESS_KEY)).toBe(false);
    const after = await db.reports.bulkGet([original.reportId, copy.reportId, current.reportId]);
    expect(after.map((r) => r!.parserVersion)).toEqual([PARSER_VERSION, PARSER_VERSION, PARSER_VERSION]);
    for (const [i, r] of after.entries()) {
      const { host, mirrorOf, savedAt, updatedAt, seenAt, urls } = before[i]!;
      expect(r).toMatchObject({ host, mirrorOf, savedAt, updatedAt, seenAt, urls });
    }
    expect(after[2]).toEqual(before[2]);
    const targets = await db.figures
      .where('reportId')
      .equals(original.reportId)
      .filter((f) => f.kind === 'target')
      .count();
    expect(targets).toBe(item.report.targets.length);
    // Nothing left to do: a second run re-parses nothing.
    expect(await reparseOutdated({ db, session, local: new FakeSession(), pause: () => Promise.resolve() })).toBe(0);
  });

  it('resolves where each report comes from, with its stored address and title and the choice the user made for its site', async () => {
    const db = freshDb();
    const gulouText = readFileSync(resolve(import.meta.dirname, '../../fixtures/fictional/gulou-2021.txt'), 'utf8');
    // Documents of an older version: parsed before region resolution existed (no province, prefecture, code).
    const old = (item: ReturnType<typeof reportFrom>) => ({ ...item, report: { ...item.report, parserVersion: PARSER_VERSION - 1 } });
    const liulin = await saveReport(db, old(reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html')), { now: 1 });
    const gulou = await saveReport(db, old(reportFrom(gulouText, 'http://www.gulou.gov.cn/zwgk/2021.html')), { now: 2 });
    const elsewhere = await saveReport(db, old(reportFrom(gulouText, 'http://www.gl-copy.gov.cn/2021.html')), { now: 3 });
    expect((await db.reports.get(gulou.reportId))!.regionCode).toBeNull();
    const local = new FakeSession();
    await rememberRegionChoice(local, { host: 'www.gulou.gov.cn', name: '鼓楼区', code: '350102' });
    expect(await reparseOutdated({ db, session: new FakeSession(), local, pause: () => Promise.resolve() })).toBe(3);
    const place = async (id: number) => {
      const [summary, document, figures] = await Promise.all([
        db.reports.get(id),
        db.documents.get(id),
        db.figures.where('reportId').equals(id).toArray(),
      ]);
      const { province, prefecture, regionCode } = summary!;
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) expect([f.province, f.prefecture, f.regionCode]).toEqual([province, prefecture, regionCode]);
      expect(document!.report.region).toMatchObject({ province, prefecture, code: regionCode });
      return [province, prefecture, regionCode];
    };
    expect(await place(liulin.reportId)).toEqual(['山西省', '吕梁市', '141125']);
    expect(await place(gulou.reportId)).toEqual(['福建省', '福州市', '350102']);
    // Another site's 鼓楼区 is not resolved by this site's choice.
    expect(await place(elsewhere.reportId)).toEqual([null, null, null]);
  });
});
