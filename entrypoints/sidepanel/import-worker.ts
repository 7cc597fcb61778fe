/**
 * Imports a backup file off the side panel's thread: parsing a 40 MB file and validating 50,000
 * reports are long tasks that froze the panel for seconds (issue 15). The panel posts `{ file }`
 * (and `{ cancel: true }` to stop at the next chunk and undo the chunks written before, see
 * lib/library/import.ts); the worker posts `{ progress }` as it goes and
 * `{ result }` at the end. IndexedDB is the extension's in a worker too, so the panel's live
 * queries see the reports arrive.
 */
import { openLibrary } from '../../lib/library/db.ts';
import { importBackup } from '../../lib/library/import.ts';

const controller = new AbortController();
const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void };

scope.onmessage = async (event: MessageEvent) => {
  const data = event.data as { file?: unknown; cancel?: unknown };
  if (data?.cancel) return controller.abort();
  if (!(data?.file instanceof Blob)) return;
  const db = openLibrary();
  const result = await importBackup(db, await data.file.text(), {
    signal: controller.signal,
    onProgress: (progress) => scope.postMessage({ progress }),
  });
  db.close();
  scope.postMessage({ result });
};
