/**
 * The seed reports as PDF (printed by Chromium, real CID fonts) and as .docx (written by the docx
 * library) yield the same report as their text: the same indicators, values, qualifiers, years and
 * clauses, and the same metadata. The files are the demo sites' (`npm run demo-files`), made here
 * when missing.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFileText, FileTextError, fileKindOfBytes } from '../../../lib/filetext/index.ts';
import { parseReportText, type Figure, type ReportDocument } from '../../../lib/report/index.ts';
import { nodePdfEnvironment } from '../../../scripts/lib/filetext-node.ts';
import { DEMO_FILES } from '../../../scripts/demo-site/files.ts';
import { demoFilePath, ensureDemoFiles, seedText } from '../../../scripts/demo-files/index.ts';
import { cidFontPdf } from './cid-pdf.ts';

/** pdf.js reads a 20-page PDF in 1–3 s on a busy two-core machine: more than Vitest's default wait. */
const figureKey = (kind: string) => (f: Figure) =>
  [kind, f.indicator, f.measure, f.year, f.value, f.max, f.unit, f.qualifier, f.name, f.quote.replace(/\s/g, '')].join('|');
const figures = (r: ReportDocument) => [...r.targets.map(figureKey('target')), ...r.actuals.map(figureKey('actual'))].sort();
const metadata = (r: ReportDocument) => ({
  isReport: r.isReport,
  region: r.region,
  meeting: r.meeting,
  date: r.date,
  speaker: r.speaker,
  reviewYear: r.reviewYear,
  planYear: r.planYear,
  glossary: r.glossary.map((g) => g.term),
  outline: r.outline.map((o) => o.title),
});

beforeAll(async () => {
  await ensureDemoFiles();
}, 180_000);

describe('report files of the demo sites', () => {
  for (const file of DEMO_FILES) {
    it(`${file.kind} of seed ${file.seed} yields the figures of its text`, async () => {
      const data = new Uint8Array(readFileSync(demoFilePath(file)));
      expect(fileKindOfBytes(data)).toBe(file.kind);
      const read = await extractFileText({ kind: file.kind, data, pdf: nodePdfEnvironment });
      expect(read.kind).toBe(file.kind);
      if (file.kind === 'pdf') expect(read.pages).toBeGreaterThan(10);
      // No radical look-alikes and no running header or page number left in the text.
      expect(read.text).not.toMatch(/[\u2e80-\u2fdf]/);
      expect(read.text).not.toMatch(/^— \d+ —$/m);
      const fromFile = parseReportText({ text: read.text }).report;
      const fromText = parseReportText({ text: seedText(file.seed) }).report;
      expect(fromText.targets.length + fromText.actuals.length).toBeGreaterThan(10);
      expect(figures(fromFile)).toEqual(figures(fromText));
      expect(metadata(fromFile)).toEqual(metadata(fromText));
    }, 60_000);
  }
});

describe('PDF fonts without embedded glyph names', () => {
  const pdf = cidFontPdf('政府工作报告');

  it('reads a UniGB-UCS2-H font through the bundled CMaps', async () => {
    const read = await extractFileText({ kind: 'pdf', data: pdf, pdf: nodePdfEnvironment });
    expect(read.text).toBe('政府工作报告');
  });

  it('gets nothing right without the CMaps', async () => {
    const withoutCMaps = { ...nodePdfEnvironment, options: { ...nodePdfEnvironment.options, cMapUrl: undefined } };
    const read = await extractFileText({ kind: 'pdf', data: pdf, pdf: withoutCMaps }).catch((e: FileTextError) => e);
    expect(read instanceof FileTextError ? read.reason : read.text).not.toBe('政府工作报告');
  });
});

describe('files that cannot be read', () => {
  it('refuses legacy .doc with a reason, and says what a broken PDF is', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(extractFileText({ kind: 'doc', data: doc, pdf: nodePdfEnvironment })).rejects.toMatchObject({ reason: 'unsupported' });
    const broken = new TextEncoder().encode('%PDF-1.4\nnothing here');
    await expect(extractFileText({ kind: 'pdf', data: broken, pdf: nodePdfEnvironment })).rejects.toBeInstanceOf(FileTextError);
    const notDocx = new TextEncoder().encode('PK\u0003\u0004 not a zip');
    await expect(extractFileText({ kind: 'docx', data: notDocx, pdf: nodePdfEnvironment })).rejects.toMatchObject({ reason: 'unreadable' });
  });
});
