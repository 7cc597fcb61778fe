// @vitest-environment happy-dom
/**
 * Where reports come from, in the panel: This page shows the place or offers the candidates the
 * background gives (one click chooses); the library filters and groups by province and
 * prefecture; compare picks every county and district of a prefecture in one year.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeActions, placedDb, renderPanel, reportTab } from './render.tsx';
import { saveReport } from '../../../lib/library/save.ts';
import { setReportRegions } from '../../../lib/library/regions.ts';
import { resolvedPage } from './render.tsx';
import { seedText } from '../library/helpers.ts';
import type { RegionCandidatesReply } from '../../../lib/messages.ts';

afterEach(cleanup);

const GULOU_CANDIDATES: RegionCandidatesReply = {
  status: 'ambiguous',
  candidates: [
    { code: '320106', name: '鼓楼区', level: 'district', province: '江苏省', prefecture: '南京市' },
    { code: '350102', name: '鼓楼区', level: 'district', province: '福建省', prefecture: '福州市' },
  ],
};

describe('This page: where the report comes from', () => {
  it('a resolved report shows its province, prefecture and code', async () => {
    const db = await placedDb();
    renderPanel({ db, tab: reportTab({ reportId: 1 }) });
    expect((await screen.findByTestId('region-place')).textContent).toBe('山西省 吕梁市 · 区划代码 141125');
    expect(screen.queryByTestId('region-unresolved')).toBeNull();
  });

  it('an unresolved one offers the background’s candidates; a click chooses, and the place shows once the library has it', async () => {
    const db = await placedDb();
    const actions = fakeActions(db);
    actions.regionCandidates.mockResolvedValue(GULOU_CANDIDATES);
    actions.chooseRegion.mockImplementation(async (code) => {
      // What the background does: the library's record changes, the panel follows it live.
      const region = { name: '鼓楼区', level: 'district' as const, province: '福建省', prefecture: '福州市', code };
      await setReportRegions(db, [{ reportId: 3, region }]);
      return { ok: true };
    });
    renderPanel({ db, actions, tab: reportTab({ reportId: 3, url: 'http://www.gulou.gov.cn/2021.html' }) });
    const unresolved = await screen.findByTestId('region-unresolved');
    expect(unresolved.textContent).toContain('具体地区未确定');
    await waitFor(() => expect(within(unresolved).getAllByTestId('region-candidate')).toHaveLength(2));
    expect(unresolved.textContent).toContain('全国有 2 个地方叫这个名字');
    expect(
      within(unresolved)
        .getAllByTestId('region-candidate')
        .map((b) => b.textContent),
    ).toEqual(['江苏省 南京市 鼓楼区 320106', '福建省 福州市 鼓楼区 350102']);
    fireEvent.click(within(unresolved).getAllByTestId('region-candidate')[1]!);
    await waitFor(() => expect(actions.chooseRegion).toHaveBeenCalledWith('350102'));
    expect((await screen.findByTestId('region-place', {}, { timeout: 5000 })).textContent).toBe('福建省 福州市 · 区划代码 350102');
    expect(screen.queryByTestId('region-unresolved')).toBeNull();
  });

  it('a refused choice is said; a name no unit carries, or no answer, is said too', async () => {
    const db = await placedDb();
    const actions = fakeActions(db);
    actions.regionCandidates.mockResolvedValue(GULOU_CANDIDATES);
    actions.chooseRegion.mockResolvedValue({ ok: false, problem: { code: 'not-a-candidate' } });
    renderPanel({ db, actions, tab: reportTab({ reportId: 3 }) });
    fireEvent.click((await screen.findAllByTestId('region-candidate'))[0]!);
    expect((await screen.findByRole('alert')).textContent).toContain('重新选择');
    cleanup();
    actions.regionCandidates.mockResolvedValue({ status: 'unknown', candidates: [] });
    renderPanel({ db, actions, tab: reportTab({ reportId: 3 }) });
    await screen.findByText(/区划数据中没有这个名字/);
    cleanup();
    actions.regionCandidates.mockResolvedValue(null);
    renderPanel({ db, actions, tab: reportTab({ reportId: 3 }) });
    await screen.findByText('无法取得候选地区。');
  });
});

describe('the library by province and prefecture', () => {
  const rows = () => screen.queryAllByTestId('library-report').map((r) => r.textContent ?? '');
  const headings = () => [...document.querySelectorAll('.region-row')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());

  it('filters by province, then by a prefecture of it, and by the unresolved', async () => {
    const db = await placedDb();
    renderPanel({ db, view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('全部省份'), { target: { value: '山西省' } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const prefectures = [...(screen.getByLabelText('全部地市') as HTMLSelectElement).options].map((o) => o.textContent);
    // In pinyin order: jin before lü.
    expect(prefectures).toEqual(['全部地市', '晋城市（1）', '吕梁市（1）']);
    fireEvent.change(screen.getByLabelText('全部地市'), { target: { value: '晋城市' } });
    await waitFor(() => expect(rows()).toEqual([expect.stringContaining('陵川县')]));
    fireEvent.change(screen.getByLabelText('全部省份'), { target: { value: '?' } });
    await waitFor(() => expect(rows()).toEqual([expect.stringContaining('鼓楼区')]));
  });

  it('groups by prefecture or province, the unresolved last', async () => {
    const db = await placedDb();
    renderPanel({ db, view: 'library' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('分组'), { target: { value: 'prefecture' } });
    await waitFor(() => expect(headings()).toHaveLength(3));
    expect(headings()).toEqual([
      '晋城市 山西省 2020 · 共 1 份报告',
      '吕梁市 山西省 2020 · 共 1 份报告',
      '（地区未确定） 2021 · 共 1 份报告',
    ]);
    fireEvent.change(screen.getByLabelText('分组'), { target: { value: 'province' } });
    await waitFor(() => expect(headings()).toEqual(['山西省 2020 · 共 2 份报告', '（地区未确定） 2021 · 共 1 份报告']));
  });
});

describe('compare: every county and district of a prefecture in one year', () => {
  it('picks the prefecture’s reports of that year', async () => {
    const db = await placedDb();
    // 柳林县 again for 2021 (another address, other words): not picked for 2020.
    const later = resolvedPage(seedText('000_d3a6bbabf76df186').replace(/2020年/g, '2021年'), 'http://www.liulin.gov.cn/2021.html');
    await saveReport(db, later);
    renderPanel({ db, view: 'compare' });
    const preset = await screen.findByTestId('prefecture-preset');
    const select = within(preset).getByLabelText('同一地市各县区') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['—', '晋城市 · 山西省（1）', '吕梁市 · 山西省（2）']);
    fireEvent.change(select, { target: { value: select.options[2]!.value } });
    const year = within(preset).getByLabelText('年份') as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).toEqual(['', '2021', '2020']);
    fireEvent.change(year, { target: { value: '2020' } });
    await waitFor(() => expect(screen.getByTestId('compare-matrix').querySelectorAll('thead th')).toHaveLength(2));
    expect(screen.getByTestId('compare-matrix').querySelector('thead')!.textContent).toContain('柳林县 2020');
  });
});
