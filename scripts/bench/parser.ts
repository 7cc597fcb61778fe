/** Parser benchmarks (Node): seeds, a 1 MB report, throughput, detection on non-reports, scaling. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { parseReportText } from '../../lib/report/index.ts';
import { extractArticle } from '../../lib/report/article.ts';
import { mightBeReport } from '../../lib/report/quick-check.ts';
import { builtinGlossary } from '../../lib/glossary/builtin.ts';
import { buildGlossaryIndex } from '../../lib/glossary/index.ts';
import { explainTermUses } from '../../lib/glossary/annotate.ts';
import { pageTermsFor } from '../../lib/glossary/page-terms.ts';
import { normalizeReportText } from '../../lib/report/normalize.ts';
import { findStructure } from '../../lib/report/outline.ts';
import { findBodyExplanations } from '../../lib/report/body-glossary.ts';
import { findReportJargon } from '../../lib/report/terms.ts';
import { median, percentile, round, timeRuns } from './stats.ts';
import { seedTexts, syntheticReport } from './synthetic.ts';

const SITE = fileURLToPath(new URL('../../tests/fixtures/site/', import.meta.url));
const NATIONAL = fileURLToPath(new URL('../../tests/fixtures/corpus/national/', import.meta.url));

export function parserBenchmarks(): Record<string, number> {
  const m: Record<string, number> = {};
  for (const { name, text } of seedTexts()) {
    const t = timeRuns(() => parseReportText({ text }), { runs: 50, warmup: 10 });
    const key = `parser.seed.${name.slice(0, 3)}`;
    m[`${key}.chars`] = text.length;
    m[`${key}.medianMs`] = round(median(t));
    m[`${key}.p95Ms`] = round(percentile(t, 95));
  }
  const oneMb = syntheticReport(370_000); // ~370,000 characters, mostly CJK: just over 1 MB of UTF-8
  const bytes = Buffer.byteLength(oneMb, 'utf8');
  const big = timeRuns(() => parseReportText({ text: oneMb }), { runs: 10, warmup: 2 });
  m['parser.synthetic1MB.bytes'] = bytes;
  m['parser.synthetic1MB.medianMs'] = round(median(big));
  m['parser.synthetic1MB.p95Ms'] = round(percentile(big, 95));
  m['parser.throughputMBps'] = round(bytes / 1e6 / (median(big) / 1000));

  const scale: number[] = [];
  for (const factor of [1, 4, 16]) {
    const text = syntheticReport(40_000 * factor);
    const t = median(timeRuns(() => parseReportText({ text }), { runs: factor === 16 ? 5 : 15, warmup: 2 }));
    m[`parser.scaling.x${factor}.chars`] = text.length;
    m[`parser.scaling.x${factor}.medianMs`] = round(t);
    scale.push(t / text.length);
  }
  m['parser.scaling.x16PerCharOverX1PerChar'] = round(scale[2]! / scale[0]!);

  const manifest = JSON.parse(readFileSync(`${SITE}MANIFEST.json`, 'utf8')) as { file: string; kind: string }[];
  const nonReports = manifest
    .filter((p) => p.kind !== 'report')
    .map((p) => parseHTML(readFileSync(SITE + p.file, 'utf8')).document as unknown as Document);
  const quick = timeRuns(
    () => {
      for (const d of nonReports) mightBeReport(d);
    },
    { runs: 50, warmup: 10 },
  ).map((t) => t / nonReports.length);
  m['parser.quickCheck.perPage.medianMs'] = round(median(quick), 4);
  const articles = nonReports.map((d) => extractArticle(d)?.text ?? '');
  const detect = timeRuns(
    () => {
      for (const text of articles) parseReportText({ text });
    },
    { runs: 50, warmup: 10 },
  ).map((t) => t / articles.length);
  m['parser.detectNonReport.perPage.medianMs'] = round(median(detect), 4);

  const dataJson = JSON.stringify(builtinGlossary);
  m['glossary.entries'] = builtinGlossary.length;
  m['glossary.patterns'] = builtinGlossary.reduce((n, e) => n + 1 + e.variants.length, 0);
  m['glossary.dataBytes'] = Buffer.byteLength(dataJson);
  m['glossary.dataGzipBytes'] = gzipSync(dataJson).length;
  const build = timeRuns(() => buildGlossaryIndex({ builtin: builtinGlossary }), { runs: 30, warmup: 5 });
  m['glossary.indexBuild.medianMs'] = round(median(build), 3);
  m['glossary.matcherStates'] = buildGlossaryIndex({ builtin: builtinGlossary }).matcher.stateCount;
  const index = buildGlossaryIndex({ builtin: builtinGlossary });
  const text = seedTexts()[0]!.text;
  m['glossary.match40KB.medianMs'] = round(median(timeRuns(() => index.matcher.findAll(text), { runs: 50 })), 3);
  Object.assign(m, perReportGlossaryBenchmarks(index));
  return m;
}

/**
 * The glossary's share of analysing one report, per report over the State Council's reports
 * 2001–2025 (~55 KB each, the longest texts of the corpus): the body's own explanations, the
 * built-in matcher's pass, and completing the report's terms with their explanations as the
 * background does for each page (explainTermUses + pageTermsFor).
 */
function perReportGlossaryBenchmarks(index: ReturnType<typeof buildGlossaryIndex>): Record<string, number> {
  const m: Record<string, number> = {};
  const reports = readdirSync(NATIONAL)
    .filter((f) => /^\d{4}\.txt$/.test(f))
    .map((f) => {
      const text = normalizeReportText(readFileSync(NATIONAL + f, 'utf8')).text;
      const { parts } = findStructure(text);
      return { text, parts, jargon: findReportJargon({ text, parts }) };
    });
  const perReport = (fn: (r: (typeof reports)[number]) => void, runs: number) =>
    timeRuns(
      () => {
        for (const r of reports) fn(r);
      },
      { runs, warmup: 3 },
    ).map((t) => t / reports.length);
  m['glossary.national.reports'] = reports.length;
  m['glossary.national.chars.median'] = median(reports.map((r) => r.text.length));
  m['glossary.bodyExplanations.perReport.medianMs'] = round(median(perReport((r) => findBodyExplanations(r.text), 20)), 3);
  m['glossary.matchNational.perReport.medianMs'] = round(median(perReport((r) => index.matcher.findAll(r.text), 20)), 3);
  m['glossary.explainTerms.perReport.medianMs'] = round(
    median(
      perReport((r) => {
        const terms = explainTermUses({ terms: r.jargon.terms, text: r.text, bodyEnd: r.text.length, index });
        pageTermsFor({ report: { terms, glossary: r.jargon.appendix, bodyGlossary: r.jargon.body }, index });
      }, 20),
    ),
    3,
  );
  return m;
}
