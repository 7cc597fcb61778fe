/**
 * One report file of the command line → the parsed report and what kind of file it was: HTML
 * (any charset), plain text, PDF or Word, through the same code the extension uses (the page
 * parser for HTML, lib/filetext for PDF and Word).
 */
import { parseHTML } from 'linkedom';
import { extractFileText, FileTextError, fileKindOfBytes, type FileKind } from '../../lib/filetext/index.ts';
import { decodePage } from '../../lib/harvest/decode.ts';
import { parseReport, parseReportText, type FigureTrace, type ParsedPage } from '../../lib/report/index.ts';
import { declaredUrlOf, siteNameOf } from '../../lib/region/page-evidence.ts';
import { nodePdfEnvironment } from './filetext-node.ts';

/** The file's bytes could not be turned into text (an unknown charset, a broken or scanned PDF, a .doc). */
export class UnreadableFile extends Error {}

export interface ReadReport {
  parsed: ParsedPage;
  fileKind: FileKind;
  /** The page's address: the one given, else what a saved page declares (canonical, og:url), else the file name. */
  url: string;
  /** What the page says about where it comes from (region evidence): its <title> and its site's name. */
  title: string | null;
  siteName: string | null;
}

const BY_EXTENSION: Record<string, FileKind> = {
  pdf: 'pdf',
  docx: 'docx',
  doc: 'doc',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  txt: 'text',
};

function kindOf(name: string, bytes: Uint8Array, text: () => string): FileKind {
  const byName = BY_EXTENSION[/\.(\w+)$/.exec(name)?.[1]?.toLowerCase() ?? ''];
  if (byName) return byName;
  const byBytes = fileKindOfBytes(bytes);
  if (byBytes) return byBytes;
  return /^\s*<(!doctype|html|head|body|meta|div|p)\b/i.test(text()) ? 'html' : 'text';
}

/**
 * Reads one file (`name` is its path, or - for standard input; `url` the page's address when the
 * caller knows it). Throws UnreadableFile with a one-line reason.
 */
export async function readReportFile({
  name,
  bytes,
  url,
  trace = null,
}: {
  name: string;
  bytes: Uint8Array;
  url?: string;
  /** Records what became of every indicator mention (`extract --explain`). */
  trace?: FigureTrace | null;
}): Promise<ReadReport> {
  let decoded: string | null = null;
  const text = () => {
    if (decoded !== null) return decoded;
    const page = decodePage({ bytes });
    if (!page.ok) throw new UnreadableFile(page.message);
    decoded = page.text.replace(/^\ufeff/, '');
    return decoded;
  };
  const fileKind = kindOf(name, bytes, text);
  if (fileKind === 'pdf' || fileKind === 'docx' || fileKind === 'doc') {
    const file = await extractFileText({ kind: fileKind, data: bytes, pdf: nodePdfEnvironment }).catch((error: unknown) => {
      throw error instanceof FileTextError ? new UnreadableFile(error.message) : error;
    });
    const address = url ?? name;
    const parsed = parseReportText({ text: file.text, title: file.title ?? '', url: address, trace });
    return { fileKind: file.kind, parsed, url: address, title: file.title ?? null, siteName: null };
  }
  if (fileKind === 'text')
    return { fileKind, parsed: parseReportText({ text: text(), url: url ?? name, trace }), url: url ?? name, title: null, siteName: null };
  const doc = parseHTML(text()).document as unknown as Document;
  const pageUrl = url ?? declaredUrlOf(doc) ?? name;
  return { fileKind, parsed: parseReport({ doc, url: pageUrl, trace }), url: pageUrl, title: doc.title || null, siteName: siteNameOf(doc) };
}
