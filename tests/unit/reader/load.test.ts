/** The reader's file: fetched with the harvest's limits, its kind from its bytes, its text extracted — or why not. */
import { describe, expect, it, vi } from 'vitest';
import { loadReportFile } from '../../../lib/reader/load.ts';
import { FileTextError } from '../../../lib/filetext/types.ts';
import { LIMITS } from '../../../lib/limits.ts';
import { fakeClock, fakeWeb, type FakeResource } from '../harvest/fakes.ts';

const URL_PDF = 'http://www.a.gov.cn/f/report.pdf';
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n...');
const ZIP_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);

function load(
  resources: Record<string, FakeResource>,
  readFile = vi.fn(async ({ kind }: { kind: string }) => ({ kind, text: '正文', title: 'T', pages: 3 })),
) {
  const { fetch, requests } = fakeWeb(resources, fakeClock());
  const onExtracting = vi.fn();
  const result = loadReportFile({ url: URL_PDF, fetch, readFile: readFile as never, onExtracting });
  return { result, readFile, requests, onExtracting };
}

describe('loadReportFile', () => {
  it('reads a PDF by its bytes and says when extraction starts', async () => {
    const { result, readFile, onExtracting } = load({ [URL_PDF]: { body: PDF_BYTES, contentType: 'application/octet-stream' } });
    expect(await result).toEqual({ ok: true, url: URL_PDF, kind: 'pdf', text: '正文', title: 'T', pages: 3 });
    expect(readFile).toHaveBeenCalledWith({ kind: 'pdf', data: PDF_BYTES });
    expect(onExtracting).toHaveBeenCalledOnce();
  });

  it('a .pdf address that serves a Word file is read as Word; a redirect on the same site is credited to where the file came from', async () => {
    const moved = 'http://www.a.gov.cn/download/2022.docx';
    const { result, readFile } = load({ [URL_PDF]: { body: ZIP_BYTES, contentType: 'application/octet-stream', redirectTo: moved } });
    expect(await result).toMatchObject({ ok: true, url: moved, kind: 'docx' });
    expect(readFile.mock.calls[0]![0].kind).toBe('docx');
  });

  it('a web page is not a file; a dead link, another site or a file too large say so', async () => {
    expect(await load({ [URL_PDF]: { body: '<html><p>报告</p></html>' } }).result).toEqual({
      ok: false,
      failure: { reason: 'not-a-file' },
    });
    expect(await load({}).result).toEqual({ ok: false, failure: { reason: 'http', status: 404 } });
    expect(await load({ [URL_PDF]: { body: PDF_BYTES, redirectTo: 'http://evil.example.com/x.pdf' } }).result).toEqual({
      ok: false,
      failure: { reason: 'off-site', url: 'http://evil.example.com/x.pdf' },
    });
    const huge = new Uint8Array(LIMITS.maxFetchedFileBytes + 1);
    huge.set(PDF_BYTES);
    expect(await load({ [URL_PDF]: { body: huge } }).result).toMatchObject({ ok: false, failure: { reason: 'too-large' } });
  });

  it('a file whose text cannot be read says why (no text layer, legacy Word)', async () => {
    const noText = vi.fn(async () => {
      throw new FileTextError('no-text', 'no text layer');
    });
    expect(await load({ [URL_PDF]: { body: PDF_BYTES } }, noText).result).toEqual({
      ok: false,
      failure: { reason: 'unreadable', message: 'no text layer', cause: 'no-text' },
    });
    const legacy = vi.fn(async () => {
      throw new FileTextError('unsupported', 'legacy .doc');
    });
    expect(await load({ [URL_PDF]: { body: PDF_BYTES } }, legacy).result).toEqual({
      ok: false,
      failure: { reason: 'unsupported', message: 'legacy .doc' },
    });
  });
});
