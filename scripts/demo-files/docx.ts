/** A seed report → .docx with the `docx` library, laid out like a county office's Word file. */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { textLines } from '../demo-site/report-body.ts';
import type { DemoFile } from '../demo-site/files.ts';

const BODY_FONT = '仿宋_GB2312';
/** 16 pt (三号), in half-points. */
const BODY_SIZE = 32;
/** Two characters of 16 pt, in twips: 段首空两格. */
const INDENT = 640;
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。；：]{0,40}$/;

export async function docxOf({ text, file }: { text: string; file: DemoFile }): Promise<Uint8Array> {
  const paragraphs = textLines(text).map((line, i) => {
    if (i < file.frontLines)
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: line.trim(),
            bold: i === 0,
            size: i === 0 ? 44 : BODY_SIZE,
            font: i === 0 ? '方正小标宋简体' : '楷体_GB2312',
          }),
        ],
      });
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: INDENT },
      children: [
        new TextRun({ text: line, size: BODY_SIZE, font: HEADING.test(line.trim()) ? '黑体' : BODY_FONT, bold: HEADING.test(line.trim()) }),
      ],
    });
  });
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })],
  });
  const doc = new Document({
    creator: file.header,
    title: file.header,
    sections: [{ footers: { default: footer }, children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
