/** The words of Save all, PDF and Word reports and the reader (issue 12). */
import type { Lang } from '../format.ts';
import type { READER_SAVES } from '../messages.ts';
import type { HarvestFailure, LinkFileKind, LookAlike } from '../harvest/types.ts';
import { zhStorage } from './panel-zh.ts';
import { enStorage } from './panel-en.ts';

/** What the reader says became of its file: a save outcome, or the background would not analyse it. */
type ReaderSave = (typeof READER_SAVES)[number] | 'refused';

const MB = (bytes: number) => (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0);
const hostOfText = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

const zhHarvest = {
  linkedReports: (n: number) => `本页链接的报告（${n}）`,
  columnReports: (n: number) => `本栏目的报告（${n}）`,
  readingColumn: (page: number) => `正在读取栏目第 ${page} 页…`,
  columnPages: (n: number) => `已读取栏目的 ${n} 页。`,
  columnLimit: (n: number) => `栏目超过 ${n} 页，只读取了前 ${n} 页。`,
  columnFailed: (page: number, why: string) => `栏目第 ${page} 页读取失败（${why}），列出的是此前各页的报告。`,
  unavailable: '无法读取本页的链接。请刷新页面后重试。',
  kinds: { html: '网页', pdf: 'PDF', docx: 'Word', doc: 'Word（.doc）' } as Record<LinkFileKind, string>,
  inLibrary: '已在资料库',
  lookAlike: { interpretation: '可能是解读', infographic: '可能是图解', news: '可能是新闻' } as Record<LookAlike, string>,
  lookAlikeHint: '标题看起来不是报告本身，默认不选。',
  year: (y: number) => `${y} 年`,
  read: '阅读',
  readHint: '在 ReportLens 阅读器中打开',
  pause: '请求间隔（秒）',
  pauseHint: '每读取一个链接后等待的时间，避免给县区网站的服务器造成负担。',
  saveAll: (n: number) => `全部保存（${n}）`,
  cancel: '取消',
  cancelling: '正在取消…',
  otherRun: '另一个“全部保存”正在进行。',
  progressLabel: '保存进度',
  counts: { saved: '已保存', already: '已在资料库', notReport: '不是报告', failed: '失败' },
  current: '正在读取：',
  done: (total: number) => `已处理全部 ${total} 个链接。`,
  cancelled: (left: number) => `已取消：${left} 个链接没有读取；此前保存的报告都已保留。`,
  results: '结果',
  backToList: '返回链接列表',
  runError: (detail: string) => `无法继续：${detail}`,
  saved: '已保存',
  already: '资料库中已有',
  skipped: '没有读取（已取消）',
  notReport: (kind: string) => `不是政府工作报告（${kind}）`,
  failure: (f: HarvestFailure): string => {
    switch (f.reason) {
      case 'http':
        return `网站返回 HTTP ${f.status}${f.status === 404 ? '（页面不存在）' : f.status === 403 ? '（禁止访问）' : f.status >= 500 ? '（服务器出错）' : ''}`;
      case 'network':
        return `无法连接网站（${f.message}）`;
      case 'too-large':
        return `文件太大（${MB(f.bytes)} MB，上限 ${MB(f.limit)} MB）`;
      case 'encoding':
        return '无法识别网页的文字编码（不是 UTF-8、GBK 或 GB18030）';
      case 'unsupported':
        return '旧版 Word（.doc）文件无法读取；请用 Word 或 WPS 另存为 .docx 或 PDF';
      case 'unreadable':
        return f.cause === 'encrypted'
          ? 'PDF 设有密码，无法读取'
          : f.cause === 'no-text'
            ? '文件没有文字层（可能是扫描件），无法读取'
            : '文件已损坏，或不是它声称的格式';
      case 'off-site':
        return `被转到了其他网站（${hostOfText(f.url)}），没有读取`;
      case 'storage':
        return zhStorage(f.problem);
      case 'error':
        return `出错：${f.message}`;
    }
  },
  // The reader
  fileTab: (kind: string) => `本标签页显示的是一个 ${kind} 文件。`,
  openReader: '在 ReportLens 阅读器中打开',
  readerTitle: 'ReportLens 阅读器',
  readerLoading: '正在下载文件…',
  readerExtracting: '正在提取文字…',
  readerNoFile: '没有要打开的文件（地址不是 http 或 https 网址）。',
  readerFailed: (why: string) => `无法打开这个文件：${why}。`,
  readerNotAFile: '这个地址是网页，不是 PDF 或 Word 文件：在标签页中打开它，ReportLens 会在网页上分析。',
  readerOriginal: '原文件',
  readerPages: (n: number) => `${n} 页`,
  readerSaves: {
    'not-report': '这个文件不是政府工作报告，没有保存。',
    saved: '已存入资料库。',
    already: '资料库中已有这份报告。',
    copy: '已存为副本（资料库中已有其他网址的同一份报告）。',
    'not-saved': '尚未保存：在侧边栏“本页”中保存。',
    refused: '没有分析：稍后刷新本页再试。',
  } as Record<ReaderSave, string>,
  readerOffGov: (host: string) =>
    `无法读取 ${host} 上的文件：ReportLens 只能下载 *.gov.cn 网站的文件。请在浏览器中下载后用命令行读取，或在 gov.cn 网站上找到这份报告。`,
};

type HarvestStrings = typeof zhHarvest;

const enHarvest: HarvestStrings = {
  linkedReports: (n) => `Reports linked from this page (${n})`,
  columnReports: (n) => `Reports in this column (${n})`,
  readingColumn: (page) => `Reading page ${page} of the column…`,
  columnPages: (n) => `${n} pages of the column read.`,
  columnLimit: (n) => `The column has more than ${n} pages; the first ${n} were read.`,
  columnFailed: (page, why) => `Page ${page} of the column could not be read (${why}); the reports of the pages before are listed.`,
  unavailable: "Could not read this page's links. Reload the page and try again.",
  kinds: { html: 'web page', pdf: 'PDF', docx: 'Word', doc: 'Word (.doc)' },
  inLibrary: 'in library',
  lookAlike: { interpretation: 'probably an explainer', infographic: 'probably an infographic', news: 'probably news' },
  lookAlikeHint: 'Its title suggests it is not the report itself; not selected by default.',
  year: (y) => `${y}`,
  read: 'Read',
  readHint: 'Open in the ReportLens reader',
  pause: 'Pause between requests (s)',
  pauseHint: "Time waited after each link, so a county site's small server is not burdened.",
  saveAll: (n) => `Save all (${n})`,
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  otherRun: 'Another Save all is running.',
  progressLabel: 'Saving progress',
  counts: { saved: 'Saved', already: 'Already in library', notReport: 'Not a report', failed: 'Failed' },
  current: 'Reading: ',
  done: (total) => `All ${total} links done.`,
  cancelled: (left) => `Cancelled: ${left} link${left === 1 ? '' : 's'} not read; the reports saved before are kept.`,
  results: 'Results',
  backToList: 'Back to the list of links',
  runError: (detail) => `Could not go on: ${detail}`,
  saved: 'saved',
  already: 'already in the library',
  skipped: 'not read (cancelled)',
  notReport: (kind) => `not a government work report (${kind})`,
  failure: (f) => {
    switch (f.reason) {
      case 'http':
        return `the site answered HTTP ${f.status}${f.status === 404 ? ' (not found)' : f.status === 403 ? ' (forbidden)' : f.status >= 500 ? ' (server error)' : ''}`;
      case 'network':
        return `could not reach the site (${f.message})`;
      case 'too-large':
        return `too large (${MB(f.bytes)} MB; the limit is ${MB(f.limit)} MB)`;
      case 'encoding':
        return "the page's text encoding is unreadable (neither UTF-8, GBK nor GB18030)";
      case 'unsupported':
        return 'legacy Word (.doc) files cannot be read; save it as .docx or PDF in Word or WPS';
      case 'unreadable':
        return f.cause === 'encrypted'
          ? 'the PDF is password-protected'
          : f.cause === 'no-text'
            ? 'the file has no text layer (scanned pages?)'
            : 'the file is damaged or not what its name says';
      case 'off-site':
        return `it redirects to another site (${hostOfText(f.url)}); not read`;
      case 'storage':
        return enStorage(f.problem);
      case 'error':
        return `error: ${f.message}`;
    }
  },
  fileTab: (kind) => `This tab shows a ${kind} file.`,
  openReader: 'Open in the ReportLens reader',
  readerTitle: 'ReportLens reader',
  readerLoading: 'Downloading the file…',
  readerExtracting: 'Extracting the text…',
  readerNoFile: 'No file to open (the address is not an http or https URL).',
  readerFailed: (why) => `Cannot open this file: ${why}.`,
  readerNotAFile: 'This address is a web page, not a PDF or Word file: open it in a tab and ReportLens reads it there.',
  readerOriginal: 'Original file',
  readerPages: (n) => `${n} page${n === 1 ? '' : 's'}`,
  readerSaves: {
    'not-report': 'This file is not a government work report; not saved.',
    saved: 'Saved in the library.',
    already: 'This report is in the library already.',
    copy: 'Saved as a copy (the library has the same report from another address).',
    'not-saved': 'Not saved yet: save it in the side panel’s “This page”.',
    refused: 'Not analysed: reload this page later and try again.',
  },
  readerOffGov: (host) =>
    `Cannot read the file on ${host}: ReportLens downloads files from *.gov.cn sites only. Download it in the browser and read it with the command line, or find the report on a gov.cn site.`,
};

export function harvestStrings(lang: Lang): HarvestStrings {
  return lang === 'en' ? enHarvest : zhHarvest;
}
