/** Region evidence read from a parsed report and from a page: head lines, year, site name, URL, host. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseReportText } from '../../../lib/report/index.ts';
import { evidenceFromReport, hostnameOf } from '../../../lib/region/evidence.ts';
import { declaredUrlOf, siteNameOf } from '../../../lib/region/page-evidence.ts';

const REPORT = [
  '政府工作报告',
  '——2024年1月8日在徐州市泉山区第十届人民代表大会第三次会议上',
  '徐州市泉山区人民政府区长 某某',
  '各位代表：',
  '现在，我代表区人民政府向大会报告工作，请予审议。',
  '一、2023年工作回顾',
  '地区生产总值增长5%。',
  '二、2024年工作安排',
  '地区生产总值增长6%左右。',
].join('\n');

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('evidenceFromReport', () => {
  it('reads the meeting line as printed (with its prefecture), the speaker line, the address and the date', () => {
    const { report, text } = parseReportText({ text: REPORT });
    const evidence = evidenceFromReport({ report, text, title: '2024年政府工作报告', url: 'http://www.qs.gov.cn/a.html', siteName: null });
    expect(evidence).toMatchObject({
      meeting: '——2024年1月8日在徐州市泉山区第十届人民代表大会第三次会议上',
      speaker: '徐州市泉山区人民政府区长 某某',
      address: '区人民政府',
      title: '2024年政府工作报告',
      hostname: 'www.qs.gov.cn',
    });
    expect(evidence.heading).toContain('政府工作报告');
    expect([evidence.year, evidence.month]).toEqual([2024, 1]);
  });

  it('takes the year from the meeting line when the parser found none', () => {
    const text = '政府工作报告\n——2016年在巢湖市第八届人民代表大会第五次会议上\n各位代表：\n短文。';
    const { report } = parseReportText({ text });
    expect(evidenceFromReport({ report, text }).year).toBe(2016);
  });

  it('finds 我代表国务院 in the opening of the national report', () => {
    const text = '各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。';
    const { report } = parseReportText({ text });
    expect(evidenceFromReport({ report, text }).address).toBe('国务院');
  });
});

describe('hostnameOf', () => {
  it('reads page URLs and the host folder of a mirrored page, nothing else', () => {
    expect(hostnameOf('https://www.liulin.gov.cn/zwgk/a.html')).toBe('www.liulin.gov.cn');
    expect(hostnameOf('pages/www.lishi.gov.cn/art/2021/1/5/art_1.html')).toBe('www.lishi.gov.cn');
    expect(hostnameOf('report.html')).toBeNull();
    expect(hostnameOf('file:///tmp/report.html')).toBeNull();
  });
});

describe('page evidence', () => {
  it("reads the site's name from CMS meta tags, og:site_name, or the header logo", () => {
    expect(siteNameOf(doc('<html><head><meta name="SiteName" content="柳林县人民政府"></head><body></body></html>'))).toBe(
      '柳林县人民政府',
    );
    expect(siteNameOf(doc('<html><head><meta property="og:site_name" content="尉犁县人民政府"></head></html>'))).toBe('尉犁县人民政府');
    expect(siteNameOf(doc('<html><body><img alt="首页"><img alt="麦盖提县人民政府门户网站"></body></html>'))).toBe(
      '麦盖提县人民政府门户网站',
    );
    expect(siteNameOf(doc('<html><body><img alt="banner"></body></html>'))).toBeNull();
  });

  it('reads the URL a saved page declares (canonical, then og:url), http(s) only', () => {
    expect(declaredUrlOf(doc('<html><head><link rel="canonical" href="https://www.yuli.gov.cn/a.shtml"></head></html>'))).toBe(
      'https://www.yuli.gov.cn/a.shtml',
    );
    expect(declaredUrlOf(doc('<html><head><meta property="og:url" content="http://mgt.gov.cn/b.shtml"></head></html>'))).toBe(
      'http://mgt.gov.cn/b.shtml',
    );
    expect(declaredUrlOf(doc('<html><head><link rel="canonical" href="/relative.html"></head></html>'))).toBeNull();
  });
});
