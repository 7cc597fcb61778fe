/** The reader's address, the files it is offered for, and what a file is called. */
import { describe, expect, it } from 'vitest';
import { fileUrlOf, READER_LINK_PATTERNS, readerFileOf, readerPath } from '../../../lib/reader/address.ts';
import { fileTitle } from '../../../lib/reader/article.ts';

const PDF = 'http://www.qinglan.gov.cn/zwgk/附件 2022.pdf?t=1&x=a#p2';

describe('reader.html?url=', () => {
  it('carries any web address there and back', () => {
    const path = readerPath(PDF);
    expect(path.startsWith('/reader.html?url=')).toBe(true);
    expect(fileUrlOf(path.slice(path.indexOf('?')))).toBe(PDF);
  });

  it('takes only web addresses', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:application/pdf;base64,JVBERi0=', 'chrome://settings', ''])
      expect(fileUrlOf(`?url=${encodeURIComponent(url)}`), url).toBeNull();
    expect(fileUrlOf('')).toBeNull();
  });
});

describe('which tabs and links the reader is offered for', () => {
  it('a tab showing a PDF or Word file, not a web page or another kind of file', () => {
    expect(readerFileOf('http://www.a.gov.cn/2022.pdf')).toBe('http://www.a.gov.cn/2022.pdf');
    expect(readerFileOf('https://www.a.gov.cn/files/报告.DOCX?v=2')).not.toBeNull();
    expect(readerFileOf('http://www.a.gov.cn/old.doc')).not.toBeNull();
    for (const url of [
      'http://www.a.gov.cn/index.html',
      'http://www.a.gov.cn/a.zip',
      'file:///r.pdf',
      'chrome-extension://x/reader.html?url=a.pdf',
      undefined,
    ])
      expect(readerFileOf(url), String(url)).toBeNull();
  });

  it('the right-click entry’s patterns name each kind in both cases, with and without a query', () => {
    expect(READER_LINK_PATTERNS).toEqual(expect.arrayContaining(['*://*/*.pdf', '*://*/*.PDF?*', '*://*/*.docx', '*://*/*.doc?*']));
    expect(READER_LINK_PATTERNS.every((p) => p.startsWith('*://*/'))).toBe(true);
  });
});

describe('what a file is called', () => {
  it('its own title, else its name in the address, decoded', () => {
    expect(fileTitle({ url: PDF, title: ' 青岚县2022年政府工作报告 ' })).toBe('青岚县2022年政府工作报告');
    expect(fileTitle({ url: 'http://www.a.gov.cn/f/%E6%8A%A5%E5%91%8A.pdf', title: null })).toBe('报告.pdf');
    expect(fileTitle({ url: 'http://www.a.gov.cn/f/%E6%8A.pdf', title: '' })).toBe('%E6%8A.pdf');
    expect(fileTitle({ url: 'http://www.a.gov.cn/', title: null })).toBe('www.a.gov.cn');
  });
});
