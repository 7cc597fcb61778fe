/**
 * Variants of a term resolve to one entry (十三五 / “十三五” / 十三五规划 / “十三五”时期), terms that
 * are also numbers match only where quoted (“十五” but not 十五届), and markdown residue (**三零**)
 * never becomes a term of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze.ts';
import { buildGlossaryIndex } from '../../../lib/glossary/index.ts';
import { TermMatcher } from '../../../lib/glossary/matcher.ts';
import type { BuiltinGlossaryEntry } from '../../../lib/glossary/types.ts';
import { findSlogans, quotedSlogans, sloganPattern } from '../../../lib/report/slogans.ts';

const entry = (e: Partial<BuiltinGlossaryEntry> & Pick<BuiltinGlossaryEntry, 'term'>): BuiltinGlossaryEntry => ({
  variants: [],
  definition: `内置：${e.term}的解释文字，足够长。`,
  english: 'gloss',
  category: 'formula',
  scope: 'national',
  since: 2001,
  ...e,
});

const builtin = [
  entry({ term: '十三五', variants: ['十三五规划', '十三五时期', '第十三个五年规划'] }),
  entry({ term: '十五', variants: ['十五计划', '十五时期', '十五期间', '第十个五年计划'], quotedOnly: true, until: 2005 }),
  entry({ term: '七五普法', variants: [] }),
  entry({ term: '三变改革', variants: ['三变'] }),
];
const index = buildGlossaryIndex({ builtin });

function analyse(body: string) {
  const text = [
    '政府工作报告',
    '——2021年1月20日在青岚县第十七届人民代表大会第五次会议上',
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议。',
    '一、2020年工作回顾',
    body,
    '二、2021年工作安排',
    '做好各项工作。',
  ].join('\n');
  const { parsed, analysis } = analyzeText({ text, title: '', url: 'x', index });
  const marks = (term: string) => {
    const t = analysis.terms.find((x) => x.term === term);
    if (!t) return [];
    return TermMatcher.build(t.patterns)
      .findAll(parsed.text)
      .map((m) => parsed.text.slice(m.start, m.end));
  };
  return { terms: parsed.report.terms, analysis, marks };
}

describe('variants resolve to one entry', () => {
  it('十三五, “十三五”, “十三五规划” and “十三五”时期 are one term, explained by the built-in entry', () => {
    const { terms, analysis } = analyse('“十三五”圆满收官，“十三五规划”目标全面完成，“十三五”时期经济年均增长7%，十三五期间成就显著。');
    const found = terms.filter((t) => t.term.includes('十三五'));
    expect(found.map((t) => t.term)).toEqual(['十三五']);
    expect(found[0]).toMatchObject({ source: 'builtin', count: 4 });
    expect(analysis.terms.find((t) => t.term === '十三五')!.explanations[0]!.source).toBe('builtin');
  });

  it('a slogan quoted in a variant’s spelling (“三变”) is the entry’s term and gets its explanation in the page', () => {
    const { terms, analysis } = analyse('推进“三变”改革试点。');
    expect(terms.map((t) => t.term)).toEqual(['三变改革']);
    expect(analysis.terms[0]!.explanations).toHaveLength(1);
  });

  it('a slogan every use of which is part of a longer known term is not a term of its own (“七五”普法)', () => {
    const { terms } = analyse('荣获全国“七五”普法中期先进县。');
    expect(terms.map((t) => t.term)).toEqual(['七五普法']);
  });
});

describe('terms that are also numbers match only where quoted', () => {
  it('“十五” is the plan period; 十五届 and 二十五 are numbers', () => {
    const { terms, marks } = analyse('党的十五届五中全会召开，“十五”计划顺利完成，“九五”和“十五”成就显著，全县二十五个乡镇受益。');
    expect(terms.find((t) => t.term === '十五')).toMatchObject({ source: 'builtin', count: 2 });
    expect(marks('十五')).toEqual(['十五”计划', '十五']);
  });

  it('an unexplained bare count (“四个”) is marked only where quoted', () => {
    const { terms, marks } = analyse('保持“四个”力度不减，建成四个园区。');
    expect(terms.find((t) => t.term === '四个')).toMatchObject({ count: 1 });
    expect(marks('四个')).toEqual(['四个']);
    expect(sloganPattern('四个')).toBe('“四个”');
    expect(sloganPattern('五转一新')).toBe('五转一新');
  });
});

describe('markdown residue never becomes a term', () => {
  it('“**三零**” in page text is the slogan 三零', () => {
    const { terms } = analyse('深入开展“**三零**”单位创建活动，继续推进“**五转一新**”。');
    expect(terms.map((t) => t.term)).toEqual(['三零', '五转一新']);
  });

  it('the slogan finder strips it from text the normaliser did not see', () => {
    expect(findSlogans('开展“**三零**”创建').map((s) => s.term)).toEqual(['三零']);
    const [q] = [...quotedSlogans('开展“**三零**”创建')];
    expect(q).toEqual({ term: '三零', start: 5, end: 7 });
    expect('开展“**三零**”创建'.slice(q!.start, q!.end)).toBe('三零');
  });
});

describe('TermMatcher: quoted-only patterns', () => {
  it('matches “十五” only between quotation marks, and prefers an unquoted spelling of the same words', () => {
    const m = TermMatcher.build(['“十五”', '十五计划']);
    const text = '十五届“十五”“十五”计划 十五计划 二十五';
    expect(m.findAll(text).map((x) => text.slice(x.start, x.end))).toEqual(['十五', '十五”计划', '十五计划']);
    expect(
      TermMatcher.build(['“十五”', '十五'])
        .findAll(text)
        .map((x) => text.slice(x.start, x.end)),
    ).toHaveLength(5);
  });
});
