/**
 * Generates the demo sites' PDF and Word files (scripts/demo-site/files.ts) into
 * tests/fixtures/site/, where the demo server serves them. Files already there are kept unless
 * `force`; `npm start`, the end-to-end harness and the tests that read the files call this first.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SITE_ROOT } from '../lib/demo-server.ts';
import { DEMO_FILES, type DemoFile } from '../demo-site/files.ts';
import { docxOf } from './docx.ts';
import { renderPdfs } from './pdf.ts';

const SEED_DIR = new URL('../../tests/fixtures/seeds/', import.meta.url);

export const demoFilePath = (file: DemoFile): string => join(SITE_ROOT, file.host, file.path);
export const seedText = (seed: string): string => readFileSync(new URL(`${seed}.txt`, SEED_DIR), 'utf8');

/** Writes the missing demo files (all of them with `force`); returns the ones written. */
export async function ensureDemoFiles({ force = false }: { force?: boolean } = {}): Promise<DemoFile[]> {
  const missing = DEMO_FILES.filter((f) => force || !existsSync(demoFilePath(f)));
  // Test files run in parallel workers that may all find a file missing: each writes a file of its
  // own and renames it into place, so no reader ever sees half a PDF.
  const write = (file: DemoFile, bytes: Uint8Array) => {
    const path = demoFilePath(file);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  };
  const pdfs = missing.filter((f) => f.kind === 'pdf');
  if (pdfs.length > 0)
    for (const [file, bytes] of await renderPdfs(pdfs.map((file) => ({ file, text: seedText(file.seed) })))) write(file, bytes);
  for (const file of missing.filter((f) => f.kind === 'docx')) write(file, await docxOf({ text: seedText(file.seed), file }));
  return missing;
}
