/**
 * Why a write into the library (or the session store) failed, as a code the panel words in the
 * user's language (lib/i18n.ts), with the browser's own message kept for a bug report.
 */
import { LIMITS } from '../limits.ts';

export interface StorageProblem {
  /**
   * 'quota': the disk or the browser's storage quota is full; 'closed': the database is being
   * upgraded or was closed by a newer version in another panel; 'conflict': a record with the same
   * address exists; 'other': anything else (the detail says what).
   */
  code: 'quota' | 'closed' | 'conflict' | 'other';
  detail?: string;
}

/** Names the problem behind a failed IndexedDB or storage write (Dexie wraps the DOM error in `inner`). */
export function storageProblem(error: unknown): StorageProblem {
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError' || /quota/i.test(message)) return { code: 'quota' };
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError') return { code: 'closed' };
  if (name === 'ConstraintError' || inner === 'ConstraintError') return { code: 'conflict' };
  return { code: 'other', detail: message.slice(0, LIMITS.maxProblemDetailChars) };
}
