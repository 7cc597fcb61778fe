/**
 * The whole harvest on the demo 青岚 report column, as the side panel will run it: the column's
 * two pages, then every report link through the demo server's own answers (GBK header, PDF and
 * Word content types, 404). Reports come out with the figures of their seeds and labels; the dead
 * link, the news and the stub say why they were not saved; a second run saves nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  collectColumn,
  columnPageOf,
  decodePage,
  runHarvest,
  type HarvestEnvironment,
  type ReportLink,
} from '../../../lib/harvest/index.ts';
import { parseReportText, type Figure, type ReportDocument } from '../../../lib/report/index.ts';
import { ensureDemoFiles, seedText } from '../../../scripts/demo-files/index.ts';
import { QINGLAN_COLUMN as C } from '../../../scripts/demo-site/qinglan-column.ts';
import { demoResponse } from '../../../scripts/lib/demo-server.ts';
import { environment, fakeClock, memoryLibrary, parseHtml } from './fakes.ts';

const HOST = 'http://www.qinglan.gov.cn';
const FICTIONAL = resolve(import.meta.dirname, '../../fixtures/fictional');

/** fetch answered by the demo server's code, without a socket. */
const demoFetch: typeof fetch = async (input) => {
  const url = new URL(String(input));
  const answer = await demoResponse({ host: url.hostname, path: decodeURIComponent(url.pathname) });
  const response = new Response(new Uint8Array(answer.body), { status: answer.status, headers: { 'content-type': answer.contentType } });
  Object.defineProperty(response, 'url', { value: url.toString() });
  return response;
};

const key = (f: Figure) => [f.indicator, f.measure, f.year, f.value, f.max, f.qualifier].join('|');
const figureKeys = (r: Pick<ReportDocument, 'targets' | 'actuals'>) => [...r.targets.map(key), ...r.actuals.map(key)].sort();
const labelKeys = (name: string) => figureKeys(JSON.parse(readFileSync(`${FICTIONAL}/${name}.json`, 'utf8')));

let env: HarvestEnvironment;
let links: ReportLink[];

beforeAll(async () => {
  await ensureDemoFiles();
  const clock = fakeClock();
  env = environment({ fetch: demoFetch, clock });
  const first = await demoResponse({ host: 'www.qinglan.gov.cn', path: C.first });
  const decoded = decodePage({ bytes: first.body, contentType: first.contentType });
  if (!decoded.ok) throw new Error(decoded.message);
  const column = await collectColumn({ first: columnPageOf({ url: HOST + C.first, doc: parseHtml(decoded.text) }), env });
  expect(column.pages).toEqual([HOST + C.first, HOST + C.second]);
  expect(column.stopped).toEqual({ reason: 'end' });
  links = column.links;
}, 180_000);

describe('the demo report column', () => {
  it('lists the reports of both column pages, with years, file kinds and the look-alike marked', () => {
    expect(links.map((l) => [l.url.replace(HOST, ''), l.year, l.fileKind, l.lookAlike])).toEqual([
      [C.gbk2022, 2022, 'html', null],
      [C.news, 2022, 'html', 'news'],
      [C.split2021[0], 2021, 'html', null],
      [C.pdf.path, 2022, 'pdf', null],
      [C.docx.path, 2020, 'docx', null],
      [C.dead2020, 2020, 'html', null],
      [C.stub2019, 2019, 'html', null],
    ]);
  });

  it('saves every report with its figures and explains the rest; a second run saves nothing', async () => {
    const library = memoryLibrary();
    const run = await runHarvest({ links, env, library });
    const outcome = (path: string) => run.results.find((r) => r.link.url === HOST + path)!.outcome;
    expect(run.counts).toEqual({ saved: 4, already: 0, notReport: 2, failed: 1 });
    expect(outcome(C.dead2020)).toEqual({ status: 'failed', failure: { reason: 'http', status: 404 } });
    expect(outcome(C.news)).toMatchObject({ status: 'not-report', kind: 'news' });
    expect(outcome(C.stub2019)).toMatchObject({ status: 'not-report', kind: 'other' });

    const saved = new Map(library.reports.map((r) => [r.url.replace(HOST, ''), r]));
    expect([...saved.keys()]).toEqual([C.gbk2022, C.split2021[0], C.pdf.path, C.docx.path]);
    expect(saved.get(C.gbk2022)!.parsed.report.title).toContain('政府工作报告');
    expect(figureKeys(saved.get(C.gbk2022)!.parsed.report)).toEqual(labelKeys('qinglan-2022'));
    expect(saved.get(C.split2021[0]!)!.pages).toEqual(C.split2021.map((p) => HOST + p));
    expect(figureKeys(saved.get(C.split2021[0]!)!.parsed.report)).toEqual(labelKeys('qinglan-2021'));
    for (const file of [C.pdf, C.docx]) {
      const report = saved.get(file.path)!;
      expect(report.fileKind).toBe(file.kind);
      expect(figureKeys(report.parsed.report)).toEqual(figureKeys(parseReportText({ text: seedText(file.seed) }).report));
    }

    const again = await runHarvest({ links, env, library });
    expect(again.counts).toEqual({ saved: 0, already: 4, notReport: 2, failed: 1 });
  }, 120_000);
});
