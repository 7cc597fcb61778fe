/**
 * One linked report: fetched, decoded, parsed by the same parser path as a browsed page, with the
 * other pages of a split report fetched and joined as when browsing (lib/report/pages.ts), or read
 * from a PDF or Word file through lib/filetext.
 */
import { FileTextError } from '../filetext/types.ts';
import { LIMITS } from '../limits.ts';
import { parseReport, parseReportText, type ParsedPage } from '../report/index.ts';
import { countReportLinks, otherPagesOf } from '../report/links.ts';
import { combinePages, pageOf } from '../report/pages.ts';
import { decodePage } from './decode.ts';
import type { Fetched, PoliteFetcher } from './fetch.ts';
import type { HarvestEnvironment, HarvestFailure, LinkFileKind, ReportLink } from './types.ts';

export type ReadLink =
  | { ok: true; url: string; pageTitle: string; parsed: ParsedPage; fileKind: LinkFileKind; pages: string[] }
  | { ok: false; failure: HarvestFailure };

const fail = (failure: HarvestFailure): ReadLink => ({ ok: false, failure });

/** The kind the response is: its first bytes, then its Content-Type, then what the link said. */
function kindOfResponse(fetched: Fetched, link: ReportLink): LinkFileKind {
  const head = String.fromCharCode(...fetched.bytes.subarray(0, 8));
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('\xd0\xcf\x11\xe0')) return 'doc';
  const type = (fetched.contentType ?? '').toLowerCase();
  if (head.startsWith('PK\x03\x04')) return 'docx';
  if (type.includes('html') || type.startsWith('text/')) return 'html';
  if (type.includes('pdf')) return 'pdf';
  if (type.includes('wordprocessingml')) return 'docx';
  if (type.includes('msword')) return 'doc';
  return link.fileKind;
}

export async function readLink({
  link,
  fetcher,
  env,
}: {
  link: ReportLink;
  fetcher: PoliteFetcher;
  env: HarvestEnvironment;
}): Promise<ReadLink> {
  const first = await fetcher.get({ url: link.url, limit: LIMITS.maxFetchedFileBytes });
  if (!first.ok) return fail(first.failure);
  const kind = kindOfResponse(first, link);
  if (kind === 'html') return readPages({ first, fetcher, env });
  return readFile({ fetched: first, kind, link, env });
}

async function readFile({
  fetched,
  kind,
  link,
  env,
}: {
  fetched: Fetched;
  kind: 'pdf' | 'docx' | 'doc';
  link: ReportLink;
  env: HarvestEnvironment;
}): Promise<ReadLink> {
  try {
    const file = await env.readFile({ kind, data: fetched.bytes });
    // The link named the file (附件：2021年政府工作报告.pdf); a PDF's own title is often a template's.
    const title = link.title || file.title || '';
    return {
      ok: true,
      url: fetched.url,
      pageTitle: title,
      parsed: parseReportText({ text: file.text, title, url: fetched.url }),
      fileKind: file.kind,
      pages: [fetched.url],
    };
  } catch (error) {
    return fail(fileTextFailure(error));
  }
}

/** Why a file's text could not be read, as a harvest failure (the reader words it the same way). */
export function fileTextFailure(error: unknown): HarvestFailure {
  if (error instanceof FileTextError)
    return error.reason === 'unsupported'
      ? { reason: 'unsupported', message: error.message }
      : { reason: 'unreadable', message: error.message, cause: error.reason };
  return { reason: 'unreadable', message: (error as Error)?.message ?? String(error) };
}

/** An HTML page → its Document, or why not. */
function pageDocument(fetched: Fetched, env: HarvestEnvironment): Document | HarvestFailure {
  if (fetched.bytes.byteLength > LIMITS.maxFetchedPageBytes)
    return { reason: 'too-large', bytes: fetched.bytes.byteLength, limit: LIMITS.maxFetchedPageBytes };
  const decoded = decodePage({ bytes: fetched.bytes, contentType: fetched.contentType });
  if (!decoded.ok) return { reason: 'encoding', message: decoded.message };
  return env.parseHtml(decoded.text, fetched.url);
}

const isFailure = (x: Document | HarvestFailure): x is HarvestFailure => 'reason' in x;

/** A page, and when it is one page of a split report, every other page its pagers link to. */
async function readPages({ first, fetcher, env }: { first: Fetched; fetcher: PoliteFetcher; env: HarvestEnvironment }): Promise<ReadLink> {
  const doc = pageDocument(first, env);
  if (isFailure(doc)) return fail(doc);
  const here = pageOf(first.url);
  const pending = here ? otherPagesOf(doc, first.url) : [];
  if (!here || pending.length === 0)
    return {
      ok: true,
      url: first.url,
      pageTitle: doc.title,
      parsed: parseReport({ doc, url: first.url }),
      fileKind: 'html',
      pages: [first.url],
    };

  const texts: Record<number, string> = { [here.index]: parseReport({ doc, url: first.url }).text };
  const read = [first.url];
  let titleDoc = doc;
  while (pending.length > 0 && read.length < LIMITS.maxSplitPages) {
    const url = pending.shift()!;
    const index = pageOf(url)?.index;
    if (index === undefined || index in texts) continue;
    const fetched = await fetcher.get({ url, limit: LIMITS.maxFetchedPageBytes });
    if (!fetched.ok) return fail(fetched.failure);
    const page = pageDocument(fetched, env);
    if (isFailure(page)) return fail(page);
    texts[index] = parseReport({ doc: page, url: fetched.url }).text;
    read.push(fetched.url);
    if (index === 0) titleDoc = page;
    for (const other of otherPagesOf(page, fetched.url)) if (!pending.includes(other)) pending.push(other);
  }
  const combined = combinePages(texts);
  const parsed = parseReportText({ text: combined.text, title: titleDoc.title, url: here.base, reportLinks: countReportLinks(titleDoc) });
  return { ok: true, url: here.base, pageTitle: titleDoc.title, parsed, fileKind: 'html', pages: read };
}
