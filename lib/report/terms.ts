/**
 * The jargon a report uses: the terms of its own glossary appendix, the terms its body explains
 * in passing, and the slogans it coins, counted in the body, each with its first use. Built-in and
 * user definitions are added later by lib/glossary/annotate.ts (the content script does not carry
 * the built-in glossary).
 */
import { TermMatcher } from '../glossary/matcher.ts';
import { type AppendixEntry, findAppendixGlossary } from './appendix.ts';
import { type BodyExplanation, findBodyExplanations } from './body-glossary.ts';
import type { Part } from './outline.ts';
import { findSlogans, type SloganUse, sloganPattern } from './slogans.ts';
import type { TermUse } from './types.ts';
import { LIMITS } from '../limits.ts';

export interface ReportJargon {
  /** The 名词解释 appendix. */
  appendix: AppendixEntry[];
  /** Terms the body explains where it uses them. */
  body: BodyExplanation[];
  terms: TermUse[];
}

/** All of a report's own jargon; offsets in the normalised text `text`. */
export function findReportJargon({ text, parts }: { text: string; parts: Part[] }): ReportJargon {
  const appendix = findAppendixGlossary({ text, parts });
  const bodyEnd = parts.find((p) => p.kind === 'appendix')?.start ?? text.length;
  const body = findBodyExplanations(text, bodyEnd);
  const terms = findTermUses({ text, bodyEnd, glossary: appendix, body, slogans: findSlogans(text.slice(0, bodyEnd)) });
  return { appendix, body, terms };
}

/** Term uses with offsets in the normalised text. Precedence: the appendix, then the body's own explanation. */
export function findTermUses({
  text,
  bodyEnd,
  glossary,
  body = [],
  slogans,
}: {
  text: string;
  bodyEnd: number;
  glossary: AppendixEntry[];
  body?: BodyExplanation[];
  slogans: SloganUse[];
}): TermUse[] {
  const entries = new Map<string, { definition: string | null; source: TermUse['source'] }>();
  for (const g of glossary) entries.set(g.term, { definition: g.definition, source: 'report' });
  for (const b of body) if (!entries.has(b.term)) entries.set(b.term, { definition: b.definition, source: 'body' });
  for (const s of slogans) {
    if (entries.has(s.term)) continue;
    // “六新” is explained by the report's entry for 六新项目.
    const covering = glossary.find((g) => g.term.includes(s.term));
    entries.set(s.term, covering ? { definition: covering.definition, source: 'report' } : { definition: null, source: 'none' });
  }
  const terms = [...entries.keys()];
  const matcher = TermMatcher.build(terms.map(sloganPattern));
  const uses = new Map<number, { count: number; first: number }>();
  for (const m of matcher.findAll(text, 0, bodyEnd)) {
    const use = uses.get(m.pattern);
    if (use) use.count++;
    else uses.set(m.pattern, { count: 1, first: m.start });
  }
  const result: TermUse[] = [];
  for (const [pattern, use] of uses) {
    const term = terms[pattern]!;
    const entry = entries.get(term)!;
    result.push({
      term,
      count: use.count,
      source: entry.source,
      definition: entry.definition,
      first: use.first,
      sentence: sentenceAround(text, use.first),
    });
  }
  return result.sort((a, b) => a.first - b.first);
}

/** The sentence around `offset`, cut to a readable length. */
export function sentenceAround(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !/[。！？!?\n]/.test(text[start - 1]!) && offset - start < LIMITS.maxQuoteChars / 2) start--;
  let end = offset;
  while (end < text.length && !/[。！？!?\n]/.test(text[end]!) && end - start < LIMITS.maxQuoteChars - 1) end++;
  if (end < text.length && /[。！？!?]/.test(text[end]!)) end++;
  return text.slice(start, end);
}
