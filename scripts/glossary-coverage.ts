/**
 * `npm run glossary:coverage` — how many of the numbered slogans in the committed reports (the
 * three seed reports and the fictional county's two) ReportLens explains, from the report's own
 * glossary or the built-in one, and which it does not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../lib/analyze.ts';
import { builtinIndex } from '../lib/glossary/builtin-index.ts';
import { findSlogans, isNumberedSlogan } from '../lib/report/slogans.ts';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const files = ['seeds', 'fictional'].flatMap((dir) =>
  readdirSync(FIXTURES + dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${FIXTURES}${dir}/${f}`, 'utf8') })),
);

let total = 0;
let explained = 0;
const index = builtinIndex();
for (const { name, text } of files) {
  const { report } = analyzeText({ text, title: '', url: name, index }).parsed;
  // The report's numbered slogans, as the parser finds them (quoted coinages, code names).
  const numbered = new Set(
    findSlogans(text)
      .map((s) => s.term)
      .filter(isNumberedSlogan),
  );
  const slogans = report.terms.filter((t) => numbered.has(t.term) || (isNumberedSlogan(t.term) && t.source === 'report'));
  const known = slogans.filter((t) => t.source !== 'none');
  const unknown = slogans.filter((t) => t.source === 'none');
  total += slogans.length;
  explained += known.length;
  console.log(
    `\n${name} — ${report.region?.name ?? '?'} ${report.planYear ?? ''}: ${known.length} of ${slogans.length} numbered slogans explained`,
  );
  console.log(
    `  explained: ${known.map((t) => `${t.term} (${t.source === 'report' ? '报告注释' : t.source === 'user' ? '用户' : '内置'})`).join('、') || '—'}`,
  );
  console.log(`  not explained: ${unknown.map((t) => t.term).join('、') || '—'}`);
}
console.log(`\nAll reports: ${explained} of ${total} numbered slogans explained (${total ? Math.round((100 * explained) / total) : 0}%).`);
