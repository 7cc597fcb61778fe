/**
 * Lines and paragraphs rebuilt from PDF text runs: what a county report PDF does to its text
 * (runs cut at every font switch, justified lines, wraps inside numbers, running headers, page
 * numbers, titles over two lines) and what the reader must give back.
 */
import { describe, expect, it } from 'vitest';
import { dropRunningLines, linesOfPage, type PdfTextRun } from '../../../lib/filetext/pdf-lines.ts';
import { paragraphsOf } from '../../../lib/filetext/pdf-paragraphs.ts';
import { unifyRadicals } from '../../../lib/filetext/radicals.ts';

const SIZE = 16;
const LEFT = 80;
/** The text block is 28 characters wide. */
const WIDTH = 28;
const HEIGHT = 842;

/** Width in em: ASCII is half a character. */
const ems = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
const run = (str: string, y: number, { x = LEFT, size = SIZE }: { x?: number; size?: number } = {}): PdfTextRun => ({
  str,
  x,
  y,
  width: ems(str) * size,
  size,
});
/** `s` padded with 文 to the right edge of the block, starting `indent` characters in. */
const fill = (s: string, indent = 0) => {
  let t = s;
  while (ems(t) + 1 <= WIDTH - indent) t += '文';
  return t;
};
const filled = (s: string, y: number, indent = 0) => run(fill(s, indent), y, { x: LEFT + indent * SIZE });
const page = (...runs: PdfTextRun[]) => ({ height: HEIGHT, runs });
const paragraphs = (pages: ReturnType<typeof page>[]) =>
  paragraphsOf(dropRunningLines(pages.map((p) => ({ height: p.height, lines: linesOfPage(p) }))).map((lines) => ({ lines })));

describe('PDF lines', () => {
  it('groups runs by baseline, orders them by x, and adds spaces only between Latin words or distant numbers', () => {
    const at = (str: string, em: number, y = 700) => run(str, y, { x: LEFT + em * SIZE });
    const runs = [
      at('增长', 6),
      at('地区生产总值', 0, 700.3),
      at('GDP', 10),
      at('growth', 12.5),
      at('45', 16),
      at('6', 18.5),
      // A justified line pulls one number apart a little: 6 and 1 stay one number.
      at('1', 19.4),
      at('.5%', 20.2),
      at('下一行', 0, 670),
    ];
    expect(linesOfPage(page(...runs)).map((l) => l.text)).toEqual(['地区生产总值增长GDP growth 45 61.5%', '下一行']);
  });
});

describe('PDF paragraphs', () => {
  it('joins wrapped lines, even inside a number, and starts a paragraph at an indent or after a short line', () => {
    const pages = [
      page(
        run('各位代表：', 760, { x: LEFT + 2 * SIZE }),
        run('现在我代表县人民政府向大会报告工作地区生产总值增长6.', 730, { x: LEFT + 2 * SIZE }),
        run('5%左右，固定资产投资增长8%。', 700),
        run('一、2021年工作回顾', 670, { x: LEFT + 2 * SIZE }),
        filled('全年', 640, 2),
        filled('完成', 610),
      ),
    ];
    expect(paragraphs(pages)).toEqual([
      '各位代表：',
      '现在我代表县人民政府向大会报告工作地区生产总值增长6.5%左右，固定资产投资增长8%。',
      '一、2021年工作回顾',
      `${fill('全年', 2)}${fill('完成')}`,
    ]);
  });

  it('carries a paragraph across a page break, and drops running headers and page numbers', () => {
    const chrome = (n: number) => [run('青岚县人民政府文件', 800, { x: LEFT + 9 * SIZE }), run(`— ${n} —`, 40, { x: LEFT + 12 * SIZE })];
    const pages = [
      page(...chrome(1), filled('第一页的段落', 700, 2), filled('继续写到页底', 670)),
      page(...chrome(2), run('翻页后接着写完。', 700), filled('新段', 670, 2)),
      page(...chrome(3), run('第三页。', 700)),
    ];
    expect(paragraphs(pages)).toEqual([`${fill('第一页的段落', 2)}${fill('继续写到页底')}翻页后接着写完。`, `${fill('新段', 2)}第三页。`]);
  });

  it('keeps a first-page title that repeats the running header, and joins a title wrapped over two centred lines', () => {
    const big = 22;
    const line1 = '代县长冯玉全在平遥县第十七届人民代表大';
    const line2 = '会第二次会议上作政府工作报告';
    const block = WIDTH * SIZE;
    const running = run('政府工作报告', 800, { x: LEFT + 11 * SIZE });
    const pages = [
      page(
        run('政府工作报告', 780, { x: LEFT + (block - 6 * big) / 2, size: big }),
        run(line1, 750, { x: LEFT + 0.3 * big, size: big }),
        run(line2, 720, { x: LEFT + (block - ems(line2) * big) / 2, size: big }),
        filled('正文', 680, 2),
        filled('正文', 650),
      ),
      page(running, filled('正文', 700), run('完。', 670)),
      page(running, run('附件', 700, { x: LEFT + 2 * SIZE })),
    ];
    expect(paragraphs(pages)).toEqual(['政府工作报告', line1 + line2, `${fill('正文', 2)}${fill('正文')}${fill('正文')}完。`, '附件']);
  });
});

describe('CJK radicals', () => {
  it('maps radicals a PDF names for shared glyphs back to ideographs', () => {
    expect(unifyRadicals('⼯作报告：增⻓6%，企业1⼾，⼈⺠')).toBe('工作报告：增长6%，企业1户，人民');
    expect(unifyRadicals('政府工作报告')).toBe('政府工作报告');
  });
});
