/**
 * The batch extractor as a researcher runs it: several files, HTML and text, one broken path,
 * JSON Lines and CSV, standard input.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = resolve(ROOT, 'node_modules/.bin/node');
const seed = (n: string) => resolve(ROOT, `tests/fixtures/seeds/${n}.txt`);
const page = resolve(ROOT, 'tests/fixtures/site/www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html');
// Each test starts Node (and, for several files, its worker threads): on two shared cores that is
// seconds, more than Vitest's default of five lets a test run before it is called hung.
const SPAWN_TIMEOUT_MS = 60_000;
const extract = (args: string[], input?: string) =>
  spawnSync(NODE, ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', input });

describe('extract CLI', () => {
  it(
    'prints one JSON document per file, in order; a missing file is one line on stderr and a non-zero exit',
    () => {
      const run = extract([seed('000_d3a6bbabf76df186'), 'no/such/file.html', page]);
      expect(run.status).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^extract: no\/such\/file\.html: cannot read \(ENOENT\)$/)]);
      const docs = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(docs.map((d) => d.region.name)).toEqual(['柳林县', '平遥县']);
      // Every document carries where its region lies (GB/T 2260).
      expect(docs.map(({ region: { province, prefecture, code } }) => [province, prefecture, code])).toEqual([
        ['山西省', '吕梁市', '141125'],
        ['山西省', '晋中市', '140728'],
      ]);
      expect(docs[1].glossary).toHaveLength(27);
      expect(docs[1].terms.find((t: { term: string }) => t.term === '专精特新')).toMatchObject({ source: 'report' });
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'reads standard input with -',
    () => {
      const run = extract(
        ['-'],
        '政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2020年工作回顾\n地区生产总值增长5%。\n二、2021年工作安排\n地区生产总值增长6%左右。',
      );
      expect(run.status).toBe(0);
      const doc = JSON.parse(run.stdout);
      expect(doc.targets.map((f: { value: number; qualifier: string }) => [f.value, f.qualifier])).toEqual([[6, 'about']]);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    '--url gives the hostname as region evidence',
    () => {
      const text = '政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。';
      const doc = JSON.parse(extract(['--url', 'https://www.yuli.gov.cn/xjylx/c110957/a.shtml', '-'], text).stdout);
      expect(doc.region).toEqual({
        name: '尉犁县',
        level: 'county',
        province: '新疆维吾尔自治区',
        prefecture: '巴音郭楞蒙古自治州',
        code: '652823',
      });
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'leaves a fictional county unresolved, without an error',
    () => {
      const run = extract([resolve(ROOT, 'tests/fixtures/fictional/qinglan-2021.txt')]);
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(JSON.parse(run.stdout).region).toEqual({ name: '青岚县', level: 'county', province: null, prefecture: null, code: null });
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    '--csv prints one tidy row per figure with the source file',
    () => {
      const run = extract(['--csv', seed('001_31018834cdd9c3ff')]);
      expect(run.status).toBe(0);
      const rows = parseCsv(run.stdout);
      expect(rows[0]).toEqual([
        'region',
        'level',
        'year',
        'planYear',
        'kind',
        'indicator',
        'name',
        'measure',
        'value',
        'max',
        'unit',
        'qualifier',
        'quote',
        'source',
        'title',
        'province',
        'prefecture',
        'code',
      ]);
      const body = rows.slice(1).filter((r) => r.length > 1);
      expect(body.length).toBe(9 + 13);
      expect(body.every((r) => r[13] === seed('001_31018834cdd9c3ff'))).toBe(true);
      expect(new Set(body.map((r) => r.slice(15).join(' ')))).toEqual(new Set(['山西省 晋城市 140524']));
      expect(body.find((r) => r[5] === 'gdp' && r[4] === 'target')!.slice(8, 12)).toEqual(['6.2', '', '%', 'about']);
    },
    SPAWN_TIMEOUT_MS,
  );
});
