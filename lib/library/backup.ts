/**
 * Full JSON backup of the library, and its import. A backup holds every table with a format
 * version; import validates the whole file before writing anything, refuses malformed, truncated,
 * foreign or newer files with a message that says what is wrong, and merges a valid file through
 * the same deduplication as saving (so importing twice changes nothing).
 */
import * as v from 'valibot';
import type { IndexableType, Table } from 'dexie';
import type { LibraryDb } from './db.ts';
import { tablePages } from './paging.ts';
import { SCHEMA_VERSION } from './db.ts';
import { saveReports } from './save.ts';
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

const StoredReportSchema = v.object({
  id,
  url: str(4000),
  urls: v.pipe(v.array(str(4000)), v.minLength(1), v.maxLength(1000)),
  pageTitle: str(500),
  title: v.nullable(str(300)),
  regionName: v.nullable(str(40)),
  level: v.nullable(v.picklist(REGION_LEVELS)),
  reviewYear: v.nullable(v.number()),
  planYear: v.nullable(v.number()),
  meeting: v.nullable(str(120)),
  date: v.nullable(str(10)),
  speakerName: v.nullable(str(20)),
  speakerTitle: v.nullable(str(20)),
  contentHash: str(40),
  targetCount: v.number(),
  actualCount: v.number(),
  termCount: v.number(),
  // Written by schema-3 libraries; derived again from the documents on import.
  terms: v.optional(v.array(str(60))),
  unexplained: v.optional(v.array(str(60))),
  savedAt: time,
  updatedAt: time,
  seenAt: time,
  parserVersion: v.number(),
});

const UserTermSchema = v.object({
  term: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  definition: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxDefinitionChars)),
  variants: v.pipe(v.array(str(60)), v.maxLength(50)),
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

export type ImportResult =
  | { ok: true; reports: { created: number; updated: number; unchanged: number }; userTerms: number }
  | { ok: false; error: string };

/** Validates a backup file's text completely; nothing is written. */
export function validateBackup(json: string): { ok: true; backup: v.InferOutput<typeof BackupSchema> } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `文件不是完整的 JSON（可能被截断或损坏）：${(error as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: '这不是 ReportLens 的备份文件（缺少 "format": "reportlens-backup"）。' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `这个备份由更新版本的 ReportLens 生成（格式版本 ${version}，本版本只能读到 ${BACKUP_VERSION}）。请先更新扩展。`,
    };
  }
  const result = v.safeParse(BackupSchema, data);
  if (!result.success) return { ok: false, error: `备份文件格式不对：${describeIssues(result.issues)}` };
  const { reports, documents, texts } = result.output.tables;
  const documentIds = new Set(documents.map((d) => d.reportId));
  const textIds = new Set(texts.map((t) => t.reportId));
  const missing = reports.find((r) => !documentIds.has(r.id) || !textIds.has(r.id));
  if (missing) return { ok: false, error: `备份不完整：报告 ${missing.id}（${missing.regionName ?? missing.url}）缺少正文或解析结果。` };
  return { ok: true, backup: result.output };
}

/**
 * Imports a backup: validates everything first, then merges in one transaction — reports through
 * the save path's deduplication, user terms by term (the newer definition wins). On any failure
 * the transaction is rolled back and the library is exactly as it was.
 */
export async function importBackup(db: LibraryDb, json: string): Promise<ImportResult> {
  const checked = validateBackup(json);
  if (!checked.ok) return checked;
  const { reports, documents, texts, userTerms } = checked.backup.tables;
  const documentOf = new Map(documents.map((d) => [d.reportId, d.report]));
  const textOf = new Map(texts.map((t) => [t.reportId, t.text]));
  const counts = { created: 0, updated: 0, unchanged: 0 };
  let terms = 0;
  try {
    await db.transaction(
      'rw',
      [db.reports, db.documents, db.texts, db.figures, db.reportGlossary, db.reportTerms, db.userTerms],
      async () => {
        const items = reports.map((r) => ({
          url: r.url,
          urls: r.urls,
          times: { savedAt: r.savedAt, updatedAt: r.updatedAt, seenAt: r.seenAt },
          pageTitle: r.pageTitle,
          report: documentOf.get(r.id)!,
          text: textOf.get(r.id)!,
        }));
        const outcomes = await saveReports(db, items);
        for (const o of outcomes) counts[o.status === 'created' ? 'created' : o.status === 'updated' ? 'updated' : 'unchanged']++;
        for (const term of userTerms) {
          const existing = await db.userTerms.get(term.term);
          if (!existing || existing.updatedAt < term.updatedAt) {
            await db.userTerms.put(term);
            terms++;
          }
        }
      },
    );
  } catch (error) {
    return { ok: false, error: `导入失败，资料库保持原样：${storageErrorMessage(error)}` };
  }
  return { ok: true, reports: counts, userTerms: terms };
}

/** A message a user can act on for a failed write. */
export function storageErrorMessage(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return '磁盘空间不足（浏览器存储配额已满）。请释放磁盘空间，或导出备份后删除不需要的报告。';
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError')
    return '资料库正在升级或已被关闭（可能另一个 ReportLens 面板打开着新版本）。请关闭其他面板后重试。';
  if (name === 'ConstraintError' || inner === 'ConstraintError') return '与已保存的报告冲突（同一网址）。';
  return (error as Error)?.message ?? String(error);
}
