// @vitest-environment happy-dom
/** The library list at 10,000 reports: only the rows in view are in the DOM, and search still answers. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Library } from '../../../components/Library.tsx';
import { PanelContext, type Panel } from '../../../components/context.ts';
import type { StoredReport } from '../../../lib/library/db.ts';
import { strings } from '../../../lib/i18n.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings.ts';
import { freshDb } from '../library/helpers.ts';
import { fakeActions } from './render.tsx';

afterEach(cleanup);

const REGIONS = ['柳林县', '陵川县', '青岚县', '平遥县', '介休市', '孝义市', '汾阳市', '文水县', '交城县', '兴县'];

function syntheticReports(count: number): StoredReport[] {
  return Array.from({ length: count }, (_, i) => {
    const regionName = `${REGIONS[i % REGIONS.length]!.slice(0, -1)}${Math.floor(i / 100)}${REGIONS[i % REGIONS.length]!.slice(-1)}`;
    const planYear = 2010 + (i % 15);
    return {
      id: i + 1,
      url: `http://www.example${i}.gov.cn/`,
      urls: [],
      host: `www.example${i}.gov.cn`,
      mirrorOf: null,
      pageTitle: '政府工作报告',
      title: '政府工作报告',
      regionName,
      level: 'county',
      reviewYear: planYear - 1,
      planYear,
      meeting: `${regionName}人民代表大会`,
      date: null,
      speakerName: null,
      speakerTitle: null,
      province: '山西省',
      prefecture: '吕梁市',
      regionCode: null,
      contentHash: String(i),
      targetCount: 20,
      actualCount: 20,
      termCount: 80,
      savedAt: i,
      updatedAt: i,
      seenAt: i,
      parserVersion: 1,
    };
  });
}

describe('Library at 10,000 reports', () => {
  it('renders only the rows in view, and narrows to one region on search', async () => {
    const reports = syntheticReports(10_000);
    const panel: Panel = {
      db: freshDb(),
      actions: fakeActions(),
      lang: 'zh',
      t: strings('zh'),
      settings: DEFAULT_SETTINGS,
      explainTerm: () => {},
      setLibraryBusy: () => {},
    };
    render(
      <PanelContext.Provider value={panel}>
        <Library reports={reports} />
      </PanelContext.Provider>,
    );
    expect(screen.getByText('共 10000 份报告')).toBeTruthy();
    const drawn = screen.getAllByRole('listitem');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    // The scroll area is as tall as every row (10,000 reports and 1,000 region headers).
    const list = screen.getByRole('list', { name: '资料库' });
    expect((list.firstElementChild as HTMLElement).style.height).toBe(`${(10_000 + 1_000) * 52}px`);

    // Scrolling far draws the rows there, still only a screenful.
    Object.defineProperty(list, 'scrollTop', { value: 52 * 5_000, configurable: true });
    fireEvent.scroll(list);
    await waitFor(() => expect(Number(screen.getAllByRole('listitem')[0]!.style.top.replace('px', ''))).toBeGreaterThan(52 * 4_900));
    expect(screen.getAllByRole('listitem').length).toBeLessThan(60);

    // 平遥42县's ten reports, and the few names one character away (平遥4县, 平遥52县 …), not the 10,000.
    fireEvent.input(screen.getByPlaceholderText(/地区、标题/), { target: { value: '平遥42县' } });
    await waitFor(() => {
      const count = Number(/共 (\d+) 份报告/.exec(screen.getByText(/共 \d+ 份报告/, { selector: 'p' }).textContent!)![1]);
      expect(count).toBeGreaterThanOrEqual(10);
      expect(count).toBeLessThan(300);
    });
    expect(screen.getByText('平遥42县', { selector: 'h3, h3 *', exact: false })).toBeTruthy();
  });
});
