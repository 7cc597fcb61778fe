/**
 * Batch extractor: `npm run --silent extract -- FILE...` reads saved report pages (HTML), texts
 * (.txt; `-` for standard input), PDF and Word (.docx) files and prints one JSON document per file
 * per line (JSON Lines), in order, with the kind of file it was read from (`fileKind`). `--csv`
 * prints one tidy row per figure instead. `--explain` prints, for every indicator mention, the
 * figures read from it and the rule that read each, or why it yielded none. A file that cannot be read yields a
 * one-line error on stderr and a non-zero exit; the other files are still processed.
 *
 * Each document's region carries its province, prefecture and code (lib/region). The hostname is
 * region evidence: `--url URL` gives the page's address (for a single file or standard input);
 * otherwise a saved page's own <link rel="canonical"> or og:url, or a folder named after the
 * host (www.liulin.gov.cn/art/…, as `wget --mirror` saves pages).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { explainFigures, FigureTrace } from '../lib/report/index.ts';
import { annotateTerms } from '../lib/glossary/annotate.ts';
import { builtinIndex } from '../lib/glossary/builtin-index.ts';
import { toCsv, csvRow } from '../lib/export/csv.ts';
import { FIGURE_CSV_COLUMNS, figureCells, figureRows, regionCells } from '../lib/export/figures-csv.ts';
import { annotateRegion } from '../lib/region/annotate.ts';
import { builtinDivisions } from '../lib/region/divisions.ts';
import { readReportFile, UnreadableFile } from './lib/report-file.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    csv: { type: 'boolean', default: false },
    url: { type: 'string' },
    explain: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.error(
    'usage: npm run --silent extract -- [--csv | --explain] [--url URL] FILE... (HTML, .txt, .pdf or .docx; - reads standard input)',
  );
  process.exit(values.help ? 0 : 2);
}

async function readInput(file: string): Promise<Buffer> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let failed = false;
if (values.csv) process.stdout.write(toCsv({ header: FIGURE_CSV_COLUMNS, rows: [] }));
for (const file of positionals) {
  let bytes: Buffer;
  try {
    bytes = await readInput(file);
  } catch (error) {
    failed = true;
    console.error(`extract: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    continue;
  }
  try {
    const trace = values.explain ? new FigureTrace() : null;
    const read = await readReportFile({ name: file, bytes: new Uint8Array(bytes), url: values.url, trace });
    const { parsed, fileKind, title, siteName, url } = read;
    if (trace) {
      process.stdout.write(explainFigures({ name: file, report: parsed.report, trace }));
      continue;
    }
    const explained = annotateTerms({ report: parsed.report, text: parsed.text, index: builtinIndex() });
    const report = annotateRegion({ report: explained, text: parsed.text, title, url, siteName, divisions: builtinDivisions() });
    if (values.csv) {
      for (const { kind, figure } of figureRows(report))
        process.stdout.write(`${csvRow([...figureCells(report, kind, figure), file, report.title, ...regionCells(report)])}\r\n`);
    } else {
      process.stdout.write(`${JSON.stringify({ ...report, fileKind })}\n`);
    }
  } catch (error) {
    failed = true;
    console.error(`extract: ${file}: ${error instanceof UnreadableFile ? 'cannot read' : 'cannot parse'} (${(error as Error).message})`);
  }
}
process.exitCode = failed ? 1 : 0;
