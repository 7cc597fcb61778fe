/**
 * Explanations from the library's other reports, through the background as a page meets them:
 * 青岚县's 2021 report defines “三个零” in its 名词解释, its 2022 report uses it without. What the
 * 2022 page is told must not depend on the library (no definition, the same painted spellings);
 * a real hover of the term gets the 2021 definition with its report.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../lib/background/router.ts';
import { tabStateKey, type PageAnalysis, type PageTextReply, type TabState } from '../../../lib/messages.ts';
import { fakeBackground, pageSender } from './fakes.ts';

const FICTIONAL = resolve(import.meta.dirname, '../../fixtures/fictional');
const TEXT = { 2021: readFileSync(`${FICTIONAL}/qinglan-2021.txt`, 'utf8'), 2022: readFileSync(`${FICTIONAL}/qinglan-2022.txt`, 'utf8') };
const URL = {
  2021: 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-41021.html',
  2022: 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-45318.html',
};
const DEFINITION_2021 = '新冠肺炎疫情防控中，全县确诊病例、疑似病例、聚集性疫情均为零。';
// The 2021 名词解释 names a working rule the 2022 report does not quote: a page using it unquoted.
const TEXT_2022_WITH_RULE = TEXT[2022].replace('坚持依法行政', '全面推行13710工作制度，坚持依法行政');

function setUp() {
  const fakes = fakeBackground();
  const handle = createMessageHandler(fakes.deps);
  // The reply comes before the report is saved and the tab's state recorded: tests look after both.
  const send = (message: unknown, tabId: number, url: string) =>
    handle(message, pageSender(tabId, url))?.then(async (reply) => {
      await fakes.deps.work.allSettled();
      return reply;
    });
  const open = async (tabId: number, year: 2021 | 2022, text = TEXT[year]) => {
    const reply = (await send(
      { type: 'page/text', title: `青岚县${year}年政府工作报告`, text, reportLinks: 0, pageLinks: [] },
      tabId,
      URL[year],
    )) as PageTextReply | undefined;
    if (!reply?.ok) throw new Error('not analysed');
    return reply.analysis;
  };
  const state = async (tabId: number) => (await fakes.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState;
  return { ...fakes, send, open, state };
}

/** What a page can see of an analysis through the highlight registry: the painted spellings of each term. */
const painted = (a: PageAnalysis) =>
  a.terms
    .filter((t) => t.patterns.length > 0)
    .map((t) => `${t.term}:${t.patterns.join('|')}`)
    .sort();
const named = (a: PageAnalysis) => a.userTerms.map((u) => a.terms[u.term]!.term);

describe('explanations from the library, through the background', () => {
  it('the page is told which terms to ask about, never a definition; what it paints is what it paints without the library', async () => {
    const alone = setUp();
    const without = await alone.open(3, 2022);

    const withLibrary = setUp();
    await withLibrary.open(2, 2021);
    const analysis = await withLibrary.open(3, 2022);
    expect(JSON.stringify(analysis)).not.toContain('全县确诊病例');
    expect(painted(analysis)).toEqual(painted(without));
    expect(named(without)).toEqual([]);
    expect(named(analysis)).toContain('三个零');
    expect((await withLibrary.state(3)).userTerms).toEqual(named(analysis));
    // The 2022 report's own 名词解释 terms are its own: nothing to ask the library about.
    expect(named(analysis)).not.toContain('标准地');
  });

  it('a real hover of the term gets the best definition with its report; other terms, other tabs and other pages get nothing', async () => {
    const b = setUp();
    await b.open(2, 2021);
    await b.open(3, 2022);
    expect(await b.send({ type: 'term/definition', term: '三个零' }, 3, URL[2022])).toEqual({
      definition: null,
      library: { definition: DEFINITION_2021, region: '青岚县', year: 2021, more: 0 },
    });
    // Not a term of that page's analysis.
    expect(await b.send({ type: 'term/definition', term: '放管服效' }, 3, URL[2022])).toEqual({ definition: null });
    // Tab 2 shows the 2021 report, whose own words these are.
    expect(await b.send({ type: 'term/definition', term: '三个零' }, 2, URL[2021])).toEqual({ definition: null });
    expect(await b.send({ type: 'term/definition', term: '三个零' }, 9, URL[2022])).toEqual({ definition: null });
  });

  it('a term the library explains that the page would not mark is hoverable only: named, with no painted spelling', async () => {
    const alone = setUp();
    const without = await alone.open(3, 2022, TEXT_2022_WITH_RULE);
    const b = setUp();
    await b.open(2, 2021);
    const analysis = await b.open(3, 2022, TEXT_2022_WITH_RULE);
    expect(painted(analysis)).toEqual(painted(without));
    const rule = analysis.terms.findIndex((t) => t.term === '13710工作制度');
    expect(analysis.terms[rule]).toMatchObject({ patterns: [], explanations: [] });
    expect(analysis.terms[rule]!.firstSentence).toContain('全面推行13710工作制度');
    expect(analysis.userTerms).toContainEqual({ term: rule, patterns: ['13710工作制度'] });
    const reply = await b.send({ type: 'term/definition', term: '13710工作制度' }, 3, URL[2022]);
    expect(reply).toMatchObject({ library: { region: '青岚县', year: 2021 } });
  });

  it('the user’s own explanation and the library’s come together in one answer', async () => {
    const b = setUp();
    await b.open(2, 2021);
    await b.deps.db.userTerms.put({ term: '三个零', definition: '我的三个零', variants: [], updatedAt: 1 });
    await b.open(3, 2022);
    expect(await b.send({ type: 'term/definition', term: '三个零' }, 3, URL[2022])).toEqual({
      definition: '我的三个零',
      library: { definition: DEFINITION_2021, region: '青岚县', year: 2021, more: 0 },
    });
  });
});
