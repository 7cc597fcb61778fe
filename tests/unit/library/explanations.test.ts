/**
 * Explanations from the library's other reports: what the library stores of a report's own
 * explanations, how another report's definitions are ranked for the report being read, which
 * records count as the report itself, and the terms a page uses that the library explains.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb, reportFrom, seedText } from './helpers.ts';
import { saveReport, deleteReports, type ReportToSave } from '../../../lib/library/save.ts';
import { derivedRows } from '../../../lib/library/derive.ts';
import {
  LibraryTermMatcher,
  definitionsInLibrary,
  libraryExplanations,
  rankLibraryExplanations,
  readerReport,
  regionTier,
  termsExplainedByLibrary,
  type CandidateReport,
} from '../../../lib/library/explanations.ts';
import type { StoredGlossaryEntry } from '../../../lib/library/db.ts';
import type { Region } from '../../../lib/report/types.ts';

const FICTIONAL = resolve(import.meta.dirname, '../../fixtures/fictional');
const qinglan = (year: 2021 | 2022): ReportToSave =>
  reportFrom(readFileSync(`${FICTIONAL}/qinglan-${year}.txt`, 'utf8'), `http://www.qinglan.gov.cn/${year}.html`);

/** A report of `region` and `year` whose 名词解释 (or body) defines `term` as `definition`. */
function defining({
  url,
  region,
  year,
  term,
  definition,
  place = 'appendix',
}: {
  url: string;
  region: Region;
  year: number;
  term: string;
  definition: string;
  place?: 'appendix' | 'body';
}): ReportToSave {
  const base = qinglan(2021);
  const report = {
    ...base.report,
    region,
    planYear: year,
    reviewYear: year - 1,
    glossary: place === 'appendix' ? [{ term, definition, number: 1 }] : [],
    bodyGlossary: place === 'body' ? [{ term, definition, start: 10, end: 20 }] : [],
  };
  // Different words, so that no two of them are one record.
  return { url, pageTitle: `${region.name}${year}`, report, text: `${region.name}${year}${term}${definition}${base.text}` };
}

const county = (name: string, prefecture: string | null, province: string | null, code: string | null = null): Region => ({
  name,
  level: 'county',
  prefecture,
  province,
  code,
});

describe('what the library keeps of a report’s own explanations', () => {
  it('one row per 名词解释 entry and per body explanation, each with its place; a body one with its passage', () => {
    const liulin = reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html');
    const rows = derivedRows(1, liulin.report).glossary;
    const body = rows.filter((r) => r.place === 'body');
    expect(body.map((r) => r.term)).toEqual(liulin.report.bodyGlossary!.map((b) => b.term));
    expect(body.length).toBeGreaterThan(0);
    for (const r of body) {
      const b = liulin.report.bodyGlossary!.find((x) => x.term === r.term)!;
      expect(r).toMatchObject({ reportId: 1, definition: b.definition, start: b.start, end: b.end });
      // The passage is where the report names the term.
      expect(liulin.text.slice(r.start!, r.end!)).toContain(r.term);
    }
    const q = qinglan(2021);
    expect(
      derivedRows(2, q.report)
        .glossary.filter((r) => r.place === 'appendix')
        .map((r) => r.term),
    ).toEqual(q.report.glossary.map((g) => g.term));
  });
});

describe('ranking for the report being read', () => {
  const here = county('柳林县', '吕梁市', '山西省', '141125');

  it('the same region, then the same prefecture, then the same province, then anywhere; a namesake elsewhere is not the same region', () => {
    expect(regionTier(county('柳林县', '吕梁市', '山西省', '141125'), here)).toBe(0);
    // Without codes a name in the same (or an unknown) province is the same region.
    expect(regionTier({ name: '柳林县' }, here)).toBe(0);
    expect(regionTier(county('鼓楼区', '南京市', '江苏省'), county('鼓楼区', '福州市', '福建省'))).toBe(3);
    expect(regionTier(county('鼓楼区', '南京市', '江苏省', '320106'), county('鼓楼区', '福州市', '福建省', '350102'))).toBe(3);
    expect(regionTier(county('中阳县', '吕梁市', '山西省'), here)).toBe(1);
    expect(regionTier(county('平遥县', '晋中市', '山西省'), here)).toBe(2);
    expect(regionTier(county('青岚县', null, null), here)).toBe(3);
    expect(regionTier(null, here)).toBe(3);
  });

  it('within a tier an appendix entry before a body passage, then the nearest year; one definition shown once', () => {
    let id = 0;
    const candidate = (
      region: Region,
      year: number,
      definition: string,
      place?: 'appendix' | 'body',
    ): { row: StoredGlossaryEntry; report: CandidateReport } => {
      id++;
      return {
        row: { id, reportId: id, term: '三个零', definition, ...(place ? { place } : {}) },
        report: { id, region, year, url: `http://x.gov.cn/${id}.html` },
      };
    };
    const ranked = rankLibraryExplanations(
      [
        candidate(county('平遥县', '晋中市', '山西省'), 2021, 'A 同省的解释'),
        candidate(county('中阳县', '吕梁市', '山西省'), 2021, 'B 同市的解释', 'body'),
        candidate(county('柳林县', '吕梁市', '山西省'), 2016, 'C 本县较早的解释'),
        candidate(county('柳林县', '吕梁市', '山西省'), 2021, 'D 本县正文的解释', 'body'),
        // The same words as C, in a nearer year: shown once, from the better-ranked report.
        candidate(county('柳林县', '吕梁市', '山西省'), 2019, 'C 本县较早的解释。'),
        candidate(county('某县', '某市', '某省'), 2020, 'E 别处的解释'),
      ],
      { region: here, year: 2020 },
    );
    expect(ranked.map((r) => [r.definition, r.year, r.place])).toEqual([
      ['C 本县较早的解释。', 2019, 'appendix'],
      ['D 本县正文的解释', 2021, 'body'],
      ['B 同市的解释', 2021, 'body'],
      ['A 同省的解释', 2021, 'appendix'],
      ['E 别处的解释', 2020, 'appendix'],
    ]);
  });
});

describe('the library’s explanations of a report’s terms', () => {
  it('the report’s own records (it, its original, its copies) are left out; the others are ranked, with their report', async () => {
    const db = freshDb();
    const mine = await saveReport(db, qinglan(2021));
    // A copy of the same report elsewhere is the report itself, not another one.
    const copy = await saveReport(db, { ...qinglan(2021), url: 'https://news.example.com/qinglan-2021.html' });
    expect(copy.mirrorOf).toBe(mine.reportId);
    const other = await saveReport(
      db,
      defining({
        url: 'http://www.zy.gov.cn/1.html',
        region: county('中阳县', '吕梁市', '山西省'),
        year: 2020,
        term: '三个零',
        definition: '中阳县的三个零',
      }),
    );
    const reader = await readerReport(db, { reportId: mine.reportId });
    expect(reader.ids.sort()).toEqual([mine.reportId, copy.reportId].sort());
    expect(reader.year).toBe(2021);
    const found = await libraryExplanations(db, { terms: ['三个零', '四个不摘', '没有的词'], reader });
    expect([...found.keys()]).toEqual(['三个零']);
    expect(found.get('三个零')).toEqual([
      {
        term: '三个零',
        definition: '中阳县的三个零',
        place: 'appendix',
        reportId: other.reportId,
        region: '中阳县',
        year: 2020,
        url: 'http://www.zy.gov.cn/1.html',
      },
    ]);
    // Read from another report (the 2022 one, not saved yet): its own words are absent, 2021's count.
    const reader2022 = await readerReport(db, { reportId: null, report: qinglan(2022).report, url: 'http://www.qinglan.gov.cn/2022.html' });
    expect(reader2022.ids).toEqual([]);
    const for2022 = await libraryExplanations(db, { terms: ['三个零'], reader: reader2022 });
    // 青岚县 2021 (the same region) before 中阳县; 2021's copy says the same words and is listed once.
    expect(for2022.get('三个零')!.map((e) => [e.region, e.year])).toEqual([
      ['青岚县', 2021],
      ['中阳县', 2020],
    ]);
    expect(await termsExplainedByLibrary(db, { terms: ['三个零', '标准地'], exclude: reader.ids })).toEqual(new Set(['三个零']));
  });

  it('a saved report nearer the reader (same prefecture) goes first, from the region its summary carries', async () => {
    const db = freshDb();
    const near = await saveReport(
      db,
      defining({
        url: 'http://www.zy.gov.cn/1.html',
        region: county('中阳县', '吕梁市', '山西省'),
        year: 2015,
        term: '两山',
        definition: '近',
      }),
    );
    await saveReport(
      db,
      defining({ url: 'http://www.far.gov.cn/1.html', region: county('远县', '远市', '远省'), year: 2020, term: '两山', definition: '远' }),
    );
    const reader = { ids: [], region: county('柳林县', '吕梁市', '山西省'), year: 2020 };
    // 中阳县 is in 吕梁市, as the reader is: it goes first despite its year.
    expect((await libraryExplanations(db, { terms: ['两山'], reader })).get('两山')!.map((e) => e.definition)).toEqual(['近', '远']);
    // The order follows the summary's fields: moved (by hand) to 远市, 中阳县 is as far as 远县, whose year is nearer.
    await db.reports.update(near.reportId, { province: '远省', prefecture: '远市', regionCode: null });
    expect((await libraryExplanations(db, { terms: ['两山'], reader })).get('两山')!.map((e) => e.definition)).toEqual(['远', '近']);
  });

  it('the glossary view lists every definition with every report giving it; a deleted report’s go with it', async () => {
    const db = freshDb();
    const a = await saveReport(
      db,
      defining({ url: 'http://a.gov.cn/1.html', region: county('甲县', null, null), year: 2020, term: '三零', definition: '零上访' }),
    );
    await saveReport(
      db,
      defining({ url: 'http://b.gov.cn/1.html', region: county('乙县', null, null), year: 2021, term: '三零', definition: '零上访。' }),
    );
    await saveReport(
      db,
      defining({
        url: 'http://c.gov.cn/1.html',
        region: county('丙县', null, null),
        year: 2019,
        term: '三零',
        definition: '零事故',
        place: 'body',
      }),
    );
    const listed = await definitionsInLibrary(db, '三零');
    expect(listed.map((d) => [d.definition, d.reports.map((r) => [r.region?.name, r.year, r.place])])).toEqual([
      [
        '零上访',
        [
          ['乙县', 2021, 'appendix'],
          ['甲县', 2020, 'appendix'],
        ],
      ],
      ['零事故', [['丙县', 2019, 'body']]],
    ]);
    expect(listed[1]!.reports[0]).toMatchObject({ start: 10, end: 20 });
    await deleteReports(db, [a.reportId]);
    expect((await definitionsInLibrary(db, '三零'))[0]!.reports.map((r) => r.region?.name)).toEqual(['乙县']);
  });
});

describe('the terms a page uses that the library explains', () => {
  it('are found quoted or not, and the matcher follows the library as reports are saved and deleted', async () => {
    const db = freshDb();
    const terms = new LibraryTermMatcher();
    const text = '全面推行13710工作制度，继续保持“三个零”。';
    expect(await terms.find(db, text)).toEqual(new Map());
    const saved = await saveReport(db, qinglan(2021));
    const found = await terms.find(db, text);
    expect(found.get('13710工作制度')).toBe(4);
    expect(found.get('三个零')).toBe(text.indexOf('三个零'));
    // Within [0, end) only: a page's own appendix is not looked at.
    expect((await terms.find(db, text, 10)).has('三个零')).toBe(false);
    await deleteReports(db, [saved.reportId]);
    expect(await terms.find(db, text)).toEqual(new Map());
  });
});
