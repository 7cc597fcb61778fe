/** Which of a page's report links the library holds, for the Save-all list's "in library" marks (a light query: no parser). */
import type { LibraryDb } from '../library/db.ts';
import { canonicalUrl } from '../library/derive.ts';

/** The links (as given) whose canonical URL some record holds. */
export async function linksInLibrary(db: LibraryDb, urls: string[]): Promise<Set<string>> {
  const byCanonical = new Map(urls.map((u) => [canonicalUrl(u), u]));
  if (byCanonical.size === 0) return new Set();
  const records = await db.reports
    .where('urls')
    .anyOf([...byCanonical.keys()])
    .toArray();
  const found = new Set<string>();
  for (const r of records) for (const u of r.urls) if (byCanonical.has(u)) found.add(byCanonical.get(u)!);
  return found;
}
