/**
 * Small HTML helpers for the demo-site generator: escaping, and the inline "encodings" that real
 * county CMS pages put into report text without changing what it says (numbers split across
 * spans, &nbsp; runs, Word-style lang wrappers, <font> tags).
 */

/** Escapes text for use between tags. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for use inside a double-quoted attribute. */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/**
 * Escapes text and writes runs of two or more spaces, and every no-break space, as &nbsp; (so
 * 「县  长   刘惠民」 keeps its spacing on screen, as CMS editors make it do).
 */
export function escapeWithNbsp(text: string): string {
  return escapeHtml(text)
    .replace(/ {2,}/g, (run) => '&nbsp;'.repeat(run.length))
    .replace(/\u00a0/g, '&nbsp;');
}

/**
 * The split-number trick. Reports pasted from Word into TRS, Hanweb (UEditor) and Anhui-style
 * county CMSs keep Word's run boundaries as <span>s, and a decimal number often breaks at its
 * point: `6<span>.5</span>%` or `<span style=…>204</span><span>.6亿元</span>`. Copying such text,
 * or reading one text node at a time, loses or merges the parts; the page's text is unchanged.
 * `form` 0 splits off the decimals; form 1 puts the integer part and the rest (with its unit) in
 * two styled spans.
 */
export function splitNumber(intPart: string, decimals: string, unit: string, form: 0 | 1): string {
  if (form === 0) return `${intPart}<span>.${decimals}</span>${escapeHtml(unit)}`;
  return (
    `<span style="font-family: 仿宋_GB2312; mso-ascii-font-family: 'Times New Roman';">${intPart}</span>` +
    `<span style="font-family: 仿宋_GB2312; mso-ascii-font-family: 'Times New Roman';">.${decimals}${escapeHtml(unit)}</span>`
  );
}

/** Word exports wrap Latin runs (years, numbers) in <span lang="EN-US">. */
export function langWrap(html: string): string {
  return `<span lang="EN-US" style="font-family: 'Times New Roman';">${html}</span>`;
}

/** How often each inline encoding is used (counters make the output deterministic). */
export interface InlineStyle {
  /** Split every n-th decimal number (0: never). */
  splitEvery: number;
  /** Wrap every n-th four-digit year-like number in <span lang="EN-US"> (0: never). */
  langEvery: number;
}

/** Counts numbers across a whole document so the choice of which ones to encode is deterministic. */
export class InlineEncoder {
  private readonly style: InlineStyle;
  private decimals = 0;
  private years = 0;

  constructor(style: InlineStyle) {
    this.style = style;
  }

  /** Renders one line of text as inline HTML. */
  render(text: string): string {
    // A decimal number with an optional unit right after it, or a year-like 4-digit number.
    const pattern = /(\d+)\.(\d+)(亿元|万元|元|万吨|万亩|%|％)?|(?<![\d.])((?:19|20)\d\d)(?![\d.])/g;
    let out = '';
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      out += escapeWithNbsp(text.slice(last, start));
      last = start + m[0].length;
      if (m[1] !== undefined) {
        const n = this.decimals++;
        const every = this.style.splitEvery;
        if (every > 0 && n % every === 0) {
          out += splitNumber(m[1], m[2]!, m[3] ?? '', (n / every) % 2 === 0 ? 1 : 0);
        } else {
          out += escapeHtml(m[0]);
        }
      } else {
        const n = this.years++;
        const every = this.style.langEvery;
        out += every > 0 && n % every === 1 ? langWrap(m[4]!) : m[4]!;
      }
    }
    return out + escapeWithNbsp(text.slice(last));
  }
}

/** Serializes a value as a JavaScript literal that is safe inside an inline <script>. */
export function scriptLiteral(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
