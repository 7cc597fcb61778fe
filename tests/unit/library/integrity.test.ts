/**
 * The library's integrity (issue 15): a record's content comes from its own host only, is replaced
 * only by a newer version of the same document at the same address, at most once a minute; copies
 * from elsewhere are kept apart and marked.
 */
import { describe, expect, it } from 'vitest';
import { freshDb, reportFrom, seedText } from './helpers.ts';
import { deleteReports, restoreReports, saveReport, saveReports } from '../../../lib/library/save.ts';
import { LIMITS } from '../../../lib/limits.ts';

const OFFICIAL = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const FORGERY = 'http://www.liulin-gov.gov.cn/2020/report.html';
const text = seedText('000_d3a6bbabf76df186');
const forged = text.replace('地区生产总值完成', '地区生产总值完成9').replace(/地区生产总值增长\d+(\.\d+)?%/g, '地区生产总值增长19%');

const gdpOf = async (db: ReturnType<typeof freshDb>, reportId: number) =>
  (await db.figures.where('reportId').equals(reportId).toArray()).filter((f) => f.indicator === 'gdp').map((f) => `${f.kind} ${f.value}`);

describe('a copy on another host', () => {
  it('with the same region, year and meeting and forged figures is a separate copy; its later changes never reach the official record', async () => {
    const db = freshDb();
    const official = await saveReport(db, reportFrom(text, OFFICIAL), { now: 0 });
    const before = { gdp: await gdpOf(db, official.reportId), text: (await db.texts.get(official.reportId))!.text };
    const copy = await saveReport(db, reportFrom(forged, FORGERY), { now: 1000 });
    expect(copy).toMatchObject({ status: 'created', mirrorOf: official.reportId });
    expect(copy.reportId).not.toBe(official.reportId);
    // The copy changes (one character appended, a reload), long after: only the copy's own record follows.
    const later = 1000 + 2 * LIMITS.minRewriteIntervalMs;
    const changed = await saveReport(db, reportFrom(`${forged}。`, FORGERY), { now: later });
    expect(changed).toEqual({ reportId: copy.reportId, status: 'updated', mirrorOf: official.reportId });
    expect(await gdpOf(db, official.reportId)).toEqual(before.gdp);
    expect((await db.texts.get(official.reportId))!.text).toBe(before.text);
    expect((await db.reports.get(official.reportId))!.urls).toEqual([OFFICIAL]);
    expect(await gdpOf(db, copy.reportId)).not.toEqual(before.gdp);
  });

  it('a non-government copy met first gives way: the official one becomes the original, the other and its copies point at it', async () => {
    const db = freshDb();
    const reprint = await saveReport(db, reportFrom(text, 'https://news.example.com/liulin.html'));
    const another = await saveReport(db, reportFrom(text, 'https://mirror.example.org/liulin.html'));
    expect(another.mirrorOf).toBe(reprint.reportId);
    const official = await saveReport(db, reportFrom(text, OFFICIAL));
    expect(official).toMatchObject({ status: 'created', mirrorOf: null });
    const byId = new Map((await db.reports.toArray()).map((r) => [r.id, r]));
    expect(byId.get(reprint.reportId)!.mirrorOf).toBe(official.reportId);
    expect(byId.get(another.reportId)!.mirrorOf).toBe(official.reportId);
  });

  it('deleting an original makes its oldest copy the original; undo puts every relation back', async () => {
    const db = freshDb();
    const official = await saveReport(db, reportFrom(text, OFFICIAL), { now: 1 });
    const first = await saveReport(db, reportFrom(text, 'http://www.a.gov.cn/r.html'), { now: 2 });
    const second = await saveReport(db, reportFrom(text, 'http://www.b.gov.cn/r.html'), { now: 3 });
    const snapshots = await deleteReports(db, [official.reportId]);
    expect((await db.reports.get(first.reportId))!.mirrorOf).toBeNull();
    expect((await db.reports.get(second.reportId))!.mirrorOf).toBe(first.reportId);
    await restoreReports(db, snapshots);
    expect((await db.reports.get(first.reportId))!.mirrorOf).toBe(official.reportId);
    expect((await db.reports.get(second.reportId))!.mirrorOf).toBe(official.reportId);
  });
});

describe('a changing page', () => {
  it('rewrites its record at most once per LIMITS.minRewriteIntervalMs; the user’s own Save is not held back', async () => {
    const db = freshDb();
    const first = await saveReport(db, reportFrom(text, OFFICIAL), { now: 0 });
    const statuses: string[] = [];
    // An article changing every 700 ms for half a minute.
    for (let i = 1; i <= 43; i++)
      statuses.push((await saveReport(db, reportFrom(`${text}${'。'.repeat(i)}`, OFFICIAL), { now: i * 700 })).status);
    expect(new Set(statuses)).toEqual(new Set(['deferred']));
    expect((await db.reports.get(first.reportId))!.updatedAt).toBe(0);
    const later = await saveReport(db, reportFrom(`${text}。。`, OFFICIAL), { now: LIMITS.minRewriteIntervalMs });
    expect(later.status).toBe('updated');
    const soonAfter = await saveReport(db, reportFrom(`${text}。。。`, OFFICIAL), { now: LIMITS.minRewriteIntervalMs + 10 });
    expect(soonAfter.status).toBe('deferred');
    const asked = await saveReport(db, reportFrom(`${text}。。。`, OFFICIAL), { now: LIMITS.minRewriteIntervalMs + 20, force: true });
    expect(asked.status).toBe('updated');
  });

  it('some pages of a split report never replace the fuller stored copy', async () => {
    const db = freshDb();
    const full = await saveReport(db, reportFrom(text, OFFICIAL), { now: 0 });
    const half = text.slice(0, Math.floor(text.length / 2));
    const outcome = await saveReport(db, reportFrom(half, OFFICIAL), { now: 10 * LIMITS.minRewriteIntervalMs, partial: true });
    expect(outcome).toEqual({ reportId: full.reportId, status: 'partial', mirrorOf: null });
    expect((await db.texts.get(full.reportId))!.text).toBe(reportFrom(text, OFFICIAL).text);
  });

  it('an import replaces a record only with a copy changed later than the stored one', async () => {
    const db = freshDb();
    const stored = await saveReport(db, reportFrom(text, OFFICIAL), { now: 5000 });
    const older = { ...reportFrom(`${text}旧`, OFFICIAL), times: { savedAt: 1000, updatedAt: 1000, seenAt: 1000 } };
    const newer = { ...reportFrom(`${text}新`, OFFICIAL), times: { savedAt: 1000, updatedAt: 9000, seenAt: 9000 } };
    expect((await saveReports(db, [older]))[0]!.status).not.toBe('updated');
    expect((await db.texts.get(stored.reportId))!.text.endsWith('旧')).toBe(false);
    expect((await saveReports(db, [newer]))[0]!.status).toBe('updated');
    expect((await db.texts.get(stored.reportId))!.text.endsWith('新')).toBe(true);
  });
});
