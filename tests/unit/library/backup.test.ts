import { describe, expect, it } from 'vitest';
import { freshDb, reportFrom, seedText, dump } from './helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import { exportBackup } from '../../../lib/library/backup.ts';
import { importBackup } from '../../../lib/library/import.ts';
import { strings } from '../../../lib/i18n.ts';
import type { LibraryDb } from '../../../lib/library/db.ts';

async function backupText(db: LibraryDb): Promise<string> {
  let s = '';
  for await (const piece of exportBackup(db, new Date('2026-01-01T00:00:00Z'))) s += piece;
  return s;
}

async function filledDb(): Promise<LibraryDb> {
  const db = freshDb();
  await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.shtml'), { now: 1000 });
  await saveReport(db, reportFrom(seedText('004_8979b39d7a9cd2b1'), 'http://www.pingyao.gov.cn/b.html'), { now: 2000 });
  await db.userTerms.put({ term: '三基目标', definition: '柳林县提出的基层基础目标（示例）。', variants: [], updatedAt: 5 });
  return db;
}

describe('JSON backup', () => {
  it('holds every table with a format version, and restores into an empty library', async () => {
    const source = await filledDb();
    const json = await backupText(source);
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ format: 'reportlens-backup', version: 1, schemaVersion: 6 });
    expect(Object.keys(parsed.tables).sort()).toEqual([
      'documents',
      'figures',
      'reportGlossary',
      'reportTerms',
      'reports',
      'texts',
      'userTerms',
    ]);
    const target = freshDb();
    const result = await importBackup(target, json);
    expect(result).toEqual({ ok: true, counts: { created: 2, updated: 0, unchanged: 0, copies: 0, skipped: 0, userTerms: 1 } });
    const [a, b] = [await dump(source), await dump(target)];
    for (const table of ['reports', 'documents', 'texts', 'reportTerms', 'userTerms']) expect(b[table], table).toEqual(a[table]);
    expect(b.figures!.length).toBe(a.figures!.length);
  });

  it('importing the same backup twice creates no duplicates', async () => {
    const source = await filledDb();
    const json = await backupText(source);
    const result = await importBackup(source, json);
    expect(result).toMatchObject({ ok: true, counts: { created: 0, unchanged: 2 } });
    expect(await source.reports.count()).toBe(2);
  });

  const refusals: [string, (json: string) => string, RegExp][] = [
    ['malformed', () => '{"format": "reportlens-backup", ', /不是完整的 JSON/],
    ['truncated', (json) => json.slice(0, Math.floor(json.length / 2)), /不是完整的 JSON/],
    ['foreign', () => JSON.stringify({ bookmarks: [] }), /不是 ReportLens 的备份/],
    ['newer', (json) => json.replace('"version":1', '"version":7'), /更新版本/],
    ['a bad record', (json) => json.replace('"regionName":"柳林县"', '"regionName":12345'), /格式不对：tables\.reports\.0\.regionName/],
    [
      'a report without its text',
      (json) => {
        const data = JSON.parse(json);
        data.tables.texts = data.tables.texts.slice(1);
        return JSON.stringify(data);
      },
      /缺少正文/,
    ],
  ];
  for (const [what, mangle, message] of refusals) {
    it(`refuses ${what} files with a clear message and leaves the library exactly as it was`, async () => {
      const db = await filledDb();
      const json = await backupText(db);
      const other = freshDb();
      await saveReport(other, reportFrom(seedText('001_31018834cdd9c3ff'), 'http://www.lingchuan.gov.cn/c.html'));
      const before = await dump(other);
      const result = await importBackup(other, mangle(json));
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : strings('zh').importProblem(result.problem)).toMatch(message);
      expect(await dump(other)).toEqual(before);
    });
  }

  it('a newer user term definition wins on import, an older one does not', async () => {
    const db = await filledDb();
    const json = await backupText(db);
    await db.userTerms.put({ term: '三基目标', definition: '后来改过的解释。', variants: [], updatedAt: 10 });
    await importBackup(db, json);
    expect((await db.userTerms.get('三基目标'))!.definition).toBe('后来改过的解释。');
  });

  it('stores only web addresses: a report at a data:, file: or javascript: address is left out, other schemes dropped from its list', async () => {
    const db = await filledDb();
    const data = JSON.parse(await backupText(db));
    data.tables.reports[0].url = 'data:text/html,<script>alert(1)</script>';
    data.tables.reports[0].urls = [data.tables.reports[0].url];
    data.tables.reports[1].urls.push('file:///etc/passwd', 'chrome://settings', 'javascript:alert(1)');
    const target = freshDb();
    const result = await importBackup(target, JSON.stringify(data));
    expect(result).toMatchObject({ ok: true, counts: { created: 1, skipped: 1 } });
    const stored = await target.reports.toArray();
    expect(stored.flatMap((r) => [r.url, ...r.urls]).every((u) => u.startsWith('http://'))).toBe(true);
  });

  it('writes in chunks and says how far it got; a Cancel between chunks undoes the chunks written before it too', async () => {
    const source = freshDb();
    const text = seedText('000_d3a6bbabf76df186');
    for (let i = 0; i < 5; i++)
      await saveReport(source, reportFrom(`${text}\n第${i}份`, `http://www.site${i}.gov.cn/r.html`), { now: 1000 });
    await source.userTerms.put({ term: '三基目标', definition: '备份里的解释。', variants: [], updatedAt: 50 });
    const json = await backupText(source);
    const whole = freshDb();
    const progress: string[] = [];
    const done = await importBackup(whole, json, {
      chunkSize: 2,
      onProgress: (p) => void progress.push(`${p.phase} ${p.done}/${p.total}`),
    });
    expect(done).toMatchObject({ ok: true, counts: { created: 5 } });
    expect(progress).toEqual(['reading 0/0', 'saving 0/5', 'saving 2/5', 'saving 4/5', 'saving 5/5']);
    // A library with a report and a term of its own, one of the backup's reports, and an older definition.
    const cancelled = freshDb();
    await saveReport(cancelled, reportFrom(seedText('001_31018834cdd9c3ff'), 'http://www.lingchuan.gov.cn/c.html'), { now: 10 });
    await saveReport(cancelled, reportFrom(`${text}\n第0份`, 'http://www.site0.gov.cn/r.html'), { now: 10 });
    await cancelled.userTerms.put({ term: '三基目标', definition: '旧的解释。', variants: [], updatedAt: 5 });
    const before = await dump(cancelled);
    const controller = new AbortController();
    const seen: number[] = [];
    const result = await importBackup(cancelled, json, {
      chunkSize: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'saving') seen.push(p.done);
        if (p.done >= 4) controller.abort();
      },
    });
    expect(seen).toEqual([0, 2, 4]);
    expect(result).toMatchObject({ ok: false, problem: { code: 'cancelled', imported: 4, total: 5 } });
    expect(await dump(cancelled)).toEqual(before);
    expect(strings('en').importProblem(result.ok ? { code: 'foreign' } : result.problem)).toBe(
      'Import cancelled at report 4 of 5: everything it had written was undone; the library is as it was before.',
    );
  });

  it('a write that fails half-way undoes the chunks written before it', async () => {
    const source = freshDb();
    const text = seedText('000_d3a6bbabf76df186');
    for (let i = 0; i < 5; i++)
      await saveReport(source, reportFrom(`${text}\n第${i}份`, `http://www.site${i}.gov.cn/r.html`), { now: 1000 });
    const json = await backupText(source);
    const target = freshDb();
    const before = await dump(target);
    let created = 0;
    // The third chunk's write fails, as a full disk would make it.
    target.reports.hook('creating', () => {
      if (++created > 4) throw new Error('QuotaExceededError');
    });
    const result = await importBackup(target, json, { chunkSize: 2 });
    expect(result).toMatchObject({ ok: false, problem: { code: 'write-failed', imported: 4, total: 5 } });
    expect(created).toBe(5);
    expect(await dump(target)).toEqual(before);
  });
});
