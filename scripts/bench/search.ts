/**
 * Fuzzy search per keystroke (Fuse.js), as the side panel runs it: over the summaries of a
 * 10,000-report library, and over the whole glossary.
 */
import Fuse from 'fuse.js';
import { builtinGlossary } from '../../lib/glossary/builtin.ts';
import { median, round, timeRuns } from './stats.ts';

export function searchBenchmarks(count: number): Record<string, number> {
  const m: Record<string, number> = {};
  const reports = Array.from({ length: count }, (_, n) => ({
    id: n + 1,
    regionName: `测试${String(n % 1000).padStart(4, '0')}县`,
    title: `${2015 + Math.floor(n / 1000)}年政府工作报告`,
    meeting: `第十届人民代表大会第${(n % 5) + 1}次会议`,
  }));
  const options = { keys: ['regionName', 'title', 'meeting'], threshold: 0.35, ignoreLocation: true };
  const build = timeRuns(() => new Fuse(reports, options), { runs: 5, warmup: 1 });
  m['search.reports.count'] = count;
  m['search.reports.indexBuildMs'] = round(median(build));
  const fuse = new Fuse(reports, options);
  // Typing 测试0042县 one keystroke at a time.
  const query = '测试0042县';
  const perKeystroke = timeRuns(() => {
    for (let i = 1; i <= query.length; i++) fuse.search(query.slice(0, i), { limit: 50 });
  }, { runs: 5, warmup: 1 }).map((t) => t / query.length);
  m['search.reports.perKeystroke.medianMs'] = round(median(perKeystroke));
  const glossary = new Fuse(builtinGlossary, { keys: ['term', 'variants', 'english', 'definition'], threshold: 0.35, ignoreLocation: true });
  const term = '两不愁三保障';
  const glossaryKeystroke = timeRuns(() => {
    for (let i = 1; i <= term.length; i++) glossary.search(term.slice(0, i), { limit: 50 });
  }, { runs: 20, warmup: 3 }).map((t) => t / term.length);
  m['search.glossary.entries'] = builtinGlossary.length;
  m['search.glossary.perKeystroke.medianMs'] = round(median(glossaryKeystroke), 3);
  return m;
}
