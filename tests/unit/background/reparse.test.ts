/** Re-parsing stored reports when PARSER_VERSION rises: in the background, in chunks, with progress for the panel. */
import { describe, expect, it } from 'vitest';
import { reparseOutdated } from '../../../lib/background/reparse-job.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { PARSER_VERSION } from '../../../lib/report/index.ts';
import { REPARSE_PROGRESS_KEY } from '../../../lib/messages.ts';
import { freshDb, reportFrom, seedText } from '../library/helpers.ts';
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
    expect(await reparseOutdated({ db, session, pause: () => Promise.resolve() })).toBe(2);
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
    expect(await reparseOutdated({ db, session, pause: () => Promise.resolve() })).toBe(0);
  });
});
