/**
 * The reader's text in the background: analysed and saved by the same path as a browsed page, at
 * the file's address with its kind and fetch time, as the report of the reader's own tab; never
 * from a content script.
 */
import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../lib/background/router.ts';
import { tabStateKey, type ReaderTextReply, type TabState } from '../../../lib/messages.ts';
import { seedText } from '../library/helpers.ts';
import { EXTENSION, fakeBackground, pageSender, panelSender } from './fakes.ts';

const PDF = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/lnbg/files/report-2022.pdf';
const TEXT = seedText('000_d3a6bbabf76df186');
const readerSender = (tabId: number) => ({ id: EXTENSION.id, url: `${EXTENSION.origin}reader.html?url=x`, tab: { id: tabId } });
const readerText = (extra: Record<string, unknown> = {}) => ({
  type: 'reader/text',
  url: PDF,
  fileKind: 'pdf',
  title: '2020年柳林县政府工作报告',
  text: TEXT,
  fetchedAt: 123_456,
  ...extra,
});

function setUp() {
  const fakes = fakeBackground();
  const handle = createMessageHandler(fakes.deps);
  const send = (message: unknown, sender: Parameters<typeof handle>[1]) => handle(message, sender) as Promise<ReaderTextReply> | undefined;
  const state = async (tabId: number) => (await fakes.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState | undefined;
  return { ...fakes, send, state };
}

describe('the reader’s text', () => {
  it('is saved at the file’s address with its kind and fetch time, as the report of the reader’s tab', async () => {
    const { send, state, deps } = setUp();
    const reply = await send(readerText(), readerSender(7));
    expect(reply).toMatchObject({ ok: true, save: 'saved', analysis: { detection: { isReport: true } } });
    if (!reply?.ok) throw new Error('no analysis');
    expect(reply.analysis.figures.length).toBeGreaterThan(0);
    const [record] = await deps.db.reports.toArray();
    expect(record).toMatchObject({ url: PDF, fileKind: 'pdf', fetchedAt: 123_456 });
    expect(await state(7)).toMatchObject({
      tabId: 7,
      url: PDF,
      status: 'report',
      reportId: record!.id,
      file: { kind: 'pdf', fetchedAt: 123_456 },
    });
    // Opened again: the library has it.
    expect(await send(readerText(), readerSender(8))).toMatchObject({ ok: true, save: 'already' });
    expect(await deps.db.reports.count()).toBe(1);
  });

  it('is refused from a content script, and from a page without a tab', async () => {
    const { send, deps } = setUp();
    expect(send(readerText(), pageSender(3, PDF))).toBeUndefined();
    expect(send(readerText(), panelSender())).toBeUndefined();
    expect(await deps.db.reports.count()).toBe(0);
  });

  it('a file that is not a report is not saved; an address that is not a web address is refused', async () => {
    const { send, deps } = setUp();
    expect(await send(readerText({ text: '关于召开春季运动会的通知。\n各单位：定于四月举行。' }), readerSender(7))).toMatchObject({
      ok: true,
      save: 'not-report',
    });
    expect(await send(readerText({ url: 'javascript:alert(1)' }), readerSender(7))).toEqual({ ok: false, refused: 'not-web' });
    expect(send(readerText({ fileKind: 'html' }), readerSender(7))).toBeUndefined();
    expect(await deps.db.reports.count()).toBe(0);
  });

  it('with auto-save off it waits for the panel’s Save, which keeps the file’s kind; a site turned off is read all the same', async () => {
    const { send, deps, settings } = setUp();
    settings.autoSave = false;
    settings.disabledSites = ['www.qinglan.gov.cn'];
    expect(await send(readerText(), readerSender(7))).toMatchObject({ ok: true, save: 'not-saved' });
    expect(await deps.db.reports.count()).toBe(0);
    expect(await send({ type: 'report/save', tabId: 7 }, panelSender())).toEqual({ ok: true });
    expect(await deps.db.reports.toArray()).toMatchObject([{ url: PDF, fileKind: 'pdf', fetchedAt: 123_456 }]);
  });
});

describe('a hover in the reader', () => {
  it('gets the user’s own definition of a term its analysis named, as a page would; nothing for other terms or senders', async () => {
    const { send, deps } = setUp();
    const reply = await send(readerText(), readerSender(7));
    if (!reply?.ok) throw new Error('no analysis');
    const term = reply.analysis.terms[0]!.term;
    await deps.db.userTerms.put({ term, definition: '我的解释', variants: [], updatedAt: 1 });
    await deps.db.userTerms.put({ term: '不在本报告', definition: 'SECRET', variants: [], updatedAt: 1 });
    // The user's terms are named at analysis time: analyse again to have the term counted as theirs.
    await send(readerText(), readerSender(7));
    expect(await send({ type: 'reader/definition', term }, readerSender(7))).toMatchObject({ definition: '我的解释' });
    expect(await send({ type: 'reader/definition', term: '不在本报告' }, readerSender(7))).toEqual({ definition: null });
    expect(send({ type: 'reader/definition', term }, pageSender(7, PDF))).toBeUndefined();
    expect(send({ type: 'reader/definition', term }, panelSender())).toBeUndefined();
  });
});
