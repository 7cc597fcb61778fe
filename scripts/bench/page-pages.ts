/** The pages the in-page benchmarks and the trace load. */
import { readFileSync } from 'node:fs';

/** The largest demo report page that the content script marks (`site`: the demo site folder). */
export function largestDemoReport(site: string): string {
  const pages = JSON.parse(readFileSync(`${site}MANIFEST.json`, 'utf8')) as {
    url: string;
    file: string;
    kind: string;
    notes: string;
    format?: string;
  }[];
  // PDF and Word reports (format) are files, not pages the content script marks.
  return pages
    .filter((p) => p.kind === 'report' && !p.format && !/iframe|setTimeout|Page [12] of 2/.test(p.notes))
    .map((p) => ({ url: p.url, size: readFileSync(site + p.file).length }))
    .sort((a, b) => b.size - a.size)[0]!.url;
}
