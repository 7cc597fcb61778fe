/**
 * Report files → report text: the one entry point for the harvest, the reader page and the CLI.
 * The readers (pdf.js, mammoth) are imported on demand, so importing this module costs nothing
 * until a file is read; the content script never imports it.
 *
 * Legacy Word (.doc) is refused: the one maintained reader (word-extractor) needs Node's fs and
 * zlib and does not run in an extension page, and a report the extension cannot read should not be
 * readable only from the command line.
 */
import type { PdfEnvironment } from './pdf.ts';
import { FileTextError, type DocumentFileKind, type FileText } from './types.ts';

export type { PdfEnvironment, Pdfjs } from './pdf.ts';
export * from './types.ts';

/** The kind a file's first bytes say it is: %PDF-, a zip (.docx), an OLE compound file (.doc). */
export function fileKindOfBytes(data: Uint8Array): DocumentFileKind | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  // %PDF- may follow a few bytes of junk (a BOM, a line break) in files from some CMSs.
  const head = String.fromCharCode(...data.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'docx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc';
  return null;
}

/**
 * Reads a report file. `kind` is what the URL or the server said; the bytes have the last word
 * (a .doc link that serves a .docx is read as .docx). Throws FileTextError.
 */
export async function extractFileText({
  kind,
  data,
  pdf,
}: {
  kind: DocumentFileKind;
  data: Uint8Array;
  pdf: PdfEnvironment;
}): Promise<FileText> {
  const actual = fileKindOfBytes(data) ?? kind;
  if (actual === 'pdf') return (await import('./pdf.ts')).pdfText({ data, env: pdf });
  if (actual === 'docx') return (await import('./docx.ts')).docxText({ data });
  throw new FileTextError(
    'unsupported',
    'legacy Word (.doc) files cannot be read; open the file in Word or WPS and save it as .docx or PDF',
  );
}
