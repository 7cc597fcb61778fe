/**
 * What the batch extractor prints for one file: its JSON Lines document, its CSV rows or its
 * --explain trace, or the one line for stderr when it cannot be read or parsed. The in-process
 * run and every worker thread call this same function, so `--jobs 1` and `--jobs N` print the
 * same bytes.
 */
import { readFile } from 'node:fs/promises';
import { csvRow } from '../../lib/export/csv.ts';
import { figureCells, figureRows, regionCells } from '../../lib/export/figures-csv.ts';
import { annotateTerms } from '../../lib/glossary/annotate.ts';
import { builtinIndex } from '../../lib/glossary/builtin-index.ts';
import { annotateRegion } from '../../lib/region/annotate.ts';
import { builtinDivisions } from '../../lib/region/divisions.ts';
import { explainFigures, FigureTrace } from '../../lib/report/index.ts';
import { readReportFile, UnreadableFile } from './report-file.ts';

export interface ExtractOptions {
  csv: boolean;
  explain: boolean;
  /** The page's address (region evidence), when the caller knows it. */
  url?: string;
}

export interface ExtractTask {
  /** The file's path, or - for standard input. */
  name: string;
  /** The file's contents when they are already read (standard input); otherwise the path is read. */
  bytes?: Uint8Array;
  options: ExtractOptions;
}

/** What one file prints: `output` for stdout (empty on failure), `error` a line for stderr. */
export interface FileOutput {
  output: string;
  error: string | null;
}

/**
 * Builds the glossary index and the division table now, so a worker pays for them once, when it
 * starts, instead of inside its first file (both are cached per thread from then on).
 */
export function prepareExtraction(): void {
  builtinIndex();
  builtinDivisions();
}

const failure = (name: string, reason: string): FileOutput => ({ output: '', error: `extract: ${name}: ${reason}` });

/** Never throws: a file that fails becomes its stderr line. */
export async function extractFile({ name, bytes, options }: ExtractTask): Promise<FileOutput> {
  let data: Uint8Array;
  try {
    // A copy of its own: pdf.js may take over (detach) the buffer it is given.
    data = new Uint8Array(bytes ?? (await readFile(name)));
  } catch (error) {
    return failure(name, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return { output: await formatFile({ name, data, options }), error: null };
  } catch (error) {
    return failure(name, `${error instanceof UnreadableFile ? 'cannot read' : 'cannot parse'} (${(error as Error).message})`);
  }
}

async function formatFile({ name, data, options }: { name: string; data: Uint8Array; options: ExtractOptions }): Promise<string> {
  const trace = options.explain ? new FigureTrace() : null;
  const { parsed, fileKind, title, siteName, url } = await readReportFile({ name, bytes: data, url: options.url, trace });
  if (trace) return explainFigures({ name, report: parsed.report, trace });
  const explained = annotateTerms({ report: parsed.report, text: parsed.text, index: builtinIndex() });
  const report = annotateRegion({ report: explained, text: parsed.text, title, url, siteName, divisions: builtinDivisions() });
  if (!options.csv) return `${JSON.stringify({ ...report, fileKind })}\n`;
  let rows = '';
  for (const { kind, figure } of figureRows(report))
    rows += `${csvRow([...figureCells(report, kind, figure), name, report.title, ...regionCells(report)])}\r\n`;
  return rows;
}
