/**
 * Completes a report's `terms` with the user's and the built-in glossary: the parser finds the
 * report's own glossary terms, the terms its body explains and its slogans; this adds every known
 * term the text uses and explains slogans the report left unexplained. Precedence: the report's
 * appendix > the report's body > user > built-in.
 */
import type { ReportDocument, TermUse } from '../report/types.ts';
import { sentenceAround } from '../report/terms.ts';
import { sloganPattern } from '../report/slogans.ts';
import { isAppendixTitle } from '../report/outline.ts';
import type { TermMatch } from './matcher.ts';
import type { GlossaryIndex, KnownTerm } from './index.ts';
import { LIMITS } from '../limits.ts';

export function annotateTerms({ report, text, index }: { report: ReportDocument; text: string; index: GlossaryIndex }): ReportDocument {
  if (!report.isReport) return report;
  const appendix = report.outline.find((o) => isAppendixTitle(o.title));
  const bodyEnd = appendix ? appendix.start : text.length;
  return { ...report, terms: explainTermUses({ terms: report.terms, text, bodyEnd, index }) };
}

/** The report's own term uses, completed with the glossary's terms and explanations; offsets in `text`. */
export function explainTermUses({
  terms,
  text,
  bodyEnd,
  index,
}: {
  terms: readonly TermUse[];
  text: string;
  bodyEnd: number;
  index: GlossaryIndex;
}): TermUse[] {
  const byTerm = new Map<string, TermUse>(terms.map((t) => [t.term, { ...t }]));
  const known = index.matcher.findAll(text, 0, bodyEnd);
  const found = new Map<string, { count: number; first: number; entry: KnownTerm }>();
  for (const m of known) {
    const entry = index.entryOfPattern[m.pattern]!;
    const use = found.get(entry.term);
    if (use) use.count++;
    else found.set(entry.term, { count: 1, first: m.start, entry });
  }
  for (const [term, use] of found) {
    const existing = byTerm.get(term);
    if (existing?.source === 'report' || existing?.source === 'body') continue;
    if (existing) {
      // A slogan the report left unexplained (or explained by a lower source): the glossary explains it,
      // and its uses are those of every spelling of the entry (“十三五”, 十三五规划, “十三五”时期).
      if (existing.source === 'none' || (existing.source === 'builtin' && use.entry.source === 'user')) {
        existing.source = use.entry.source;
        existing.definition = use.entry.definition;
        existing.count = Math.max(existing.count, use.count);
      }
      continue;
    }
    byTerm.set(term, {
      term,
      count: use.count,
      source: use.entry.source,
      definition: use.entry.definition,
      first: use.first,
      sentence: sentenceAround(text, use.first),
    });
  }
  foldKnownSpellings(byTerm, index);
  dropShadowedSlogans({ byTerm, text, bodyEnd, known });
  // Unexplained slogans that a known term contains (“四为四高两同步” known, slogan 四为) stay unexplained:
  // a wrong explanation is worse than none.
  return [...byTerm.values()].sort((a, b) => a.first - b.first).slice(0, LIMITS.maxTermsPerReport);
}

/**
 * A slogan the report quotes in another spelling of a known term (“十三五”规划 for 十三五, 十件实事
 * for 民生实事) is that term: one entry, explained by it, not a second term beside it.
 */
function foldKnownSpellings(byTerm: Map<string, TermUse>, index: GlossaryIndex): void {
  for (const use of [...byTerm.values()]) {
    if (use.source !== 'none') continue;
    const known = knownSpelling(index, use.term);
    if (!known) continue;
    const canonical = byTerm.get(known.term);
    if (canonical && canonical !== use) {
      // The glossary's matcher already counted this spelling's uses under the known term.
      canonical.first = Math.min(canonical.first, use.first);
      if (canonical.first === use.first) canonical.sentence = use.sentence;
      byTerm.delete(use.term);
    } else {
      byTerm.delete(use.term);
      byTerm.set(known.term, { ...use, term: known.term, source: known.source, definition: known.definition });
    }
  }
}

/**
 * An unexplained slogan the page would never mark on its own, because every use is part of a
 * longer known term (“七五”普法 is 七五普法; leftmost-longest matching marks that): not a term to list.
 * Uses are found with indexOf (a native scan, far cheaper than another matcher pass); a slogan
 * whose uses are not found that way (split by a line break in page text) is kept.
 */
function dropShadowedSlogans({
  byTerm,
  text,
  bodyEnd,
  known,
}: {
  byTerm: Map<string, TermUse>;
  text: string;
  bodyEnd: number;
  known: readonly TermMatch[];
}): void {
  if (known.length === 0) return;
  for (const use of [...byTerm.values()]) {
    if (use.source !== 'none') continue;
    const pattern = sloganPattern(use.term);
    const quoted = pattern !== use.term;
    let found = false;
    let marked = false;
    for (let at = text.indexOf(pattern, 0); at >= 0 && at < bodyEnd && !marked; at = text.indexOf(pattern, at + 1)) {
      found = true;
      const start = quoted ? at + 1 : at;
      marked = !shadowed({ start, end: start + use.term.length, pattern: 0 }, known);
    }
    if (found && !marked) byTerm.delete(use.term);
  }
}

/** A known-term match (sorted by start) that overlaps `use` and starts before it, or at its start and longer. */
function shadowed(use: TermMatch, known: readonly TermMatch[]): boolean {
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known[mid]!.start <= use.start) lo = mid + 1;
    else hi = mid;
  }
  // Matches do not overlap each other, so only the last one starting at or before `use` can cover it.
  const k = known[lo - 1];
  return k !== undefined && k.end > use.start && (k.start < use.start || k.end > use.end);
}

/**
 * The user's or built-in entry that `spelling` is the term or a variant of. The spelling is tried
 * in quotation marks, so quoted-only terms (“十五”) are found as well.
 */
export function knownSpelling(index: GlossaryIndex, spelling: string): KnownTerm | null {
  const found = index.matcher.findAll(`“${spelling}”`);
  const only = found.length === 1 ? found[0]! : null;
  if (only?.start !== 1 || only.end !== spelling.length + 1) return null;
  return index.entryOfPattern[only.pattern]!;
}

/** The spellings the page marks a term by: the glossary's, else the report's own (quoted-only when a bare number). */
export function termPatterns(index: GlossaryIndex, term: string): string[] {
  return index.spellings.get(term) ?? [sloganPattern(term)];
}
