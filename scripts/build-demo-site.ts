/**
 * Builds the ReportLens demo site: static pages of four county government websites in
 * tests/fixtures/site/<hostname>/<path>, plus tests/fixtures/site/MANIFEST.json listing them.
 *
 *   node scripts/build-demo-site.ts
 *
 * Inputs: the seed reports (tests/fixtures/seeds/*.txt) and the fictional 青岚县 reports
 * (tests/fixtures/fictional/qinglan-*.txt). Output is deterministic: no dates of today, no
 * randomness. The output directory is deleted and rewritten on every run.
 *
 * Tests and `npm start` serve these files by Host header and open them in Chromium with
 * --host-resolver-rules="MAP *.gov.cn 127.0.0.1:PORT".
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { escapeAttr, escapeHtml, scriptLiteral } from './demo-site/html.ts';
import { BODY_STYLES, reportBlocks, reportBody, textLines, type ReportLayout } from './demo-site/report-body.ts';
import { FICTION_NOTICE, LINGCHUAN, LIULIN, PINGYAO, QINGLAN, type Site } from './demo-site/sites.ts';
import { panelSvg } from './demo-site/svg.ts';
import {
  articlePage,
  container,
  faviconSvg,
  framePage,
  homePage,
  listPage,
  pager,
  type Disclosure,
  type Link,
} from './demo-site/templates.ts';
import {
  LINGCHUAN_INFOGRAPHIC,
  LINGCHUAN_PLAN,
  LIULIN_NEWS,
  LIULIN_STATISTICS,
  PINGYAO_BUDGET,
  PINGYAO_INTERPRETATION,
  type AuthoredArticle,
} from './demo-site/texts.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEED_DIR = join(ROOT, 'tests/fixtures/seeds');
const FICTIONAL_DIR = join(ROOT, 'tests/fixtures/fictional');
const OUT_DIR = join(ROOT, 'tests/fixtures/site');

// ---------------------------------------------------------------------------------------------
// Output bookkeeping
// ---------------------------------------------------------------------------------------------

type Kind = 'report' | 'news' | 'list' | 'statistics' | 'plan' | 'budget' | 'interpretation' | 'infographic' | 'home';

interface ManifestEntry {
  url: string;
  file: string;
  kind: Kind;
  /** Seed name (tests/fixtures/seeds/<seed>.txt) or fictional report (tests/fixtures/fictional/<seed>.txt). */
  seed: string | null;
  notes: string;
}

const manifest: ManifestEntry[] = [];
const files = new Map<string, string>();

function writeOut(host: string, path: string, content: string): string {
  const file = `${host}${path}`;
  if (files.has(file)) throw new Error(`written twice: ${file}`);
  files.set(file, content);
  return file;
}

/** Records a page: writes it and adds it to the manifest. */
function page(site: Site, path: string, kind: Kind, seed: string | null, notes: string, html: string): void {
  const file = writeOut(site.host, path, html);
  manifest.push({ url: `http://${site.host}${path}`, file, kind, seed, notes });
}

/** A file that is not a page (an image). */
function asset(site: Site, path: string, content: string): void {
  writeOut(site.host, path, content);
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const LIULIN_SEED = '000_d3a6bbabf76df186';
const LINGCHUAN_SEED = '001_31018834cdd9c3ff';
const PINGYAO_SEED = '004_8979b39d7a9cd2b1';

const readSeed = (name: string): string => readFileSync(join(SEED_DIR, `${name}.txt`), 'utf8');
const readFictional = (name: string): string => readFileSync(join(FICTIONAL_DIR, `${name}.txt`), 'utf8');

/** How each report text is laid out on its page (see ReportLayout). */
const LAYOUTS: Record<string, ReportLayout> = {
  [LIULIN_SEED]: {
    frontLines: 4,
    extraHeadings: [],
    fullWidth: [
      ['社会消费品零售总额增长7%', '社会消费品零售总额增长７％'],
      ['城区二级以上天数217天', '城区二级以上天数２１７天'],
    ],
    inline: { splitEvery: 3, langEvery: 3 },
    fontEvery: 0,
  },
  [LINGCHUAN_SEED]: {
    frontLines: 4,
    extraHeadings: ['2019年工作回顾', '2020年工作目标和任务', '工作保障措施'],
    fullWidth: [
      ['规上工业增加值增速 9.7%', '规上工业增加值增速 ９．７%'],
      ['签约项目 28 个', '签约项目 ２８ 个'],
    ],
    inline: { splitEvery: 4, langEvery: 0 },
    fontEvery: 5,
  },
  [PINGYAO_SEED]: {
    frontLines: 2,
    extraHeadings: ['2021年工作回顾', '2022年工作安排', '建设人民满意政府', '报告用语注释'],
    fullWidth: [
      ['一般公共预算收入完成6.15亿元', '一般公共预算收入完成６．１５亿元'],
      ['接种新冠疫苗80.9万剂次', '接种新冠疫苗８０．９万剂次'],
    ],
    inline: { splitEvery: 3, langEvery: 4 },
    fontEvery: 0,
  },
  'qinglan-2021': {
    frontLines: 3,
    extraHeadings: ['名词解释'],
    fullWidth: [['森林覆盖率达到30.6%', '森林覆盖率达到３０．６％']],
    inline: { splitEvery: 4, langEvery: 0 },
    fontEvery: 0,
  },
  'qinglan-2022': {
    frontLines: 3,
    extraHeadings: ['名词解释'],
    fullWidth: [['城镇登记失业率3.86%', '城镇登记失业率３．８６％']],
    inline: { splitEvery: 4, langEvery: 0 },
    fontEvery: 0,
  },
};

/** Body HTML of an authored (non-report) article, in the same CMS style as the site's reports. */
function authoredBody(a: AuthoredArticle, flavour: keyof typeof BODY_STYLES): string {
  const layout: ReportLayout = {
    frontLines: a.frontLines,
    extraHeadings: [],
    fullWidth: [],
    inline: { splitEvery: 5, langEvery: 0 },
    fontEvery: 0,
  };
  return reportBody(a.text, layout, BODY_STYLES[flavour]);
}

// ---------------------------------------------------------------------------------------------
// 柳林县 — TRS WCM
// ---------------------------------------------------------------------------------------------

function buildLiulin(): void {
  const site = LIULIN;
  const text = readSeed(LIULIN_SEED);
  const layout = LAYOUTS[LIULIN_SEED]!;
  const P = {
    report: '/zwgk/zfgzbg/202004/t20200427_1234567.shtml',
    split1: '/zwgk/zfxxgk/fdzdgknr/202004/t20200427_1234568.shtml',
    split2: '/zwgk/zfxxgk/fdzdgknr/202004/t20200427_1234568_1.shtml',
    frame: '/ztzl/2020lh/202004/t20200428_1234580.shtml',
    frameDoc: '/ztzl/2020lh/202004/t20200428_1234580_content.html',
    list: '/zwgk/zfgzbg/index.shtml',
    news: '/xwzx/jrll/202004/t20200427_1234560.shtml',
    stats: '/zwgk/tjxx/202004/t20200410_1234501.shtml',
  };
  const reportTitle = '2020年柳林县政府工作报告';
  const gzbg: Link[] = [
    { label: '政务公开', href: P.list },
    { label: '政府工作报告', href: P.list },
  ];
  const related: Link[] = [
    { label: '2019年柳林县政府工作报告', href: '/zwgk/zfgzbg/201903/t20190312_1198342.shtml' },
    { label: '2018年柳林县政府工作报告', href: '/zwgk/zfgzbg/201802/t20180226_1154210.shtml' },
    { label: '柳林县第十届人民代表大会第五次会议隆重开幕', href: P.news },
    { label: '柳林县2019年国民经济和社会发展统计公报', href: P.stats },
  ];
  const base = {
    site,
    flavour: 'trs' as const,
    column: '政府工作报告',
    source: '柳林县人民政府办公室',
    related,
    keywords: '政府工作报告,柳林县,2020年',
  };
  const blocks = reportBlocks(text, layout, BODY_STYLES.trs);

  // The report on one page.
  page(
    site,
    P.report,
    'report',
    LIULIN_SEED,
    'TRS-style page, article in div.TRS_Editor (with the editor <style> inside). Whole report on one page.',
    articlePage({
      ...base,
      path: P.report,
      crumbs: gzbg,
      title: reportTitle,
      published: '2020-04-27 10:30',
      containerHtml: container('trs', blocks.join('\n')),
    }),
  );

  // The same report split over two pages, as TRS does for long articles. The break falls before
  // the paragraph with the targets: page 1 holds the review part and the start of the plan part.
  const lines = textLines(text);
  const cut = lines.findIndex((l) => l.startsWith('主要预期目标是'));
  if (cut < 0) throw new Error('split point not found in the 柳林 seed');
  const splitPages = [P.split1, P.split2];
  const splitCrumbs: Link[] = [
    { label: '政府信息公开', href: P.list },
    { label: '法定主动公开内容', href: P.list },
  ];
  [blocks.slice(0, cut), blocks.slice(cut)].forEach((part, i) => {
    page(
      site,
      splitPages[i]!,
      'report',
      LIULIN_SEED,
      i === 0
        ? `Page 1 of 2 of the same report (TRS pager links ${P.split2}): front matter, the review part (一、) and the heading and first paragraph of 二、2020年总体思路和目标; all actuals are here, no targets.`
        : `Page 2 of 2 (pager links back to ${P.split1}): starts with the 主要预期目标 paragraph, so all targets are here; no title block, no 各位代表 opening, no meeting line.`,
      articlePage({
        ...base,
        path: splitPages[i]!,
        crumbs: splitCrumbs,
        column: '法定主动公开内容',
        title: reportTitle,
        published: '2020-04-27 15:12',
        containerHtml: container('trs', part.join('\n')),
        afterContainer: pager(splitPages, i),
      }),
    );
  });

  // The report shown in a same-origin iframe of a 两会 special-topic page.
  page(
    site,
    P.frame,
    'report',
    LIULIN_SEED,
    `Outer page of a 两会 special topic: chrome only, the article is in a same-origin <iframe src="${P.frameDoc}">; the outer document itself holds no report text.`,
    articlePage({
      ...base,
      path: P.frame,
      crumbs: [
        { label: '专题专栏', href: P.frame },
        { label: '2020年柳林两会', href: P.frame },
      ],
      column: '2020年柳林两会',
      title: '【两会专题】2020年柳林县政府工作报告全文',
      published: '2020-04-28 09:00',
      containerHtml: `<div class="frame-wrap"><iframe id="contentFrame" name="contentFrame" src="${escapeAttr(P.frameDoc)}" title="政府工作报告全文" width="100%" height="1600" frameborder="0" scrolling="auto" style="border:0;display:block" onload="try{this.style.height=(this.contentWindow.document.documentElement.scrollHeight+20)+'px';}catch(e){}"></iframe></div>`,
    }),
  );
  page(
    site,
    P.frameDoc,
    'report',
    LIULIN_SEED,
    `The document inside the iframe of ${P.frame}: the report in a bare div.TRS_Editor, no site chrome.`,
    framePage(reportTitle, container('trs', blocks.join('\n'))),
  );

  // List of reports of several years; only 2020 exists on the demo site.
  page(
    site,
    P.list,
    'list',
    null,
    'Column list 政府工作报告: links to the 2016–2020 reports; only the 2020 one (the demo report) exists on this demo site, the others are dead links.',
    listPage({
      site,
      flavour: 'trs',
      path: P.list,
      column: '政府工作报告',
      crumbs: gzbg,
      items: [
        { label: reportTitle, href: P.report, date: '2020-04-27' },
        { label: '2019年柳林县政府工作报告', href: '/zwgk/zfgzbg/201903/t20190312_1198342.shtml', date: '2019-03-12' },
        { label: '2018年柳林县政府工作报告', href: '/zwgk/zfgzbg/201802/t20180226_1154210.shtml', date: '2018-02-26' },
        { label: '2017年柳林县政府工作报告', href: '/zwgk/zfgzbg/201703/t20170303_1102877.shtml', date: '2017-03-03' },
        { label: '2016年柳林县政府工作报告', href: '/zwgk/zfgzbg/201603/t20160318_1050231.shtml', date: '2016-03-18' },
      ],
    }),
  );

  page(
    site,
    P.news,
    'news',
    null,
    'News of the session (县十届人大五次会议开幕): names the 政府工作报告, its speaker and parts, and quotes its targets (地区生产总值和工业增加值分别增长6%左右 …). Not a report.',
    articlePage({
      ...base,
      path: P.news,
      crumbs: [
        { label: '新闻中心', href: P.news },
        { label: '今日柳林', href: P.news },
      ],
      column: '今日柳林',
      title: LIULIN_NEWS.title,
      published: LIULIN_NEWS.published,
      source: LIULIN_NEWS.source,
      keywords: '人大会议,政府工作报告',
      containerHtml: container('trs', authoredBody(LIULIN_NEWS, 'trs')),
      related: [{ label: reportTitle, href: P.report }],
    }),
  );

  page(
    site,
    P.stats,
    'statistics',
    null,
    '2019年国民经济和社会发展统计公报: dozens of 2019 figures for vocabulary indicators (GDP, investment, retail, incomes, jobs …), no targets. Not a report.',
    articlePage({
      ...base,
      path: P.stats,
      crumbs: [
        { label: '政务公开', href: P.list },
        { label: '统计信息', href: P.stats },
      ],
      column: '统计信息',
      title: LIULIN_STATISTICS.title,
      published: LIULIN_STATISTICS.published,
      source: LIULIN_STATISTICS.source,
      keywords: '统计公报,国民经济和社会发展',
      containerHtml: container('trs', authoredBody(LIULIN_STATISTICS, 'trs')),
      related: [
        { label: reportTitle, href: P.report },
        { label: '柳林县2018年国民经济和社会发展统计公报', href: '/zwgk/tjxx/201904/t20190415_1201187.shtml' },
      ],
    }),
  );

  page(
    site,
    '/index.html',
    'home',
    null,
    'Home page of the 柳林 demo site: links to every 柳林 page.',
    homePage({
      site,
      flavour: 'trs',
      headline: {
        label: LIULIN_NEWS.title,
        href: P.news,
        summary: '县长代表县人民政府作政府工作报告，提出2020年全县经济社会发展主要预期目标',
      },
      boxes: [
        { title: '今日柳林', items: [{ label: LIULIN_NEWS.title, href: P.news, date: '04-27' }] },
        {
          title: '政府工作报告',
          items: [
            { label: reportTitle, href: P.report, date: '04-27' },
            { label: '政府工作报告（历年）', href: P.list, date: '' },
          ],
        },
        {
          title: '法定主动公开内容',
          items: [
            { label: `${reportTitle}（第1页）`, href: P.split1, date: '04-27' },
            { label: `${reportTitle}（第2页）`, href: P.split2, date: '04-27' },
          ],
        },
        { title: '统计信息', items: [{ label: LIULIN_STATISTICS.title, href: P.stats, date: '04-10' }] },
      ],
      specials: [
        { label: '2020年柳林两会', href: P.frame },
        { label: '政府工作报告', href: P.list },
        { label: '统计公报', href: P.stats },
      ],
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// 陵川县 — Anhui-style disclosure system
// ---------------------------------------------------------------------------------------------

function disclosure(category: string, seq: string, created: string, written: string, publisher = '陵川县人民政府办公室'): Disclosure {
  return { index: `11140524012591373Q/2020-${seq}`, category, publisher, created, written, docNumber: '', validity: '有效' };
}

function buildLingchuan(): void {
  const site = LINGCHUAN;
  const P = {
    report: '/public/6601/12345.html',
    infographic: '/public/6601/12346.html',
    plan: '/public/6611/12351.html',
  };
  const reportTitle = '陵川县2020年政府工作报告';
  const crumbs = (column: string, href: string): Link[] => [
    { label: '信息公开', href: P.report },
    { label: column, href },
  ];
  const base = { site, flavour: 'anhui' as const, source: '陵川县人民政府办公室' };

  page(
    site,
    P.report,
    'report',
    LINGCHUAN_SEED,
    'Anhui-style page, article in #zoom, disclosure table (索引号, 公开目录, 发布机构, 成文日期 2020-04-15) above the title. The seed keeps its **bold** markdown residue and sentences cut across page breaks.',
    articlePage({
      ...base,
      path: P.report,
      column: '政府工作报告',
      crumbs: crumbs('政府工作报告', P.report),
      title: reportTitle,
      published: '2020-04-20 08:52',
      disclosure: disclosure('政府工作报告', '00112', '2020-04-20', '2020-04-15'),
      containerHtml: container('anhui', reportBody(readSeed(LINGCHUAN_SEED), LAYOUTS[LINGCHUAN_SEED]!, BODY_STYLES.anhui)),
      related: [
        { label: '陵川县2019年政府工作报告', href: '/public/6601/11872.html' },
        { label: LINGCHUAN_PLAN.title, href: P.plan },
        { label: LINGCHUAN_INFOGRAPHIC.title, href: P.infographic },
      ],
    }),
  );

  page(
    site,
    P.plan,
    'plan',
    null,
    'Sister document 计划执行情况与计划草案的报告: opens with 各位代表, reviews 2019 and sets 2020 targets like the work report. Not a report.',
    articlePage({
      ...base,
      path: P.plan,
      column: '规划计划',
      crumbs: crumbs('规划计划', P.plan),
      title: LINGCHUAN_PLAN.title,
      published: LINGCHUAN_PLAN.published,
      source: LINGCHUAN_PLAN.source,
      disclosure: disclosure('规划计划', '00118', '2020-04-20', '2020-04-15', '陵川县发展和改革局'),
      containerHtml: container('anhui', authoredBody(LINGCHUAN_PLAN, 'anhui')),
      related: [{ label: reportTitle, href: P.report }],
    }),
  );

  // 一图读懂: the figures are in pictures; the page text is alt text and short captions.
  const color = '#0a468c';
  const g = LINGCHUAN_INFOGRAPHIC;
  const figures = g.panels.map((panel) => {
    const src = `/public/upload/6601/${panel.file}`;
    asset(site, src, panelSvg(panel, color));
    return (
      `<p style="text-align:center"><img src="${escapeAttr(src)}" alt="${escapeAttr(panel.alt)}" title="${escapeAttr(panel.heading)}" width="750" style="max-width:100%"></p>\n` +
      `<p style="text-align:center;color:#0a468c"><strong>${escapeHtml(panel.caption)}</strong></p>`
    );
  });
  const infographicBody = [
    `<p style="text-indent:2em;line-height:30px">${escapeHtml(g.intro)}</p>`,
    ...figures,
    `<p style="text-align:right;color:#999">${escapeHtml(g.outro)}</p>`,
  ].join('\n');
  page(
    site,
    P.infographic,
    'infographic',
    null,
    '一图读懂 page: four SVG images whose alt text carries 2019 results and 2020 targets, plus short captions. Not a report.',
    articlePage({
      ...base,
      path: P.infographic,
      column: '政策解读',
      crumbs: crumbs('政策解读', P.infographic),
      title: g.title,
      published: g.published,
      source: g.source,
      disclosure: disclosure('政策解读', '00114', '2020-04-17', '2020-04-17'),
      containerHtml: container('anhui', infographicBody),
      related: [
        { label: reportTitle, href: P.report },
        { label: LINGCHUAN_PLAN.title, href: P.plan },
      ],
    }),
  );

  page(
    site,
    '/index.html',
    'home',
    null,
    'Home page of the 陵川 demo site: links to every 陵川 page.',
    homePage({
      site,
      flavour: 'anhui',
      headline: { label: reportTitle, href: P.report, summary: '2020年4月15日在陵川县第十六届人民代表大会第五次会议上' },
      boxes: [
        { title: '政府工作报告', items: [{ label: reportTitle, href: P.report, date: '04-20' }] },
        { title: '规划计划', items: [{ label: LINGCHUAN_PLAN.title, href: P.plan, date: '04-20' }] },
        { title: '政策解读', items: [{ label: g.title, href: P.infographic, date: '04-17' }] },
        {
          title: '信息公开目录',
          items: [
            { label: '政府工作报告', href: P.report },
            { label: '规划计划', href: P.plan },
            { label: '政策解读', href: P.infographic },
          ],
        },
      ],
      specials: [
        { label: '一图读懂政府工作报告', href: P.infographic },
        { label: '2020年计划草案', href: P.plan },
      ],
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// 平遥县 — Hanweb / UEditor
// ---------------------------------------------------------------------------------------------

function buildPingyao(): void {
  const site = PINGYAO;
  const P = {
    report: '/art/2022/7/11/art_1234_56789.html',
    delayed: '/art/2022/7/11/art_1241_56790.html',
    budget: '/art/2022/7/12/art_1236_56801.html',
    interpretation: '/art/2022/7/12/art_1237_56802.html',
  };
  const reportTitle = '2022年平遥县政府工作报告';
  const crumbs: Link[] = [
    { label: '政府信息公开', href: P.report },
    { label: '政府工作报告', href: P.report },
  ];
  const base = { site, flavour: 'hanweb' as const, source: '平遥县人民政府办公室' };
  const related: Link[] = [
    { label: '2021年平遥县政府工作报告', href: '/art/2021/3/2/art_1234_51233.html' },
    { label: '2020年平遥县政府工作报告', href: '/art/2020/5/6/art_1234_47410.html' },
    { label: PINGYAO_BUDGET.title, href: P.budget },
    { label: PINGYAO_INTERPRETATION.title, href: P.interpretation },
  ];
  const body = reportBody(readSeed(PINGYAO_SEED), LAYOUTS[PINGYAO_SEED]!, BODY_STYLES.hanweb);

  page(
    site,
    P.report,
    'report',
    PINGYAO_SEED,
    'Hanweb-style page, article in div.view.TRS_UEDITOR.trs_paper_default.trs_word, headings in <h3>. The page shows 发布时间 2022-07-11 (not the meeting date, which the report does not give).',
    articlePage({
      ...base,
      path: P.report,
      column: '政府工作报告',
      crumbs,
      title: reportTitle,
      published: '2022-07-11 20:18',
      containerHtml: container('hanweb', body),
      related,
    }),
  );

  // Content loaded later: the container is empty in the HTML and filled 1.5 s after load.
  page(
    site,
    P.delayed,
    'report',
    PINGYAO_SEED,
    'The same report, but #UCAP-CONTENT is empty in the HTML: an inline script fills it 1.5 s after the page loads (setTimeout). Parse after the content arrives.',
    articlePage({
      ...base,
      path: P.delayed,
      column: '法定主动公开内容',
      crumbs: [
        { label: '政府信息公开', href: P.report },
        { label: '法定主动公开内容', href: P.delayed },
      ],
      title: reportTitle,
      published: '2022-07-11 20:25',
      related,
      containerHtml: '<div id="UCAP-CONTENT" class="bt_content"></div>',
      script: `(function () {\n  var content = ${scriptLiteral(body)};\n  setTimeout(function () {\n    document.getElementById('UCAP-CONTENT').innerHTML = content;\n  }, 1500);\n})();`,
    }),
  );

  page(
    site,
    P.budget,
    'budget',
    null,
    'Sister document 预算执行情况和预算草案的报告: opens with 各位代表, gives 2021 budget revenue (6.15亿元, +32.2%) and the 2022 budget (6.5亿元, +5.7%). Not a report.',
    articlePage({
      ...base,
      path: P.budget,
      column: '财政预决算',
      crumbs: [
        { label: '政府信息公开', href: P.report },
        { label: '财政预决算', href: P.budget },
      ],
      title: PINGYAO_BUDGET.title,
      published: PINGYAO_BUDGET.published,
      source: PINGYAO_BUDGET.source,
      containerHtml: container('hanweb', authoredBody(PINGYAO_BUDGET, 'hanweb')),
      related: [{ label: reportTitle, href: P.report }],
    }),
  );

  page(
    site,
    P.interpretation,
    'interpretation',
    null,
    '政府工作报告解读: summarises the 2022 report and repeats its 2021 results and 2022 targets. Not a report.',
    articlePage({
      ...base,
      path: P.interpretation,
      column: '政策解读',
      crumbs: [
        { label: '政府信息公开', href: P.report },
        { label: '政策解读', href: P.interpretation },
      ],
      title: PINGYAO_INTERPRETATION.title,
      published: PINGYAO_INTERPRETATION.published,
      source: PINGYAO_INTERPRETATION.source,
      containerHtml: container('hanweb', authoredBody(PINGYAO_INTERPRETATION, 'hanweb')),
      related: [
        { label: reportTitle, href: P.report },
        { label: PINGYAO_BUDGET.title, href: P.budget },
      ],
    }),
  );

  page(
    site,
    '/index.html',
    'home',
    null,
    'Home page of the 平遥 demo site: links to every 平遥 page.',
    homePage({
      site,
      flavour: 'hanweb',
      headline: { label: reportTitle, href: P.report, summary: '代县长在平遥县第十七届人民代表大会第二次会议上作政府工作报告' },
      boxes: [
        {
          title: '政府工作报告',
          items: [
            { label: reportTitle, href: P.report, date: '07-11' },
            { label: `${reportTitle}（法定主动公开内容）`, href: P.delayed, date: '07-11' },
          ],
        },
        { title: '财政预决算', items: [{ label: PINGYAO_BUDGET.title, href: P.budget, date: '07-12' }] },
        { title: '政策解读', items: [{ label: PINGYAO_INTERPRETATION.title, href: P.interpretation, date: '07-12' }] },
        {
          title: '政府信息公开',
          items: [
            { label: '政府工作报告', href: P.report },
            { label: '财政预决算', href: P.budget },
            { label: '政策解读', href: P.interpretation },
          ],
        },
      ],
      specials: [
        { label: '图文解读政府工作报告', href: P.interpretation },
        { label: '2022年预算报告', href: P.budget },
      ],
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// 青岚县 — fictional county, generic CMS
// ---------------------------------------------------------------------------------------------

function buildQinglan(): void {
  const site = QINGLAN;
  const P = {
    list: '/zwgk/zfgzbg/index.html',
    r2021: '/zwgk/zfgzbg/Content-41021.html',
    r2022: '/zwgk/zfgzbg/Content-45318.html',
  };
  const crumbs: Link[] = [
    { label: '政务公开', href: P.list },
    { label: '政府工作报告', href: P.list },
  ];
  const reports = [
    {
      seed: 'qinglan-2021',
      path: P.r2021,
      year: 2021,
      published: '2021-01-26 10:00',
      notes:
        'Fictional report (十七届人大五次会议, 2021-01-20, 县长): reviews 2020, sets 2021 targets; labels in tests/fixtures/fictional/qinglan-2021.json.',
    },
    {
      seed: 'qinglan-2022',
      path: P.r2022,
      year: 2022,
      published: '2022-01-25 09:30',
      notes:
        'Fictional report (十八届人大一次会议, 2022-01-18, 代县长): reviews 2021 against the 2021 targets, sets 2022 and 到“十四五”末 (2025) targets; labels in tests/fixtures/fictional/qinglan-2022.json.',
    },
  ];
  const title = (year: number): string => `青岚县${year}年政府工作报告`;
  for (const r of reports) {
    const other = reports.find((o) => o !== r)!;
    page(
      site,
      r.path,
      'report',
      r.seed,
      r.notes,
      articlePage({
        site,
        flavour: 'plain',
        path: r.path,
        column: '政府工作报告',
        crumbs,
        title: title(r.year),
        pageTitle: `${title(r.year)}（${FICTION_NOTICE}）_青岚县人民政府`,
        notice: FICTION_NOTICE,
        published: r.published,
        source: '青岚县人民政府办公室',
        containerHtml: container('plain', reportBody(readFictional(r.seed), LAYOUTS[r.seed]!, BODY_STYLES.plain)),
        related: [
          { label: title(other.year), href: other.path },
          { label: '政府工作报告（历年）', href: P.list },
        ],
      }),
    );
  }

  page(
    site,
    P.list,
    'list',
    null,
    'Column list of the two fictional reports.',
    listPage({
      site,
      flavour: 'plain',
      path: P.list,
      column: '政府工作报告',
      crumbs,
      notice: FICTION_NOTICE,
      pageTitle: `政府工作报告（${FICTION_NOTICE}）-青岚县人民政府`,
      items: [
        { label: title(2022), href: P.r2022, date: '2022-01-25' },
        { label: title(2021), href: P.r2021, date: '2021-01-26' },
      ],
    }),
  );

  page(
    site,
    '/index.html',
    'home',
    null,
    'Home page of the fictional 青岚 site: links to both reports and the list.',
    homePage({
      site,
      flavour: 'plain',
      notice: FICTION_NOTICE,
      pageTitle: `青岚县人民政府（${FICTION_NOTICE}）`,
      headline: { label: title(2022), href: P.r2022, summary: '2022年1月18日在青岚县第十八届人民代表大会第一次会议上' },
      boxes: [
        {
          title: '政府工作报告',
          items: [
            { label: title(2022), href: P.r2022, date: '2022-01-25' },
            { label: title(2021), href: P.r2021, date: '2021-01-26' },
          ],
        },
        { title: '政务公开', items: [{ label: '政府工作报告（历年）', href: P.list }] },
      ],
      specials: [{ label: '政府工作报告', href: P.list }],
    }),
  );
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  buildLiulin();
  buildLingchuan();
  buildPingyao();
  buildQinglan();
  for (const [site, color] of [
    [LIULIN, '#b30000'],
    [LINGCHUAN, '#0a468c'],
    [PINGYAO, '#7d2e12'],
    [QINGLAN, '#0f5e55'],
  ] as const) {
    asset(site, '/favicon.svg', faviconSvg(site, color));
  }

  rmSync(OUT_DIR, { recursive: true, force: true });
  for (const [file, content] of files) {
    const path = join(OUT_DIR, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  writeFileSync(join(OUT_DIR, 'MANIFEST.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const reports = manifest.filter((m) => m.kind === 'report').length;
  console.log(`demo site: ${manifest.length} pages (${reports} report pages), ${files.size - manifest.length} images → ${OUT_DIR}`);
}

main();
