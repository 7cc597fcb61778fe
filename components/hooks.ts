/**
 * Small Preact hooks for the panel: Dexie liveQuery as state, a debounced value, and the report
 * search shared by the library and the compare picker.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { StoredReport } from '../lib/library/db.ts';
import { ReportSearch, hasLatin, loadPinyin, reportSearchItems } from '../lib/search.ts';

/**
 * A live query's state. `stale`: the value was read for the previous dependencies and the query
 * for the current ones has not answered yet (the view may keep showing it, or show "loading").
 */
export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T; stale: boolean } | { status: 'error'; error: unknown };

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * Re-runs `query` whenever the tables it read change (in this panel or the background), or `deps`
 * change. `paused`: keep the last value and stop following changes until unpaused (during an import
 * every chunk would re-read and re-render the whole library list).
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], { paused = false }: { paused?: boolean } = {}): Live<T> {
  const [state, setState] = useState<{ live: Live<T>; deps: unknown[] }>({ live: { status: 'loading' }, deps });
  useEffect(() => {
    if (paused) return;
    // A query that throws synchronously (a table access on a broken database) would escape
    // liveQuery's error channel and leave the view loading; as a rejection it reaches `error`.
    const guarded = () => {
      try {
        return Promise.resolve(query());
      } catch (error) {
        return Promise.reject(error);
      }
    };
    const subscription = liveQuery(guarded).subscribe({
      next: (value) => setState({ live: { status: 'ready', value, stale: false }, deps }),
      error: (error) => setState({ live: { status: 'error', error }, deps }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on.
  }, [...deps, paused]);
  const stale = !sameDeps(state.deps, deps);
  return useMemo(() => (state.live.status === 'ready' && stale ? { ...state.live, stale: true } : state.live), [state, stale]);
}

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return debounced;
}

/**
 * Ids of the reports matching `query` (fuzzy over region names, substring over titles and
 * meetings), best first; null for an empty query. Pinyin keys are loaded the first time the query
 * holds Latin letters, and the result is recomputed once they are in.
 */
export function useReportSearch(reports: StoredReport[], query: string): number[] | null {
  const search = useMemo(() => new ReportSearch(reportSearchItems(reports)), [reports]);
  const [pinyinVersion, setPinyinVersion] = useState(0);
  const latin = hasLatin(query);
  useEffect(() => {
    if (!latin) return;
    let live = true;
    void loadPinyin().then((pinyinOf) => {
      if (!live) return;
      search.withPinyin(pinyinOf);
      setPinyinVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [latin, search]);
  // pinyinVersion: the results change once the pinyin keys are in.
  return useMemo(() => (query.trim() ? search.search(query) : null), [search, query, pinyinVersion]);
}
