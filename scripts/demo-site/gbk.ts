/**
 * Text → GBK bytes, for the demo site's GBK-encoded page and the decoding tests. Node has no GBK
 * encoder, but its TextDecoder has the GBK table: decoding every two-byte GBK sequence once gives
 * the inverse. A character GBK cannot encode is an error, never a silent '?'.
 */
let table: Map<string, number> | null = null;

function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, (lead << 8) | trail);
      } catch {
        // not a GBK code
      }
    }
  }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const code = map.get(ch);
    if (code === undefined) throw new Error(`not encodable in GBK: ${ch} (U+${c.toString(16).toUpperCase()})`);
    out.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(out);
}
