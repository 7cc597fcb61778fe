/**
 * Jargon the report coins or quotes: numbered slogans (“五转一新”, “三基目标”, 1311重大工程,
 * “一道十片百村”) and short quoted coinages (“晋兴板”, “小升规”). These are what readers cannot
 * decode; the glossary explains the ones it knows, and the rest are listed as unexplained.
 */
import { LIMITS } from '../limits.ts';

export interface SloganUse {
  term: string;
  /** Offset of the first use in the normalised text. */
  first: number;
}

const QUOTED = /“([^“”\n]{2,16})”/g;
const NUMBERED = /[一二三四五六七八九十百千万两双]|\d/;
const CODE_NAMED = /(?<![\d.])(\d{3,6})(重大工程|工程|战略|行动|计划|体系|布局|模式|机制|格局)/g;
/** Quoted phrases that are quotations, dates or numbers rather than coinages. */
const NOT_A_COINAGE = /^[\d.%\s]+$|[。；;：:！？!?]|^\d{4}年|^第/;

/** Ordinary words that happen to start with a numeral. */
const NOT_NUMBERED = /^(一般|一站式|一体化|一批|一些|一系列|一流|一线|一刀切|一直|百折不挠|千方百计|万众一心|一心一意|一以贯之)/;

/** A slogan built on a number: 五转一新, 四为四高两同步, 1311重大工程, 8+5 (and not 一般公共预算收入). */
export function isNumberedSlogan(term: string): boolean {
  return /^(?:[一二三四五六七八九十百千万两双]|\d)/.test(term) && /[\u4e00-\u9fff]/.test(term) && !NOT_NUMBERED.test(term);
}

export function findSlogans(text: string): SloganUse[] {
  const found = new Map<string, number>();
  const add = (term: string, at: number) => {
    if (!found.has(term)) found.set(term, at);
  };
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!;
    if (NOT_A_COINAGE.test(inner)) continue;
    // “六地四转、三区十园” names two slogans; “党建统领，五转一新” a motto and a slogan.
    const pieces = inner.split(/[、，,]/);
    let offset = m.index! + 1;
    for (const piece of pieces) {
      const numbered = NUMBERED.test(piece);
      if (
        numbered
          ? piece.length >= 2 && piece.length <= LIMITS.sloganNumberedMaxChars
          : piece.length >= 3 && piece.length <= LIMITS.sloganUnnumberedMaxChars
      )
        add(piece, offset);
      offset += piece.length + 1;
    }
  }
  for (const m of text.matchAll(CODE_NAMED)) add(m[0], m.index!);
  return [...found].map(([term, first]) => ({ term, first })).sort((a, b) => a.first - b.first);
}
