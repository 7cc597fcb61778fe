/**
 * Writes a frozen database fixture at the current schema version: the rows the library holds
 * after saving a few known reports, as this version of the code writes them, with the schema they
 * were written under. Run it before bumping SCHEMA_VERSION (`npm run db-fixture`), and commit
 * tests/fixtures/db/v<N>.json: the upgrade tests (tests/unit/library/migrations.test.ts) start from
 * these files, never from today's code. `npm run db-fixture -- NAME.json` writes another file of
 * the same version (a second state an install of that version can be in).
 *
 * The reports are read as the background reads pages (analyzeText: parser, glossary, region
 * resolution), so the documents are those a real install holds.
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openLibrary, SCHEMA_VERSION } from '../lib/library/db.ts';
import { saveReport } from '../lib/library/save.ts';
import { analyzeText } from '../lib/analyze.ts';
import { builtinIndex } from '../lib/glossary/builtin-index.ts';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const seed = (name: string) => readFileSync(root(`tests/fixtures/seeds/${name}.txt`), 'utf8');
const LIULIN = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';
/** A 鼓楼区 with nothing to tell which of four it is: its region stays unresolved. */
const GULOU = 'http://www.gulou.gov.cn/zwgk/zfgzbg/202101/t20210126_1.html';

function item(text: string, url: string) {
  const { parsed } = analyzeText({ text, title: '', url, index: builtinIndex([]) });
  return { url, pageTitle: parsed.report.title ?? '', report: parsed.report, text: parsed.text };
}

const db = openLibrary('fixture');
const liulin = item(seed('000_d3a6bbabf76df186'), LIULIN);
await saveReport(db, liulin, { now: 1000 });
// The same report met again on another host (a reprint).
await saveReport(db, { ...liulin, url: 'https://mirror.example.com/liulin-2020.html' }, { now: 1500 });
await saveReport(db, item(seed('004_8979b39d7a9cd2b1'), PINGYAO), { now: 2000 });
await saveReport(db, item(readFileSync(root('tests/fixtures/fictional/gulou-2021.txt'), 'utf8'), GULOU), { now: 2500 });
await db.userTerms.put({ term: '三基目标', definition: '柳林县提出的基层基础目标（示例）。', variants: ['三基'], updatedAt: 5 });

const stores: Record<string, string> = {};
const tables: Record<string, unknown[]> = {};
for (const table of db.tables) {
  const { primKey, indexes } = table.schema;
  stores[table.name] = [primKey.src, ...indexes.map((i) => i.src)].join(', ');
  tables[table.name] = await table.toArray();
}
const name = process.argv[2] ?? `v${SCHEMA_VERSION}.json`;
if (!/^v\d+[\w-]*\.json$/.test(name)) throw new Error(`the file is named v<N>[-what].json, not ${name}`);
const out = root(`tests/fixtures/db/${name}`);
writeFileSync(out, `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, stores, tables })}\n`);
console.log(`wrote ${out}`);
