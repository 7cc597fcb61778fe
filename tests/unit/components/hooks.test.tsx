// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useLiveQuery, type Live } from '../../../components/hooks.ts';
import { freshDb } from '../library/helpers.ts';
import type { LibraryDb } from '../../../lib/library/db.ts';
import { filledDb, renderPanel, reportTab } from './render.tsx';

afterEach(cleanup);

function Probe({ db, term, seen }: { db: LibraryDb; term: string; seen: Live<string | null>[] }) {
  const live = useLiveQuery(async () => (await db.userTerms.get(term))?.definition ?? null, [term]);
  seen.push(live);
  return <p data-testid="probe">{live.status === 'ready' ? `${live.stale ? 'stale:' : ''}${live.value}` : live.status}</p>;
}

describe('useLiveQuery', () => {
  it('answers, follows the table, and marks a value read for other dependencies as stale until the new one comes', async () => {
    const db = freshDb();
    await db.userTerms.bulkPut([
      { term: '甲', definition: '甲的释义', variants: [], updatedAt: 1 },
      { term: '乙', definition: '乙的释义', variants: [], updatedAt: 1 },
    ]);
    const seen: Live<string | null>[] = [];
    const { rerender } = render(<Probe db={db} term="甲" seen={seen} />);
    expect(seen[0]).toEqual({ status: 'loading' });
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('甲的释义'));
    // A write anywhere reaches the view.
    await db.userTerms.put({ term: '甲', definition: '改过的', variants: [], updatedAt: 2 });
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('改过的'));
    const before = seen.length;
    rerender(<Probe db={db} term="乙" seen={seen} />);
    // The first render with the new term still holds 甲's value, and says so.
    expect(seen[before]).toEqual({ status: 'ready', value: '改过的', stale: true });
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('乙的释义'));
  });

  it('a query that throws synchronously ends in the error state', async () => {
    const seen: Live<string | null>[] = [];
    const db = freshDb();
    Object.defineProperty(db, 'userTerms', {
      get() {
        throw new Error('broken table');
      },
    });
    render(<Probe db={db} term="甲" seen={seen} />);
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('error'));
  });
});

describe('switching region in Target vs actual', () => {
  it('never shows one region’s results under another’s name', async () => {
    renderPanel({ db: await filledDb(), view: 'targets', tab: reportTab({ reportId: 4 }) });
    await screen.findByTestId('tva-2021');
    fireEvent.change(screen.getByLabelText('选择地区'), { target: { value: '柳林县' } });
    // Right after the switch: 青岚县's table is gone at once (loading), then 柳林县's empty state.
    expect(screen.queryByTestId('tva-2021')).toBeNull();
    expect(await screen.findByText(/需要同一地区相邻两年的报告/)).toBeTruthy();
  });
});
