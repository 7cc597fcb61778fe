/**
 * Glossary lookups shared by the background, the CLI and the side panel: one matcher over the
 * user's own terms and the built-in glossary, and the precedence between definitions — the
 * report's own 名词解释 first, then the report's body where it explains a term in passing, then
 * the user's terms, then the built-in glossary.
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
 * the user's terms, the built-in glossary. Definitions from the library's other reports are to
 * slot in between the user's and the built-in ones.
 */
export const EXPLANATION_SOURCES = ['report', 'body', 'user', 'builtin'] as const;
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
