/**
 * The parser never throws and always returns a well-formed document: random text, mutated real
 * reports, pathological input. Seeds are fixed so a failure reproduces.
 */
import { resolve } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseHTML } from 'linkedom';
import { parseReport, parseReportText } from '../../../lib/report/index.ts';
import { ReportDocumentSchema } from '../../../lib/report/schema.ts';

const SEEDS = `${resolve(import.meta.dirname, '../../fixtures/seeds/')}/`;
const seeds = readdirSync(SEEDS).map((f) => readFileSync(SEEDS + f, 'utf8'));

/** Mulberry32: a tiny seeded generator, so every run tests the same inputs. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET =
  '0123456789.%，,；;。：:、和与及增长下降左右以上以内力争分别同比完成达到亿元万元个百分点“”（）()\n 地区生产总值城镇农村居民人均可支配收入一二三四五六七八九十年月日—-～到至';

function wellFormed(text: string): void {
  const { report, text: reportText } = parseReportText({ text });
  const result = v.safeParse(ReportDocumentSchema, report);
  expect(result.success, result.success ? '' : JSON.stringify(result.issues[0]?.path?.map((p) => p.key))).toBe(true);
  for (const f of [...report.targets, ...report.actuals]) {
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.end).toBeLessThanOrEqual(reportText.length);
  }
}

describe('parser robustness', () => {
  it('random text over the report alphabet', () => {
    const next = random(1);
    for (let n = 0; n < 300; n++) {
      const length = Math.floor(next() * 3000);
      let s = '';
      for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
      wellFormed(s);
    }
  });

  it('mutated real reports (cut, duplicated, shuffled lines, deleted characters)', () => {
    const next = random(2);
    for (let n = 0; n < 60; n++) {
      const seed = seeds[n % seeds.length]!;
      let text = seed;
      const a = Math.floor(next() * text.length);
      const b = Math.floor(next() * text.length);
      switch (n % 4) {
        case 0:
          text = text.slice(0, a);
          break;
        case 1:
          text = text.slice(0, a) + text.slice(Math.min(a, b), Math.max(a, b)) + text.slice(a);
          break;
        case 2:
          text = text
            .split('\n')
            .sort(() => next() - 0.5)
            .join('\n');
          break;
        default:
          text = [...text].filter(() => next() > 0.05).join('');
      }
      wellFormed(text);
    }
  });

  it('1 MB of one character, and of one figure phrase, in bounded time', () => {
    wellFormed('各'.repeat(1_000_000));
    wellFormed('1'.repeat(1_000_000));
    wellFormed(`政府工作报告\n各位代表：\n一、2020年工作回顾\n${'地区生产总值增长6%，'.repeat(50_000)}`);
  });

  it('truncated and malformed HTML', () => {
    const html = `<html><head><title>政府工作报告</title></head><body><div class="TRS_Editor"><p>${seeds[0]!.slice(0, 5000).replace(/\n/g, '</p><p>')}`;
    for (const cut of [0, 10, 100, 1000, 3000, html.length]) {
      const { document } = parseHTML(html.slice(0, cut));
      const { report } = parseReport({ doc: document as unknown as Document, url: 'http://x.gov.cn/' });
      expect(v.safeParse(ReportDocumentSchema, report).success).toBe(true);
    }
  });
});
