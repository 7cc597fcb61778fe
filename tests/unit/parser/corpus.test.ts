/**
 * The golden test: real reports of the State Council (2001–2025) and of counties, cities and
 * provinces, with look-alike pages, scored as the project's figure scorer scores them. It fails
 * when the parser falls under the bar the project set for real reports; its output names every
 * miss, so a failure says where to look (`npm run --silent extract -- --explain FILE` says why).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../lib/report/index.ts';
import { emptyScore, scorePart, scoreYears, totals, type CorpusLabel } from './corpus-score.ts';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/corpus');
const cases = (
  JSON.parse(readFileSync(`${CORPUS}/cases.json`, 'utf8')) as { pages: { file: string; label?: string; isReport?: boolean }[] }
).pages;

const BAR = { f1: 0.95, partF1: 0.93, precision: 0.97, yearsMissed: 2, qualifierShare: 0.97 };

describe('real corpus (golden)', () => {
  it('holds the bar: figures, years, detection', () => {
    const targets = emptyScore();
    const actuals = emptyScore();
    let detected = 0;
    let years = 0;
    let yearsLabelled = 0;
    const problems: string[] = [];
    for (const c of cases) {
      const text = readFileSync(`${CORPUS}/${c.file}`, 'utf8').replace(/^\ufeff/, '');
      const { report } = parseReportText({ text });
      const want = c.isReport ?? true;
      if (report.isReport === want) detected++;
      else problems.push(`${c.file}: detection ${report.isReport}, want ${want}`);
      if (!want || !c.label) continue;
      const label = JSON.parse(readFileSync(`${CORPUS}/${c.label}`, 'utf8')) as CorpusLabel;
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
    console.log([summary, ...problems, ...targets.misses, ...actuals.misses].join('\n'));

    expect(detected, summary).toBe(cases.length);
    expect(years, summary).toBeGreaterThanOrEqual(yearsLabelled - BAR.yearsMissed);
    expect(all.f1, summary).toBeGreaterThanOrEqual(BAR.f1);
    expect(all.precision, summary).toBeGreaterThanOrEqual(BAR.precision);
    expect(t.f1, summary).toBeGreaterThanOrEqual(BAR.partF1);
    expect(a.f1, summary).toBeGreaterThanOrEqual(BAR.partF1);
    expect(qualifiers, summary).toBeGreaterThanOrEqual(Math.ceil(tp * BAR.qualifierShare));
  });
});
