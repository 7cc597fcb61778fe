/**
 * Full JSON backup of the library, and its validation. A backup holds every table with a format
 * version; validation reads the whole file before anything is written and refuses malformed,
 * truncated, foreign or newer files with a problem code the panel words (lib/i18n.ts). Importing a
 * valid file is lib/library/import.ts.
 */
import * as v from 'valibot';
import type { IndexableType, Table } from 'dexie';
import type { LibraryDb } from './db.ts';
import { tablePages } from './paging.ts';
import { SCHEMA_VERSION } from './db.ts';
import { REGION_LEVELS, ReportDocumentSchema, describeIssues } from '../report/schema.ts';
import { LIMITS } from '../limits.ts';

export const BACKUP_FORMAT = 'reportlens-backup';
export const BACKUP_VERSION = 1;

/**
 * Yields the backup as JSON text in pieces (one report at a time), so that a library of 10,000
 * reports with their texts — hundreds of MB — never has to be one string; the side panel turns
 * the pieces into a Blob.
 */
export async function* exportBackup(db: LibraryDb, now = new Date()): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"schemaVersion":${SCHEMA_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"tables":{`;
  const tables = [
    ['reports', db.reports],
    ['documents', db.documents],
    ['texts', db.texts],
    ['figures', db.figures],
    ['reportGlossary', db.reportGlossary],
    ['reportTerms', db.reportTerms],
    ['userTerms', db.userTerms],
  ] as const;
  for (let t = 0; t < tables.length; t++) {
    const [name, table] = tables[t]!;
    yield `${t > 0 ? ',' : ''}${JSON.stringify(name)}:[`;
    let first = true;
    // Pages of rows: memory stays bounded by one page, not the table.
    for await (const rows of tablePages(table as unknown as Table<unknown, IndexableType>, 500)) {
      for (const row of rows) {
        yield (first ? '' : ',') + JSON.stringify(row);
        first = false;
      }
    }
    yield ']';
  }
  yield '}}';
}

const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const url = str(LIMITS.maxUrlChars);

const StoredReportSchema = v.object({
  id,
  // Any scheme passes validation; reports whose address is not a web page are left out on import (import.ts).
  url,
  urls: v.pipe(v.array(url), v.minLength(1), v.maxLength(LIMITS.maxUrlsPerReport)),
  // Written since schema 5; derived again on import.
  host: v.optional(str(LIMITS.maxUrlChars)),
  mirrorOf: v.optional(v.nullable(v.number())),
  pageTitle: str(LIMITS.maxPageTitleChars),
  title: v.nullable(str(LIMITS.maxHeadlineChars)),
  regionName: v.nullable(str(LIMITS.maxRegionNameChars)),
  level: v.nullable(v.picklist(REGION_LEVELS)),
  reviewYear: v.nullable(v.number()),
  planYear: v.nullable(v.number()),
  meeting: v.nullable(str(LIMITS.maxMeetingChars)),
  date: v.nullable(str(10)),
  speakerName: v.nullable(str(LIMITS.maxSpeakerChars)),
  speakerTitle: v.nullable(str(LIMITS.maxSpeakerChars)),
  // Written since schema 6; derived again from the documents on import (an old backup's are
  // resolved when the background re-parses its documents).
  province: v.optional(v.nullable(str(LIMITS.maxRegionNameChars))),
  prefecture: v.optional(v.nullable(str(LIMITS.maxRegionNameChars))),
  regionCode: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{6}$/)))),
  contentHash: str(40),
  targetCount: v.number(),
  actualCount: v.number(),
  termCount: v.number(),
  // Written by schema-3 libraries; derived again from the documents on import.
  terms: v.optional(v.array(str(LIMITS.maxTermChars))),
  unexplained: v.optional(v.array(str(LIMITS.maxTermChars))),
  savedAt: time,
  updatedAt: time,
  seenAt: time,
  parserVersion: v.number(),
});

export const UserTermSchema = v.object({
  term: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxTermChars)),
  definition: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxDefinitionChars)),
  variants: v.pipe(v.array(str(LIMITS.maxTermChars)), v.maxLength(LIMITS.maxTermVariants)),
  updatedAt: time,
});

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  schemaVersion: v.number(),
  exportedAt: v.string(),
  tables: v.object({
    reports: v.array(StoredReportSchema),
    documents: v.array(v.object({ reportId: id, report: ReportDocumentSchema })),
    texts: v.array(v.object({ reportId: id, text: str(LIMITS.maxReportTextChars) })),
    // Derived tables are rebuilt from the documents on import; they only need to be lists.
    figures: v.array(v.unknown()),
    reportGlossary: v.array(v.unknown()),
    // Derived from the documents again on import; older libraries wrote termUses instead.
    reportTerms: v.optional(v.array(v.unknown())),
    termUses: v.optional(v.array(v.unknown())),
    userTerms: v.array(UserTermSchema),
  }),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/** Why a backup file was refused; nothing was written. */
export type BackupProblem =
  | { code: 'not-json'; detail: string }
  | { code: 'foreign' }
  | { code: 'newer'; version: number }
  | { code: 'invalid'; detail: string }
  | { code: 'incomplete'; reportId: number; name: string };

/** Validates a backup file's text completely; nothing is written. */
export function validateBackup(json: string): { ok: true; backup: Backup } | { ok: false; problem: BackupProblem } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', detail: (error as Error).message } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { code: 'foreign' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, problem: { code: 'newer', version } };
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) return { ok: false, problem: { code: 'invalid', detail: describeIssues(result.issues) } };
  const { reports, documents, texts } = result.output.tables;
  const documentIds = new Set(documents.map((d) => d.reportId));
  const textIds = new Set(texts.map((t) => t.reportId));
  const missing = reports.find((r) => !documentIds.has(r.id) || !textIds.has(r.id));
  if (missing) return { ok: false, problem: { code: 'incomplete', reportId: missing.id, name: missing.regionName ?? missing.url } };
  return { ok: true, backup: result.output };
}
