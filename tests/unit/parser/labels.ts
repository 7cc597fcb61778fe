/** Labelled report texts (seeds and the fictional county) and the check of a parse against a label. */
import { resolve } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { parseReportText } from '../../../lib/report/index.ts';
import type { Figure } from '../../../lib/report/types.ts';

const FIXTURES = `${resolve(import.meta.dirname, '../../fixtures/')}/`;

interface LabelFigure extends Omit<Figure, 'start' | 'end'> {
  optional?: boolean;
}
interface Label {
  region: { name: string; level: string };
  meeting: string | null;
  date: string | null;
  speaker: { name: string; title: string };
  reviewYear: number;
  planYear: number;
  targets: LabelFigure[];
  actuals: LabelFigure[];
  glossary: { term: string; definition: string }[];
  outline: { level: number; title: string }[];
}

const key = (f: Pick<Figure, 'indicator' | 'measure' | 'year' | 'value' | 'max' | 'qualifier'>) =>
  `${f.indicator}|${f.measure}|${f.year}|${f.value}|${f.qualifier === 'range' ? f.max : ''}`;

export function labelledCases(dir: string): { name: string; text: string; label: Label }[] {
  return readdirSync(`${FIXTURES}${dir}`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const base = f.replace(/\.txt$/, '');
      const labelFile = dir === 'seeds' ? `${FIXTURES}labels/${base}.json` : `${FIXTURES}${dir}/${base}.json`;
      return {
        name: base,
        text: readFileSync(`${FIXTURES}${dir}/${f}`, 'utf8'),
        label: JSON.parse(readFileSync(labelFile, 'utf8')) as Label,
      };
    });
}

export function checkAgainstLabel(text: string, label: Label): void {
  const { report } = parseReportText({ text });
  expect(report.isReport).toBe(true);
  expect(report.region).toEqual(label.region);
  expect(report.meeting).toBe(label.meeting);
  expect(report.date).toBe(label.date);
  expect(report.speaker).toEqual({ name: label.speaker.name, title: label.speaker.title });
  expect(report.reviewYear).toBe(label.reviewYear);
  expect(report.planYear).toBe(label.planYear);
  for (const part of ['targets', 'actuals'] as const) {
    const optional = new Set(label[part].filter((f) => f.optional).map(key));
    const want = new Map(label[part].filter((f) => !f.optional).map((f) => [key(f), f]));
    const got = new Map(report[part].filter((f) => !optional.has(key(f))).map((f) => [key(f), f]));
    expect([...got.keys()].sort(), part).toEqual([...want.keys()].sort());
    for (const [k, f] of got) {
      expect(f.qualifier, k).toBe(want.get(k)!.qualifier);
      expect(f.unit, k).toBe(want.get(k)!.unit);
      expect(f.name, k).toBe(want.get(k)!.name);
    }
  }
  expect(report.glossary.map((g) => [g.term, g.definition])).toEqual(label.glossary.map((g) => [g.term, g.definition]));
  const parts = report.outline.filter((o) => o.level === 1).map((o) => o.title);
  expect(parts).toEqual(label.outline.filter((o) => o.level === 1).map((o) => o.title));
}
