/**
 * Decoding fetched pages: GBK bytes in, the right text out, whether the charset comes in the
 * header, only in a <meta>, nowhere, or wrong; bytes no charset reads are refused.
 */
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMarkup, decodePage } from '../../../lib/harvest/index.ts';
import { encodeGbk } from '../../../scripts/demo-site/gbk.ts';

const TEXT = '2022年青岚县政府工作报告：地区生产总值增长6.5%左右，城镇登记失业率控制在5.5%以内。';
const html = (meta: string) => `<!doctype html><html><head>${meta}<title>政府工作报告</title></head><body><p>${TEXT}</p></body></html>`;
const utf8 = (s: string) => new TextEncoder().encode(s);
const decoded = (r: ReturnType<typeof decodePage>) => (r.ok ? { charset: r.charset, hasText: r.text.includes(TEXT) } : r);

describe('decodePage', () => {
  it('decodes GBK named in the Content-Type header', () => {
    const bytes = encodeGbk(html(''));
    expect(decoded(decodePage({ bytes, contentType: 'text/html; charset=GBK' }))).toEqual({ charset: 'gbk', hasText: true });
  });

  it('decodes GB2312 named only in <meta http-equiv> or <meta charset>', () => {
    const httpEquiv = encodeGbk(html('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'));
    expect(decoded(decodePage({ bytes: httpEquiv, contentType: 'text/html' }))).toEqual({ charset: 'gbk', hasText: true });
    const metaCharset = encodeGbk(html('<meta charset="GB18030">'));
    expect(decoded(decodePage({ bytes: metaCharset, contentType: null }))).toEqual({ charset: 'gb18030', hasText: true });
  });

  it('reads a page with no charset anywhere as UTF-8 when it is, else as GB18030', () => {
    expect(decoded(decodePage({ bytes: utf8(html('')), contentType: 'text/html' }))).toEqual({ charset: 'utf-8', hasText: true });
    expect(decoded(decodePage({ bytes: encodeGbk(html('')), contentType: 'text/html' }))).toEqual({ charset: 'gb18030', hasText: true });
  });

  it('sees through a lying charset, in either direction', () => {
    // The server still says GBK after the CMS moved to UTF-8.
    expect(decoded(decodePage({ bytes: utf8(html('')), contentType: 'text/html; charset=gbk' }))).toEqual({
      charset: 'utf-8',
      hasText: true,
    });
    // The server says UTF-8 for every page; the old page's meta says gb2312.
    const old = encodeGbk(html('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'));
    expect(decoded(decodePage({ bytes: old, contentType: 'text/html; charset=utf-8' }))).toEqual({ charset: 'gbk', hasText: true });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const r = decodePage({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('政府工作报告')]) });
    expect(r).toEqual({ ok: true, text: '政府工作报告', charset: 'utf-8' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 instead of saving mojibake', () => {
    // 0x81 0x20 is no GB18030 sequence and no UTF-8 either.
    const broken = new Uint8Array([...utf8('<html><body>'), 0x81, 0x20, 0x81, 0x20, ...utf8('</body></html>')]);
    expect(decodePage({ bytes: broken, contentType: 'text/html; charset=gbk' })).toEqual({
      ok: false,
      declared: 'gbk',
      message: 'the page is not valid gbk, UTF-8 or GB18030',
    });
    expect(decodePage({ bytes: broken }).ok).toBe(false);
  });

  it('refuses text in a legacy charset that decodes to no Chinese page', () => {
    // Valid GB18030 pairs, but all of them pinyin letters with tone marks (ā á ǎ à …): no page reads so.
    const junk = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0xa8 : 0xa1 + ((i >> 1) % 20))));
    const r = decodePage({ bytes: junk });
    expect(r.ok ? r.text.slice(0, 10) : r.message).toBe('the page declares no charset and is neither UTF-8 nor GB18030');
  });
});

describe('charset declarations', () => {
  it('reads header and markup declarations', () => {
    expect(charsetFromContentType('text/html;charset="GB2312"')).toBe('gb2312');
    expect(charsetFromContentType('application/pdf')).toBeNull();
    expect(charsetFromMarkup(utf8('<meta http-equiv="content-type" content="text/html; charset=gbk" />'))).toBe('gbk');
    expect(charsetFromMarkup(utf8('<?xml version="1.0" encoding="GB18030"?><html>'))).toBe('gb18030');
    expect(charsetFromMarkup(utf8('<html><head><title>x</title>'))).toBeNull();
  });
});
