/**
 * Every page of the demo county sites through the HTML path (linkedom, as the CLI does): reports
 * yield the same document as their seed text; near misses are named for what they are.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseReport } from '../../../lib/report/index.ts';
import { checkAgainstLabel, labelledCases } from './labels.ts';
import { extractArticle } from '../../../lib/report/article.ts';

const SITE = `${resolve(import.meta.dirname, '../../fixtures/site/')}/`;
interface Page {
  url: string;
  file: string;
  kind: string;
  seed: string | null;
  notes: string;
}
const pages = JSON.parse(readFileSync(`${SITE}MANIFEST.json`, 'utf8')) as Page[];
const load = (page: Page) => parseHTML(readFileSync(SITE + page.file, 'utf8')).document as unknown as Document;
const labels = new Map([...labelledCases('seeds'), ...labelledCases('fictional')].map((c) => [c.name, c.label]));

/** Pages whose article is not in their own HTML: filled by a script later, in an iframe, or split over two pages. */
const needsBrowserOrMerge = (p: Page) => /setTimeout|iframe|Page [12] of 2/.test(p.notes);

describe('demo pages', () => {
  for (const page of pages.filter((p) => p.kind === 'report' && p.seed && !needsBrowserOrMerge(p))) {
    it(`${page.url} yields its label`, () => {
      const doc = load(page);
      const article = extractArticle(doc)!;
      checkAgainstLabel(article.text, labels.get(page.seed!)!);
      const { report } = parseReport({ doc, url: page.url });
      expect(report.kind).toBe('report');
    });
  }

  for (const page of pages.filter((p) => p.kind !== 'report' && p.kind !== 'home')) {
    it(`${page.url} is not a report (${page.kind})`, () => {
      const { report } = parseReport({ doc: load(page), url: page.url });
      expect(report.isReport).toBe(false);
      expect(report.kind).toBe(page.kind);
      expect(report.reasons.length).toBeGreaterThan(0);
    });
  }

  it('home pages are not reports', () => {
    for (const page of pages.filter((p) => p.kind === 'home'))
      expect(parseReport({ doc: load(page), url: page.url }).report.isReport, page.url).toBe(false);
  });
});
