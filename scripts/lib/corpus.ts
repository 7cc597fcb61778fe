/**
 * The committed report texts the glossary scripts measure, in groups: the State Council's reports
 * (odd years 2001–2025; the short NPC resolutions beside them are not reports), the local report
 * excerpts (r*.txt; the n*.txt look-alikes are other documents), and the fixture reports (the
 * three seed reports and the fictional county's two).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type CorpusGroup = 'national' | 'local' | 'fixtures';
export const CORPUS_GROUPS: readonly CorpusGroup[] = ['national', 'local', 'fixtures'];

export interface CorpusReport {
  group: CorpusGroup;
  /** Path under tests/fixtures/. */
  name: string;
  text: string;
  /** Region level where the corpus labels it (county and district reports form the county group). */
  level: 'nation' | 'province' | 'city' | 'county' | 'district';
}

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

function read(dir: string, keep: RegExp): { name: string; text: string }[] {
  return readdirSync(FIXTURES + dir)
    .filter((f) => keep.test(f))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${FIXTURES}${dir}/${f}`, 'utf8') }));
}

/** The level the local corpus's label file gives a report. */
function localLevel(name: string): CorpusReport['level'] {
  const label = JSON.parse(readFileSync(`${FIXTURES}${name.replace(/\/(r\d+)\.txt$/, '/labels/$1.json')}`, 'utf8')) as {
    region: { level: CorpusReport['level'] };
  };
  return label.region.level;
}

export function loadCorpus(groups: readonly CorpusGroup[] = CORPUS_GROUPS): CorpusReport[] {
  const out: CorpusReport[] = [];
  if (groups.includes('national'))
    for (const r of read('corpus/national', /^\d{4}\.txt$/)) out.push({ ...r, group: 'national', level: 'nation' });
  if (groups.includes('local'))
    for (const r of read('corpus/local', /^r\d+\.txt$/)) out.push({ ...r, group: 'local', level: localLevel(r.name) });
  if (groups.includes('fixtures')) {
    // Every seed and fictional report is a county's.
    for (const r of [...read('seeds', /\.txt$/), ...read('fictional', /\.txt$/)]) out.push({ ...r, group: 'fixtures', level: 'county' });
  }
  return out;
}

export const isCountyLevel = (r: CorpusReport) => r.level === 'county' || r.level === 'district';
