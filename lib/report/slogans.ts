/**
 * Jargon the report coins or quotes: numbered slogans (“五转一新”, “三基目标”, 1311重大工程,
 * “一道十片百村”) and short quoted coinages (“晋兴板”, “小升规”). These are what readers cannot
 * decode; the glossary explains the ones it knows, and the rest are listed as unexplained.
 */
import { quotedPattern } from '../glossary/matcher.ts';
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

/**
 * Slogans that are a bare number or a count (十五, 八七, 四个, 十二条) name something only where the
 * report quotes them: unquoted, 十五 is a number (十五届) and 四个 a count.
 */
const BARE_NUMBER = /^(?:[一二三四五六七八九十百千万两双]+|\d+)[个条项件种类点]?$/;

/** The spelling to match a slogan by: quoted-only when the bare words are also a number or a count. */
export function sloganPattern(term: string): string {
  return BARE_NUMBER.test(term) ? quotedPattern(term) : term;
}

/** Markdown bold residue a CMS left inside the quotation marks (“**三零**”): never part of a term. */
const MARKDOWN = /\*+/g;

export function findSlogans(text: string): SloganUse[] {
  const found = new Map<string, number>();
  const add = (term: string, at: number) => {
    if (!found.has(term)) found.set(term, at);
  };
  for (const q of quotedSlogans(text)) add(q.term, q.start);
  for (const m of text.matchAll(CODE_NAMED)) add(m[0], m.index);
  return [...found].map(([term, first]) => ({ term, first })).sort((a, b) => a.first - b.first);
}

/** A slogan in quotation marks where the text uses it; `end` is exclusive. */
export interface QuotedSlogan {
  term: string;
  start: number;
  end: number;
}

/** Every quoted use of a slogan, in text order: each piece of “六地四转、三区十园” on its own. */
export function* quotedSlogans(text: string): Generator<QuotedSlogan> {
  for (const m of text.matchAll(QUOTED)) {
    if (NOT_A_COINAGE.test(m[1]!.replace(MARKDOWN, ''))) continue;
    // “六地四转、三区十园” names two slogans; “党建统领，五转一新” a motto and a slogan.
    let offset = m.index + 1;
    for (const raw of m[1]!.split(/[、，,]/)) {
      // “**三零**” in text the normaliser did not see (a stored text, a script's input): the slogan is 三零.
      const piece = raw.replace(MARKDOWN, '');
      const numbered = NUMBERED.test(piece);
      if (
        numbered
          ? piece.length >= 2 && piece.length <= LIMITS.sloganNumberedMaxChars
          : piece.length >= 3 && piece.length <= LIMITS.sloganUnnumberedMaxChars
      ) {
        const lead = raw.length - raw.replace(/^\*+/, '').length;
        yield { term: piece, start: offset + lead, end: offset + lead + piece.length };
      }
      offset += raw.length + 1;
    }
  }
}

const DIGIT_VALUES = '一二三四五六七八九';
/** A count right after the numeral makes it a count of the parts: 三个代表, 五位一体, 四大攻势. */
const CLASSIFIER = /^[个项条大种件类张篇场支批位重]/;

/** 三 → 3, 十二 → 12, 二十 → 20, 两/双 → 2; NaN for anything else (百, 一一). */
function chineseNumber(s: string): number {
  if (s === '两' || s === '双') return 2;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s.length === 0) return Number.NaN;
  const digit = (c: string | undefined) => (c ? DIGIT_VALUES.indexOf(c) + 1 : 0);
  if (!m[2]) return m[1] && !m[3] ? digit(m[1]) : Number.NaN;
  return (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]);
}

/**
 * How many parts an enumeration that explains `term` may have: 三个一 → [3] (a count of what
 * follows); 三零 → [3]; 两不愁三保障 → [5, 2] (every part, or one per numbered group); 三去一降一补 →
 * [5, 3]. Empty for a term that does not start with a Chinese numeral (1311 is a code, not a count)
 * and for counts outside min…LIMITS.enumerationMaxParts (by default an explanation of one part
 * proves nothing; in “三项政策、一项改革” explained together, 一项改革 has its one part).
 */
export function sloganPartCounts(term: string, min = 2): number[] {
  const groups = [...term.matchAll(/[一二三四五六七八九十两双]+/g)].map((m) => ({
    at: m.index,
    value: chineseNumber(m[0]),
    end: m.index + m[0].length,
  }));
  const first = groups[0];
  if (first?.at !== 0 || Number.isNaN(first.value)) return [];
  const counts =
    groups.length === 1 || CLASSIFIER.test(term.slice(first.end))
      ? [first.value]
      : [groups.reduce((sum, g) => sum + g.value, 0), groups.length];
  return counts.filter((n, i) => !Number.isNaN(n) && n >= min && n <= LIMITS.enumerationMaxParts && counts.indexOf(n) === i);
}
