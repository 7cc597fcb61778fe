/**
 * Batch extractor: `npm run --silent extract -- FILE...` reads saved report pages (HTML) or texts
 * (.txt; `-` for standard input) and prints one JSON document per file per line (JSON Lines), in
 * order. `--csv` prints one tidy row per figure instead. `--explain` prints, for every indicator
 * mention, the figures read from it and the rule that read each, or why it yielded none. A file that cannot be read yields a
 * one-line error on stderr and a non-zero exit; the other files are still processed.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { explainFigures, FigureTrace, parseReport, parseReportText, type ParsedPage } from '../lib/report/index.ts';
import { annotateTerms } from '../lib/glossary/annotate.ts';
import { builtinIndex } from '../lib/glossary/builtin-index.ts';
import { toCsv, csvRow } from '../lib/export/csv.ts';
import { FIGURE_CSV_COLUMNS, figureCells, figureRows } from '../lib/export/figures-csv.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    csv: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.error('usage: npm run --silent extract -- [--csv | --explain] FILE... (HTML or .txt; - reads standard input)');
  process.exit(values.help ? 0 : 2);
}

async function readInput(file: string): Promise<Buffer> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** County sites still serve GB2312/GBK pages; saved copies keep that encoding. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function isHtml(file: string, text: string): boolean {
  return /\.(s?html?|xhtml)$/i.test(file) || /^\s*<(!doctype|html|head|body|meta|div|p)\b/i.test(text);
}

function parse(file: string, text: string, trace: FigureTrace | null): ParsedPage {
  if (!isHtml(file, text)) return parseReportText({ text: text.replace(/^\ufeff/, ''), url: file, trace });
  const { document } = parseHTML(text);
  return parseReport({ doc: document as unknown as Document, url: file, trace });
}

let failed = false;
if (values.csv) process.stdout.write(toCsv({ header: FIGURE_CSV_COLUMNS, rows: [] }));
for (const file of positionals) {
  let text: string;
  try {
    text = decode(await readInput(file));
  } catch (error) {
    failed = true;
    console.error(`extract: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    continue;
  }
  try {
    const trace = values.explain ? new FigureTrace() : null;
    const parsed = parse(file, text, trace);
    if (values.explain) {
      process.stdout.write(explainFigures({ name: file, report: parsed.report, trace }));
      continue;
    }
    const report = annotateTerms({ report: parsed.report, text: parsed.text, index: builtinIndex() });
    if (values.csv) {
      for (const { kind, figure } of figureRows(report))
        process.stdout.write(`${csvRow([...figureCells(report, kind, figure), file, report.title])}\r\n`);
    } else {
      process.stdout.write(`${JSON.stringify(report)}\n`);
    }
  } catch (error) {
    failed = true;
    console.error(`extract: ${file}: cannot parse (${(error as Error).message})`);
  }
}
process.exitCode = failed ? 1 : 0;
