/**
 * Turns a report's plain text into the article body HTML a county CMS would hold: one block per
 * line of text, headings in <h3> or <p><strong>, the lead sentence of （一）… paragraphs in bold,
 * and the inline encodings of html.ts. The text content of the blocks is the text of the lines
 * (apart from &nbsp; for runs of spaces and a few full-width digits), so parsing the page yields
 * what parsing the text yields.
 */
import { escapeHtml, InlineEncoder, type InlineStyle } from './html.ts';

/** How one seed is laid out on its page. */
export interface ReportLayout {
  /** The first lines (title, ——date and meeting, speaker) are centred. */
  frontLines: number;
  /** Lines that are headings although they carry no 一、 number (陵川's "2019年工作回顾"). */
  extraHeadings: string[];
  /**
   * A few places where the page shows full-width digits (８６．４％) instead of the text's
   * ordinary ones, as some CMS editors type them: [text as in the seed, text on the page]. Each
   * must occur exactly once, and only where it does not change the meaning.
   */
  fullWidth: [string, string][];
  inline: InlineStyle;
  /** Wrap the content of every n-th paragraph in <font face="仿宋_GB2312"> (0: never). */
  fontEvery: number;
}

/** How a CMS writes each kind of block. */
export interface BodyStyle {
  front(inner: string, index: number): string;
  /** 一、… headings and the layout's extra headings. */
  major(inner: string): string;
  /** （一）… headings that stand on their own line. */
  minor(inner: string): string;
  paragraph(inner: string, index: number): string;
}

export const BODY_STYLES: Record<'trs' | 'anhui' | 'hanweb' | 'plain', BodyStyle> = {
  trs: {
    front: (inner, i) =>
      i === 0
        ? `<p style="text-align: center;"><strong><span style="font-family: 方正小标宋简体; font-size: 22pt;">${inner}</span></strong></p>`
        : `<p style="text-align: center;"><span style="font-family: 楷体_GB2312; font-size: 16pt;">${inner}</span></p>`,
    major: (inner) =>
      `<p style="text-align: center;"><strong><span style="font-family: 黑体; font-size: 16pt;">${inner}</span></strong></p>`,
    minor: (inner) =>
      `<p style="text-indent: 2em;"><strong><span style="font-family: 楷体_GB2312; font-size: 16pt;">${inner}</span></strong></p>`,
    paragraph: (inner) =>
      `<p style="text-indent: 2em; line-height: 2;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">${inner}</span></p>`,
  },
  anhui: {
    front: (inner, i) =>
      i === 0
        ? `<p style="text-align:center;line-height:40px"><strong><span style="font-size:24px">${inner}</span></strong></p>`
        : `<p style="text-align:center;line-height:30px"><span style="font-family:楷体_GB2312,楷体">${inner}</span></p>`,
    major: (inner) => `<p style="text-align:center;line-height:36px"><strong>${inner}</strong></p>`,
    minor: (inner) => `<p style="text-indent:2em;line-height:30px"><strong>${inner}</strong></p>`,
    paragraph: (inner) => `<p style="text-indent:2em;line-height:30px;margin:0 0 8px 0">${inner}</p>`,
  },
  hanweb: {
    front: (inner, i) =>
      i === 0
        ? `<p style="text-align: center; color: #999999; font-size: 13px;">${inner}</p>`
        : `<p style="text-align: center; line-height: 2em;"><span style="font-family: 楷体, 楷体_GB2312; font-size: 20px;">${inner}</span></p>`,
    major: (inner) => `<h3 style="text-align: center;">${inner}</h3>`,
    minor: (inner) =>
      `<p style="text-indent: 2em; line-height: 2em;"><strong><span style="font-family: 黑体, SimHei; font-size: 20px;">${inner}</span></strong></p>`,
    paragraph: (inner) =>
      `<p style="text-indent: 2em; line-height: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 20px;">${inner}</span></p>`,
  },
  plain: {
    front: (inner, i) =>
      i === 0 ? `<p style="text-align:center;font-size:24px"><strong>${inner}</strong></p>` : `<p style="text-align:center">${inner}</p>`,
    major: (inner) => `<h3>${inner}</h3>`,
    minor: (inner) => `<p style="text-indent:2em"><strong>${inner}</strong></p>`,
    paragraph: (inner) => `<p style="text-indent:2em">${inner}</p>`,
  },
};

const NUMBERED_MAJOR = /^[一二三四五六七八九十]+、/;
const NUMBERED_MINOR = /^[（(][一二三四五六七八九十]+[）)]/;
/** Sentence-final punctuation: a line with any of these is a paragraph, not a heading. */
const SENTENCE = /[。！？；：:;!?]/;
/** The bold lead of a paragraph: "（一）强化政治担当，三大攻坚取得明显成效。" */
const LEAD = /^((?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)[^。！]{2,40}[。！])(.+)$/s;

/** The lines of a text that hold something (blank lines only separate paragraphs on the page). */
export function textLines(text: string): string[] {
  return text
    .replace(/\r/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && line.replace(/[\s\u00a0]/g, '') !== '');
}

/** Applies the layout's full-width replacements; each must match exactly once. */
export function applyFullWidth(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    const count = out.split(from).length - 1;
    if (count !== 1) throw new Error(`full-width replacement "${from}" matches ${count} times`);
    out = out.replace(from, to);
  }
  return out;
}

/** Renders a report text as one HTML block per line. */
export function reportBlocks(text: string, layout: ReportLayout, style: BodyStyle): string[] {
  const lines = textLines(applyFullWidth(text, layout.fullWidth));
  const encoder = new InlineEncoder(layout.inline);
  let paragraphs = 0;
  return lines.map((line, i) => {
    if (i < layout.frontLines) return style.front(encoder.render(line), i);
    const bare = line.trim();
    const heading = !SENTENCE.test(bare) && bare.length <= 45;
    if (layout.extraHeadings.includes(bare) || (heading && NUMBERED_MAJOR.test(bare))) return style.major(encoder.render(bare));
    if (heading && NUMBERED_MINOR.test(bare)) return style.minor(encoder.render(bare));
    const n = paragraphs++;
    const lead = LEAD.exec(line);
    let inner = lead ? `<strong>${encoder.render(lead[1]!)}</strong>${encoder.render(lead[2]!)}` : encoder.render(line);
    if (layout.fontEvery > 0 && n % layout.fontEvery === layout.fontEvery - 1) inner = `<font face="仿宋_GB2312">${inner}</font>`;
    return style.paragraph(inner, n);
  });
}

/** The same blocks as one string. */
export function reportBody(text: string, layout: ReportLayout, style: BodyStyle): string {
  return reportBlocks(text, layout, style).join('\n');
}

export { escapeHtml };
