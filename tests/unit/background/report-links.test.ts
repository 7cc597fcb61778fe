/**
 * Save all asks the background what a tab links to: only the side panel may ask, the injected
 * finder's answer is validated, and only links on the site of the tab's own address are kept.
 */
import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../lib/background/router.ts';
import type { ReportLinksReply, TabState } from '../../../lib/messages.ts';
import { fakeBackground, pageSender, panelSender } from './fakes.ts';

const COLUMN = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/lnbg/index.html';
const link = (url: string, title = '青岚县2022年政府工作报告') => ({ url, title, year: 2022, fileKind: 'html', lookAlike: null });

function setUp(found: unknown) {
  const fakes = fakeBackground();
  const asked: number[] = [];
  fakes.tabs.reportLinks = async (tabId) => {
    asked.push(tabId);
    if (found instanceof Error) throw found;
    return found;
  };
  const handle = createMessageHandler(fakes.deps);
  const state: TabState = {
    tabId: 4,
    url: COLUMN,
    status: 'not-report',
    detection: { isReport: false, kind: 'list', confidence: 0.1, reasons: [{ code: 'list-page', count: 5 }] },
    reportId: null,
    frameId: 0,
    unsaved: null,
    saveError: null,
    notice: null,
    pages: null,
    textRange: null,
    userTerms: [],
  };
  return { fakes, handle, asked, record: () => fakes.deps.store.writeState(state) };
}

describe('the reports a tab links to', () => {
  it('keeps the links and the next page on the tab’s own site, drops the rest', async () => {
    const { handle, asked, record } = setUp({
      url: COLUMN,
      links: [
        link('http://www.qinglan.gov.cn/zwgk/zfgzbg/lnbg/202201/t20220125_45318.html'),
        link('http://files.qinglan.gov.cn/P020220712.pdf'),
        link('http://www.victim.gov.cn/zwgk/2022.html'),
        link('javascript:alert(1)'),
      ],
      next: 'http://www.elsewhere.gov.cn/index_1.html',
    });
    await record();
    const reply = (await handle({ type: 'page/report-links', tabId: 4 }, panelSender())) as ReportLinksReply;
    expect(asked).toEqual([4]);
    expect(reply).toEqual({
      ok: true,
      page: {
        url: COLUMN,
        links: [
          link('http://www.qinglan.gov.cn/zwgk/zfgzbg/lnbg/202201/t20220125_45318.html'),
          link('http://files.qinglan.gov.cn/P020220712.pdf'),
        ],
        next: null,
      },
    });
  });

  it('a page cannot ask, and a tab with nothing recorded is not read', async () => {
    const { handle, asked, record } = setUp({ url: COLUMN, links: [], next: null });
    expect(await handle({ type: 'page/report-links', tabId: 4 }, pageSender(4, COLUMN))).toBeUndefined();
    expect(await handle({ type: 'page/report-links', tabId: 4 }, panelSender())).toEqual({ ok: false });
    expect(asked).toEqual([]);
    await record();
    expect(await handle({ type: 'page/report-links', tabId: -1 }, panelSender())).toBeUndefined();
  });

  it('an answer that does not validate, claims another site, or never comes is no answer', async () => {
    const answers: unknown[] = [
      'links',
      { url: COLUMN, links: [{ ...link(COLUMN), fileKind: 'exe' }], next: null },
      { url: 'http://www.victim.gov.cn/', links: [], next: null },
      new Error('Cannot access contents of the page.'),
    ];
    for (const answer of answers) {
      const { handle, record } = setUp(answer);
      await record();
      expect(await handle({ type: 'page/report-links', tabId: 4 }, panelSender()), JSON.stringify(String(answer))).toEqual({ ok: false });
    }
  });
});
