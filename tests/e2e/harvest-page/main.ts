/**
 * A bare page that runs the harvest core in the browser exactly as an extension page will:
 * DOMParser documents, the browser's TextDecoder and fetch, pdf.js with its worker and CMaps,
 * mammoth. Built by tests/e2e/harvest-core.test.ts; not part of the extension.
 */
import { extensionPdfEnvironment } from '../../../lib/filetext/browser.ts';
import { extractFileText } from '../../../lib/filetext/index.ts';
import { collectColumn, columnPageOf, runHarvest, type HarvestedReport, type HarvestEnvironment } from '../../../lib/harvest/index.ts';

const pdf = extensionPdfEnvironment({ assetUrl: (path) => new URL(`/__harvest${path}`, location.href).toString() });
const env: HarvestEnvironment = {
  fetch: (input, init) => fetch(input, init),
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  readFile: (file) => extractFileText({ ...file, pdf }),
  clock: { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
  pauseMs: 20,
};

async function harvestColumn(path: string) {
  const url = new URL(path, location.href).toString();
  const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
  const column = await collectColumn({ first: columnPageOf({ url, doc }), env });
  const saved: HarvestedReport[] = [];
  const library = {
    isInLibrary: async (u: string) => saved.some((r) => r.url === u),
    save: async (r: HarvestedReport) => {
      saved.push(r);
      return 'saved' as const;
    },
  };
  const run = await runHarvest({ links: column.links, env, library });
  return {
    pages: column.pages.map((p) => new URL(p).pathname),
    counts: run.counts,
    results: run.results.map((r) => ({ path: new URL(r.link.url).pathname, outcome: r.outcome })),
    saved: saved.map((r) => ({
      path: new URL(r.url).pathname,
      fileKind: r.fileKind,
      region: r.parsed.report.region?.name,
      planYear: r.parsed.report.planYear,
      figures: r.parsed.report.targets.length + r.parsed.report.actuals.length,
    })),
  };
}

(window as unknown as { harvestColumn: typeof harvestColumn }).harvestColumn = harvestColumn;
