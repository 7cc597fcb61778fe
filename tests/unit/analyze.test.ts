/**
 * What a page is told (lib/analyze.ts): the part of a split report's analysis that falls on one
 * page, and the terms of the library's other reports added without anything painted changing.
 */
import { describe, expect, it } from 'vitest';
import { slicePageAnalysis, withLibraryTerms, askableTerms } from '../../lib/analyze.ts';
import type { PageAnalysis } from '../../lib/messages.ts';

const analysis = (terms: PageAnalysis['terms'], userTerms: PageAnalysis['userTerms'] = []): PageAnalysis => ({
  detection: { isReport: true, kind: 'report', confidence: 1, reasons: [] },
  figures: [],
  terms,
  userTerms,
  footnotes: [],
});

describe('one page of a split report', () => {
  it('a body explanation on the page keeps its place, shifted to the page’s text; one on another page keeps only its words', () => {
    const whole = analysis([
      {
        term: '三零',
        patterns: ['“三零”'],
        explanations: [{ source: 'body', definition: '零上访', start: 1200, end: 1220 }],
        firstSentence: '',
      },
      {
        term: '四大攻势',
        patterns: ['“四大攻势”'],
        explanations: [{ source: 'body', definition: '补短板', start: 10, end: 30 }],
        firstSentence: '',
      },
      { term: '六稳', patterns: ['六稳'], explanations: [{ source: 'builtin', definition: '稳就业' }], firstSentence: '' },
    ]);
    const page = slicePageAnalysis(whole, 1000, 500);
    expect(page.terms.map((t) => t.explanations)).toEqual([
      [{ source: 'body', definition: '零上访', start: 200, end: 220 }],
      [{ source: 'body', definition: '补短板' }],
      [{ source: 'builtin', definition: '稳就业' }],
    ]);
  });
});

describe('terms the library explains', () => {
  it('a marked term is named for hovering; an unmarked one is added with no painted spelling; nothing painted changes', () => {
    const before = analysis(
      [
        { term: '三个零', patterns: ['“三个零”'], explanations: [], firstSentence: '保持“三个零”。' },
        { term: '六稳', patterns: ['六稳'], explanations: [{ source: 'builtin', definition: '稳就业' }], firstSentence: '' },
        { term: '五转一新', patterns: [], explanations: [], firstSentence: '' },
      ],
      [{ term: 2, patterns: ['五转一新'] }],
    );
    const text = '继续保持“三个零”。全面推行13710工作制度。';
    const after = withLibraryTerms(before, {
      explained: new Map([
        ['三个零', 5],
        ['五转一新', 0],
        ['13710工作制度', text.indexOf('13710')],
      ]),
      text,
    });
    expect(after.terms.slice(0, 3)).toEqual(before.terms);
    expect(after.terms[3]).toEqual({ term: '13710工作制度', patterns: [], explanations: [], firstSentence: '全面推行13710工作制度。' });
    expect(after.userTerms).toEqual([
      { term: 2, patterns: ['五转一新'] },
      { term: 0, patterns: [] },
      { term: 3, patterns: ['13710工作制度'] },
    ]);
    expect(askableTerms(after)).toEqual(['五转一新', '三个零', '13710工作制度']);
    expect(withLibraryTerms(before, { explained: new Map(), text })).toBe(before);
  });
});
