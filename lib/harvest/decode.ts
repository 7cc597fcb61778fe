/**
 * Bytes of a fetched page → text. County sites still serve GB2312/GBK pages, often with a charset
 * in the Content-Type header, sometimes only in a <meta>, sometimes neither, and now and then a
 * header that lies (a UTF-8 page the server calls GBK after a CMS upgrade). The order here:
 * a byte-order mark; UTF-8 whenever the bytes are valid UTF-8 (Chinese GBK text practically never
 * is); then the declared charsets, header before meta; then GB18030 (a superset
 * of GB2312 and GBK). A page none of these decodes cleanly is refused, never saved as mojibake.
 */

export type DecodedPage = { ok: true; text: string; charset: string } | { ok: false; declared: string | null; message: string };

/** The charset parameter of a Content-Type header (text/html; charset=GBK → gbk). */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset a page declares in its head: <meta charset>, <meta http-equiv content="…charset=…">, or an XML declaration. */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  // The declaration is ASCII; reading the head byte by byte as Latin-1 finds it in any ASCII-compatible encoding.
  let head = '';
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]!);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return null; // a label no browser knows (x-user-defined typos, "utf8mb4")
  }
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  const decoder = decoderFor(label);
  if (!decoder) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Outside ASCII, a Chinese page is CJK, CJK punctuation, full-width forms and a little Latin-1 (&nbsp;, ·). */
const CHINESE_PAGE_CHAR =
  /[\u00a0-\u00ff\u2000-\u206f\u2100-\u27ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

function looksLikeText(text: string): boolean {
  let other = 0;
  let wide = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    wide++;
    if (!CHINESE_PAGE_CHAR.test(ch)) other++;
  }
  return wide === 0 || other / wide < 0.1;
}

const UTF8 = ['utf-8', 'utf8', 'unicode-1-1-utf-8'];

export function decodePage({ bytes, contentType }: { bytes: Uint8Array; contentType?: string | null }): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return { ok: true, text, charset: 'utf-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(bytes.subarray(2), label);
    if (text !== null) return { ok: true, text, charset: label };
  }
  const declared = [charsetFromContentType(contentType), charsetFromMarkup(bytes)].filter((c): c is string => c !== null);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, charset: 'utf-8' };
  for (const label of [...declared.filter((c) => !UTF8.includes(c)), 'gb18030']) {
    const text = tryDecode(bytes, label);
    if (text !== null && looksLikeText(text)) return { ok: true, text, charset: decoderFor(label)!.encoding };
  }
  const said = declared[0] ?? null;
  return {
    ok: false,
    declared: said,
    message: said ? `the page is not valid ${said}, UTF-8 or GB18030` : 'the page declares no charset and is neither UTF-8 nor GB18030',
  };
}
