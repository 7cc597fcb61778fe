/**
 * `npm run --silent glossary:candidates -- [--group national|local|fixtures] [--unknown] [--min N] [--json]`
 *
 * Lists the jargon candidates of the committed reports, for the people who write glossary entries
 * (it reads, it decides nothing): every quoted string (“…”, split at 、and ，as the parser splits
 * it), every unquoted numbered formula (三个代表, 五险一金, 十一五, 三去一降一补, 两不愁三保障), and every
 * name ending in a year (中国制造2025), each with its count per report and the built-in entry that
 * explains it exactly (the term or one of its variants), or “-”.
 *
 * The shapes are deliberately loose — idioms (一心一意) and counts (三个月) show up too; a person
 * sorts them out. Default group: national.
 */
import { parseArgs } from 'node:util';
import { builtinIndex } from '../lib/glossary/builtin-index.ts';
import { knownSpelling } from '../lib/glossary/annotate.ts';
import { normalizeReportText } from '../lib/report/normalize.ts';
import { CORPUS_GROUPS, type CorpusGroup, loadCorpus } from './lib/corpus.ts';

const NUM = '[一二三四五六七八九十两双百千万]';
const HAN = '[\\u4e00-\\u9fff]';
/** The shapes looked for in unquoted text; each is a source of candidates, noisy on purpose. */
const SHAPES: Record<string, RegExp> = {
  quoted: /“([^“”\n]{1,24})”/g,
  // 十五, 十一五 … 十五五 as plan periods, only when a plan word follows (十五届 is a congress).
  plan: /((?:[八九]|十[一二三四五]?)五)(?=计划|规划|时期|期间|末|前期|后期)/g,
  // 三个代表, 四个全面, 两个维护, 一个中国 (一个 alone is mostly the article “a”).
  counted: new RegExp(`(?<![${NUM.slice(1, -1)}\\d])((?:[两三四五六七八九十]|一(?=个中国))个${HAN}{2})`, 'g'),
  // 五险一金, 两学一做, 三去一降一补, 两不愁三保障 …
  alternating: new RegExp(`(${NUM}${HAN}{1,2}${NUM}${HAN}{1,2}(?:${NUM}${HAN}{1,2})?)`, 'g'),
  // 中国制造2025, 健康中国2030
  year: new RegExp(`(${HAN}{2,6}20[0-5]\\d)(?![\\d年月万亿多余个元吨公里千家项所户人名座台辆套])`, 'g'),
};
/** Counts and dates that match the shapes but are not jargon. */
const NOT_JARGON = new RegExp(
  `^(?:${NUM}+个(?:月|百分|多|亿|万|小时|年|点|方面)|${NUM}+[是要届]|.*[年月日号届次]$|.*[，。；：、].*|.*(?:中全|千方百计|五年|百分|分之))`,
);

const { values } = parseArgs({
  options: {
    group: { type: 'string', default: 'national' },
    unknown: { type: 'boolean', default: false },
    min: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const group = values.group as CorpusGroup;
if (!CORPUS_GROUPS.includes(group)) throw new Error(`--group must be one of ${CORPUS_GROUPS.join(', ')}`);
const min = Number(values.min);

interface Candidate {
  term: string;
  shapes: Set<string>;
  counts: Map<string, number>;
}
const candidates = new Map<string, Candidate>();
const reports = loadCorpus([group]);
for (const r of reports) {
  const text = normalizeReportText(r.text).text;
  const short = r.name.replace(/^.*\//, '').replace(/\.txt$/, '');
  for (const [shape, re] of Object.entries(SHAPES)) {
    for (const m of text.matchAll(re)) {
      const pieces = shape === 'quoted' ? m[1]!.split(/[、，,]/) : [m[1]!];
      for (const piece of pieces.map((p) => p.trim())) {
        if (piece.length < 2 || (shape !== 'quoted' && NOT_JARGON.test(piece))) continue;
        const c = candidates.get(piece) ?? { term: piece, shapes: new Set(), counts: new Map() };
        c.shapes.add(shape);
        c.counts.set(short, (c.counts.get(short) ?? 0) + 1);
        candidates.set(piece, c);
      }
    }
  }
}

const index = builtinIndex();
const all = [...candidates.values()]
  .map((c) => {
    const total = [...c.counts.values()].reduce((a, b) => a + b, 0);
    const known = knownSpelling(index, c.term);
    return { term: c.term, shapes: [...c.shapes].sort(), total, reports: Object.fromEntries(c.counts), builtin: known?.term ?? null };
  })
  .filter((row) => row.total >= min);
const rows = all
  .filter((row) => !(values.unknown && row.builtin))
  .sort((a, b) => Object.keys(b.reports).length - Object.keys(a.reports).length || b.total - a.total || a.term.localeCompare(b.term));

if (values.json) {
  console.log(JSON.stringify(rows, null, 1));
} else {
  for (const row of rows) {
    const per = Object.entries(row.reports)
      .map(([name, n]) => `${name}:${n}`)
      .join(' ');
    console.log(`${row.term}\t${row.total}\t${row.shapes.join(',')}\t${row.builtin ?? '-'}\t${per}`);
  }
  const known = all.filter((r) => r.builtin).length;
  console.log(
    `\n${all.length} candidates in ${reports.length} reports (${group}); ${known} spelled exactly as a built-in term or variant.`,
  );
}
