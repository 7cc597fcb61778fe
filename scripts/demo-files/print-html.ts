/**
 * A seed report as a printable document: the page Chromium turns into the demo PDF. Set like a
 * county government's Word export: 方正小标宋-style centred title, 仿宋 body at 16 pt with 段首空两格,
 * justified lines, bold headings. Every CJK font on the machine that Chromium can use is listed,
 * so the PDF embeds real CID fonts (Noto Sans CJK on Debian).
 */
import { reportBlocks, type BodyStyle } from '../demo-site/report-body.ts';
import { escapeHtml } from '../demo-site/html.ts';
import type { DemoFile } from '../demo-site/files.ts';

const FONTS = `"FangSong", "仿宋_GB2312", "Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif`;

const PRINT_STYLE: BodyStyle = {
  front: (inner, i) => (i === 0 ? `<h1>${inner}</h1>` : `<p class="front">${inner}</p>`),
  major: (inner) => `<h2>${inner}</h2>`,
  minor: (inner) => `<p class="minor">${inner}</p>`,
  paragraph: (inner) => `<p>${inner}</p>`,
};

export function printHtml({ text, file }: { text: string; file: DemoFile }): string {
  const blocks = reportBlocks(
    text,
    { frontLines: file.frontLines, extraHeadings: [], fullWidth: [], inline: { splitEvery: 0, langEvery: 0 }, fontEvery: 0 },
    PRINT_STYLE,
  );
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(file.header)}</title>
<style>
body { font-family: ${FONTS}; font-size: 16pt; line-height: 1.75; text-align: justify; margin: 0; }
p { margin: 0; text-indent: 2em; }
h1 { font-size: 22pt; text-align: center; margin: 0 0 12pt; }
h2 { font-size: 16pt; margin: 0; text-indent: 2em; }
p.front { text-align: center; text-indent: 0; }
p.minor { font-weight: bold; }
</style></head>
<body>
${blocks.join('\n')}
</body></html>
`;
}

/** Chromium's running header and footer (page numbers as — 3 —, as county PDFs print them). */
export function headerFooter(file: DemoFile): { headerTemplate: string; footerTemplate: string } {
  const style = `font-family: ${FONTS.replace(/"/g, "'")}; width: 100%; text-align: center;`;
  return {
    headerTemplate: `<div style="${style} font-size: 9pt; color: #666;">${escapeHtml(file.header)}</div>`,
    footerTemplate: `<div style="${style} font-size: 11pt;">— <span class="pageNumber"></span> —</div>`,
  };
}
