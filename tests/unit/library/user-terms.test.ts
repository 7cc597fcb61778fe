/** The user's own terms: one set of functions for the panel's editor and for imports. */
import { describe, expect, it } from 'vitest';
import { cleanUserTerm, deleteUserTerm, mergeUserTerms, saveUserTerm } from '../../../lib/library/user-terms.ts';
import { LIMITS } from '../../../lib/limits.ts';
import { freshDb } from './helpers.ts';

describe('user terms', () => {
  it('cleans what the user typed: quotes, spaces, variants split on any comma, bounded lengths', () => {
    expect(cleanUserTerm({ term: ' “五转一新” ', definition: ' 转型思路。 ', variants: '五转，五转一新、五转一新战略, ', now: 7 })).toEqual(
      {
        term: '五转一新',
        definition: '转型思路。',
        variants: ['五转', '五转一新战略'],
        updatedAt: 7,
      },
    );
    expect(cleanUserTerm({ term: '  ', definition: 'x', variants: '', now: 1 })).toBeNull();
    expect(cleanUserTerm({ term: 'x', definition: 'y'.repeat(5000), variants: '', now: 1 })!.definition).toHaveLength(
      LIMITS.maxDefinitionChars,
    );
  });

  it('a renamed term replaces the old one; delete removes it; an import keeps the newer definition', async () => {
    const db = freshDb();
    await saveUserTerm(db, { term: '五转', definition: '旧', variants: [], updatedAt: 1 });
    await saveUserTerm(db, { term: '五转一新', definition: '新', variants: [], updatedAt: 2 }, '五转');
    expect((await db.userTerms.toArray()).map((t) => t.term)).toEqual(['五转一新']);
    const written = await db.transaction('rw', db.userTerms, () =>
      mergeUserTerms(db, [
        { term: '五转一新', definition: '更旧', variants: [], updatedAt: 1 },
        { term: '三基目标', definition: '导入', variants: [], updatedAt: 1 },
      ]),
    );
    expect(written).toBe(1);
    expect((await db.userTerms.get('五转一新'))!.definition).toBe('新');
    await deleteUserTerm(db, '五转一新');
    expect(await db.userTerms.count()).toBe(1);
  });
});
