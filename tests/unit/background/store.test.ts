/** storage.session entries have owners and go with them: tab states, kept texts, split-article page sets. */
import { describe, expect, it } from 'vitest';
import { PageSets } from '../../../lib/background/split-pages.ts';
import { TabStore } from '../../../lib/background/tab-store.ts';
import { RateLimiter } from '../../../lib/background/rate-limit.ts';
import { LIMITS } from '../../../lib/limits.ts';
import { tabStateKey, type TabState } from '../../../lib/messages.ts';
import { FakeSession } from './fakes.ts';

const BASE = 'http://www.liulin.gov.cn/zwgk/202004/t20200427_1234568.shtml';
const PAGE2 = BASE.replace('.shtml', '_1.shtml');

function setUp() {
  const session = new FakeSession();
  const clock = { now: 0 };
  const pageSets = new PageSets({ session, now: () => clock.now });
  return { session, clock, pageSets, store: new TabStore({ session, pageSets }) };
}

const state = (tabId: number, padding = ''): TabState => ({
  tabId,
  url: BASE,
  status: 'report',
  detection: null,
  reportId: null,
  frameId: 0,
  unsaved: { report: { title: padding } as never, pageTitle: '' },
  saveError: null,
  notice: null,
  pages: null,
  textRange: null,
  userTerms: [],
});

describe('split articles', () => {
  it('pages read in two tabs are put together in order; the set goes when the article is complete, or when its last tab closes', async () => {
    const { pageSets, store, session } = setUp();
    const first = await pageSets.add({ tabId: 1, url: BASE, text: '第一页', pageLinks: [PAGE2] });
    expect(first).toEqual({ text: '第一页', url: BASE, pageStart: 0, pages: { known: 2, read: 1 }, grew: true });
    const second = await pageSets.add({ tabId: 2, url: PAGE2, text: '第二页', pageLinks: [BASE] });
    expect(second).toEqual({ text: '第一页\n第二页', url: BASE, pageStart: 4, pages: { known: 2, read: 2 }, grew: true });
    expect((await pageSets.add({ tabId: 2, url: PAGE2, text: '第二页', pageLinks: [BASE] })).grew).toBe(false);
    await store.forgetTab(1);
    expect(session.data.has(`pages:${BASE}`)).toBe(true);
    await store.forgetTab(2);
    expect(session.data.has(`pages:${BASE}`)).toBe(false);
    await pageSets.add({ tabId: 3, url: BASE, text: '第一页', pageLinks: [PAGE2] });
    await pageSets.complete(PAGE2);
    expect([...session.data.keys()].filter((k) => k.startsWith('pages:'))).toEqual([]);
  });

  it('a tab that moves to another article releases the first; pager links to other hosts or articles do not count', async () => {
    const { pageSets, session } = setUp();
    await pageSets.add({
      tabId: 1,
      url: BASE,
      text: '甲',
      pageLinks: [PAGE2, 'http://www.hostile.gov.cn/x_1.shtml', BASE.replace('1234568', '9999999_2')],
    });
    expect((await pageSets.add({ tabId: 1, url: BASE, text: '甲', pageLinks: [PAGE2] })).pages).toEqual({ known: 2, read: 1 });
    await pageSets.add({ tabId: 1, url: 'http://www.liulin.gov.cn/other.shtml', text: '乙', pageLinks: [] });
    expect([...session.data.keys()].filter((k) => k.startsWith('pages:'))).toEqual([]);
  });

  it('all sets together stay within LIMITS.maxSessionPageChars: the least recently read go first', async () => {
    const { pageSets, session, clock } = setUp();
    const big = '字'.repeat(Math.floor(LIMITS.maxSessionPageChars / 3));
    for (let i = 0; i < 4; i++) {
      clock.now = i;
      await pageSets.add({
        tabId: 10 + i,
        url: `http://www.a.gov.cn/r${i}.shtml`,
        text: big,
        pageLinks: [`http://www.a.gov.cn/r${i}_1.shtml`],
      });
    }
    expect([...session.data.keys()].filter((k) => k.startsWith('pages:'))).toEqual(
      [1, 2, 3].map((i) => `pages:http://www.a.gov.cn/r${i}.shtml`),
    );
  });
});

describe('tab entries', () => {
  it('a closed tab’s state, kept text and flags go; a tab loading another page keeps its page sets', async () => {
    const { store, session, pageSets } = setUp();
    await store.writeState(state(1));
    await store.keepText(1, '正文');
    await store.setSaveNext(1);
    await store.setForced(1, 100);
    await pageSets.add({ tabId: 1, url: BASE, text: '第一页', pageLinks: [PAGE2] });
    await store.forgetPage(1);
    expect([...session.data.keys()].sort()).toEqual(['pageSetIndex', `pages:${BASE}`, 'textIndex']);
    await store.forgetTab(1);
    expect([...session.data.keys()].filter((k) => k !== 'pageSetIndex' && k !== 'textIndex')).toEqual([]);
  });

  it('a full store drops kept texts (Save re-reads the page) and page sets of other tabs to record a state', async () => {
    const { store, session } = setUp();
    await store.keepText(2, '字'.repeat(2000));
    session.quota = session.bytes() + 500;
    await store.writeState(state(1, 'x'.repeat(1500)));
    expect(session.data.has('text:2')).toBe(false);
    expect(session.data.has(tabStateKey(1))).toBe(true);
  });

  it('a text too long to keep is not kept (Save re-reads the page)', async () => {
    const { store, session } = setUp();
    expect(await store.keepText(1, 'x'.repeat(LIMITS.maxSessionTextChars + 1))).toBe(false);
    session.quota = 10;
    expect(await store.keepText(1, '正文')).toBe(false);
    expect(await store.readText(1)).toBeNull();
  });
});

describe('rate limiter', () => {
  it('spends within a sliding window and forgets a closed tab', () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter(() => clock.now);
    const take = (key: string, cost = 1) => limiter.take({ key, cost, limit: 3, windowMs: 1000 });
    expect([take('text:1'), take('text:1'), take('text:1'), take('text:1')]).toEqual([true, true, true, false]);
    expect(take('text:11')).toBe(true);
    clock.now = 999;
    expect(take('text:1')).toBe(false);
    clock.now = 1000;
    expect(take('text:1')).toBe(true);
    expect(take('chars:2', 4)).toBe(false);
    limiter.forgetTab(1);
    expect([take('text:1'), take('text:1')]).toEqual([true, true]);
  });
});
