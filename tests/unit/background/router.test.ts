/**
 * The background's message handling with fake browser APIs: who may ask what, what a page is told,
 * the per-tab budgets, saving and the tab's state.
 */
import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../lib/background/router.ts';
import { PENDING_TERM_KEY, tabStateKey, type PageTextReply, type TabState } from '../../../lib/messages.ts';
import { LIMITS } from '../../../lib/limits.ts';
import { seedText } from '../library/helpers.ts';
import { fakeBackground, pageSender, panelSender } from './fakes.ts';

const LIULIN = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const TEXT = seedText('000_d3a6bbabf76df186');
const pageText = (extra: Record<string, unknown> = {}) => ({
  type: 'page/text',
  title: '2020年柳林县政府工作报告',
  text: TEXT,
  reportLinks: 0,
  pageLinks: [],
  ...extra,
});

function setUp() {
  const fakes = fakeBackground();
  const handle = createMessageHandler(fakes.deps);
  // The reply comes before the report is saved and the tab's state recorded: tests look after both.
  const send = (message: unknown, sender: Parameters<typeof handle>[1]) =>
    handle(message, sender)?.then(async (reply) => {
      await fakes.deps.work.allSettled();
      return reply;
    });
  const state = async (tabId: number) => (await fakes.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState | undefined;
  return { ...fakes, send, state };
}

describe('what a page may say', () => {
  it('the URL and tab come from the sender: a URL in the message is ignored', async () => {
    const { send, state, deps } = setUp();
    const reply = (await send(pageText({ url: 'http://www.victim.gov.cn/forged.html' }), pageSender(3, LIULIN))) as PageTextReply;
    expect(reply.ok && reply.analysis.detection.isReport).toBe(true);
    const s = (await state(3))!;
    expect(s).toMatchObject({ tabId: 3, url: LIULIN, status: 'report' });
    const records = await deps.db.reports.toArray();
    expect(records.map((r) => r.url)).toEqual([LIULIN]);
  });

  it('a frame that is not a web page (about:blank, javascript:, file:) is not analysed', async () => {
    const { send, deps } = setUp();
    for (const url of ['about:blank', 'javascript:void(0)', 'file:///home/report.html']) {
      expect(await send(pageText(), pageSender(3, url))).toEqual({ ok: false, refused: 'not-web' });
    }
    expect(await deps.db.reports.count()).toBe(0);
  });

  it('the side panel’s requests are refused from a content script, whatever tab they name', async () => {
    const { send, sent, deps } = setUp();
    await send(pageText(), pageSender(3, LIULIN));
    for (const message of [
      { type: 'page/jump', tabId: 3, start: 0, end: 5 },
      { type: 'report/save', tabId: 3 },
      { type: 'page/analyze', tabId: 4 },
    ]) {
      expect(send(message, pageSender(9, 'http://www.hostile.gov.cn/'))).toBeUndefined();
    }
    expect(sent).toEqual([]);
    // From the panel they are answered.
    deps.tabs.sendMessage = async () => ({ found: true });
    expect(await send({ type: 'page/jump', tabId: 3, start: 10, end: 20 }, panelSender())).toEqual({ found: true });
  });

  it('messages from another extension, or without a sender URL, are ignored', async () => {
    const { send } = setUp();
    expect(send(pageText(), { id: 'someone-else', url: LIULIN, tab: { id: 3 } })).toBeUndefined();
    expect(send(pageText(), { id: 'reportlens-test', tab: { id: 3 } })).toBeUndefined();
  });

  it('the reply carries no user definition; the page may ask for one of its own terms, within a budget', async () => {
    const { send, deps } = setUp();
    await deps.db.userTerms.bulkPut([
      { term: '五转一新', definition: 'SECRET 我的解释', variants: ['五转'], updatedAt: 1 },
      { term: '不在本页', definition: 'SECRET 2', variants: [], updatedAt: 1 },
    ]);
    const reply = (await send(pageText(), pageSender(3, LIULIN))) as Extract<PageTextReply, { ok: true }>;
    expect(JSON.stringify(reply)).not.toContain('SECRET');
    const own = reply.analysis.userTerms.map((u) => reply.analysis.terms[u.term]!.term);
    expect(own).toEqual(['五转一新']);
    expect(await send({ type: 'term/definition', term: '不在本页' }, pageSender(3, LIULIN))).toEqual({ definition: null });
    expect(await send({ type: 'term/definition', term: '五转一新' }, pageSender(4, LIULIN))).toEqual({ definition: null });
    expect(await send({ type: 'term/definition', term: '五转一新' }, pageSender(3, LIULIN))).toEqual({ definition: 'SECRET 我的解释' });
    for (let i = 1; i < LIMITS.definitionLookupsPerTabPerMinute; i++)
      await send({ type: 'term/definition', term: '五转一新' }, pageSender(3, LIULIN));
    expect(await send({ type: 'term/definition', term: '五转一新' }, pageSender(3, LIULIN))).toEqual({ definition: null });
  });

  it('“explain this term” opens the panel on the sender’s tab and hands it the term', async () => {
    const { send, deps, session } = setUp();
    expect(await send({ type: 'term/explain', term: '五转一新' }, pageSender(3, LIULIN))).toEqual({ ok: true });
    expect(deps.ui.openPanel).toHaveBeenCalledWith(3);
    expect(session.data.get(PENDING_TERM_KEY)).toBe('五转一新');
  });
});

describe('budgets per tab', () => {
  it('texts per minute, in number and in characters; another tab has its own budget; a minute later it is renewed', async () => {
    const { send, clock } = setUp();
    const short = pageText({ text: '关于开展春季植树活动的通知' });
    const replies = [];
    for (let i = 0; i <= LIMITS.textsPerTabPerMinute; i++) replies.push(await send(short, pageSender(3, LIULIN)));
    expect(replies.at(-1)).toEqual({ ok: false, refused: 'rate-limited' });
    expect(replies.filter((r) => (r as PageTextReply).ok)).toHaveLength(LIMITS.textsPerTabPerMinute);
    expect(await send(short, pageSender(4, LIULIN))).toMatchObject({ ok: true });
    clock.now += LIMITS.rateWindowMs;
    expect(await send(short, pageSender(3, LIULIN))).toMatchObject({ ok: true });
    const big = pageText({ text: '政'.repeat(LIMITS.textCharsPerTabPerMinute / 2 + 1) });
    expect(await send(big, pageSender(5, LIULIN))).toMatchObject({ ok: true });
    expect(await send(big, pageSender(5, LIULIN))).toEqual({ ok: false, refused: 'rate-limited' });
  });

  it('saves per minute: past the budget a report is kept for the Save button, with a notice', async () => {
    const { send, state, deps } = setUp();
    for (let i = 0; i < LIMITS.savesPerTabPerMinute; i++) {
      await send(pageText({ text: TEXT.replace('柳林县', `柳林${i}县`) }), pageSender(3, `http://www.liulin.gov.cn/r${i}.html`));
    }
    expect(await deps.db.reports.count()).toBe(LIMITS.savesPerTabPerMinute);
    await send(pageText(), pageSender(3, 'http://www.liulin.gov.cn/one-more.html'));
    expect(await deps.db.reports.count()).toBe(LIMITS.savesPerTabPerMinute);
    expect(await state(3)).toMatchObject({ reportId: null, notice: 'rate-limited', unsaved: { pageTitle: '2020年柳林县政府工作报告' } });
  });
});

describe('settings on every path', () => {
  it('a site turned off is not analysed, unless the panel asked for the tab', async () => {
    const fakes = setUp();
    fakes.settings.disabledSites = ['www.liulin.gov.cn'];
    expect(await fakes.send(pageText(), pageSender(3, LIULIN))).toEqual({ ok: false, refused: 'site-off' });
    fakes.tabs.reply = () => ({ state: 'report' });
    expect(await fakes.send({ type: 'page/analyze', tabId: 3 }, panelSender())).toEqual({ ok: true });
    expect(await fakes.send(pageText(), pageSender(3, LIULIN))).toMatchObject({ ok: true });
    fakes.clock.now += LIMITS.forcedAnalysisWindowMs;
    expect(await fakes.send(pageText(), pageSender(3, LIULIN))).toEqual({ ok: false, refused: 'site-off' });
  });

  it('auto-save off keeps the report and its text for the Save button; Save writes it and drops the text', async () => {
    const fakes = setUp();
    fakes.settings.autoSave = false;
    await fakes.send(pageText(), pageSender(3, LIULIN));
    expect(await fakes.state(3)).toMatchObject({ reportId: null, notice: null });
    expect(fakes.session.data.has('text:3')).toBe(true);
    expect(await fakes.send({ type: 'report/save', tabId: 3 }, panelSender())).toEqual({ ok: true });
    expect(await fakes.state(3)).toMatchObject({ reportId: 1, unsaved: null });
    expect(fakes.session.data.has('text:3')).toBe(false);
    expect(fakes.shown.at(-1)).toMatchObject({ tabId: 3, reportId: 1 });
  });
});

describe('saving from the panel', () => {
  it('a tab whose report was deleted saves it again from the page (the page is asked to send its text once more)', async () => {
    const fakes = setUp();
    await fakes.send(pageText(), pageSender(3, LIULIN));
    await fakes.deps.db.reports.clear();
    fakes.tabs.reply = () => ({ state: 'report' });
    expect(await fakes.send({ type: 'report/save', tabId: 3 }, panelSender())).toEqual({ ok: true });
    expect(fakes.sent.at(-1)).toMatchObject({ tabId: 3, message: { type: 'page/reanalyze' }, frameId: 0 });
    // The page answers with its text: it is saved although auto-save is off now.
    fakes.settings.autoSave = false;
    await fakes.send(pageText(), pageSender(3, LIULIN));
    expect(await fakes.deps.db.reports.count()).toBe(1);
  });

  it('a failed write is a problem code the panel can word', async () => {
    const fakes = setUp();
    fakes.settings.autoSave = false;
    await fakes.send(pageText(), pageSender(3, LIULIN));
    fakes.deps.db.close();
    expect(await fakes.send({ type: 'report/save', tabId: 3 }, panelSender())).toEqual({ ok: false, problem: { code: 'closed' } });
    expect((await fakes.state(3))!.saveError).toEqual({ code: 'closed' });
  });

  it('nothing to save, and a page that cannot be read, are said so', async () => {
    const fakes = setUp();
    expect(await fakes.send({ type: 'report/save', tabId: 8 }, panelSender())).toEqual({ ok: false, problem: { code: 'nothing-to-save' } });
    fakes.tabs.inject = async () => {
      throw new Error('Cannot access contents of the page');
    };
    expect(await fakes.send({ type: 'page/analyze', tabId: 8 }, panelSender())).toEqual({
      ok: false,
      problem: { code: 'cannot-read-page' },
    });
  });
});

describe('the tab’s state', () => {
  it('a state that cannot be written even after making room is shown as a problem, not swallowed', async () => {
    const fakes = setUp();
    fakes.settings.autoSave = false;
    fakes.session.quota = 2000;
    const reply = await fakes.send(pageText(), pageSender(3, LIULIN));
    expect(reply).toMatchObject({ ok: true });
    expect(fakes.problems).toEqual([3]);
    expect(fakes.session.data.has(tabStateKey(3))).toBe(false);
  });
});
