import { describe, expect, it } from 'vitest';
import { freshDb, reportFrom, seedText } from './helpers.ts';
import { saveReport } from '../../../lib/library/save.ts';
import type { StoredReport } from '../../../lib/library/db.ts';
import type { Figure } from '../../../lib/report/types.ts';
import { builtinGlossary } from '../../../lib/glossary/builtin.ts';
import {
  explainedBy,
  groupByRegionAndYear,
  headOfRanking,
  mergeGlossary,
  outcomesByYear,
  rankUnexplained,
  regionsWithCounts,
  splitTargets,
  unexplainedRanking,
} from '../../../lib/library/panel-queries.ts';

let nextId = 1;
const report = (regionName: string | null, planYear: number | null, p: Partial<StoredReport> = {}): StoredReport => ({
  id: nextId++,
  url: `http://x.gov.cn/${nextId}`,
  urls: [],
  host: 'x.gov.cn',
  mirrorOf: null,
  pageTitle: '某页',
  title: null,
  regionName,
  level: 'county',
  reviewYear: planYear === null ? null : planYear - 1,
  planYear,
  meeting: null,
  date: null,
  speakerName: null,
  speakerTitle: null,
  province: null,
  prefecture: null,
  regionCode: null,
  contentHash: '',
  targetCount: 0,
  actualCount: 0,
  termCount: 0,
  savedAt: 0,
  updatedAt: 0,
  seenAt: 0,
  parserVersion: 1,
  ...p,
});

const figure = (year: number, indicator: Figure['indicator'] = 'gdp'): Figure => ({
  indicator,
  name: '地区生产总值',
  measure: 'growth',
  value: 6,
  max: null,
  unit: '%',
  qualifier: 'about',
  year,
  quote: `${year}`,
  start: 0,
  end: 1,
});

describe('grouping the library', () => {
  it('groups by region in Chinese collation order, newest plan year first; a report without region goes under its page title', () => {
    const groups = groupByRegionAndYear([
      report('柳林县', 2019),
      report('陵川县', 2020),
      report('柳林县', 2020),
      report('柳林县', 2020),
      report(null, null, { pageTitle: '无题' }),
    ]);
    // Pinyin order: 陵 ling before 柳 liu before 无 wu.
    expect(groups.map((g) => g.region)).toEqual(['陵川县', '柳林县', '无题']);
    expect(groups[1]!.count).toBe(3);
    expect(groups[1]!.years.map((y) => [y.year, y.reports.length])).toEqual([
      [2020, 2],
      [2019, 1],
    ]);
  });

  it('regions with the most reports first', () => {
    expect(regionsWithCounts([report('陵川县', 2020), report('柳林县', 2019), report('柳林县', 2020), report(null, 2020)])).toEqual([
      { region: '柳林县', count: 2 },
      { region: '陵川县', count: 1 },
    ]);
  });
});

describe('splitting targets', () => {
  it('plan-year targets apart from the five-year horizon, which is sorted by year', () => {
    const { plan, otherYears, allLater } = splitTargets({
      planYear: 2021,
      targets: [figure(2025), figure(2021), figure(2035, 'forest_coverage'), figure(2021, 'fai')],
    });
    expect(plan.map((f) => [f.year, f.indicator])).toEqual([
      [2021, 'gdp'],
      [2021, 'fai'],
    ]);
    expect(otherYears.map((f) => f.year)).toEqual([2025, 2035]);
    expect(allLater).toBe(true);
  });

  it('a target dated before the plan year is not called a five-year target', () => {
    expect(splitTargets({ planYear: 2021, targets: [figure(2020)] }).allLater).toBe(false);
  });

  it('without a plan year every target is a plan target', () => {
    const targets = [figure(2021), figure(2025)];
    expect(splitTargets({ planYear: null, targets })).toEqual({ plan: targets, otherYears: [], allLater: true });
  });
});

describe('targets against results by year', () => {
  it('newest year first, in the given order within a year, counting the targets that have a result', () => {
    const outcome = (year: number, verdict: 'met' | 'missed' | 'no-result', indicator: Figure['indicator'] = 'gdp') => ({
      indicator,
      measure: 'growth' as const,
      year,
      target: figure(year, indicator),
      actual: verdict === 'no-result' ? null : figure(year, indicator),
      verdict,
      gap: null,
    });
    const years = outcomesByYear([
      outcome(2021, 'met'),
      outcome(2025, 'no-result'),
      outcome(2021, 'no-result', 'fai'),
      outcome(2022, 'no-result'),
      outcome(2021, 'missed', 'retail'),
    ]);
    expect(years.map((y) => [y.year, y.outcomes.length, y.withResult])).toEqual([
      [2025, 1, 0],
      [2022, 1, 0],
      [2021, 3, 2],
    ]);
    expect(years[2]!.outcomes.map((o) => o.indicator)).toEqual(['gdp', 'fai', 'retail']);
  });
});

describe('merging the glossary', () => {
  const builtin = [
    {
      term: '六稳',
      variants: ['“六稳”'],
      definition: '稳就业…',
      english: 'six stabilities',
      category: 'formula' as const,
      scope: 'national',
      since: 2018,
    },
  ];
  it('one item per term from the three sources, with variants combined', () => {
    const items = mergeGlossary({
      builtin,
      user: [
        { term: '六稳', definition: '我的', variants: ['六个稳'], updatedAt: 1 },
        { term: '五转一新', definition: '柳林', variants: [], updatedAt: 1 },
      ],
      reportTerms: ['五转一新', '三基建设'],
    });
    expect(items.map((i) => i.term).sort()).toEqual(['三基建设', '五转一新', '六稳'].sort());
    const six = items.find((i) => i.term === '六稳')!;
    expect(six.variants).toEqual(['“六稳”', '六个稳']);
    expect(six.builtin?.english).toBe('six stabilities');
    expect(six.user?.definition).toBe('我的');
    expect(items.find((i) => i.term === '五转一新')).toMatchObject({ inReports: true, builtin: null });
  });

  it('a term is explained by a built-in variant, a user term or variant, or a report glossary entry', () => {
    const explained = explainedBy({
      builtin,
      user: [{ term: '五转一新', definition: 'x', variants: ['五转'], updatedAt: 1 }],
      reportTerms: ['三基建设'],
    });
    expect(['“六稳”', '五转', '五转一新', '三基建设'].map(explained)).toEqual([true, true, true, true]);
    expect(explained('四个一批')).toBe(false);
  });
});

describe('ranking unexplained terms', () => {
  it('by reports, then uses, then collation order; uncounted terms after counted ones of the same reports', () => {
    const ranked = rankUnexplained(
      [
        { term: '甲', reports: 1 },
        { term: '乙', reports: 3 },
        { term: '丙', reports: 1 },
        { term: '丁', reports: 1 },
      ],
      new Map([
        ['丙', { uses: 7, sentence: '丙的句子', reportId: 4 }],
        ['甲', { uses: 2, sentence: null, reportId: null }],
      ]),
    );
    expect(ranked.map((r) => [r.term, r.uses])).toEqual([
      ['乙', null],
      ['丙', 7],
      ['甲', 2],
      ['丁', null],
    ]);
    expect(ranked[1]).toMatchObject({ sentence: '丙的句子', reportId: 4 });
  });

  it('the head of a ranking takes whole ties', () => {
    const list = [5, 3, 3, 3, 1].map((reports, i) => ({ term: String(i), reports }));
    expect(headOfRanking(list, 2).map((t) => t.term)).toEqual(['0', '1', '2', '3']);
    expect(headOfRanking(list, 1).map((t) => t.term)).toEqual(['0']);
    expect(headOfRanking(list, 10)).toHaveLength(5);
  });

  it('over saved reports: uses and first sentences come from the documents; ties within a report count break by uses', async () => {
    const db = freshDb();
    const liulin = reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html');
    await saveReport(db, liulin);
    await saveReport(db, reportFrom(seedText('001_31018834cdd9c3ff'), 'http://www.lingchuan.gov.cn/b.html'));
    const none = () => false;
    const ranked = await unexplainedRanking(db, { isExplained: none, shown: 50, maxDocuments: 300 });
    expect(ranked.length).toBeGreaterThan(3);
    // Every term counted (two documents), and the order is by reports then uses.
    expect(ranked.every((r) => r.uses !== null && r.sentence !== null)).toBe(true);
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      expect(a.reports > b.reports || (a.reports === b.reports && a.uses! >= b.uses!)).toBe(true);
    }
    // The counts are those of the parsed document.
    const use = liulin.report.terms.find((u) => u.source === 'none' && ranked.some((r) => r.term === u.term && r.reports === 1))!;
    expect(ranked.find((r) => r.term === use.term)).toMatchObject({ uses: use.count, sentence: use.sentence });
    // The ties actually differ in uses (otherwise the test above proves nothing).
    expect(new Set(ranked.filter((r) => r.reports === 1).map((r) => r.uses)).size).toBeGreaterThan(1);

    // Explained terms drop out.
    const without = await unexplainedRanking(db, { isExplained: (t) => t === use.term, shown: 50, maxDocuments: 300 });
    expect(without.some((r) => r.term === use.term)).toBe(false);
    // Beyond the document budget, the ranking still comes, without uses.
    const uncounted = await unexplainedRanking(db, { isExplained: none, shown: 50, maxDocuments: 1 });
    expect(uncounted.map((r) => r.term).sort()).toEqual(ranked.map((r) => r.term).sort());
    expect(uncounted.every((r) => r.uses === null)).toBe(true);
  });

  it('the built-in glossary explains terms it lists', () => {
    const entry = builtinGlossary[0]!;
    expect(explainedBy({ builtin: builtinGlossary, user: [], reportTerms: [] })(entry.term)).toBe(true);
  });
});
