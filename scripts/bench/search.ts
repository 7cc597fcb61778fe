/**
 * Fuzzy search per keystroke, with the side panel's own search (lib/search.ts): over a library
 * of 10,000 report summaries (with pinyin keys once Latin letters are typed), and over the
 * whole built-in glossary.
 */
import Fuse from 'fuse.js';
import { builtinGlossary } from '../../lib/glossary/builtin.ts';
import { ReportSearch, loadPinyin, type ReportSearchItem } from '../../lib/search.ts';
import { median, round, timeRuns } from './stats.ts';

export async function searchBenchmarks(count: number): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  const items: ReportSearchItem[] = Array.from({ length: count }, (_, n) => ({
    id: n + 1,
    regionName: `测试${String(n % 1000).padStart(4, '0')}县`,
    title: '政府工作报告',
    meeting: `第十届人民代表大会第${(n % 5) + 1}次会议`,
  }));
  m['search.reports.count'] = count;
  m['search.reports.indexBuildMs'] = round(median(timeRuns(() => new ReportSearch(items.map((i) => ({ ...i }))), { runs: 5, warmup: 1 })));
  const search = new ReportSearch(items.map((i) => ({ ...i })));
  const typing = (q: string) => () => {
    for (let i = 1; i <= q.length; i++) search.search(q.slice(0, i));
  };
  const query = '测试0042县';
  m['search.reports.perKeystroke.medianMs'] = round(median(timeRuns(typing(query), { runs: 5, warmup: 1 })) / query.length);
  const pinyinOf = await loadPinyin();
  const t0 = performance.now();
  search.withPinyin(pinyinOf);
  m['search.reports.addPinyinMs'] = round(performance.now() - t0);
  const latin = 'ceshi0042';
  m['search.reports.pinyinPerKeystroke.medianMs'] = round(median(timeRuns(typing(latin), { runs: 5, warmup: 1 })) / latin.length);
  const glossary = new Fuse(builtinGlossary, {
    keys: ['term', 'variants', 'english', 'definition'],
    threshold: 0.35,
    ignoreLocation: true,
  });
  const term = '两不愁三保障';
  const glossaryKeystroke = timeRuns(
    () => {
      for (let i = 1; i <= term.length; i++) glossary.search(term.slice(0, i));
    },
    { runs: 20, warmup: 3 },
  ).map((t) => t / term.length);
  m['search.glossary.entries'] = builtinGlossary.length;
  m['search.glossary.perKeystroke.medianMs'] = round(median(glossaryKeystroke), 3);
  return m;
}
