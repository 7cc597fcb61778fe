/**
 * Synthetic inputs for the benchmarks, built from the committed fixtures: a report of any size
 * (the seed reports' paragraphs repeated under one title block), and a library of any size.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

export function seedTexts(): { name: string; text: string }[] {
  return readdirSync(`${FIXTURES}seeds`)
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(`${FIXTURES}seeds/${f}`, 'utf8') }));
}

/** A report of about `chars` characters: seed 004's title block and parts, its body repeated. */
export function syntheticReport(chars: number): string {
  const seed = seedTexts().find((s) => s.name.startsWith('004'))!.text;
  const planAt = seed.indexOf('2022年工作安排');
  const head = seed.slice(0, planAt);
  const plan = seed.slice(planAt);
  const parts = [head];
  let length = head.length + plan.length;
  const body = head.slice(head.indexOf('2021年工作回顾') + 8);
  while (length < chars) {
    parts.push(body);
    length += body.length;
  }
  parts.push(plan);
  return parts.join('\n');
}

/** The same text as an HTML page in a TRS-style container, one <p> per line. */
export function reportPage(text: string, title = '2022年平遥县政府工作报告'): string {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = text
    .split('\n')
    .map((line) => `<p style="text-indent:2em">${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><div class="TRS_Editor">${paragraphs}</div></body></html>`;
}
