/**
 * `npm run glossary:coverage [-- --json] [-- --verbose]` — how many of the quoted numbered slogans
 * in the committed reports a reader hovering them gets explained, per group: the State Council's
 * reports 2001–2025 (national), the local excerpts r*.txt (local; the n*.txt look-alikes are other
 * documents), the seed and fictional county reports (fixtures), and all county and district
 * reports of fixtures and local corpus together (county).
 *
 * What is counted. A "quoted numbered slogan" is a piece of a text in Chinese quotation marks “…”
 * in the body of a report (before any 名词解释 appendix), cut at 、and ，as the parser cuts
 * “六地四转、三区十园”, that is 2–10 characters long, starts with a Chinese numeral (一…十, 百, 千,
 * 万, 两, 双) or a digit, contains a Chinese character, and is not an ordinary word that starts with
 * a numeral (一般, 一批, 一流 …; lib/report/slogans.ts, isNumberedSlogan). Markdown residue
 * (“**三零**”) is removed first, as the parser's normaliser does. Each slogan counts once per report.
 *
 * When it is explained. The report is run through the same code as in the extension (normalise,
 * the report's appendix and body explanations, its slogans, the built-in glossary with no user
 * terms; lib/glossary/annotate.ts and page-terms.ts), the page's marks are found with the same
 * matcher the content script uses, and the slogan's first quoted use is looked at: it counts as
 * explained when one mark covers the whole slogan there and that mark's term has an explanation
 * — what the tooltip would show. A mark covering only part of it (两不愁三保障 inside
 * “两不愁三保障一收入”) does not count. Spellings of one glossary entry (“十三五”, “十三五”规划)
 * count once, as that entry.
 *
 * Not counted: unquoted uses, code names without quotation marks (1311工程), unnumbered coinages
 * (“放管服”). Reports are measured whether or not the page detector recognises them (a note lists
 * the ones it does not: on those pages nothing is marked at all); the detector is tested elsewhere.
 *
 * The library. Apart from those numbers (which are what any reader gets from the report and the
 * built-in glossary), each group also says how many of its unexplained slogans another report of
 * the committed corpus explains in its 名词解释 or its body — what a reader whose library held
 * every other report would be shown (lib/library/explanations.ts), counted by the same term.
 */
import { parseArgs } from 'node:util';
import { builtinIndex } from '../lib/glossary/builtin-index.ts';
import { explainTermUses } from '../lib/glossary/annotate.ts';
import { pageTermsFor } from '../lib/glossary/page-terms.ts';
import { TermMatcher } from '../lib/glossary/matcher.ts';
import type { ExplanationSource } from '../lib/glossary/index.ts';
import { parseReportText } from '../lib/report/index.ts';
import { normalizeReportText } from '../lib/report/normalize.ts';
import { findStructure } from '../lib/report/outline.ts';
import { isNumberedSlogan, quotedSlogans } from '../lib/report/slogans.ts';
import { findReportJargon } from '../lib/report/terms.ts';
import { type CorpusReport, isCountyLevel, loadCorpus } from './lib/corpus.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });

type Source = ExplanationSource;
interface SloganResult {
  /** The slogan as quoted, or the glossary entry that explains it. */
  term: string;
  /** Source of the first explanation the tooltip shows; null when unexplained. */
  source: Source | null;
}
interface ReportResult {
  name: string;
  group: CorpusReport['group'];
  county: boolean;
  detected: boolean;
  slogans: SloganResult[];
  /** The terms the report explains itself (名词解释 and body): what it gives a library. */
  explains: string[];
}

const index = builtinIndex();

function measure(r: CorpusReport): ReportResult {
  const text = normalizeReportText(r.text).text;
  const { parts } = findStructure(text);
  const bodyEnd = parts.find((p) => p.kind === 'appendix')?.start ?? text.length;
  const jargon = findReportJargon({ text, parts });
  const terms = explainTermUses({ terms: jargon.terms, text, bodyEnd, index });
  const pageTerms = pageTermsFor({ report: { terms, glossary: jargon.appendix, bodyGlossary: jargon.body }, index });
  // The content script's marks: one matcher over every spelling of every term.
  const termOfPattern: number[] = [];
  const matcher = TermMatcher.build(
    pageTerms.flatMap((t, i) =>
      t.patterns.map((p) => {
        termOfPattern.push(i);
        return p;
      }),
    ),
  );
  const marks = matcher.findAll(text, 0, bodyEnd);
  const slogans = new Map<string, SloganResult>();
  const seen = new Set<string>();
  for (const q of quotedSlogans(text.slice(0, bodyEnd))) {
    if (!isNumberedSlogan(q.term) || seen.has(q.term)) continue;
    seen.add(q.term);
    const mark = marks.find((m) => m.start <= q.start && m.end >= q.end);
    const term = mark ? pageTerms[termOfPattern[mark.pattern]!]! : null;
    const explanation = term?.explanations[0];
    const result = explanation ? { term: term!.term, source: explanation.source } : { term: q.term, source: null };
    if (!slogans.has(result.term)) slogans.set(result.term, result);
  }
  const detected = parseReportText({ text: r.text }).report.isReport;
  const explains = [...jargon.appendix, ...jargon.body].map((e) => e.term);
  return { name: r.name, group: r.group, county: isCountyLevel(r), detected, slogans: [...slogans.values()], explains };
}

interface GroupSummary {
  reports: number;
  slogans: number;
  explained: number;
  coverage: number;
  bySource: Record<string, number>;
  /** Unexplained slogans with the number of reports that quote them. */
  unexplained: Record<string, number>;
  notDetected: string[];
  /** With a library of every other committed report: slogans explained, coverage, and those only the library explains (with the reports explaining them). */
  withLibrary: { explained: number; coverage: number; fromLibrary: Record<string, string[]> };
}

function summarise(results: ReportResult[], all: readonly ReportResult[]): GroupSummary {
  const bySource: Record<string, number> = {};
  const unexplained: Record<string, number> = {};
  let slogans = 0;
  let explained = 0;
  for (const r of results) {
    for (const s of r.slogans) {
      slogans++;
      if (s.source) {
        explained++;
        bySource[s.source] = (bySource[s.source] ?? 0) + 1;
      } else unexplained[s.term] = (unexplained[s.term] ?? 0) + 1;
    }
  }
  const fromLibrary: Record<string, string[]> = {};
  let byLibrary = 0;
  for (const r of results) {
    for (const s of r.slogans) {
      if (s.source) continue;
      const others = all.filter((o) => o !== r && o.explains.includes(s.term)).map((o) => o.name);
      if (others.length === 0) continue;
      byLibrary++;
      fromLibrary[`${s.term} (${r.name})`] = others;
    }
  }
  const ratio = (n: number) => (slogans ? Math.round((1000 * n) / slogans) / 1000 : 0);
  return {
    reports: results.length,
    slogans,
    explained,
    coverage: ratio(explained),
    bySource,
    unexplained: Object.fromEntries(Object.entries(unexplained).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))),
    notDetected: results.filter((r) => !r.detected).map((r) => r.name),
    withLibrary: { explained: explained + byLibrary, coverage: ratio(explained + byLibrary), fromLibrary },
  };
}

const results = loadCorpus().map(measure);
const groups: Record<string, GroupSummary> = {
  national: summarise(
    results.filter((r) => r.group === 'national'),
    results,
  ),
  local: summarise(
    results.filter((r) => r.group === 'local'),
    results,
  ),
  fixtures: summarise(
    results.filter((r) => r.group === 'fixtures'),
    results,
  ),
  county: summarise(
    results.filter((r) => r.group !== 'national' && r.county),
    results,
  ),
};

if (values.json) {
  console.log(JSON.stringify({ groups, reports: values.verbose ? results : undefined }, null, 1));
} else {
  const LABELS: Record<string, string> = { report: '名词解释', body: '正文', user: '用户', builtin: '内置' };
  if (values.verbose) {
    for (const r of results) {
      const known = r.slogans.filter((s) => s.source);
      console.log(`\n${r.name}: ${known.length} of ${r.slogans.length}`);
      console.log(`  explained: ${known.map((s) => `${s.term} (${LABELS[s.source!]})`).join('、') || '—'}`);
      console.log(
        `  not explained: ${
          r.slogans
            .filter((s) => !s.source)
            .map((s) => s.term)
            .join('、') || '—'
        }`,
      );
    }
  }
  for (const [name, g] of Object.entries(groups)) {
    const sources = Object.entries(g.bySource)
      .map(([s, n]) => `${LABELS[s]} ${n}`)
      .join(', ');
    console.log(
      `\n${name} (${g.reports} reports): ${g.explained} of ${g.slogans} quoted numbered slogans explained = ${g.coverage} [${sources}]`,
    );
    const missing = Object.entries(g.unexplained).map(([t, n]) => (n > 1 ? `${t}×${n}` : t));
    console.log(`  not explained: ${missing.join('、') || '—'}`);
    const library = Object.entries(g.withLibrary.fromLibrary).map(([slogan, by]) => `${slogan} ← ${by.join(', ')}`);
    console.log(
      `  with a library of the other reports: ${g.withLibrary.explained} of ${g.slogans} = ${g.withLibrary.coverage}${library.length > 0 ? ` (${library.join('; ')})` : ''}`,
    );
    if (g.notDetected.length > 0) console.log(`  (not detected as reports by the current detector: ${g.notDetected.join(', ')})`);
  }
}
