/**
 * Glossary lookups shared by the background, the CLI and the side panel: one matcher over the
 * user's own terms and the built-in glossary, and the precedence between definitions — the
 * report's own 名词解释 first, then the report's body where it explains a term in passing, then
 * the user's terms, then the library's other reports (lib/library/explanations.ts), then the
 * built-in glossary.
 */
import { quotedPattern, TermMatcher } from './matcher.ts';
import type { BuiltinGlossaryEntry } from './types.ts';

/** A term the user explained once, for all reports. */
export interface UserTerm {
  term: string;
  definition: string;
  variants: string[];
  updatedAt: number;
}

/**
 * Where an explanation comes from, highest precedence first: the report's 名词解释 appendix
 * ('report'), the report's own words where it uses the term ('body': “三个一”：一个…、一个…、一个…),
 * the user's terms, another saved report that defines the term ('library': the same region's
 * first), the built-in glossary. 'user' and 'library' are the user's own data: they reach a page's
 * content script only one term at a time, on a real hover (lib/background/router.ts).
 */
export const EXPLANATION_SOURCES = ['report', 'body', 'user', 'library', 'builtin'] as const;
export type ExplanationSource = (typeof EXPLANATION_SOURCES)[number];

/** A known explanation of a term, with where it comes from. */
export interface Explanation {
  source: ExplanationSource;
  definition: string;
  /** English gloss (built-in entries only). */
  english?: string;
  /** Offsets, in this page's report text, of the passage that explains the term (body explanations): jump-to-source. */
  start?: number;
  end?: number;
  /** For a library explanation: the saved report it comes from (its label: 柳林县 2020 年报告). */
  from?: ExplanationOrigin;
  /** For a library explanation: how many other, differing definitions the library holds. */
  more?: number;
}

/** The saved report a library explanation comes from, as a label names it. */
export interface ExplanationOrigin {
  region: string | null;
  year: number | null;
}

export interface KnownTerm {
  term: string;
  source: 'user' | 'builtin';
  definition: string;
  english?: string;
}

export interface GlossaryIndex {
  matcher: TermMatcher;
  /** Entry for each matcher pattern (a term and each of its variants point to the same entry). */
  entryOfPattern: KnownTerm[];
  /** Every explanation by canonical term, in precedence order (user before built-in). */
  explanations: Map<string, Explanation[]>;
  /** Every spelling of a canonical term (the term and its variants). */
  spellings: Map<string, string[]>;
}

export function buildGlossaryIndex({
  builtin,
  user = [],
}: {
  builtin: readonly BuiltinGlossaryEntry[];
  user?: readonly UserTerm[];
}): GlossaryIndex {
  const patterns: string[] = [];
  const entryOfPattern: KnownTerm[] = [];
  const explanations = new Map<string, Explanation[]>();
  const spellings = new Map<string, string[]>();
  const patternIndex = new Map<string, number>();
  const add = (pattern: string, entry: KnownTerm) => {
    // A user's term shadows a built-in spelling of the same words.
    if (patternIndex.has(pattern)) return;
    patternIndex.set(pattern, patterns.length);
    patterns.push(pattern);
    entryOfPattern.push(entry);
    spellings.set(entry.term, [...(spellings.get(entry.term) ?? []), pattern]);
  };
  const explain = (term: string, explanation: Explanation) => {
    const list = explanations.get(term) ?? [];
    list.push(explanation);
    explanations.set(term, list);
  };
  for (const u of user) {
    const entry: KnownTerm = { term: u.term, source: 'user', definition: u.definition };
    for (const p of [u.term, ...u.variants]) add(p, entry);
    explain(u.term, { source: 'user', definition: u.definition });
  }
  for (const b of builtin) {
    const entry: KnownTerm = { term: b.term, source: 'builtin', definition: b.definition, english: b.english };
    for (const p of [b.quotedOnly ? quotedPattern(b.term) : b.term, ...b.variants]) add(p, entry);
    explain(b.term, { source: 'builtin', definition: b.definition, english: b.english });
  }
  return { matcher: TermMatcher.build(patterns), entryOfPattern, explanations, spellings };
}
