/**
 * Small SVG "infographic" panels for the 一图读懂 page (real sites use big JPEGs; the text of the
 * picture is not in the page, only its alt text and the captions around it).
 */
import { escapeHtml } from './html.ts';
import type { InfographicPanel } from './texts.ts';

export function panelSvg(panel: InfographicPanel, color: string): string {
  const width = 750;
  const cols = 2;
  const tileW = 320;
  const tileH = 110;
  const top = 110;
  const rows = Math.ceil(panel.tiles.length / cols);
  const height = top + rows * (tileH + 20) + 30;
  const tiles = panel.tiles
    .map((t, i) => {
      const x = 40 + (i % cols) * (tileW + 30);
      const y = top + Math.floor(i / cols) * (tileH + 20);
      return (
        `<g transform="translate(${x},${y})"><rect width="${tileW}" height="${tileH}" rx="10" fill="#fff" stroke="${color}" stroke-width="2"/>` +
        `<text x="${tileW / 2}" y="52" text-anchor="middle" font-size="34" font-weight="bold" fill="${color}">${escapeHtml(t.big)}</text>` +
        `<text x="${tileW / 2}" y="88" text-anchor="middle" font-size="17" fill="#444">${escapeHtml(t.label)}</text></g>`
      );
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Microsoft YaHei, PingFang SC, Noto Sans CJK SC, sans-serif">
<rect width="${width}" height="${height}" fill="#eef5fc"/>
<rect width="${width}" height="80" fill="${color}"/>
<text x="${width / 2}" y="52" text-anchor="middle" font-size="32" font-weight="bold" fill="#fff">${escapeHtml(panel.heading)}</text>
${tiles}
</svg>
`;
}
