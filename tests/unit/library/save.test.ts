import { describe, expect, it } from 'vitest';
import { freshDb, reportFrom, seedText, dump } from './helpers.ts';
import { clearReports, deleteReports, restoreReports, saveReport, saveReports } from '../../../lib/library/save.ts';
import { reparseReports } from '../../../lib/library/reparse.ts';
import { parseReportText, PARSER_VERSION } from '../../../lib/report/index.ts';
import { LIMITS } from '../../../lib/limits.ts';

const LIULIN = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const LINGCHUAN = 'http://www.lingchuan.gov.cn/public/6601/12345.html';

describe('saving', () => {
  it('stores the report, its document, text and one row per figure', async () => {
    const db = freshDb();
    const item = reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN);
    const outcome = await saveReport(db, item);
    expect(outcome.status).toBe('created');
    const stored = (await db.reports.get(outcome.reportId))!;
    expect(stored).toMatchObject({ regionName: '柳林县', level: 'county', planYear: 2020, reviewYear: 2019, speakerName: '刘惠民' });
    expect((await db.texts.get(outcome.reportId))!.text).toBe(item.text);
    const figures = await db.figures.where('reportId').equals(outcome.reportId).toArray();
    expect(figures).toHaveLength(item.report.targets.length + item.report.actuals.length);
    const gdp2020 = await db.figures.where('[indicator+year]').equals(['gdp', 2020]).toArray();
    expect(gdp2020.map((f) => [f.kind, f.value, f.qualifier, f.regionName])).toEqual([['target', 6, 'about', '柳林县']]);
  });

  it('the same URL twice, or with a tracking query string, updates one record', async () => {
    const db = freshDb();
    const item = reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN);
    const first = await saveReport(db, item, { now: 1000 });
    const again = await saveReport(db, item, { now: 2000 });
    const tracked = await saveReport(db, { ...item, url: `${LIULIN}?utm_source=wechat&from=timeline#top` }, { now: 3000 });
    expect([again.status, tracked.status]).toEqual(['unchanged', 'unchanged']);
    expect(again.reportId).toBe(first.reportId);
    expect(await db.reports.count()).toBe(1);
    expect((await db.reports.get(first.reportId))!.seenAt).toBe(3000);
  });

  it('the same content on another host (a reprint) is a separate record, marked as a copy of the first', async () => {
    const db = freshDb();
    const item = reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN);
    const official = await saveReport(db, item);
    const mirror = await saveReport(db, { ...item, url: 'https://news.example.com/2020/liulin.html' });
    expect(mirror).toMatchObject({ status: 'created', mirrorOf: official.reportId });
    expect(await db.reports.count()).toBe(2);
    expect((await db.reports.get(official.reportId))!.urls).toEqual([LIULIN]);
    expect((await db.reports.get(mirror.reportId))!).toMatchObject({ host: 'news.example.com', mirrorOf: official.reportId });
  });

  it('the same content at another address of the same host is the same record', async () => {
    const db = freshDb();
    const item = reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN);
    const first = await saveReport(db, item);
    const again = await saveReport(db, { ...item, url: LIULIN.replace('.shtml', '.html') });
    expect(again).toEqual({ reportId: first.reportId, status: 'merged', mirrorOf: null });
    expect((await db.reports.get(first.reportId))!.urls).toHaveLength(2);
  });

  it('a mirror that injects junk (same region, year and meeting) is kept apart; the official text is untouched', async () => {
    const db = freshDb();
    const text = seedText('000_d3a6bbabf76df186');
    const official = await saveReport(db, reportFrom(text, LIULIN));
    const junk = text.replace(/。/g, '。【镜像站 www.mirror.example】');
    const outcome = await saveReport(db, reportFrom(junk, 'https://mirror.example/liulin-2020.html'));
    expect(outcome).toMatchObject({ status: 'created', mirrorOf: official.reportId });
    expect((await db.texts.get(official.reportId))!.text).not.toContain('镜像站');
  });

  it('a page edited since it was saved is updated, keeping the time of both', async () => {
    const db = freshDb();
    const text = seedText('000_d3a6bbabf76df186');
    const first = await saveReport(db, reportFrom(text, LIULIN), { now: 1000 });
    const edited = text.replace('固定资产投资增长8%', '固定资产投资增长9%');
    const later = 1000 + LIMITS.minRewriteIntervalMs;
    const second = await saveReport(db, reportFrom(edited, LIULIN), { now: later });
    expect(second).toEqual({ reportId: first.reportId, status: 'updated', mirrorOf: null });
    const stored = (await db.reports.get(first.reportId))!;
    expect([stored.savedAt, stored.updatedAt]).toEqual([1000, later]);
    const fai = await db.figures.where('[indicator+year]').equals(['fai', 2020]).toArray();
    expect(fai.map((f) => f.value)).toEqual([9]);
  });

  it('different reports stay apart', async () => {
    const db = freshDb();
    await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN));
    await saveReport(db, reportFrom(seedText('001_31018834cdd9c3ff'), LINGCHUAN));
    expect(await db.reports.count()).toBe(2);
  });

  it('two tabs saving at the same moment end with a consistent library', async () => {
    const db = freshDb();
    const a = reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN);
    const b = reportFrom(seedText('001_31018834cdd9c3ff'), LINGCHUAN);
    const outcomes = await Promise.all([
      saveReport(db, a),
      saveReport(db, a),
      saveReport(db, b),
      saveReport(db, { ...a, url: `${LIULIN}?spm=1` }),
    ]);
    expect(await db.reports.count()).toBe(2);
    expect(new Set(outcomes.map((o) => o.reportId)).size).toBe(2);
    expect(outcomes.filter((o) => o.status === 'created')).toHaveLength(2);
    const expected = a.report.targets.length + a.report.actuals.length + b.report.targets.length + b.report.actuals.length;
    expect(await db.figures.count()).toBe(expected);
  });

  it('a write that fails half way leaves no half report', async () => {
    const db = freshDb();
    await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN));
    const before = await dump(db);
    const failing = db.reportGlossary.bulkAdd.bind(db.reportGlossary);
    db.reportGlossary.bulkAdd = (() =>
      Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))) as unknown as typeof failing;
    await expect(saveReport(db, reportFrom(seedText('001_31018834cdd9c3ff'), LINGCHUAN))).rejects.toThrow();
    db.reportGlossary.bulkAdd = failing;
    expect(await dump(db)).toEqual(before);
  });
});

describe('delete, undo, clear', () => {
  it('undo restores exactly what was deleted', async () => {
    const db = freshDb();
    const { reportId } = await saveReport(db, reportFrom(seedText('004_8979b39d7a9cd2b1'), 'http://www.pingyao.gov.cn/a.html'));
    await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN));
    const before = await dump(db);
    const snapshots = await deleteReports(db, [reportId]);
    expect(await db.reports.count()).toBe(1);
    expect(await db.figures.where('reportId').equals(reportId).count()).toBe(0);
    expect(await restoreReports(db, snapshots)).toBe(1);
    expect(await dump(db)).toEqual(before);
  });

  it('clear empties the reports but keeps the user’s own terms', async () => {
    const db = freshDb();
    await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN));
    await db.userTerms.put({ term: '三基目标', definition: '我的解释。', variants: [], updatedAt: 1 });
    await clearReports(db);
    expect([await db.reports.count(), await db.figures.count(), await db.texts.count()]).toEqual([0, 0, 0]);
    expect(await db.userTerms.count()).toBe(1);
  });
});

describe('re-parse', () => {
  it('re-parses stored reports from their text when the parser improves', async () => {
    const db = freshDb();
    const item = reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN);
    // As if saved by an older parser that found nothing.
    const old = { ...item, report: { ...item.report, targets: [], parserVersion: PARSER_VERSION - 1 } };
    const { reportId } = await saveReport(db, old);
    expect((await db.figures.where('reportId').equals(reportId).toArray()).filter((f) => f.kind === 'target')).toHaveLength(0);
    const progress: [number, number][] = [];
    const n = await reparseReports(db, {
      parserVersion: PARSER_VERSION,
      parse: ({ text }) => parseReportText({ text }).report,
      onProgress: (done, total) => void progress.push([done, total]),
    });
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(n).toBe(1);
    expect((await db.reports.get(reportId))!.parserVersion).toBe(PARSER_VERSION);
    expect((await db.figures.where('reportId').equals(reportId).toArray()).filter((f) => f.kind === 'target')).toHaveLength(
      item.report.targets.length,
    );
  });
});

describe('saving many at once (import)', () => {
  it('decides exactly as saving one by one, including repeats inside the batch', async () => {
    const text = seedText('000_d3a6bbabf76df186');
    const items = [
      reportFrom(text, LIULIN),
      reportFrom(seedText('001_31018834cdd9c3ff'), LINGCHUAN),
      { ...reportFrom(text, LIULIN), url: `${LIULIN}?from=timeline` },
      reportFrom(text, 'https://reprint.example.com/liulin.html'),
      reportFrom(text.replace(/。/g, '。【镜像】'), 'https://mirror.example.com/liulin.html'),
      reportFrom(text.replace('固定资产投资增长8%', '固定资产投资增长9%'), LINGCHUAN.replace('12345', '99999')),
    ];
    const one = freshDb();
    const sequential = [];
    for (const item of items) sequential.push(await saveReport(one, item, { now: 1000 }));
    const many = freshDb();
    const batch = await saveReports(many, items, { now: 1000 });
    expect(batch).toEqual(sequential);
    expect(await dump(many)).toEqual(await dump(one));
    // 柳林县 and 陵川县, and three copies of 柳林县's report from other hosts.
    expect(await many.reports.count()).toBe(5);
    expect((await many.reports.toArray()).filter((r) => r.mirrorOf !== null)).toHaveLength(3);
  });
});

describe('term queries', () => {
  it('finds the reports using a term and ranks unexplained terms by how many reports use them', async () => {
    const db = freshDb();
    const a = await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), LIULIN));
    const b = await saveReport(db, reportFrom(seedText('001_31018834cdd9c3ff'), LINGCHUAN));
    const { reportsUsingTerm, unexplainedTerms, firstUse } = await import('../../../lib/library/queries.ts');
    const users = await reportsUsingTerm(db, '四为四高两同步');
    expect(users.map((r) => r.id).sort()).toEqual([a.reportId, b.reportId].sort());
    const ranked = await unexplainedTerms(db, { isExplained: (t) => t === '三基目标' });
    expect(ranked.map((u) => u.term)).not.toContain('三基目标');
    expect(ranked[0]!.reports).toBeGreaterThanOrEqual(ranked[ranked.length - 1]!.reports);
    expect(ranked.find((u) => u.term === '五转一新')).toEqual({ term: '五转一新', reports: 1 });
    expect((await firstUse(db, { reportId: a.reportId, term: '五转一新' }))!.sentence).toContain('五转一新');
  });
});
