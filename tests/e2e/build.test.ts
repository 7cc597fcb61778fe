/**
 * Checks on the built extension (npm test builds Chrome and Firefox before running these).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const out = (path: string) => fileURLToPath(new URL(`../../.output/${path}`, import.meta.url));

describe('built extension', () => {
  it('Firefox build passes web-ext lint with no errors', () => {
    let stdout: string;
    try {
      // pdf.js (its 1.3 MB worker, the CMaps) is Mozilla's own published build: linting it triples the
      // time of this check and found no error (one warning, its dynamic import of a module).
      stdout = execFileSync('web-ext', ['lint', '--source-dir', out('firefox-mv2'), '--ignore-files', 'pdfjs/**', '--output', 'json'], {
        encoding: 'utf8',
      });
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      stdout = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('Chrome manifest declares the side panel, the toolbar action and no host permission beyond *.gov.cn', () => {
    const manifest = JSON.parse(readFileSync(out('chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');
    // The reader's right-click entry on PDF and Word links.
    expect(manifest.permissions).toContain('contextMenus');
    expect(manifest.action).toBeDefined();
    // Save all and the reader fetch from the sites the content script runs on: no new install warning.
    expect(manifest.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(manifest.content_scripts[0].matches).toEqual(['*://*.gov.cn/*']);
  });

  it('the content script stays within 15 KB gzipped, with no PDF or Word code; the reader page is built', () => {
    const content = readFileSync(out('chrome-mv3/content-scripts/content.js'));
    expect(gzipSync(content).length).toBeLessThanOrEqual(15 * 1024);
    expect(content.toString('utf8')).not.toMatch(/pdfjs|GlobalWorkerOptions|mammoth/);
    expect(readFileSync(out('chrome-mv3/reader.html'), 'utf8')).toContain('id="article"');
  });

  it('Firefox manifest declares a sidebar', () => {
    const manifest = JSON.parse(readFileSync(out('firefox-mv2/manifest.json'), 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  });

  it('the content script bundles neither Dexie nor Fuse.js', () => {
    const content = readFileSync(out('chrome-mv3/content-scripts/content.js'), 'utf8');
    expect(content).not.toMatch(/Dexie|indexedDB/);
    expect(content).not.toMatch(/Fuse|fuseOptionKeyThreshold|useExtendedSearch/);
  });
});
