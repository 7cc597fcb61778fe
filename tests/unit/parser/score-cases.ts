/**
 * Scores the parser on a directory of labelled cases (a `cases.json` as the project's figure scorer
 * reads it): figures per part, qualifiers, years and detection, with a line for every miss. Both
 * golden tests (the real corpus and the held-out excerpts) use it, each with its own bar.
 */
import { readFileSync } from 'node:fs';
import { parseReportText } from '../../../lib/report/index.ts';
import { emptyScore, scorePart, scoreYears, totals, type CorpusLabel, type Totals } from './corpus-score.ts';

interface Case {
  file: string;
  label?: string;
  isReport?: boolean;
}

export interface CasesScore {
  all: Totals;
  targets: Totals;
  actuals: Totals;
  /** True positives, and those whose qualifier agrees. */
  tp: number;
  qualifiers: number;
  years: number;
  yearsLabelled: number;
  detected: number;
  cases: number;
  /** One line of totals, then every detection, year and figure miss. */
  report: string;
  summary: string;
}

export function scoreCases(dir: string): CasesScore {
  const cases = (JSON.parse(readFileSync(`${dir}/cases.json`, 'utf8')) as { pages: Case[] }).pages;
  const targets = emptyScore();
  const actuals = emptyScore();
  let detected = 0;
  let years = 0;
  let yearsLabelled = 0;
  const problems: string[] = [];
  for (const c of cases) {
    const text = readFileSync(`${dir}/${c.file}`, 'utf8').replace(/^\ufeff/, '');
    const { report } = parseReportText({ text });
    const want = c.isReport ?? true;
    if (report.isReport === want) detected++;
    else problems.push(`${c.file}: detection ${report.isReport}, want ${want}`);
    if (!want || !c.label) continue;
    const label = JSON.parse(readFileSync(`${dir}/${c.label}`, 'utf8')) as CorpusLabel;
    const [right, labelled] = scoreYears(report, label);
    years += right;
    yearsLabelled += labelled;
    if (right < labelled)
      problems.push(`${c.file}: years ${report.reviewYear}/${report.planYear}, want ${label.reviewYear}/${label.planYear}`);
    scorePart({ predicted: report.targets, gold: label.targets ?? [], score: targets, label: `${c.file} targets` });
    scorePart({ predicted: report.actuals, gold: label.actuals ?? [], score: actuals, label: `${c.file} actuals` });
  }
  const all = totals(targets, actuals);
  const t = totals(targets);
  const a = totals(actuals);
  const tp = targets.tp + actuals.tp;
  const qualifiers = targets.qualifiers + actuals.qualifiers;
  const summary =
    `figures F1=${all.f1.toFixed(3)} P=${all.precision.toFixed(3)} R=${all.recall.toFixed(3)} ` +
    `(targets ${t.f1.toFixed(3)}, actuals ${a.f1.toFixed(3)}) qualifiers=${qualifiers}/${tp} ` +
    `years=${years}/${yearsLabelled} detection=${detected}/${cases.length}`;
  return {
    all,
    targets: t,
    actuals: a,
    tp,
    qualifiers,
    years,
    yearsLabelled,
    detected,
    cases: cases.length,
    summary,
    report: [summary, ...problems, ...targets.misses, ...actuals.misses].join('\n'),
  };
}
