// @vitest-environment happy-dom
/**
 * Save all in the "This page" view, with the real harvest and library (fake-indexeddb) on a fake
 * network and clock: the column's links (page 2 read through its pager), look-alikes unticked,
 * a run with its counts and reasons, the saved reports in the library with their fetch time, a
 * second run saving nothing, a cancel keeping what was saved; a PDF tab offers the reader.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { freshDb } from '../library/helpers.ts';
import { fakeActions, renderPanel, reportTab } from './render.tsx';
import { HarvestController } from '../../../lib/harvest/controller.ts';
import { harvestLibrary } from '../../../lib/harvest/library.ts';
import type { ColumnPage } from '../../../lib/harvest/column-page.ts';
import type { ReportLink } from '../../../lib/harvest/types.ts';
import type { LibraryDb } from '../../../lib/library/db.ts';
import { environment, fakeClock, fakeWeb, type FakeResource } from '../harvest/fakes.ts';

afterEach(cleanup);

const FICTIONAL = resolve(import.meta.dirname, '../../fixtures/fictional');
const lines = (name: string) =>
  readFileSync(`${FICTIONAL}/${name}.txt`, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const page = (title: string, body: string[], after = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div id="zoom">${body.map((l) => `<p>${escapeText(l)}</p>`).join('\n')}</div>${after}</body></html>`;

const SITE = 'http://www.qinglan.gov.cn/zwgk/zfgzbg';
const COLUMN = `${SITE}/index.html`;
const U = {
  second: `${SITE}/index_1.html`,
  r2022: `${SITE}/202201/t20220125_45318.html`,
  r2021: `${SITE}/202101/t20210126_41021.html`,
  news: `${SITE}/202201/t20220118_45290.html`,
  dead: `${SITE}/202001/t20200116_36610.html`,
};
const link = (url: string, title: string, year: number | null, lookAlike: ReportLink['lookAlike'] = null): ReportLink => ({
  url,
  title,
  year,
  fileKind: 'html',
  lookAlike,
});

function web(): Record<string, FakeResource> {
  return {
    [U.second]: { body: `<html><body><ul><li><a href="202001/t20200116_36610.html">青岚县2020年政府工作报告</a></li></ul></body></html>` },
    [U.r2022]: { body: page('青岚县2022年政府工作报告', lines('qinglan-2022')) },
    [U.r2021]: { body: page('青岚县2021年政府工作报告', lines('qinglan-2021')) },
    [U.news]: {
      body: page('县十八届人大一次会议开幕', ['青岚县第十八届人民代表大会第一次会议隆重开幕。', '代县长秦向东作政府工作报告。']),
    },
    [U.dead]: { status: 404 },
  };
}

const FIRST: ColumnPage = {
  url: COLUMN,
  links: [
    link(U.r2022, '青岚县2022年政府工作报告', 2022),
    link(U.news, '县十八届人大一次会议开幕 秦向东作政府工作报告', 2022, 'news'),
    link(U.r2021, '青岚县2021年政府工作报告', 2021),
  ],
  next: U.second,
};

const listTab = () =>
  reportTab({
    tabId: 4,
    url: COLUMN,
    status: 'not-report',
    detection: { isReport: false, kind: 'list', confidence: 0.1, reasons: [{ code: 'list-page', count: 3 }] },
  });

function setUp({ db = freshDb(), resources = web() }: { db?: LibraryDb; resources?: Record<string, FakeResource> } = {}) {
  const clock = fakeClock();
  const net = fakeWeb(resources, clock);
  const asked: number[] = [];
  const harvest = new HarvestController({
    readTab: async (tabId) => {
      asked.push(tabId);
      return FIRST;
    },
    environment: (pauseMs) => environment({ fetch: net.fetch, clock, pauseMs }),
    library: () => harvestLibrary(db),
  });
  const actions = { ...fakeActions(db), harvest };
  return { db, clock, net, asked, harvest, actions };
}

/** Resolves when the controller's run is over (no deadline of its own: the test runner's bounds a hang). */
function runEnds(harvest: HarvestController): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (harvest.state.run?.progress.finished) {
        stop();
        resolve();
      }
    };
    const stop = harvest.subscribe(check);
    check();
  });
}

/** Resolves when the column's links are all read. */
function listed(harvest: HarvestController): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (harvest.state.discovery?.status === 'done') {
        stop();
        resolve();
      }
    };
    const stop = harvest.subscribe(check);
    check();
  });
}

const countOf = (key: string) => screen.getByTestId(`count-${key}`).querySelector('strong')!.textContent;

describe('Save all', () => {
  it('lists the column’s reports over its pages, runs, and explains every link; a second run saves nothing', async () => {
    const { db, net, asked, actions, clock, harvest } = setUp();
    renderPanel({ db, tab: listTab(), actions });
    await listed(harvest);
    const view = await screen.findByTestId('harvest');
    await waitFor(() => expect(within(view).getAllByTestId('harvest-link')).toHaveLength(4));
    expect(asked).toEqual([4]);
    expect(net.requests.map((r) => r.url)).toEqual([U.second]);
    expect(view.querySelector('h3')!.textContent).toBe('本栏目的报告（4）');
    expect(view.textContent).toContain('已读取栏目的 2 页');
    // News of the session is marked and left unticked.
    const boxes = within(view).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false, true, true]);
    expect(within(view).getAllByTestId('harvest-link')[1]!.textContent).toContain('可能是新闻');
    // Ticking it back in: four links chosen.
    fireEvent.click(boxes[1]!);
    const saveAll = within(view).getByRole('button', { name: '全部保存（4）' });
    fireEvent.click(saveAll);
    await runEnds(harvest);
    await waitFor(() => expect(screen.getByTestId('harvest-finished').textContent).toBe('已处理全部 4 个链接。'));
    expect([countOf('saved'), countOf('already'), countOf('notReport'), countOf('failed')]).toEqual(['2', '0', '1', '1']);
    const results = screen.getAllByTestId('harvest-result');
    expect(results.map((r) => r.getAttribute('data-status'))).toEqual(['saved', 'not-report', 'saved', 'failed']);
    expect(results[1]!.textContent).toContain('不是政府工作报告（关于会议或报告的新闻）');
    expect(results[3]!.textContent).toContain('网站返回 HTTP 404（页面不存在）');
    // One request at a time with the pause between (the column's page 2, then the four links).
    const times = net.requests.map((r) => r.at);
    expect(times.slice(1).every((t, i) => t - times[i]! >= 1000)).toBe(true);
    // In the library, with their address, kind and fetch time.
    const records = await db.reports.orderBy('id').toArray();
    expect(records.map((r) => [r.url, r.fileKind, r.planYear])).toEqual([
      [U.r2022, 'html', 2022],
      [U.r2021, 'html', 2021],
    ]);
    expect(records.every((r) => r.fetchedAt !== undefined && r.fetchedAt <= clock.now() && r.savedAt === r.fetchedAt)).toBe(true);

    // Back to the list: the saved ones are marked; running again saves nothing twice and fetches none of them.
    fireEvent.click(screen.getByRole('button', { name: '返回链接列表' }));
    await waitFor(() => expect(view.querySelectorAll('.badge.in-library')).toHaveLength(2));
    const before = net.requests.length;
    fireEvent.click(within(view).getByRole('button', { name: '全部保存（3）' }));
    expect(harvest.state.run?.progress.finished).toBe(false);
    await runEnds(harvest);
    await waitFor(() => expect(screen.getByTestId('harvest-finished')).toBeTruthy());
    expect([countOf('saved'), countOf('already'), countOf('notReport'), countOf('failed')]).toEqual(['0', '2', '0', '1']);
    expect(net.requests.slice(before).map((r) => r.url)).toEqual([U.dead]);
    expect(await db.reports.count()).toBe(2);
  });

  it('cancel stops after the link being read and keeps what was saved', async () => {
    const resources = web();
    let harvest: HarvestController | null = null;
    // The user cancels while the 2021 report is being fetched.
    resources[U.r2021] = { ...resources[U.r2021]!, onRequest: () => harvest?.cancel() };
    const s = setUp({ resources });
    harvest = s.harvest;
    renderPanel({ db: s.db, tab: listTab(), actions: s.actions });
    await listed(s.harvest);
    const view = await screen.findByTestId('harvest');
    await waitFor(() => expect(within(view).getAllByTestId('harvest-link')).toHaveLength(4));
    fireEvent.click(within(view).getByRole('button', { name: '全部保存（3）' }));
    await runEnds(s.harvest);
    await waitFor(() => expect(screen.getByTestId('harvest-finished').textContent).toContain('已取消：1 个链接没有读取'));
    expect(screen.getAllByTestId('harvest-result').map((r) => r.getAttribute('data-status'))).toEqual(['saved', 'saved', 'skipped']);
    expect(s.net.requests.map((r) => r.url)).not.toContain(U.dead);
    expect((await s.db.reports.toArray()).map((r) => r.url).sort()).toEqual([U.r2021, U.r2022].sort());
  });

  it('the pause between requests is a setting', async () => {
    const s = setUp();
    const { actions } = renderPanel({ db: s.db, tab: listTab(), actions: s.actions, settings: { harvestPauseMs: 2500 } });
    const input = (await screen.findByLabelText(/请求间隔/)) as HTMLInputElement;
    expect(input.value).toBe('2.5');
    fireEvent.change(input, { target: { value: '3' } });
    expect(actions.setSettings).toHaveBeenCalledWith({ harvestPauseMs: 3000 });
    // Below the polite minimum: brought back to it.
    fireEvent.change(input, { target: { value: '0' } });
    expect(actions.setSettings).toHaveBeenLastCalledWith({ harvestPauseMs: 500 });
  });

  it('a page that links no report shows nothing; a tab showing a PDF offers the reader', async () => {
    const db = freshDb();
    const quiet = new HarvestController({
      readTab: async (): Promise<ColumnPage> => ({ url: U.r2022, links: [], next: null }),
      environment: () => {
        throw new Error('no requests expected');
      },
      library: () => harvestLibrary(db),
    });
    renderPanel({ db, tab: reportTab({ url: U.r2022 }), actions: { ...fakeActions(db), harvest: quiet } });
    await waitFor(() => expect(quiet.state.discovery?.status).toBe('done'));
    expect(screen.queryByTestId('harvest')).toBeNull();
    cleanup();

    const actions = fakeActions(db);
    const pdf = 'http://www.qinglan.gov.cn/zwgk/P020220712.pdf';
    actions.tabFile.mockResolvedValue({ url: pdf, kind: 'pdf' });
    renderPanel({ db, tab: null, actions });
    const offer = await screen.findByTestId('file-tab');
    expect(offer.textContent).toContain('本标签页显示的是一个 PDF 文件');
    fireEvent.click(within(offer).getByRole('button', { name: '在 ReportLens 阅读器中打开' }));
    expect(actions.openReader).toHaveBeenCalledWith(pdf);
  });

  it('a PDF or Word link in the list opens in the reader', async () => {
    const db = freshDb();
    const file = 'http://www.qinglan.gov.cn/zwgk/P020220712.pdf';
    const withFile = new HarvestController({
      readTab: async (): Promise<ColumnPage> => ({
        url: U.r2022,
        links: [{ url: file, title: '2022年政府工作报告', year: 2022, fileKind: 'pdf', lookAlike: null }],
        next: null,
      }),
      environment: vi.fn(),
      library: () => harvestLibrary(db),
    });
    const actions = { ...fakeActions(db), harvest: withFile };
    renderPanel({ db, tab: reportTab({ url: U.r2022, status: 'not-report' }), actions });
    const view = await screen.findByTestId('harvest');
    expect(view.querySelector('h3')!.textContent).toBe('本页链接的报告（1）');
    fireEvent.click(within(view).getByRole('button', { name: '阅读' }));
    expect(actions.openReader).toHaveBeenCalledWith(file);
  });
});
