/**
 * Report files other than web pages: what kind a file is, and why its text could not be read.
 * Shared by the harvest (files linked from a column), the reader page and the CLI.
 */

/** What a report was read from. 'text' is a plain .txt file (CLI) or standard input. */
export const FILE_KINDS = ['html', 'pdf', 'docx', 'doc', 'text'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The kinds read by this module (HTML goes through the page parser). */
export type DocumentFileKind = 'pdf' | 'docx' | 'doc';

/**
 * unsupported: legacy .doc (no well-kept reader runs in the browser);
 * encrypted: a password-protected PDF;
 * no-text: a PDF without a text layer (scanned pages);
 * unreadable: the file is broken or not what its name says.
 */
export type FileTextFailure = 'unsupported' | 'encrypted' | 'no-text' | 'unreadable';

export class FileTextError extends Error {
  readonly reason: FileTextFailure;
  constructor(reason: FileTextFailure, message: string) {
    super(message);
    this.name = 'FileTextError';
    this.reason = reason;
  }
}

/** Text read from a file: paragraphs separated by one line break, as the parser reads any report text. */
export interface FileText {
  kind: DocumentFileKind;
  text: string;
  /** The document's own title (PDF Info /Title), when it has one; often the Word template's name, so only a hint. */
  title: string | null;
  /** PDF pages read (0 for Word). */
  pages: number;
}
