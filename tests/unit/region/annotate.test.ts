/** The region step on parser output: fields added, level corrected, unresolved regions explicit, schema kept. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseReportText } from '../../../lib/report/index.ts';
import { ReportDocumentSchema } from '../../../lib/report/schema.ts';
import { annotateRegion } from '../../../lib/region/annotate.ts';
import { builtinDivisions } from '../../../lib/region/divisions.ts';
import { analyzeText } from '../../../lib/analyze.ts';
import { buildGlossaryIndex } from '../../../lib/glossary/index.ts';
import type { RegionChoices } from '../../../lib/region/choices.ts';

const divisions = builtinDivisions();
const report = (head: string) => {
  const text = `政府工作报告\n${head}\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2015年工作回顾\n地区生产总值增长5%。\n二、2016年工作安排\n地区生产总值增长6%左右。`;
  return { ...parseReportText({ text }), text };
};

describe('annotateRegion', () => {
  it('adds province, prefecture and code, and gives a county-level city the level county', () => {
    const { report: parsed, text } = report('——2016年在巢湖市第八届人民代表大会第五次会议上');
    expect(parsed.region).toEqual({ name: '巢湖市', level: 'city' });
    const annotated = annotateRegion({ report: parsed, text, divisions });
    expect(annotated.region).toEqual({ name: '巢湖市', level: 'county', province: '安徽省', prefecture: '合肥市', code: '340181' });
    expect(v.safeParse(ReportDocumentSchema, annotated).success).toBe(true);
  });

  it('keeps an unresolved region as the parser found it, with explicit nulls', () => {
    const { report: parsed, text } = report('——2016年在青岚县第十七届人民代表大会第五次会议上');
    const annotated = annotateRegion({ report: parsed, text, url: 'http://www.qinglan.gov.cn/a.html', divisions });
    expect(annotated.region).toEqual({ name: '青岚县', level: 'county', province: null, prefecture: null, code: null });
    expect(v.safeParse(ReportDocumentSchema, annotated).success).toBe(true);
  });

  it('fills a region the parser missed when the page names one (the site name)', () => {
    const text = '政府工作报告\n各位代表：\n短文。';
    const parsed = parseReportText({ text }).report;
    expect(parsed.region).toBeNull();
    expect(annotateRegion({ report: parsed, text, siteName: '尉犁县人民政府', divisions }).region).toEqual({
      name: '尉犁县',
      level: 'county',
      province: '新疆维吾尔自治区',
      prefecture: '巴音郭楞蒙古自治州',
      code: '652823',
    });
    expect(annotateRegion({ report: parsed, text, divisions }).region).toBeNull();
  });

  it('lets stored documents and old backups without the new fields validate, and rejects a malformed code', () => {
    const { report: parsed } = report('——2016年在巢湖市第八届人民代表大会第五次会议上');
    expect(v.safeParse(ReportDocumentSchema, parsed).success).toBe(true);
    const bad = { ...parsed, region: { name: '巢湖市', level: 'county', province: '安徽省', prefecture: '合肥市', code: '3401' } };
    expect(v.safeParse(ReportDocumentSchema, bad).success).toBe(false);
  });
});

describe('analyzeText (the background) resolves with what the page sends', () => {
  const text = '政府工作报告\n——2021年在鼓楼区第十八届人民代表大会第一次会议上\n各位代表：\n现在，我代表区人民政府向大会报告工作。';
  const analyze = (page: { url: string; siteName?: string; regionChoices?: RegionChoices }) =>
    analyzeText({ text, title: '政府工作报告', index: buildGlossaryIndex({ builtin: [] }), ...page }).parsed.report.region;

  it('leaves 鼓楼区 unresolved on a site that does not say which', () => {
    expect(analyze({ url: 'http://www.gulou.gov.cn/a.html' })).toMatchObject({
      name: '鼓楼区',
      province: null,
      prefecture: null,
      code: null,
    });
  });

  it("resolves it from the site's name, or from the user's remembered choice", () => {
    expect(analyze({ url: 'http://www.gulou.gov.cn/a.html', siteName: '南京市鼓楼区人民政府' })).toMatchObject({
      prefecture: '南京市',
      code: '320106',
    });
    const regionChoices = { 'www.gulou.gov.cn': { 鼓楼区: '350102' } };
    expect(analyze({ url: 'http://www.gulou.gov.cn/a.html', regionChoices })).toMatchObject({
      prefecture: '福州市',
      code: '350102',
    });
    // The choice is the site's: the same name elsewhere is not resolved by it.
    expect(analyze({ url: 'http://www.gl.gov.cn/a.html', regionChoices })).toMatchObject({ code: null });
  });
});
