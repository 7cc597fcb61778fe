/**
 * Batch extractor: `npm run --silent extract -- FILE...` reads saved report pages (HTML) or texts
 * (.txt; `-` for standard input) and prints one JSON document per file per line (JSON Lines), in
 * order. `--csv` prints one tidy row per figure instead. A file that cannot be read yields a
 * one-line error on stderr and a non-zero exit; the other files are still processed.
 *
 * Each document's region carries its province, prefecture and code (lib/region). The hostname is
 * region evidence: `--url URL` gives the page's address (for a single file or standard input);
 * otherwise a saved page's own <link rel="canonical"> or og:url, or a folder named after the
 * host (www.liulin.gov.cn/art/…, as `wget --mirror` saves pages).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { parseReport, parseReportText, type ParsedPage } from '../lib/report/index.ts';
import { annotateTerms } from '../lib/glossary/annotate.ts';
import { builtinIndex } from '../lib/glossary/builtin-index.ts';
import { toCsv, csvRow } from '../lib/export/csv.ts';
import { FIGURE_CSV_COLUMNS, REGION_COLUMNS, figureCells, figureRows, regionCells } from '../lib/export/figures-csv.ts';
import { annotateRegion } from '../lib/region/annotate.ts';
import { builtinDivisions } from '../lib/region/divisions.ts';
import { declaredUrlOf, siteNameOf } from '../lib/region/page-evidence.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    csv: { type: 'boolean', default: false },
    url: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.error('usage: npm run --silent extract -- [--csv] [--url URL] FILE... (HTML or .txt; - reads standard input)');
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

/** The parse, with what the page says about where it comes from. */
function parse(file: string, text: string): ParsedPage & { title: string | null; siteName: string | null; url: string } {
  const url = values.url ?? file;
  if (!isHtml(file, text)) return { ...parseReportText({ text: text.replace(/^\ufeff/, ''), url }), title: null, siteName: null, url };
  const doc = parseHTML(text).document as unknown as Document;
  const pageUrl = values.url ?? declaredUrlOf(doc) ?? file;
  return { ...parseReport({ doc, url: pageUrl }), title: doc.title || null, siteName: siteNameOf(doc), url: pageUrl };
}

let failed = false;
if (values.csv) process.stdout.write(toCsv({ header: [...FIGURE_CSV_COLUMNS, ...REGION_COLUMNS], rows: [] }));
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
    const parsed = parse(file, text);
    const { title, siteName, url } = parsed;
    const explained = annotateTerms({ report: parsed.report, text: parsed.text, index: builtinIndex() });
    const report = annotateRegion({ report: explained, text: parsed.text, title, url, siteName, divisions: builtinDivisions() });
    if (values.csv) {
      for (const { kind, figure } of figureRows(report))
        process.stdout.write(`${csvRow([...figureCells(report, kind, figure), file, report.title, ...regionCells(report)])}\r\n`);
    } else {
      process.stdout.write(`${JSON.stringify(report)}\n`);
    }
  } catch (error) {
    failed = true;
    console.error(`extract: ${file}: cannot parse (${(error as Error).message})`);
  }
}
process.exitCode = failed ? 1 : 0;
