import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex } from '../../../lib/glossary/index.ts';
import { analyzeText } from '../../../lib/analyze.ts';
import type { BuiltinGlossaryEntry } from '../../../lib/glossary/types.ts';

const builtin: BuiltinGlossaryEntry[] = [
  {
    term: '专精特新',
    variants: [],
    definition: '内置：专业化、精细化、特色化、新颖化的中小企业。',
    english: 'Specialised SMEs',
    category: 'economy',
    scope: 'national',
    since: 2011,
  },
  {
    term: '六稳',
    variants: [],
    definition: '内置：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。',
    english: 'Six stabilities',
    category: 'formula',
    scope: 'national',
    since: 2018,
  },
  {
    term: '两不愁三保障',
    variants: ['两不愁、三保障'],
    definition: '内置：不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。',
    english: 'Two assurances and three guarantees',
    category: 'formula',
    scope: 'national',
    since: 2015,
  },
];

function report(body: string, appendix = '') {
  return [
    '政府工作报告',
    '——2021年1月20日在青岚县第十七届人民代表大会第五次会议上',
    '县长 张三',
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议。',
    '一、2020年工作回顾',
    body,
    '二、2021年工作安排',
    '做好“六稳”工作。',
    ...(appendix ? ['名词解释', appendix] : []),
  ].join('\n');
}

describe('term precedence: report > user > built-in', () => {
  it('the report’s own 名词解释 explains its term; the others are listed after it', () => {
    const index = buildGlossaryIndex({
      builtin,
      user: [{ term: '专精特新', definition: '我的：这是我的解释。', variants: [], updatedAt: 1 }],
    });
    const { parsed, analysis } = analyzeText({
      text: report(
        '培育“专精特新”企业3户，巩固“两不愁、三保障”成果，推进“五转一新”。',
        '1.专精特新：报告：专业化、精细化、特色化、新颖化。',
      ),
      title: '',
      url: 'x',
      index,
    });
    const terms = new Map(parsed.report.terms.map((t) => [t.term, t]));
    expect(terms.get('专精特新')).toMatchObject({ source: 'report', definition: '报告：专业化、精细化、特色化、新颖化。' });
    expect(terms.get('两不愁三保障')).toMatchObject({ source: 'builtin' });
    expect(terms.get('六稳')).toMatchObject({ source: 'builtin', count: 1 });
    expect(terms.get('五转一新')).toMatchObject({ source: 'none', definition: null });
    expect(terms.get('五转一新')!.sentence).toContain('推进“五转一新”');
    const page = new Map(analysis.terms.map((t) => [t.term, t]));
    expect(page.get('专精特新')!.explanations.map((e) => e.source)).toEqual(['report', 'user', 'builtin']);
    expect(page.get('两不愁三保障')!.patterns).toEqual(['两不愁三保障', '两不愁、三保障']);
  });

  it('a user’s term explains a slogan nobody else explains', () => {
    const index = buildGlossaryIndex({
      builtin,
      user: [{ term: '五转一新', definition: '我的：柳林县提出的转型思路。', variants: [], updatedAt: 1 }],
    });
    const { parsed } = analyzeText({ text: report('推进“五转一新”。'), title: '', url: 'x', index });
    expect(parsed.report.terms.find((t) => t.term === '五转一新')).toMatchObject({
      source: 'user',
      definition: '我的：柳林县提出的转型思路。',
    });
  });

  it('terms in the appendix itself are not counted as uses', () => {
    const index = buildGlossaryIndex({ builtin });
    const { parsed } = analyzeText({
      text: report('全面推进各项工作。', '1.专精特新：专业化、精细化、特色化、新颖化。'),
      title: '',
      url: 'x',
      index,
    });
    expect(parsed.report.terms.find((t) => t.term === '专精特新')).toBeUndefined();
  });
});

describe('term precedence with the report’s body: appendix > body > user > built-in', () => {
  const sanbao: BuiltinGlossaryEntry = {
    term: '三保',
    variants: [],
    definition: '内置：保基本民生、保工资、保运转。',
    english: 'Three guarantees of local budgets',
    category: 'statistics',
    scope: 'national',
    since: 2019,
  };
  const user = [{ term: '三保', definition: '我的：基层财政的三项保障。', variants: [], updatedAt: 1 }];

  it('the body’s own explanation comes first, with the offsets of the passage that gives it', () => {
    const index = buildGlossaryIndex({ builtin: [...builtin, sanbao], user });
    const { parsed, analysis } = analyzeText({
      text: report('全面落实“三保”（保基本民生、保工资、保运转）要求，守住“三保”底线。'),
      title: '',
      url: 'x',
      index,
    });
    expect(parsed.report.terms.find((t) => t.term === '三保')).toMatchObject({
      source: 'body',
      definition: '保基本民生、保工资、保运转',
      count: 2,
    });
    const explanations = analysis.terms.find((t) => t.term === '三保')!.explanations;
    expect(explanations.map((e) => e.source)).toEqual(['body', 'user', 'builtin']);
    expect(parsed.text.slice(explanations[0]!.start, explanations[0]!.end)).toBe('“三保”（保基本民生、保工资、保运转）');
    expect(parsed.report.bodyGlossary).toEqual([
      expect.objectContaining({ term: '三保', definition: '保基本民生、保工资、保运转', start: explanations[0]!.start }),
    ]);
  });

  it('the appendix outranks the body', () => {
    const index = buildGlossaryIndex({ builtin: [...builtin, sanbao], user });
    const { parsed, analysis } = analyzeText({
      text: report('全面落实“三保”（保基本民生、保工资、保运转）要求。', '1.三保：报告：保基本民生、保工资、保运转的简称。'),
      title: '',
      url: 'x',
      index,
    });
    expect(parsed.report.terms.find((t) => t.term === '三保')).toMatchObject({ source: 'report' });
    expect(analysis.terms.find((t) => t.term === '三保')!.explanations.map((e) => e.source)).toEqual(['report', 'body', 'user', 'builtin']);
  });

  it('a slogan the body explains is no longer unexplained', () => {
    const index = buildGlossaryIndex({ builtin });
    const { parsed } = analyzeText({ text: report('深入开展零上访、零事故、零案件“三零”创建。'), title: '', url: 'x', index });
    expect(parsed.report.terms.find((t) => t.term === '三零')).toMatchObject({ source: 'body', definition: '零上访、零事故、零案件' });
  });
});
