/**
 * Reading a whole table in pages by primary key (keyset paging). `offset(n)` would walk n rows
 * again for every page, quadratic over 250,000 figures; `above(lastKey)` starts where the last page ended.
 */
import type { IndexableType, Table } from 'dexie';

export async function* tablePages<T>(table: Pick<Table<T, IndexableType>, 'orderBy' | 'where'>, pageSize: number): AsyncGenerator<T[]> {
  let page = await table.orderBy(':id').limit(pageSize).toArray();
  let keys = await table.orderBy(':id').limit(pageSize).primaryKeys();
  while (page.length > 0) {
    yield page;
    if (page.length < pageSize) return;
    const last = keys[keys.length - 1]!;
    [page, keys] = await Promise.all([
      table.where(':id').above(last).limit(pageSize).toArray(),
      table.where(':id').above(last).limit(pageSize).primaryKeys(),
    ]);
  }
}
