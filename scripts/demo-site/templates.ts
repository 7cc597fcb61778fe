/**
 * Page templates: the chrome of four county CMS "flavours" around the article, list and home pages.
 *
 *   trs     柳林  TRS WCM: /zwgk/zfgzbg/202004/t20200427_1234567.shtml, article in div.TRS_Editor
 *   anhui   陵川  Anhui-style county disclosure system: /public/6601/12345.html, article in #zoom,
 *                 a disclosure table (索引号, 公开目录, 发布机构, 成文日期) above it
 *   hanweb  平遥  Hanweb/UEditor: /art/2022/7/11/art_1234_56789.html, article in
 *                 div.view.TRS_UEDITOR.trs_paper_default.trs_word (or #UCAP-CONTENT)
 *   plain   青岚  a small generic CMS: /zwgk/zfgzbg/Content-41021.html, article in #contentText
 *
 * Every template is a plain function from data to an HTML string. No external resources.
 */
import { escapeAttr, escapeHtml } from './html.ts';
import type { Site } from './sites.ts';

export type FlavourName = 'trs' | 'anhui' | 'hanweb' | 'plain';

export interface Link {
  label: string;
  href: string;
  date?: string;
}

/** The fields of the 公开 (disclosure) table of the Anhui-style system. */
export interface Disclosure {
  index: string;
  category: string;
  publisher: string;
  created: string;
  written: string;
  docNumber: string;
  validity: string;
}

export interface ArticleView {
  site: Site;
  flavour: FlavourName;
  path: string;
  /** Column name, used in the breadcrumb and the ColumnName meta. */
  column: string;
  /** Breadcrumb after 首页, e.g. [{政务公开}, {政府工作报告}]. */
  crumbs: Link[];
  /** The article title heading. */
  title: string;
  /** The page <title>; defaults to "title-site name" in the flavour's style. */
  pageTitle?: string;
  /** 发布时间, "2020-04-27 10:30". */
  published: string;
  source: string;
  /** The article container with its content (see `container`). */
  containerHtml: string;
  /** Above the title (the 青岚 fiction notice). */
  notice?: string;
  /** Below the container (a pager of a multi-page article). */
  afterContainer?: string;
  related: Link[];
  relatedTitle?: string;
  disclosure?: Disclosure;
  /** Extra inline script at the end of <body>. */
  script?: string;
  keywords?: string;
  description?: string;
}

/** The article container each flavour's CMS writes (the selectors extensions look for). */
export function container(flavour: FlavourName, innerHtml: string): string {
  switch (flavour) {
    case 'trs':
      // TRS WCM keeps the editor's stylesheet inside the container.
      return (
        '<div class="TRS_Editor"><style type="text/css">\n' +
        '.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}' +
        '.TRS_Editor DIV{margin-top:5px;margin-bottom:5px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}' +
        '.TRS_Editor TD{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}' +
        '.TRS_Editor TH{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}' +
        '\n</style>\n' +
        innerHtml +
        '\n</div>'
      );
    case 'anhui':
      return `<div class="wzcon j-fontContent" id="zoom">\n${innerHtml}\n</div>`;
    case 'hanweb':
      return `<div class="view TRS_UEDITOR trs_paper_default trs_word">\n${innerHtml}\n</div>`;
    case 'plain':
      return `<div id="contentText" class="contentText">\n${innerHtml}\n</div>`;
  }
}

// ---------------------------------------------------------------------------------------------
// Stylesheets
// ---------------------------------------------------------------------------------------------

const BASE_CSS = `
*{margin:0;padding:0;box-sizing:border-box}
body{font:14px/1.7 "Microsoft YaHei","微软雅黑",SimSun,"宋体",sans-serif;color:#333;background:#f2f2f2}
a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
ul{list-style:none}
.w1200{width:1200px;max-width:100%;margin:0 auto}
.top-bar{height:32px;line-height:32px;font-size:12px;color:#666;background:#fff;border-bottom:1px solid #e5e5e5}
.top-bar .w1200{display:flex;justify-content:space-between}
.banner{height:150px;display:flex;align-items:center;justify-content:space-between}
.banner .logo{color:#fff;font-size:38px;font-weight:bold;letter-spacing:4px;font-family:"STKaiti","KaiTi","楷体",serif;text-shadow:2px 2px 3px rgba(0,0,0,.35)}
.banner .logo small{display:block;font-size:16px;letter-spacing:2px;font-weight:normal}
.banner .search{background:#fff;padding:3px;border-radius:2px}
.banner .search input{border:0;width:220px;height:30px;padding:0 8px;outline:0}
.banner .search button{border:0;height:30px;padding:0 14px;color:#fff;cursor:pointer}
.nav{height:46px}
.nav ul{display:flex}
.nav li{flex:1;text-align:center}
.nav li a{display:block;line-height:46px;color:#fff;font-size:17px}
.nav li a:hover{text-decoration:none;background:rgba(0,0,0,.18)}
.position{height:44px;line-height:44px;color:#666}
.position a{color:#666}
.main{background:#fff;padding:30px 60px 40px;margin-bottom:20px;min-height:400px}
.art-title{text-align:center;font-size:26px;line-height:1.5;font-weight:bold;padding:10px 0 16px}
.art-info{text-align:center;color:#888;font-size:13px;padding-bottom:12px;border-bottom:1px dashed #ccc;margin-bottom:24px}
.art-info span{margin:0 10px}
.art-info a{color:#888;margin:0 2px}
.article-tools{text-align:right;color:#666;padding:16px 0;border-top:1px dashed #ccc;margin-top:30px}
.article-tools a{margin-left:12px}
.share{float:left;color:#666}.share a{margin-right:8px;color:#3a6ea5}
.related{clear:both;margin-top:20px;padding:12px 20px;background:#f8f8f8;border:1px solid #eee}
.related h4{font-size:15px;margin-bottom:8px}
.related li{line-height:30px;padding-left:12px;position:relative}
.related li:before{content:"";position:absolute;left:0;top:13px;width:4px;height:4px;background:#999}
.pager{text-align:center;padding:20px 0}
.pager a,.pager span{display:inline-block;margin:0 3px;padding:2px 10px;border:1px solid #ccc}
.pager .current{color:#fff;border-color:transparent}
.footer{color:#ddd;font-size:13px;text-align:center;padding:20px 0 26px;line-height:2}
.footer a{color:#ddd}
.footer .demo{color:#bbb;font-size:12px;margin-top:6px}
.list-box{background:#fff;padding:20px 40px 40px;margin-bottom:20px}
.list-box h2{font-size:20px;padding:6px 0 10px;margin-bottom:10px;border-bottom:2px solid}
.list-box li{display:flex;justify-content:space-between;line-height:42px;border-bottom:1px dashed #ddd}
.list-box li span{color:#999}
.demo-notice{margin:0 0 18px;padding:10px 16px;border:2px solid #d98e04;background:#fff7e0;color:#8a5300;font-weight:bold;text-align:center}
.home{display:grid;grid-template-columns:1fr 1fr;gap:20px;margin:20px auto}
.home .box{background:#fff;padding:14px 20px 20px}
.home .box h3{font-size:18px;line-height:40px;border-bottom:2px solid;margin-bottom:8px}
.home .box li{display:flex;justify-content:space-between;line-height:36px;border-bottom:1px dashed #e5e5e5}
.home .box li span{color:#999;font-size:13px;flex:none;margin-left:12px}
.home .headline{grid-column:1 / span 2;background:#fff;padding:20px;text-align:center}
.home .headline a{font-size:24px;font-weight:bold}
.home .headline p{color:#666;margin-top:6px}
.home .zt{grid-column:1 / span 2;display:flex;gap:20px}
.home .zt a{flex:1;display:block;height:80px;line-height:80px;text-align:center;color:#fff;font-size:20px;letter-spacing:2px}
`;

const FLAVOUR_CSS: Record<FlavourName, string> = {
  trs: `
.banner-wrap{background:linear-gradient(90deg,#a40000,#d7141a 60%,#e65c00)}
.nav{background:#b30000}.banner .search button{background:#b30000}
.list-box h2,.home .box h3{border-color:#b30000;color:#b30000}
.pager .current{background:#b30000}
.footer{background:#7a0000}
.home .zt a{background:linear-gradient(90deg,#b30000,#e65c00)}
.TRS_Editor{font-size:16pt}`,
  anhui: `
.banner-wrap{background:linear-gradient(90deg,#0b4f9c,#2a7fd4 70%,#5aa7ea)}
.nav{background:#0a468c}.banner .search button{background:#0a468c}
.list-box h2,.home .box h3{border-color:#0a468c;color:#0a468c}
.pager .current{background:#0a468c}
.footer{background:#083567}
.home .zt a{background:linear-gradient(90deg,#0a468c,#3c8fdc)}
.table_suoyin{width:100%;border-collapse:collapse;margin-bottom:24px;font-size:13px}
.table_suoyin th{width:12%;background:#f2f6fb;color:#555;font-weight:normal;text-align:right;padding:6px 8px;border:1px solid #dbe4ef}
.table_suoyin td{padding:6px 8px;border:1px solid #dbe4ef}
#zoom{font-size:16px}`,
  hanweb: `
.banner-wrap{background:linear-gradient(90deg,#6b2a12,#9c3d1a 55%,#c98b3c)}
.nav{background:#7d2e12}.banner .search button{background:#7d2e12}
.list-box h2,.home .box h3{border-color:#7d2e12;color:#7d2e12}
.pager .current{background:#7d2e12}
.footer{background:#4d1c0a}
.home .zt a{background:linear-gradient(90deg,#7d2e12,#c98b3c)}
.trs_paper_default h3{text-align:center;font-size:20px;margin:18px 0 10px}`,
  plain: `
.banner-wrap{background:linear-gradient(90deg,#0f5e55,#1f8f7d 60%,#6cc0a5)}
.nav{background:#0f5e55}.banner .search button{background:#0f5e55}
.list-box h2,.home .box h3{border-color:#0f5e55;color:#0f5e55}
.pager .current{background:#0f5e55}
.footer{background:#0a3f39}
.home .zt a{background:linear-gradient(90deg,#0f5e55,#6cc0a5)}
#contentText{font-size:16px;line-height:2}
#contentText h3{text-align:center;font-size:19px;margin:16px 0 8px}`,
};

// ---------------------------------------------------------------------------------------------
// Pieces shared by every page
// ---------------------------------------------------------------------------------------------

/** A stable pseudo view count for a path (FNV-1a), so the output does not change between runs. */
export function viewCount(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 800 + (h % 9000);
}

function header(site: Site): string {
  const nav = site.nav.map((n) => `<li><a href="${escapeAttr(n.href)}">${escapeHtml(n.label)}</a></li>`).join('');
  return `<div class="top-bar"><div class="w1200"><span>欢迎访问${escapeHtml(site.name)}门户网站</span><span><a href="javascript:void(0);">无障碍浏览</a>　<a href="javascript:void(0);">长者模式</a>　<a href="javascript:void(0);">手机版</a></span></div></div>
<div class="banner-wrap"><div class="w1200 banner">
<div class="logo">${escapeHtml(site.name)}<small>${escapeHtml(site.slogan)}</small></div>
<form class="search" action="javascript:void(0);"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><ul class="w1200">${nav}</ul></div>`;
}

function footer(site: Site): string {
  return `<div class="footer"><div class="w1200">
<p><a href="javascript:void(0);">网站地图</a> | <a href="javascript:void(0);">联系我们</a> | <a href="javascript:void(0);">隐私声明</a></p>
<p>主办单位：${escapeHtml(site.office)}　承办单位：${escapeHtml(site.operator)}</p>
<p>地址：${escapeHtml(site.address)}　电话：${escapeHtml(site.phone)}</p>
<p>网站标识码：${escapeHtml(site.siteCode)}　<a href="javascript:void(0);">${escapeHtml(site.icp)}</a>　${escapeHtml(site.police)}</p>
<p class="demo">${escapeHtml(site.disclaimer)}</p>
</div></div>`;
}

/** The 字号/print/close helpers real CMS pages carry inline. */
const TOOLS_SCRIPT = `function doZoom(size){var ids=['zoom','contentText','UCAP-CONTENT'];var el=null;for(var i=0;i<ids.length&&!el;i++){el=document.getElementById(ids[i]);}
if(!el){el=document.querySelector('.TRS_Editor,.TRS_UEDITOR');}if(!el)return;el.style.fontSize=size+'px';var ps=el.getElementsByTagName('p');for(var j=0;j<ps.length;j++){ps[j].style.fontSize=size+'px';}}`;

interface ShellOptions {
  site: Site;
  flavour: FlavourName;
  title: string;
  metas?: Record<string, string>;
  body: string;
  script?: string;
}

function shell(o: ShellOptions): string {
  const metas = Object.entries(o.metas ?? {})
    .map(([name, content]) => `<meta name="${escapeAttr(name)}" content="${escapeAttr(content)}">`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/svg+xml" href="/favicon.svg">
<title>${escapeHtml(o.title)}</title>
<meta name="SiteName" content="${escapeAttr(o.site.name)}">
<meta name="SiteDomain" content="${escapeAttr(o.site.host)}">
<meta name="SiteIDCode" content="${escapeAttr(o.site.siteCode)}">
${metas}
<style type="text/css">${BASE_CSS}${FLAVOUR_CSS[o.flavour]}
</style>
</head>
<body>
${header(o.site)}
${o.body}
${footer(o.site)}
<script type="text/javascript">${TOOLS_SCRIPT}</script>${o.script ? `\n<script type="text/javascript">\n${o.script}\n</script>` : ''}
</body>
</html>
`;
}

function breadcrumb(crumbs: Link[]): string {
  const parts = [`<a href="/index.html">首页</a>`, ...crumbs.map((c) => `<a href="${escapeAttr(c.href)}">${escapeHtml(c.label)}</a>`)];
  return `<div class="w1200 position">当前位置：${parts.join(' &gt; ')}</div>`;
}

function relatedList(title: string, links: Link[]): string {
  if (links.length === 0) return '';
  const items = links.map((l) => `<li><a href="${escapeAttr(l.href)}" target="_blank">${escapeHtml(l.label)}</a></li>`).join('\n');
  return `<div class="related xglj"><h4>${escapeHtml(title)}</h4><ul>\n${items}\n</ul></div>`;
}

const SHARE = `<div class="share bdshare">分享到：<a href="javascript:void(0);" title="分享到微信">微信</a><a href="javascript:void(0);" title="分享到新浪微博">微博</a><a href="javascript:void(0);" title="分享到QQ空间">QQ空间</a></div>`;
const TOOLS = `<div class="article-tools print">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>`;

function sizeLinks(): string {
  return `<a href="javascript:doZoom(20);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a>`;
}

function disclosureTable(d: Disclosure, title: string): string {
  const row = (a: string, av: string, b: string, bv: string): string =>
    `<tr><th>${a}</th><td>${escapeHtml(av)}</td><th>${b}</th><td>${escapeHtml(bv)}</td></tr>`;
  return `<table class="table_suoyin">
${row('索&nbsp;&nbsp;引&nbsp;&nbsp;号：', d.index, '信息分类：', d.category)}
${row('发布机构：', d.publisher, '生成日期：', d.created)}
${row('公开目录：', d.category, '成文日期：', d.written)}
<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">${escapeHtml(title)}</td></tr>
${row('文&nbsp;&nbsp;&nbsp;&nbsp;号：', d.docNumber, '有&nbsp;效&nbsp;性：', d.validity)}
</table>`;
}

// ---------------------------------------------------------------------------------------------
// Page types
// ---------------------------------------------------------------------------------------------

/** An article page (report, news, statistics, plan, budget, interpretation, infographic). */
export function articlePage(a: ArticleView): string {
  const views = viewCount(a.path);
  const pageTitle = a.pageTitle ?? (a.flavour === 'trs' ? `${a.title}-${a.site.name}` : `${a.title}_${a.site.name}`);
  const info =
    a.flavour === 'anhui'
      ? `<span>发布时间：${escapeHtml(a.published)}</span><span>来源：${escapeHtml(a.source)}</span><span>浏览次数：<em id="hits">${views}</em></span><span>【字体：${sizeLinks()}】</span>`
      : `<span>发布时间：${escapeHtml(a.published)}</span><span>来源：${escapeHtml(a.source)}</span><span>浏览次数：${views}</span><span>字号：${sizeLinks()}</span>`;
  const notice = a.notice ? `<div class="demo-notice" role="note">${escapeHtml(a.notice)}</div>\n` : '';
  const table = a.disclosure ? `${disclosureTable(a.disclosure, a.title)}\n` : '';
  const body = `${breadcrumb(a.crumbs)}
<div class="w1200 main">
${notice}${table}<h1 class="art-title">${escapeHtml(a.title)}</h1>
<div class="art-info">${info}</div>
${a.containerHtml}
${a.afterContainer ?? ''}
${TOOLS}
${SHARE}
${relatedList(a.relatedTitle ?? '相关链接', a.related)}
</div>`;
  return shell({
    site: a.site,
    flavour: a.flavour,
    title: pageTitle,
    metas: {
      ColumnName: a.column,
      ColumnType: a.column,
      ArticleTitle: a.title,
      PubDate: a.published,
      ContentSource: a.source,
      Keywords: a.keywords ?? a.column,
      Description: a.description ?? a.title,
      Url: `http://${a.site.host}${a.path}`,
    },
    body,
    script: a.script,
  });
}

export interface ListView {
  site: Site;
  flavour: FlavourName;
  path: string;
  column: string;
  crumbs: Link[];
  items: Link[];
  notice?: string;
  pageTitle?: string;
  /** The column's pager (default: one page); see columnPager. */
  pager?: string;
}

/** A column list page (政府工作报告 list). */
export function listPage(l: ListView): string {
  const items = l.items
    .map(
      (i) =>
        `<li><a href="${escapeAttr(i.href)}" target="_blank" title="${escapeAttr(i.label)}">${escapeHtml(i.label)}</a><span>${escapeHtml(i.date ?? '')}</span></li>`,
    )
    .join('\n');
  const notice = l.notice ? `<div class="demo-notice" role="note">${escapeHtml(l.notice)}</div>\n` : '';
  const body = `${breadcrumb(l.crumbs)}
<div class="w1200 list-box">
${notice}<h2>${escapeHtml(l.column)}</h2>
<ul class="list">
${items}
</ul>
${l.pager ?? `<div class="pager"><span class="current">1</span><span>共1页　${l.items.length}条记录</span></div>`}
</div>`;
  return shell({
    site: l.site,
    flavour: l.flavour,
    title: l.pageTitle ?? `${l.column}-${l.site.name}`,
    metas: { ColumnName: l.column, ColumnType: l.column },
    body,
  });
}

export interface HomeBox {
  title: string;
  items: Link[];
}

export interface HomeView {
  site: Site;
  flavour: FlavourName;
  headline: Link & { summary: string };
  boxes: HomeBox[];
  specials: Link[];
  notice?: string;
  pageTitle?: string;
}

/** A portal home page: headline, news boxes, special-topic banners. */
export function homePage(h: HomeView): string {
  const box = (b: HomeBox): string => {
    const items = b.items
      .map(
        (i) =>
          `<li><a href="${escapeAttr(i.href)}" title="${escapeAttr(i.label)}">${escapeHtml(i.label)}</a><span>${escapeHtml(i.date ?? '')}</span></li>`,
      )
      .join('\n');
    return `<div class="box"><h3>${escapeHtml(b.title)}</h3><ul>\n${items}\n</ul></div>`;
  };
  const specials = h.specials.map((s) => `<a href="${escapeAttr(s.href)}">${escapeHtml(s.label)}</a>`).join('');
  const notice = h.notice
    ? `<div class="w1200"><div class="demo-notice" role="note" style="margin-top:16px">${escapeHtml(h.notice)}</div></div>\n`
    : '';
  const body = `${notice}<div class="w1200 home">
<div class="headline"><a href="${escapeAttr(h.headline.href)}">${escapeHtml(h.headline.label)}</a><p>${escapeHtml(h.headline.summary)}</p></div>
${h.boxes.map(box).join('\n')}
<div class="zt">${specials}</div>
</div>`;
  return shell({
    site: h.site,
    flavour: h.flavour,
    title: h.pageTitle ?? h.site.name,
    metas: { ColumnName: '首页', ColumnType: '首页' },
    body,
  });
}

/** The site icon: a round badge with the county's first character (real sites use the national emblem). */
export function faviconSvg(site: Site, color: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="${color}"/>` +
    `<text x="16" y="22" text-anchor="middle" font-size="17" font-weight="bold" fill="#ffd85c" font-family="sans-serif">${escapeHtml(site.county[0]!)}</text></svg>\n`
  );
}

/** A bare document (the page shown inside an <iframe>): just the container, as CMS "content frames" are. */
export function framePage(title: string, containerHtml: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="icon" type="image/svg+xml" href="/favicon.svg">
<title>${escapeHtml(title)}</title>
<style type="text/css">body{margin:0;padding:0 4px;font:16px/2 "仿宋_GB2312","FangSong",serif;color:#333;background:#fff}</style>
</head>
<body>
${containerHtml}
</body>
</html>
`;
}

/** The TRS pager of an article split over several pages (`_1.shtml`, `_2.shtml`, …). */
export function pager(pages: string[], current: number): string {
  const link = (i: number, label: string): string =>
    i === current ? `<span class="current">${label}</span>` : `<a href="${escapeAttr(pages[i]!)}">${label}</a>`;
  const parts: string[] = [];
  if (current > 0) parts.push(`<a href="${escapeAttr(pages[0]!)}">首页</a>`, `<a href="${escapeAttr(pages[current - 1]!)}">上一页</a>`);
  for (let i = 0; i < pages.length; i++) parts.push(link(i, String(i + 1)));
  if (current < pages.length - 1)
    parts.push(`<a href="${escapeAttr(pages[current + 1]!)}">下一页</a>`, `<a href="${escapeAttr(pages[pages.length - 1]!)}">尾页</a>`);
  return `<div class="pager page_nav" id="pageNav">${parts.join('')}<span>共${pages.length}页</span></div>`;
}

/** A column's pager (index.html, index_1.html, …) with 上一页 / 下一页 links, as county CMSs print it. */
export function columnPager(pages: string[], current: number, records: number): string {
  const parts: string[] = [];
  if (current > 0) parts.push(`<a href="${escapeAttr(pages[current - 1]!)}">上一页</a>`);
  for (const [i, href] of pages.entries())
    parts.push(i === current ? `<span class="current">${i + 1}</span>` : `<a href="${escapeAttr(href)}">${i + 1}</a>`);
  if (current < pages.length - 1) parts.push(`<a href="${escapeAttr(pages[current + 1]!)}">下一页</a>`);
  return `<div class="pager">${parts.join('')}<span>共${pages.length}页　${records}条记录</span></div>`;
}
