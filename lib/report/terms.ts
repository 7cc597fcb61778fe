/**
 * The jargon a report uses: the terms of its own glossary appendix and the slogans it coins,
 * counted in the body, each with its first use. Built-in and user definitions are added later by
 * lib/glossary/annotate.ts (the content script does not carry the built-in glossary).
 */
import { TermMatcher } from '../glossary/matcher.ts';
import type { AppendixEntry } from './appendix.ts';
import type { SloganUse } from './slogans.ts';
import type { TermUse } from './types.ts';
import { LIMITS } from '../limits.ts';

/** Term uses with offsets in the normalised text. */
export function findTermUses({
  text,
  bodyEnd,
  glossary,
  slogans,
}: {
  text: string;
  bodyEnd: number;
  glossary: AppendixEntry[];
  slogans: SloganUse[];
}): TermUse[] {
  const entries = new Map<string, { definition: string | null; source: TermUse['source'] }>();
  for (const g of glossary) entries.set(g.term, { definition: g.definition, source: 'report' });
  for (const s of slogans) {
    if (entries.has(s.term)) continue;
    // “六新” is explained by the report's entry for 六新项目.
    const covering = glossary.find((g) => g.term.includes(s.term));
    entries.set(s.term, covering ? { definition: covering.definition, source: 'report' } : { definition: null, source: 'none' });
  }
  const terms = [...entries.keys()];
  const matcher = TermMatcher.build(terms);
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
