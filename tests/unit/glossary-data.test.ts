/**
 * The built-in glossary data (lib/glossary/data/*.json): every entry well formed, no spelling
 * claimed twice, every data file imported by builtin.ts, and a few meaning spot checks that a
 * broken or shuffled file would fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinGlossary } from '../../lib/glossary/builtin.ts';
import type { BuiltinGlossaryEntry } from '../../lib/glossary/types.ts';

const DATA_DIR = new URL('../../lib/glossary/data/', import.meta.url);
const CATEGORIES = new Set(['formula', 'policy', 'programme', 'economy', 'statistics', 'rural', 'ecology', 'society', 'governance']);
const KEYS = ['category', 'definition', 'english', 'scope', 'since', 'term', 'variants'];
/** Keys an entry may have beyond KEYS: the year a retired term was last current, and quoted-only matching. */
const OPTIONAL_KEYS = new Set(['until', 'quotedOnly']);
const QUOTES = /[“”‘’"「」]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

const chars = (s: string) => [...s].length;

/** Every problem with a list of entries, as readable strings; empty when the data is sound. */
function problems(entries: readonly unknown[]): string[] {
  const out: string[] = [];
  const termOwner = new Map<string, number>();
  entries.forEach((raw, i) => {
    const e = raw as Record<string, unknown>;
    if (typeof e.term === 'string') {
      if (termOwner.has(e.term)) out.push(`duplicate term ${e.term}`);
      else termOwner.set(e.term, i);
    }
  });
  const variantOwner = new Map<string, string>();
  for (const [i, raw] of entries.entries()) {
    const e = raw as Record<string, unknown>;
    const at = `#${i} ${String(e.term)}`;
    if (!e || typeof e !== 'object') {
      out.push(`${at}: not an object`);
      continue;
    }
    const keys = Object.keys(e)
      .filter((k) => !OPTIONAL_KEYS.has(k))
      .sort();
    if (keys.join() !== KEYS.join()) out.push(`${at}: keys ${Object.keys(e).sort().join()}`);
    if (typeof e.term !== 'string' || !e.term.trim() || e.term !== e.term.trim()) out.push(`${at}: bad term`);
    if (!Array.isArray(e.variants) || e.variants.some((v) => typeof v !== 'string' || !v.trim() || v !== v.trim())) {
      out.push(`${at}: bad variants`);
      continue;
    }
    const term = String(e.term);
    if (QUOTES.test(term)) out.push(`${at}: quotation mark in term`);
    const own = new Set<string>();
    for (const v of e.variants as string[]) {
      if (QUOTES.test(v)) out.push(`${at}: quotation mark in variant ${v}`);
      if (v === term) out.push(`${at}: variant equals its own term`);
      if (own.has(v)) out.push(`${at}: variant ${v} listed twice`);
      own.add(v);
      const owner = termOwner.get(v);
      if (owner !== undefined && owner !== i) out.push(`${at}: variant ${v} is the term of another entry`);
      const prev = variantOwner.get(v);
      if (prev !== undefined && prev !== term) out.push(`${at}: variant ${v} also a variant of ${prev}`);
      variantOwner.set(v, term);
    }
    const def = e.definition;
    if (typeof def !== 'string' || chars(def) < 15 || chars(def) > 160 || !def.endsWith('。') || !HAN.test(def)) {
      out.push(`${at}: definition must be Chinese, 15–160 characters, ending with 。`);
    }
    const en = e.english;
    if (typeof en !== 'string' || chars(en.trim()) < 3 || chars(en) > 200 || HAN.test(en))
      out.push(`${at}: english must be 3–200 characters without Chinese`);
    if (typeof e.category !== 'string' || !CATEGORIES.has(e.category)) out.push(`${at}: category ${String(e.category)}`);
    if (typeof e.scope !== 'string' || !e.scope.trim()) out.push(`${at}: empty scope`);
    const since = e.since;
    if (!(since === null || (typeof since === 'number' && Number.isInteger(since) && since >= 1978 && since <= 2026)))
      out.push(`${at}: since ${String(since)}`);
    if ('until' in e) {
      const until = e.until;
      if (
        typeof until !== 'number' ||
        !Number.isInteger(until) ||
        until < 1978 ||
        until > 2026 ||
        (typeof since === 'number' && until < since)
      )
        out.push(`${at}: until ${String(until)}`);
    }
    if ('quotedOnly' in e && e.quotedOnly !== true) out.push(`${at}: quotedOnly must be true when present`);
  }
  return out;
}

const byTerm = new Map(builtinGlossary.map((e) => [e.term, e]));
const entry = (term: string): BuiltinGlossaryEntry => {
  const e = byTerm.get(term);
  if (!e) throw new Error(`missing built-in entry ${term}`);
  return e;
};

describe('built-in glossary data', () => {
  it('has no problems: well formed, no duplicate or clashing spellings, no quotation marks', () => {
    expect(problems(builtinGlossary)).toEqual([]);
  });

  it('each data file is a JSON array and every one is imported by builtin.ts', () => {
    const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));
    expect(files).toEqual(expect.arrayContaining(['economy.json', 'society.json', 'governance.json', 'shanxi.json', 'provinces.json']));
    let total = 0;
    for (const f of files) {
      const data: unknown = JSON.parse(readFileSync(new URL(f, DATA_DIR), 'utf8'));
      expect(Array.isArray(data), f).toBe(true);
      expect(problems(data as unknown[]), f).toEqual([]);
      total += (data as unknown[]).length;
    }
    expect(builtinGlossary.length).toBe(total);
  });

  it('has at least 300 entries, Shanxi programmes among them', () => {
    expect(builtinGlossary.length).toBeGreaterThanOrEqual(300);
    const shanxi = builtinGlossary.filter((e) => e.scope === '山西');
    expect(shanxi.length).toBeGreaterThanOrEqual(15);
    expect(shanxi.every((e) => e.category === 'programme')).toBe(true);
    for (const t of ['六新', '晋兴板', '三化三制', '人人持证、技能社会']) expect(entry(t).scope).toBe('山西');
    for (const c of CATEGORIES)
      expect(
        builtinGlossary.some((e) => e.category === c),
        c,
      ).toBe(true);
  });

  it('says what the terms mean (spot checks)', () => {
    expect(entry('六稳').definition).toContain('就业');
    expect(entry('六稳').definition).toContain('金融');
    expect(entry('两不愁三保障').variants).toContain('两不愁、三保障');
    expect(entry('专精特新').definition).toContain('专业化');
    expect(entry('专精特新').category).toBe('economy');
    expect(entry('六新').definition).toMatch(/新基建.*新业态/);
    expect(entry('十四五').definition).toMatch(/2021.*2025/);
    expect(entry('五篇大文章').definition).toContain('养老金融');
    expect(entry('一肩挑').category).toBe('governance');
    expect(entry('县域医共体').variants).toContain('医共体');
    expect(entry('千万工程').scope).toBe('浙江');
  });

  it('has the national vocabulary of 2000–2025 (spot checks)', () => {
    expect(entry('三个代表').definition).toContain('先进生产力');
    expect(entry('一国两制').category).toBe('formula');
    expect(entry('九二共识').since).toBe(1992);
    expect(entry('十一五').definition).toMatch(/2006.*2010/);
    expect(entry('十一五').until).toBe(2010);
    expect(entry('十五')).toMatchObject({ since: 2001, until: 2005, quotedOnly: true });
    expect(entry('三期叠加').definition).toMatch(/换挡期.*阵痛期.*消化期/);
    expect(entry('五险一金').definition).toContain('住房公积金');
    expect(entry('中国制造2025').since).toBe(2015);
    expect(entry('双一流').variants).toContain('世界一流大学和一流学科');
    expect(entry('收支两条线').category).toBe('statistics');
    expect(entry('五保供养').variants).toContain('五保户');
    // Retired terms say when they ended; none ends before it began.
    const retired = builtinGlossary.filter((e) => e.until !== undefined);
    expect(retired.length).toBeGreaterThanOrEqual(20);
    for (const e of retired) expect(e.until! >= (e.since ?? 0), e.term).toBe(true);
  });

  it('terms that are also numbers or ordinary words are quoted-only', () => {
    const quotedOnly = builtinGlossary.filter((e) => e.quotedOnly).map((e) => e.term);
    expect(quotedOnly).toEqual(expect.arrayContaining(['八五', '九五', '十五', '三通']));
  });

  it('the checks catch broken entries', () => {
    const good = entry('六稳');
    const bad = [
      good,
      { ...good }, // duplicate term
      { ...good, term: '“六保”', variants: ['六稳'] }, // quotation marks; variant equal to another term
      { ...good, term: '甲', variants: ['甲'], definition: '太短。' }, // variant equals own term; short definition
      {
        ...good,
        term: '乙',
        variants: [],
        definition: '一段没有句号结尾的定义文字，长度已经足够十五个字了',
        english: '六',
        category: 'misc',
        scope: '',
        since: 1949,
      },
      { ...good, term: '丙', variants: [], extra: 1 },
      { ...good, term: '丁', variants: [], since: 2010, until: 2005 }, // retired before it began
      { ...good, term: '戊', variants: [], quotedOnly: false },
    ];
    const found = problems(bad).join('\n');
    for (const expected of [
      'duplicate term 六稳',
      'quotation mark in term',
      'is the term of another entry',
      'variant equals its own term',
      'definition must be',
      'english must be',
      'category misc',
      'empty scope',
      'since 1949',
      'keys ',
      'until 2005',
      'quotedOnly must be true',
    ]) {
      expect(found).toContain(expected);
    }
  });
});
