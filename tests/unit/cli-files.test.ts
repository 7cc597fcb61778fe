/**
 * The batch extractor on PDF and Word files: `npm run --silent extract -- seed.pdf seed.docx`
 * prints the same figures as the seed's text, through the same code as the extension's reader.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoFile } from '../../scripts/demo-site/files.ts';
import { demoFilePath, ensureDemoFiles } from '../../scripts/demo-files/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = resolve(ROOT, 'node_modules/.bin/node');
const SEED = '004_8979b39d7a9cd2b1';
const extract = (args: string[]) => spawnSync(NODE, ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

interface PrintedFigure {
  indicator: string;
  measure: string;
  value: number | null;
  max: number | null;
  unit: string;
  qualifier: string;
  year: number;
  quote: string;
}
const figures = (doc: { targets: PrintedFigure[]; actuals: PrintedFigure[] }) =>
  [...doc.targets, ...doc.actuals].map((f) => [
    f.indicator,
    f.measure,
    f.value,
    f.max,
    f.unit,
    f.qualifier,
    f.year,
    f.quote.replace(/\s/g, ''),
  ]);

beforeAll(async () => {
  await ensureDemoFiles();
}, 180_000);

describe('extract CLI on PDF and Word files', () => {
  it('prints the same figures for the seed as .txt, .pdf and .docx, and says which kind each file was', () => {
    const files = [
      resolve(ROOT, `tests/fixtures/seeds/${SEED}.txt`),
      demoFilePath(demoFile(SEED, 'pdf')),
      demoFilePath(demoFile(SEED, 'docx')),
    ];
    const run = extract(files);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [txt, pdf, docx] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect([txt.fileKind, pdf.fileKind, docx.fileKind]).toEqual(['text', 'pdf', 'docx']);
    expect(figures(txt).length).toBeGreaterThan(20);
    expect(figures(pdf)).toEqual(figures(txt));
    expect(figures(docx)).toEqual(figures(txt));
    expect(pdf.region).toEqual({ name: '平遥县', level: 'county', province: '山西省', prefecture: '晋中市', code: '140728' });
    expect(docx.region).toEqual(txt.region);
  }, 60_000);

  it('refuses a legacy .doc with a reason on stderr and goes on with the other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlens-cli-'));
    const doc = join(dir, 'old.doc');
    // An OLE compound file header: what every .doc starts with.
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const run = extract([doc, resolve(ROOT, `tests/fixtures/seeds/${SEED}.txt`)]);
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toBe(
      `extract: ${doc}: cannot read (legacy Word (.doc) files cannot be read; open the file in Word or WPS and save it as .docx or PDF)`,
    );
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).region.name),
    ).toEqual(['平遥县']);
  }, 60_000);
});
