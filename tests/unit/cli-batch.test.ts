/**
 * The batch extractor over folders: `npm run --silent extract -- --jobs N DIR...` prints the same
 * bytes on one thread and on two, in the order of the sorted file list, reports an unreadable
 * file in its place and goes on, and keeps stderr free of progress when it is not a terminal.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv.ts';
import { ensureDemoFiles } from '../../scripts/demo-files/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = resolve(ROOT, 'node_modules/.bin/node');
const SITE = resolve(ROOT, 'tests/fixtures/site');
const SEEDS = resolve(ROOT, 'tests/fixtures/seeds');
const seed = (n: string) => join(SEEDS, `${n}.txt`);
// The whole site and the seeds print a few megabytes of JSON: more than spawnSync's default buffer.
const extract = (args: string[]) =>
  spawnSync(NODE, ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const lines = (stdout: string) => stdout.split('\n').filter((l) => l !== '');

let dir: string;
beforeAll(async () => {
  await ensureDemoFiles();
  dir = mkdtempSync(join(tmpdir(), 'reportlens-batch-'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract CLI over folders, on worker threads', () => {
  it('prints the same bytes with --jobs 1 and --jobs 2 on a folder of HTML, text, PDF and Word files', () => {
    const one = extract(['--jobs', '1', SITE, SEEDS]);
    const two = extract(['--jobs', '2', SITE, SEEDS]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const docs = lines(one.stdout).map((l) => JSON.parse(l));
    expect(new Set(docs.map((d) => d.fileKind))).toEqual(new Set(['html', 'text', 'pdf', 'docx']));
    // The site folder's images and its manifest are left out, and counted.
    expect(one.stderr).toMatch(
      /^extract: skipped \d+ files in directories that are not HTML, text, PDF or Word \(\.json 1, \.svg \d+\)\n$/,
    );
    // The seeds folder comes after the site, as the arguments were given.
    expect(docs.slice(-3).map((d) => d.region.name)).toEqual(['柳林县', '陵川县', '平遥县']);
  }, 120_000);

  it('walks a folder in name order, subfolders where their names fall, and reads files and folders mixed', () => {
    const walk = join(dir, 'walk');
    mkdirSync(join(walk, 'b-folder'), { recursive: true });
    copyFileSync(seed('004_8979b39d7a9cd2b1'), join(walk, 'c.txt'));
    copyFileSync(seed('000_d3a6bbabf76df186'), join(walk, 'b-folder', 'z.txt'));
    copyFileSync(seed('001_31018834cdd9c3ff'), join(walk, 'a.txt'));
    const run = extract(['--jobs', '2', '--csv', walk, seed('000_d3a6bbabf76df186')]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const rows = parseCsv(run.stdout).filter((r) => r.length > 1);
    // One header, however many files and threads.
    expect(rows.filter((r) => r[0] === 'region')).toHaveLength(1);
    const sources = [...new Set(rows.slice(1).map((r) => r[13]))];
    expect(sources).toEqual([join(walk, 'a.txt'), join(walk, 'b-folder', 'z.txt'), join(walk, 'c.txt'), seed('000_d3a6bbabf76df186')]);
  }, 60_000);

  it('reports an unreadable file in its place, exits non-zero and prints the files around it in order', () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    copyFileSync(seed('000_d3a6bbabf76df186'), join(broken, '1.txt'));
    writeFileSync(join(broken, '2.pdf'), '%PDF-1.7\nnot really a PDF');
    symlinkSync(join(broken, 'nowhere.txt'), join(broken, '3.txt'));
    copyFileSync(seed('004_8979b39d7a9cd2b1'), join(broken, '4.txt'));
    for (const jobs of ['1', '2']) {
      const run = extract(['--jobs', jobs, broken]);
      expect(run.status).toBe(1);
      expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
        expect.stringMatching(new RegExp(`^extract: ${join(broken, '2.pdf')}: cannot read \\(.+\\)$`)),
        `extract: ${join(broken, '3.txt')}: cannot read (ENOENT)`,
      ]);
      expect(lines(run.stdout).map((l) => JSON.parse(l).region.name)).toEqual(['柳林县', '平遥县']);
    }
  }, 60_000);

  it('shows no progress when stderr is not a terminal', () => {
    const run = extract(['--jobs', '2', SEEDS, SEEDS]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toHaveLength(6);
    expect(run.stderr).toBe('');
  }, 60_000);

  it('refuses a --jobs that is not a positive whole number', () => {
    for (const jobs of ['0', '-1', '1.5', 'many']) {
      const run = extract(['--jobs', jobs, SEEDS]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^usage: /);
    }
  }, 60_000);
});
