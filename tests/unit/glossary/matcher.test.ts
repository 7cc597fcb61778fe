import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../../lib/glossary/matcher.ts';

const found = (m: TermMatcher, text: string) => m.findAll(text).map((x) => [text.slice(x.start, x.end), m.patterns[x.pattern]]);

/** Brute force: leftmost-longest, non-overlapping, by trying every pattern at every position. */
function naive(patterns: string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    const best = patterns.filter((p) => p.length > 0 && text.startsWith(p, i)).sort((a, b) => b.length - a.length)[0];
    if (best) {
      out.push([i, i + best.length]);
      i += best.length;
    } else i++;
  }
  return out;
}

describe('TermMatcher', () => {
  it('longest match wins and the shorter term inside it is not reported again', () => {
    const m = TermMatcher.build(['两不愁', '三保障', '两不愁三保障', '六稳', '六稳六保', '六保']);
    expect(found(m, '坚守两不愁三保障底线，做好六稳六保工作，落实六保任务')).toEqual([
      ['两不愁三保障', '两不愁三保障'],
      ['六稳六保', '六稳六保'],
      ['六保', '六保'],
    ]);
  });

  it('skips quotation marks and spaces, and reports offsets in the original text', () => {
    const m = TermMatcher.build(['三无三可', '六新项目']);
    const text = '打造“三无”“三可”营商环境，实施“六新”项目13个';
    expect(found(m, text)).toEqual([
      ['三无”“三可', '三无三可'],
      ['六新”项目', '六新项目'],
    ]);
  });

  it('matches Latin letters regardless of case', () => {
    const m = TermMatcher.build(['GDP', 'R&D经费投入强度']);
    expect(found(m, 'gdp增长，r&d经费投入强度提高')).toEqual([
      ['gdp', 'GDP'],
      ['r&d经费投入强度', 'R&D经费投入强度'],
    ]);
  });

  it('agrees with brute force on random texts (leftmost-longest, no overlaps)', () => {
    const alphabet = '一二三四五六稳保两不愁障';
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => word(1 + Math.floor(rnd() * 4))))];
      const text = word(Math.floor(rnd() * 80));
      const m = TermMatcher.build(patterns);
      expect(
        m.findAll(text).map((x) => [x.start, x.end]),
        `${patterns} / ${text}`,
      ).toEqual(naive(patterns, text));
    }
  });

  it('searches only the given window', () => {
    const m = TermMatcher.build(['专精特新']);
    const text = '专精特新 专精特新 专精特新';
    expect(m.findAll(text, 3, 12).map((x) => x.start)).toEqual([5]);
  });
});
