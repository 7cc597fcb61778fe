/**
 * Where a report comes from, asked by the side panel: the candidates of an ambiguous name, the
 * user's choice (remembered for the site, applied at once and to later reports), refused from
 * pages, validated both ways.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createMessageHandler } from '../../../lib/background/router.ts';
import { RegionCandidatesReplySchema, tabStateKey, type RegionCandidatesReply, type TabState } from '../../../lib/messages.ts';
import { readRegionChoices } from '../../../lib/region/choices.ts';
import { fakeBackground, pageSender, panelSender } from './fakes.ts';

const fictional = (name: string) => readFileSync(resolve(import.meta.dirname, `../../fixtures/fictional/${name}.txt`), 'utf8');
const GULOU_2021 = 'http://www.gulou.gov.cn/zwgk/zfgzbg/202101/t20210126_1.html';
const GULOU_2022 = 'http://www.gulou.gov.cn/zwgk/zfgzbg/202201/t20220118_2.html';
const pageText = (text: string, title: string) => ({ type: 'page/text', title, text, reportLinks: 0, pageLinks: [] });

function setUp() {
  const fakes = fakeBackground();
  const handle = createMessageHandler(fakes.deps);
  const send = (message: unknown, sender: Parameters<typeof handle>[1]) => handle(message, sender);
  const state = async (tabId: number) => (await fakes.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState;
  return { ...fakes, send, state };
}

describe('where a report comes from: the panel asks, the background answers', () => {
  it('an ambiguous 鼓楼区 is offered with its four candidates; the choice is remembered, applied at once and to the next report', async () => {
    const { send, state, deps, local } = setUp();
    await send(pageText(fictional('gulou-2021'), '鼓楼区2021年政府工作报告'), pageSender(3, GULOU_2021));
    const first = await state(3);
    expect(await deps.db.reports.get(first.reportId!)).toMatchObject({ regionName: '鼓楼区', regionCode: null });
    const reply = (await send({ type: 'region/candidates', tabId: 3 }, panelSender())) as RegionCandidatesReply;
    expect(v.safeParse(RegionCandidatesReplySchema, reply).success).toBe(true);
    expect(reply.status).toBe('ambiguous');
    expect(reply.candidates.map((c) => `${c.prefecture}${c.name}`).sort()).toEqual([
      '南京市鼓楼区',
      '开封市鼓楼区',
      '徐州市鼓楼区',
      '福州市鼓楼区',
    ]);

    expect(await send({ type: 'region/choose', tabId: 3, code: '350102' }, panelSender())).toEqual({ ok: true });
    expect(await readRegionChoices(local)).toEqual({ 'www.gulou.gov.cn': { 鼓楼区: '350102' } });
    const summary = (await deps.db.reports.get(first.reportId!))!;
    expect(summary).toMatchObject({ province: '福建省', prefecture: '福州市', regionCode: '350102', level: 'district' });
    expect((await deps.db.documents.get(first.reportId!))!.report.region).toEqual({
      name: '鼓楼区',
      level: 'district',
      province: '福建省',
      prefecture: '福州市',
      code: '350102',
    });
    const figures = await deps.db.figures.where('reportId').equals(first.reportId!).toArray();
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => f.regionCode === '350102' && f.prefecture === '福州市')).toBe(true);

    // The next report from the site is resolved by the remembered choice.
    await send(pageText(fictional('gulou-2022'), '鼓楼区2022年政府工作报告'), pageSender(4, GULOU_2022));
    const second = await state(4);
    expect(await deps.db.reports.get(second.reportId!)).toMatchObject({ planYear: 2022, regionCode: '350102', prefecture: '福州市' });
  });

  it('a choice applies to the site’s other stored reports of that name, not to other sites’', async () => {
    const { send, state, deps } = setUp();
    await send(pageText(fictional('gulou-2021'), '鼓楼区2021年政府工作报告'), pageSender(3, GULOU_2021));
    await send(pageText(fictional('gulou-2022'), '鼓楼区2022年政府工作报告'), pageSender(4, GULOU_2022));
    await send(pageText(fictional('gulou-2022'), '鼓楼区2022年政府工作报告'), pageSender(5, 'http://www.gl-news.gov.cn/2022.html'));
    expect(await send({ type: 'region/choose', tabId: 3, code: '320106' }, panelSender())).toEqual({ ok: true });
    const codes = Object.fromEntries((await deps.db.reports.toArray()).map((r) => [`${r.host} ${r.planYear}`, r.regionCode]));
    expect(codes).toEqual({ 'www.gulou.gov.cn 2021': '320106', 'www.gulou.gov.cn 2022': '320106', 'www.gl-news.gov.cn 2022': null });
    expect((await state(5)).reportId).not.toBeNull();
  });

  it('a code the evidence does not allow is refused; a tab without a report has nothing to choose', async () => {
    const { send, deps, local } = setUp();
    await send(pageText(fictional('gulou-2021'), '鼓楼区2021年政府工作报告'), pageSender(3, GULOU_2021));
    expect(await send({ type: 'region/choose', tabId: 3, code: '141125' }, panelSender())).toEqual({
      ok: false,
      problem: { code: 'not-a-candidate' },
    });
    expect(await send({ type: 'region/choose', tabId: 8, code: '350102' }, panelSender())).toEqual({
      ok: false,
      problem: { code: 'nothing-to-save' },
    });
    expect(await send({ type: 'region/candidates', tabId: 8 }, panelSender())).toEqual({ status: 'unknown', candidates: [] });
    expect(await readRegionChoices(local)).toEqual({});
    expect((await deps.db.reports.toArray()).every((r) => r.regionCode === null)).toBe(true);
  });

  it('the fictional 青岚县 stays unresolved: no candidates, nothing to choose, no error', async () => {
    const { send, state, deps, local } = setUp();
    await send(
      pageText(fictional('qinglan-2021'), '青岚县2021年政府工作报告'),
      pageSender(3, 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-41021.html'),
    );
    const { reportId, status } = await state(3);
    expect(status).toBe('report');
    expect(await deps.db.reports.get(reportId!)).toMatchObject({
      regionName: '青岚县',
      province: null,
      prefecture: null,
      regionCode: null,
    });
    expect(await send({ type: 'region/candidates', tabId: 3 }, panelSender())).toEqual({ status: 'unknown', candidates: [] });
    expect(await send({ type: 'region/choose', tabId: 3, code: '141125' }, panelSender())).toEqual({
      ok: false,
      problem: { code: 'not-a-candidate' },
    });
    expect(await readRegionChoices(local)).toEqual({});
    expect(
      await deps.db.figures
        .where('reportId')
        .equals(reportId!)
        .filter((f) => f.regionCode !== null)
        .count(),
    ).toBe(0);
  });

  it('an unsaved report (auto-save off) is resolved in the tab’s state', async () => {
    const { send, state, settings } = setUp();
    settings.autoSave = false;
    await send(pageText(fictional('gulou-2021'), '鼓楼区2021年政府工作报告'), pageSender(3, GULOU_2021));
    expect((await state(3)).unsaved!.report.region).toMatchObject({ code: null });
    expect(await send({ type: 'region/choose', tabId: 3, code: '410204' }, panelSender())).toEqual({ ok: true });
    expect((await state(3)).unsaved!.report.region).toMatchObject({ prefecture: '开封市', code: '410204' });
  });

  it('refused from a content script; malformed requests are ignored', async () => {
    const { send, local } = setUp();
    await send(pageText(fictional('gulou-2021'), '鼓楼区2021年政府工作报告'), pageSender(3, GULOU_2021));
    for (const message of [
      { type: 'region/candidates', tabId: 3 },
      { type: 'region/choose', tabId: 3, code: '350102' },
      { type: 'region/resolve-library' },
    ]) {
      expect(send(message, pageSender(3, GULOU_2021))).toBeUndefined();
    }
    for (const message of [
      { type: 'region/choose', tabId: 3, code: '3501' },
      { type: 'region/choose', tabId: -1, code: '350102' },
      { type: 'region/candidates' },
    ]) {
      expect(send(message, panelSender())).toBeUndefined();
    }
    expect(await readRegionChoices(local)).toEqual({});
  });
});
