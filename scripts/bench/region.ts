/**
 * Region resolution (lib/region): the size of the division table the background bundles, the cost
 * of indexing it on first use (names; hostname keys, built only when a hostname is needed), and a
 * resolution per report over the real corpus plus hostname-only and ambiguous cases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import rawData from '../../lib/region/data/divisions.json' with { type: 'json' };
import { Divisions, type DivisionData } from '../../lib/region/divisions.ts';
import { HostHints, hostHintsOf } from '../../lib/region/host.ts';
import { evidenceFromReport } from '../../lib/region/evidence.ts';
import { resolveRegion } from '../../lib/region/resolve.ts';
import type { RegionEvidence } from '../../lib/region/types.ts';
import { parseReportText } from '../../lib/report/index.ts';
import { median, percentile, round, timeRuns } from './stats.ts';

const DATA = fileURLToPath(new URL('../../lib/region/data/divisions.json', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../tests/fixtures/corpus/local/', import.meta.url));

export function regionBenchmarks(): Record<string, number> {
  const m: Record<string, number> = {};
  const data = rawData as DivisionData;
  const json = readFileSync(DATA, 'utf8');
  m['region.rows'] = data.rows.length;
  m['region.dataBytes'] = Buffer.byteLength(json);
  m['region.dataGzipBytes'] = gzipSync(json).length;

  // The first index in this process is what the background pays on its first report.
  let t0 = performance.now();
  const divisions = new Divisions(data);
  m['region.firstLoadMs'] = round(performance.now() - t0);
  t0 = performance.now();
  new HostHints(divisions);
  m['region.firstHostIndexMs'] = round(performance.now() - t0);
  m['region.load.medianMs'] = round(median(timeRuns(() => new Divisions(data), { runs: 20, warmup: 3 })));
  m['region.hostIndex.medianMs'] = round(median(timeRuns(() => new HostHints(divisions), { runs: 20, warmup: 3 })));

  const evidence: RegionEvidence[] = readdirSync(CORPUS)
    .filter((f) => /^r\d+\.txt$/.test(f))
    .map((f) => {
      const parsed = parseReportText({ text: readFileSync(CORPUS + f, 'utf8') });
      return evidenceFromReport({
        report: parsed.report,
        text: parsed.text,
        title: '政府工作报告',
        url: 'http://www.example.gov.cn/a.html',
      });
    });
  evidence.push(
    { hostname: 'www.kmgd.gov.cn' },
    { hostname: 'www.yuli.gov.cn', year: 2025 },
    { name: '鼓楼区', title: '政府工作报告_南京市鼓楼区人民政府', hostname: 'www.njgl.gov.cn' },
    { name: '城关区' },
    { name: '青岚县', hostname: 'www.qinglan.gov.cn' },
  );
  hostHintsOf(divisions);
  const perCall = timeRuns(
    () => {
      for (const e of evidence) resolveRegion({ evidence: e, divisions });
    },
    { runs: 50, warmup: 5 },
  ).map((t) => t / evidence.length);
  m['region.resolve.cases'] = evidence.length;
  m['region.resolve.perCall.medianMs'] = round(median(perCall), 3);
  m['region.resolve.perCall.p95Ms'] = round(percentile(perCall, 95), 3);
  return m;
}
