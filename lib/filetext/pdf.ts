/**
 * PDF → report text with pdf.js. The caller supplies pdf.js and where its CMaps are (see
 * PdfEnvironment): the Node legacy build reads them from the package, an extension page fetches
 * them from its own files. Chinese government PDFs use CID fonts (UniGB-UCS2-H and friends, often
 * not embedded); without the CMaps their text comes out empty or as the wrong characters.
 */
import type { DocumentInitParameters, PDFDocumentProxy, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { LIMITS } from '../limits.ts';
import { dropRunningLines, linesOfPage, type PdfTextRun } from './pdf-lines.ts';
import { paragraphsOf } from './pdf-paragraphs.ts';
import { unifyRadicals } from './radicals.ts';
import { FileTextError, type FileText } from './types.ts';

/** The part of the pdf.js module this reader uses (the browser and Node builds both have it). */
export interface Pdfjs {
  getDocument(src: DocumentInitParameters): { promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> };
}

/** pdf.js and the options that tell it where its CMaps and standard fonts are. */
export interface PdfEnvironment {
  load(): Promise<Pdfjs>;
  /** cMapUrl + cMapPacked (or a BinaryDataFactory), standardFontDataUrl; merged into every getDocument call. */
  options: Partial<DocumentInitParameters>;
}

export async function pdfText({ data, env }: { data: Uint8Array; env: PdfEnvironment }): Promise<FileText> {
  const pdfjs = await env.load();
  // pdf.js takes ownership of (detaches) the buffer it is given; the caller keeps its own bytes.
  const task = pdfjs.getDocument({
    ...env.options,
    data: data.slice(),
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new FileTextError('encrypted', 'the PDF is password-protected');
    throw new FileTextError('unreadable', `not a readable PDF (${(error as Error).message})`);
  }
  try {
    const count = Math.min(doc.numPages, LIMITS.maxPdfPages);
    const pages = [];
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ height: page.view[3]! - page.view[1]!, runs: content.items.flatMap(toRun) });
      page.cleanup();
    }
    const withLines = pages.map((p) => ({ height: p.height, lines: linesOfPage(p) }));
    const body = dropRunningLines(withLines).map((lines) => ({ lines }));
    const text = unifyRadicals(paragraphsOf(body).join('\n'));
    if (text.replace(/\s/g, '').length === 0) throw new FileTextError('no-text', 'the PDF has no text layer (scanned pages?)');
    return { kind: 'pdf', text, title: await titleOf(doc), pages: count };
  } finally {
    await task.destroy().catch(() => {});
  }
}

function toRun(item: TextItem | TextMarkedContent): PdfTextRun[] {
  if (!('str' in item) || item.str === '') return [];
  const [, , c, d, x, y] = item.transform as number[];
  return [{ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) }];
}

async function titleOf(doc: PDFDocumentProxy): Promise<string | null> {
  const { info } = await doc.getMetadata().catch(() => ({ info: {} }));
  const title = (info as { Title?: unknown }).Title;
  return typeof title === 'string' && title.trim() ? unifyRadicals(title.trim()) : null;
}
