/**
 * The user's own explanations of terms: written by the side panel's glossary editor and by backup
 * imports, read by the background (to explain pages) and the panel. One writer per operation, here.
 */
import type { LibraryDb } from './db.ts';
import type { UserTerm } from '../glossary/index.ts';
import { LIMITS } from '../limits.ts';

/** A term as the user typed it: trimmed, unquoted, variants split on commas (Chinese or Latin), empty ones dropped, bounded. */
export function cleanUserTerm({
  term,
  definition,
  variants,
  now,
}: {
  term: string;
  definition: string;
  variants: string;
  now: number;
}): UserTerm | null {
  // Quotation marks are how a report prints a coinage (“五转一新”), not part of the term.
  const t = term
    .trim()
    .replace(/[“”"「」]/g, '')
    .slice(0, LIMITS.maxTermChars);
  const d = definition.trim().slice(0, LIMITS.maxDefinitionChars);
  if (!t || !d) return null;
  const list = variants
    .split(/[,，、]/)
    .map((s) => s.trim().slice(0, LIMITS.maxTermChars))
    .filter((s) => s && s !== t);
  return { term: t, definition: d, variants: [...new Set(list)].slice(0, LIMITS.maxTermVariants), updatedAt: now };
}

/** Saves the user's explanation of a term; `previousTerm` is removed when the term itself was renamed. */
export async function saveUserTerm(db: LibraryDb, term: UserTerm, previousTerm?: string): Promise<void> {
  await db.transaction('rw', db.userTerms, async () => {
    if (previousTerm && previousTerm !== term.term) await db.userTerms.delete(previousTerm);
    await db.userTerms.put(term);
  });
}

export async function deleteUserTerm(db: LibraryDb, term: string): Promise<void> {
  await db.userTerms.delete(term);
}

/** Merges imported terms: a term is written when it is new or its definition newer. Returns how many were written. Call inside a transaction over userTerms. */
export async function mergeUserTerms(db: LibraryDb, terms: UserTerm[]): Promise<number> {
  const existing = new Map((await db.userTerms.bulkGet(terms.map((t) => t.term))).map((t, i) => [terms[i]!.term, t]));
  const newer = terms.filter((t) => {
    const old = existing.get(t.term);
    return !old || old.updatedAt < t.updatedAt;
  });
  await db.userTerms.bulkPut(newer);
  return newer.length;
}
