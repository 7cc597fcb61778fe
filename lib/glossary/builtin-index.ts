/**
 * The glossary index over the built-in glossary and the user's own terms, built once per set of
 * user terms (building it for the whole built-in glossary takes about a millisecond; see BENCHMARKS.md).
 */
import { builtinGlossary } from './builtin.ts';
import { buildGlossaryIndex, type GlossaryIndex, type UserTerm } from './index.ts';

let cache: { key: string; index: GlossaryIndex } | null = null;

export function builtinIndex(user: readonly UserTerm[] = []): GlossaryIndex {
  const key = user.map((u) => `${u.term}\u0000${u.updatedAt}`).join('\u0001');
  if (cache?.key !== key) cache = { key, index: buildGlossaryIndex({ builtin: builtinGlossary, user }) };
  return cache.index;
}
