/**
 * Save all, on a fake network and a fake clock: links read in order, one request at a time with
 * the pause between, split reports joined, every failure with its reason, progress after every
 * step, cancel keeping what was saved, and a second run saving nothing twice.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHarvest, type HarvestProgress, type ReportLink } from '../../../lib/harvest/index.ts';
import { encodeGbk } from '../../../scripts/demo-site/gbk.ts';
import { environment, fakeClock, fakeWeb, memoryLibrary, type FakeResource } from './fakes.ts';

const FICTIONAL = resolve(import.meta.dirname, '../../fixtures/fictional');
const lines = (name: string) =>
  readFileSync(`${FICTIONAL}/${name}.txt`, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
const label = (name: string) => JSON.parse(readFileSync(`${FICTIONAL}/${name}.json`, 'utf8')) as { targets: unknown[]; actuals: unknown[] };
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const page = (title: string, body: string[], after = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div id="zoom">${body.map((l) => `<p>${escapeText(l)}</p>`).join('\n')}</div>${after}</body></html>`;

const SITE = 'http://www.qinglan.gov.cn/zwgk/zfgzbg';
const U = {
  r2022: `${SITE}/202201/t20220125_45318.shtml`,
  r2021: `${SITE}/202101/t20210126_41021.shtml`,
  r2021b: `${SITE}/202101/t20210126_41021_1.shtml`,
  dead: `${SITE}/202001/t20200116_36610.shtml`,
  down: `${SITE}/201901/t20190124_30215.shtml`,
  news: `${SITE}/202201/t20220118_45290.shtml`,
  huge: `${SITE}/201801/t20180120_20001.shtml`,
  broken: `${SITE}/201701/t20170120_10001.shtml`,
  moved: `${SITE}/201601/t20160120_9001.shtml`,
};

function web(): Record<string, FakeResource> {
  const y2021 = lines('qinglan-2021');
  const cut = y2021.findIndex((l) => l.startsWith('全县经济社会发展的主要预期目标是'));
  const pager = (i: number) =>
    `<div id="pageNav"><a href="t20210126_41021.shtml">1</a><a href="t20210126_41021_1.shtml">2</a>${i === 0 ? '<a href="t20210126_41021_1.shtml">下一页</a>' : ''}</div>`;
  return {
    // GBK, declared only in the header.
    [U.r2022]: { body: encodeGbk(page('青岚县2022年政府工作报告', lines('qinglan-2022'))), contentType: 'text/html; charset=GBK' },
    [U.r2021]: { body: page('青岚县2021年政府工作报告', y2021.slice(0, cut), pager(0)) },
    [U.r2021b]: { body: page('青岚县2021年政府工作报告', y2021.slice(cut), pager(1)) },
    [U.dead]: { status: 404 },
    [U.down]: { networkError: true },
    [U.news]: {
      body: page('县十八届人大一次会议开幕', [
        '1月18日上午，青岚县第十八届人民代表大会第一次会议隆重开幕。',
        '代县长秦向东作政府工作报告。',
      ]),
    },
    [U.broken]: { body: new Uint8Array([0x3c, 0x70, 0x3e, 0x81, 0x20, 0x81, 0x20]), contentType: 'text/html' },
    [U.moved]: { body: page('登录', ['请登录']), redirectTo: 'http://passport.example.com/login' },
  };
}

const link = (url: string, title: string, year: number | null = null): ReportLink => ({
  url,
  title,
  year,
  fileKind: 'html',
  lookAlike: null,
});
const LINKS = [
  link(U.r2022, '青岚县2022年政府工作报告', 2022),
  link(U.r2021, '青岚县2021年政府工作报告', 2021),
  link(U.dead, '青岚县2020年政府工作报告', 2020),
  link(U.down, '青岚县2019年政府工作报告', 2019),
  link(U.news, '县十八届人大一次会议开幕 秦向东作政府工作报告'),
  link(U.broken, '青岚县2017年政府工作报告', 2017),
  link(U.moved, '青岚县2016年政府工作报告', 2016),
];

function setUp({ resources = web(), pauseMs = 1000 }: { resources?: Record<string, FakeResource>; pauseMs?: number } = {}) {
  const clock = fakeClock();
  const net = fakeWeb(resources, clock);
  return { clock, net, env: environment({ fetch: net.fetch, clock, pauseMs }), library: memoryLibrary(), resources };
}

describe('runHarvest', () => {
  it('reads the links in order, one request at a time with the pause between, and says why each failure failed', async () => {
    const { clock, net, env, library } = setUp();
    const start = clock.now();
    const snapshots: HarvestProgress[] = [];
    const done = await runHarvest({ links: LINKS, env, library, onProgress: (p) => snapshots.push(p) });

    expect(net.requests.map((r) => r.url)).toEqual([U.r2022, U.r2021, U.r2021b, U.dead, U.down, U.news, U.broken, U.moved]);
    expect(net.requests.map((r) => r.at - start)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000]);
    expect(done.results.map((r) => r.outcome)).toEqual([
      { status: 'saved' },
      { status: 'saved' },
      { status: 'failed', failure: { reason: 'http', status: 404 } },
      { status: 'failed', failure: { reason: 'network', message: 'Failed to fetch' } },
      { status: 'not-report', kind: 'news', reasons: [expect.objectContaining({ code: expect.any(String) })] },
      { status: 'failed', failure: { reason: 'encoding', message: expect.stringContaining('neither UTF-8 nor GB18030') } },
      { status: 'failed', failure: { reason: 'off-site', url: 'http://passport.example.com/login' } },
    ]);
    expect(done).toMatchObject({
      total: 7,
      done: 7,
      counts: { saved: 2, already: 0, notReport: 1, failed: 4 },
      current: null,
      finished: true,
      cancelled: false,
    });

    // Progress: a snapshot before anything, one naming each link as it starts, one at the end.
    expect(snapshots[0]).toMatchObject({ total: 7, done: 0, current: null, finished: false });
    expect(snapshots.filter((s) => s.current).map((s) => s.current!.title)).toEqual(LINKS.map((l) => l.title));
    expect(snapshots.find((s) => s.current?.url === U.dead)!.counts).toEqual({ saved: 2, already: 0, notReport: 0, failed: 0 });
    expect(snapshots.at(-1)).toEqual(done);
  });

  it('joins a split report as when browsing and saves it under its first page, with the time it was fetched', async () => {
    const { clock, env, library } = setUp();
    const start = clock.now();
    await runHarvest({ links: LINKS.slice(0, 2), env, library });
    const [y2022, y2021] = library.reports;
    expect(y2022!).toMatchObject({
      url: U.r2022,
      fileKind: 'html',
      pages: [U.r2022],
      fetchedAt: start,
      pageTitle: '青岚县2022年政府工作报告',
    });
    expect(y2022!.parsed.report).toMatchObject({ region: { name: '青岚县', level: 'county' }, planYear: 2022 });
    expect(y2021!).toMatchObject({ url: U.r2021, pages: [U.r2021, U.r2021b], fetchedAt: start + 2000 });
    // The targets are on page 2 and the title block on page 1: only the joined text has both.
    expect(y2021!.parsed.report).toMatchObject({ region: { name: '青岚县' }, planYear: 2021 });
    expect(y2021!.parsed.report.targets.length).toBe(label('qinglan-2021').targets.length);
    expect(y2021!.parsed.report.actuals.length).toBe(label('qinglan-2021').actuals.length);
  });

  it('saves nothing twice: a second run finds the reports in the library without fetching them', async () => {
    const { net, env, library } = setUp();
    await runHarvest({ links: LINKS, env, library });
    const first = net.requests.length;
    const again = await runHarvest({ links: LINKS, env, library });
    expect(again.counts).toEqual({ saved: 0, already: 2, notReport: 1, failed: 4 });
    expect(library.reports).toHaveLength(2);
    expect(net.requests.slice(first).map((r) => r.url)).not.toContain(U.r2022);
    expect(net.requests.slice(first).map((r) => r.url)).not.toContain(U.r2021);
  });

  it('counts a report the library already holds under another address as already there', async () => {
    const { env, library } = setUp();
    const resources = web();
    const mirror = `${SITE}/zfxxgk/202201/t20220125_45400.shtml`;
    const { env: env2 } = setUp({ resources: { ...resources, [mirror]: resources[U.r2022]! } });
    await runHarvest({ links: [LINKS[0]!], env, library });
    const run = await runHarvest({ links: [link(mirror, '青岚县2022年政府工作报告')], env: env2, library });
    expect(run.results[0]!.outcome).toEqual({ status: 'already' });
    expect(library.reports).toHaveLength(1);
  });

  it('on cancel, finishes the link being read, keeps it saved, and reads no further', async () => {
    const controller = new AbortController();
    const resources = web();
    // The user presses Cancel while the split report's first page is loading.
    resources[U.r2021]!.onRequest = () => controller.abort();
    const { net, env, library } = setUp({ resources });
    const done = await runHarvest({ links: LINKS, env, library, signal: controller.signal });
    expect(net.requests.map((r) => r.url)).toEqual([U.r2022, U.r2021, U.r2021b]);
    expect(library.reports.map((r) => r.url)).toEqual([U.r2022, U.r2021]);
    expect(done.results.map((r) => r.outcome.status)).toEqual(['saved', 'saved', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(done).toMatchObject({ done: 2, cancelled: true, finished: true, counts: { saved: 2, already: 0, notReport: 0, failed: 0 } });
  });

  it('waits the pause the user set, and refuses a page larger than the limit before reading it', async () => {
    const resources = web();
    const body = new Uint8Array(16);
    const huge: FakeResource = { body, contentType: 'text/html' };
    const { clock, net, env, library } = setUp({ resources: { ...resources, [U.huge]: huge }, pauseMs: 250 });
    const fetchWithLength: typeof fetch = async (input, init) => {
      const response = await net.fetch(input, init);
      if (String(input) !== U.huge) return response;
      const sized = new Response(body, { headers: { 'content-type': 'text/html', 'content-length': '99000000' } });
      Object.defineProperty(sized, 'url', { value: U.huge });
      return sized;
    };
    const done = await runHarvest({
      links: [LINKS[2]!, link(U.huge, '2018年政府工作报告'), LINKS[4]!],
      env: { ...env, fetch: fetchWithLength },
      library,
    });
    expect(clock.sleeps).toEqual([250, 250]);
    expect(done.results[1]!.outcome).toEqual({ status: 'failed', failure: { reason: 'too-large', bytes: 99_000_000, limit: 60_000_000 } });
  });
});
