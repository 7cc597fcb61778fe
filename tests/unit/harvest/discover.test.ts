/**
 * Finding the reports a page links to, and the column's next page, on pages shaped like county
 * portals: a year in the text or only in the URL, attachments named by their line, look-alikes,
 * other sites, the column's own links, split reports.
 */
import { describe, expect, it } from 'vitest';
import { discoverReportLinks, nextPageOf } from '../../../lib/harvest/index.ts';
import { otherPagesOf } from '../../../lib/report/links.ts';
import { parseHtml } from './fakes.ts';

const COLUMN = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/index.shtml';
const page = (body: string, head = '') =>
  parseHtml(`<!doctype html><html><head><title>政府工作报告</title>${head}</head><body>${body}</body></html>`);

describe('discoverReportLinks', () => {
  const doc = page(`
    <div class="nav"><a href="/zwgk/zfgzbg/index.shtml">政府工作报告</a><a href="/zwgk/zfgzbg/">政府工作报告（历年）</a></div>
    <ul class="list">
      <li><a href="./202101/t20210126_41021.shtml">2021年青岚县政府工作报告</a></li>
      <li><a href="202201/t20220125_45318.shtml#top">青岚县人民政府工作报告</a></li>
      <li><a href="/zwgk/zfgzbg/202201/t20220125_45318.shtml">2022年青岚县政府工作报告（全文）</a></li>
      <li><a href="/zwgk/zfgzbg/201903/t20190312_30001_1.shtml">2019年政府工作报告（第2页）</a></li>
      <li><a href="/zwgk/zfgzbg/201903/t20190312_30001.shtml">2019年政府工作报告</a></li>
      <li><a href="/zwgk/zfgzbg/200301/t20030120_1001.shtml">二〇〇三年政府工作报告</a></li>
      <li><a href="/zwgk/zfgzbg/201703/t20170303_1102877.shtml" title="2017年青岚县人民政府工作报告（2017年2月20日在县十七届人大一次会议上）">2017年青岚县人民政府工作...</a></li>
      <li><a href="http://files.qinglan.gov.cn/upload/P020230212.pdf">附件：2023年政府工作报告.pdf</a></li>
      <li>附件：2018年政府工作报告 <a href="/upload/2018/zfgzbg.docx">下载</a></li>
      <li><a href="/upload/2016.ofd">附件：2016年政府工作报告.ofd</a></li>
      <li><a href="/zwgk/zcjd/202201/t20220126_45320.shtml">图文解读：2022年政府工作报告</a></li>
      <li><a href="/zwgk/zcjd/202201/t20220126_45321.shtml">一图读懂2022年政府工作报告</a></li>
      <li><a href="/xwzx/202201/t20220118_45290.shtml">县十八届人大一次会议开幕 秦向东作政府工作报告</a></li>
      <li><a href="http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml">2020年柳林县政府工作报告</a></li>
      <li><a href="javascript:openWin('2015')">2015年政府工作报告</a></li>
      <li><a href="/zwgk/tzgg/202201/t20220110_45001.shtml">关于召开县十八届人大一次会议的通知</a></li>
      <li><a href="/zwgk/rdgz/202201/t20220119_45301.shtml">县人大常委会工作报告</a></li>
    </ul>`);
  const links = discoverReportLinks({ doc, url: COLUMN });
  const byUrl = new Map(links.map((l) => [l.url.replace('http://www.qinglan.gov.cn', ''), l]));

  it('lists each report once, with its year from the text or the URL, and its file kind', () => {
    expect([...byUrl.keys()]).toEqual([
      '/zwgk/zfgzbg/202101/t20210126_41021.shtml',
      '/zwgk/zfgzbg/202201/t20220125_45318.shtml',
      '/zwgk/zfgzbg/201903/t20190312_30001.shtml',
      '/zwgk/zfgzbg/200301/t20030120_1001.shtml',
      '/zwgk/zfgzbg/201703/t20170303_1102877.shtml',
      'http://files.qinglan.gov.cn/upload/P020230212.pdf',
      '/upload/2018/zfgzbg.docx',
      '/zwgk/zcjd/202201/t20220126_45320.shtml',
      '/zwgk/zcjd/202201/t20220126_45321.shtml',
      '/xwzx/202201/t20220118_45290.shtml',
    ]);
    expect(byUrl.get('/zwgk/zfgzbg/202101/t20210126_41021.shtml')).toEqual({
      url: 'http://www.qinglan.gov.cn/zwgk/zfgzbg/202101/t20210126_41021.shtml',
      title: '2021年青岚县政府工作报告',
      year: 2021,
      fileKind: 'html',
      lookAlike: null,
    });
    // No year in the text: the CMS folder (202201/t20220125_…) tells it.
    expect(byUrl.get('/zwgk/zfgzbg/202201/t20220125_45318.shtml')).toMatchObject({ title: '青岚县人民政府工作报告', year: 2022 });
    expect(byUrl.get('/zwgk/zfgzbg/200301/t20030120_1001.shtml')!.year).toBe(2003);
  });

  it('joins the pages of a split report into its first page', () => {
    expect(byUrl.get('/zwgk/zfgzbg/201903/t20190312_30001.shtml')).toMatchObject({ title: '2019年政府工作报告（第2页）', year: 2019 });
  });

  it('takes the title attribute when the link text is cut', () => {
    expect(byUrl.get('/zwgk/zfgzbg/201703/t20170303_1102877.shtml')!.title).toBe(
      '2017年青岚县人民政府工作报告（2017年2月20日在县十七届人大一次会议上）',
    );
  });

  it('finds attachments by their extension or by the line they sit in, on the same site only', () => {
    expect(byUrl.get('http://files.qinglan.gov.cn/upload/P020230212.pdf')).toMatchObject({
      title: '2023年政府工作报告',
      year: 2023,
      fileKind: 'pdf',
    });
    expect(byUrl.get('/upload/2018/zfgzbg.docx')).toMatchObject({ title: '2018年政府工作报告', year: 2018, fileKind: 'docx' });
    expect(links.some((l) => l.url.includes('liulin') || l.url.endsWith('.ofd'))).toBe(false);
  });

  it('marks look-alikes instead of dropping them', () => {
    expect(links.filter((l) => l.lookAlike).map((l) => [l.title, l.lookAlike])).toEqual([
      ['图文解读：2022年政府工作报告', 'interpretation'],
      ['一图读懂2022年政府工作报告', 'infographic'],
      ['县十八届人大一次会议开幕 秦向东作政府工作报告', 'news'],
    ]);
  });

  it('resolves links against <base href>', () => {
    const based = page(
      '<a href="t20210126_41021.shtml">2021年政府工作报告</a>',
      '<base href="http://www.qinglan.gov.cn/zwgk/zfgzbg/202101/">',
    );
    expect(discoverReportLinks({ doc: based, url: COLUMN }).map((l) => l.url)).toEqual([
      'http://www.qinglan.gov.cn/zwgk/zfgzbg/202101/t20210126_41021.shtml',
    ]);
  });
});

describe('nextPageOf', () => {
  it('follows 下一页 on the same site', () => {
    const doc = page('<div class="pager"><a href="index.shtml">1</a><span>2</span><a href="index_2.shtml">下一页</a></div>');
    expect(nextPageOf({ doc, url: 'http://www.qinglan.gov.cn/zwgk/zfgzbg/index_1.shtml' })).toBe(
      'http://www.qinglan.gov.cn/zwgk/zfgzbg/index_2.shtml',
    );
  });

  it("reads TRS WCM's script pager, and stops on its last page", () => {
    const at = (current: number) => page(`<script>createPageHTML(3, ${current}, "index", "shtml");</script>`);
    expect(nextPageOf({ doc: at(0), url: COLUMN })).toBe('http://www.qinglan.gov.cn/zwgk/zfgzbg/index_1.shtml');
    expect(nextPageOf({ doc: at(1), url: 'http://www.qinglan.gov.cn/zwgk/zfgzbg/index_1.shtml' })).toBe(
      'http://www.qinglan.gov.cn/zwgk/zfgzbg/index_2.shtml',
    );
    expect(nextPageOf({ doc: at(2), url: 'http://www.qinglan.gov.cn/zwgk/zfgzbg/index_2.shtml' })).toBeNull();
  });

  it('ignores a next link to another site and a page without a pager', () => {
    expect(nextPageOf({ doc: page('<a href="http://www.other.gov.cn/index_1.shtml">下一页</a>'), url: COLUMN })).toBeNull();
    expect(nextPageOf({ doc: page('<p>本栏目暂无更多信息</p>'), url: COLUMN })).toBeNull();
  });
});

describe('otherPagesOf', () => {
  it('finds the other pages of a split report from a page fetched without a location', () => {
    const doc = page(
      '<div id="pageNav"><a href="t20210126_41021.shtml">1</a><span>2</span><a href="t20210126_41021_2.shtml">3</a><a href="/other_1.shtml">x</a></div>',
    );
    expect(otherPagesOf(doc, 'http://www.qinglan.gov.cn/zwgk/202101/t20210126_41021_1.shtml')).toEqual([
      'http://www.qinglan.gov.cn/zwgk/202101/t20210126_41021.shtml',
      'http://www.qinglan.gov.cn/zwgk/202101/t20210126_41021_2.shtml',
    ]);
    expect(otherPagesOf(doc)).toEqual([]);
  });
});
