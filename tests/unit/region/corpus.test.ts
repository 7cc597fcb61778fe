/**
 * The real corpus: every report excerpt of tests/fixtures/corpus/local resolves, through the same
 * steps as the background and the CLI (parser, then region), to the province its SOURCES.md names,
 * and a county or district to its prefecture (regions.json, from each unit's official
 * affiliation); the State Council's reports resolve to the nation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../lib/report/index.ts';
import { annotateRegion } from '../../../lib/region/annotate.ts';
import { builtinDivisions } from '../../../lib/region/divisions.ts';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/corpus');
const divisions = builtinDivisions();

interface Source {
  file: string;
  region: string;
  level: string;
  province: string;
}

/** The rows of SOURCES.md's table: | file | region | level | province | year | URL | kind |. */
function sources(): Source[] {
  return readFileSync(`${CORPUS}/local/SOURCES.md`, 'utf8')
    .split('\n')
    .filter((line) => /^\| [rn]\d+\.txt \|/.test(line))
    .map((line) => {
      const [file = '', region = '', level = '', province = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return { file, region, level, province };
    });
}

const prefectures = JSON.parse(readFileSync(`${CORPUS}/local/regions.json`, 'utf8')) as Record<string, string>;

function regionOf(path: string) {
  const text = readFileSync(path, 'utf8');
  const parsed = parseReportText({ text });
  return annotateRegion({ report: parsed.report, text: parsed.text, divisions }).region;
}

describe('the local corpus resolves to the places SOURCES.md names', () => {
  const reports = sources().filter((s) => s.file.startsWith('r'));

  it('covers every report excerpt', () => {
    const files = readdirSync(`${CORPUS}/local`).filter((f) => /^r\d+\.txt$/.test(f));
    expect(reports.map((s) => s.file).sort()).toEqual(files.sort());
    expect(Object.keys(prefectures).sort()).toEqual(
      reports.filter((s) => s.level === 'county' || s.level === 'district').map((s) => s.file),
    );
  });

  for (const source of reports) {
    it(`${source.file} ${source.region}: ${source.province}`, () => {
      const region = regionOf(`${CORPUS}/local/${source.file}`);
      expect(region?.province, 'province').toMatch(new RegExp(`^${source.province}`));
      expect(region?.level, 'level').toBe(source.level);
      expect(region?.code, 'code').toMatch(/^\d{6}$/);
      if (source.level === 'province') expect(region?.prefecture).toBeNull();
      else if (source.level === 'city') expect(region?.prefecture).toBe(source.region);
      else expect(region?.prefecture, 'prefecture').toBe(prefectures[source.file]);
    });
  }
});

describe('the national reports resolve to the nation', () => {
  const files = readdirSync(`${CORPUS}/national`).filter((f) => /^\d{4}\.txt$/.test(f));

  it('covers the State Council reports 2001–2025', () => {
    expect(files.length).toBe(13);
  });

  for (const file of files) {
    it(file, () => {
      expect(regionOf(`${CORPUS}/national/${file}`)).toEqual({
        name: '全国',
        level: 'nation',
        province: null,
        prefecture: null,
        code: null,
      });
    });
  }
});
