/**
 * Re-parses stored reports from their stored text when the parser improves (PARSER_VERSION rises),
 * without visiting the pages again. The background runs it at start-up (lib/background/reparse-job.ts).
 */
import type { LibraryDb } from './db.ts';
import { fetchFields, summarize } from './derive.ts';
import type { Plan } from './dedupe.ts';
import { ALL_TABLES, applyPlans } from './save.ts';
import type { ReportDocument } from '../report/types.ts';
import { LIMITS } from '../limits.ts';

/** Stored reports parsed by an older parser than `parserVersion`. */
export async function outdatedReports(db: LibraryDb, parserVersion: number): Promise<number[]> {
  return (await db.reports.where('parserVersion').below(parserVersion).primaryKeys()) as number[];
}

/**
 * Re-parses the reports parsed by an older parser (or all, with `all`), in chunks of
 * LIMITS.reparseChunkReports, one transaction each, so a library of 10,000 reports never holds one
 * giant transaction and other writes get their turn in between (`pause`). A report's times, host,
 * addresses and copy relation are kept: only what the parser reads from the same text changes.
 */
export async function reparseReports(
  db: LibraryDb,
  {
    parse,
    parserVersion,
    all = false,
    chunkSize = LIMITS.reparseChunkReports,
    onProgress,
    pause = () => Promise.resolve(),
  }: {
    parse: (input: { text: string; pageTitle: string; url: string }) => ReportDocument;
    parserVersion: number;
    all?: boolean;
    chunkSize?: number;
    onProgress?: (done: number, total: number) => void | Promise<void>;
    /** Yields between chunks (the background lets messages in). */
    pause?: () => Promise<void>;
  },
): Promise<number> {
  const ids = all ? ((await db.reports.toCollection().primaryKeys()) as number[]) : await outdatedReports(db, parserVersion);
  let done = 0;
  if (ids.length > 0) await onProgress?.(0, ids.length);
  for (let i = 0; i < ids.length; i += chunkSize) {
    const chunk = ids.slice(i, i + chunkSize);
    await db.transaction('rw', ALL_TABLES(db), async () => {
      const [stored, texts] = await Promise.all([db.reports.bulkGet(chunk), db.texts.bulkGet(chunk)]);
      const plans = new Map<number, Plan>();
      stored.forEach((r, k) => {
        const text = texts[k];
        if (!r || !text) return;
        const report = parse({ text: text.text, pageTitle: r.pageTitle, url: r.url });
        // A parser that no longer calls the stored text a report (it cannot see the page's links or
        // title here) does not get to empty the record: it stays as it was and is tried again next time.
        if (!report.isReport) return;
        const fresh = summarize({ report, text: text.text, url: r.url, pageTitle: r.pageTitle, now: r.updatedAt });
        const { id, url, urls, host, mirrorOf, savedAt, seenAt, updatedAt } = r;
        plans.set(id, {
          action: 'replace',
          item: { url, pageTitle: r.pageTitle, report, text: text.text },
          summary: { ...fresh, id, url, urls, host, mirrorOf, savedAt, seenAt, updatedAt, ...fetchFields(r) },
        });
      });
      await applyPlans(db, plans);
    });
    done += chunk.length;
    await onProgress?.(done, ids.length);
    await pause();
  }
  return done;
}
