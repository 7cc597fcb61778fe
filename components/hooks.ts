/**
 * Small Preact hooks for the panel: Dexie liveQuery as state, and a debounced value.
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/** Re-runs `query` whenever the tables it read change (in this panel or the background). */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on.
  }, deps);
  return state;
}

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return debounced;
}
