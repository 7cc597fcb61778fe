/**
 * The four county sites of the demo. Three are real counties whose published work reports are the
 * seeds; 青岚县 is fictional. Site codes, ICP and police numbers are made up but shaped like real
 * ones (网站标识码 = 6-digit area code + 4 digits).
 */

export interface NavItem {
  label: string;
  href: string;
}

export interface Site {
  host: string;
  /** 柳林县 */
  county: string;
  /** 柳林县人民政府 */
  name: string;
  /** 主办单位 */
  office: string;
  /** 承办单位 */
  operator: string;
  icp: string;
  police: string;
  siteCode: string;
  address: string;
  phone: string;
  /** Top navigation (first item is always 首页). */
  nav: NavItem[];
  /** A one-line banner slogan under the site name. */
  slogan: string;
  /** Footer note saying what the site is (the demo is not the official website). */
  disclaimer: string;
}

const REAL_DISCLAIMER = (name: string): string =>
  `ReportLens 离线演示站：本页为仿照县级政府网站制作的本地页面，并非${name}官方网站；政府工作报告正文取自公开发布的报告，其余栏目文字为演示编写。`;

/** Navigation links that exist on the demo site; others lead nowhere, as on many county portals. */
const NOWHERE = 'javascript:void(0);';

export const LIULIN: Site = {
  host: 'www.liulin.gov.cn',
  county: '柳林县',
  name: '柳林县人民政府',
  office: '柳林县人民政府办公室',
  operator: '柳林县融媒体中心',
  icp: '晋ICP备05003721号',
  police: '晋公网安备 14112502000017号',
  siteCode: '1411250001',
  address: '柳林县城龙门塔西街1号',
  phone: '0358-4022101',
  slogan: '黄河之畔　三川交汇',
  nav: [
    { label: '首页', href: '/index.html' },
    { label: '走进柳林', href: NOWHERE },
    { label: '新闻中心', href: '/xwzx/jrll/202004/t20200427_1234560.shtml' },
    { label: '政务公开', href: '/zwgk/zfgzbg/index.shtml' },
    { label: '政府工作报告', href: '/zwgk/zfgzbg/index.shtml' },
    { label: '统计信息', href: '/zwgk/tjxx/202004/t20200410_1234501.shtml' },
    { label: '政民互动', href: NOWHERE },
    { label: '办事服务', href: NOWHERE },
  ],
  disclaimer: REAL_DISCLAIMER('柳林县人民政府'),
};

export const LINGCHUAN: Site = {
  host: 'www.lingchuan.gov.cn',
  county: '陵川县',
  name: '陵川县人民政府',
  office: '陵川县人民政府办公室',
  operator: '陵川县大数据应用中心',
  icp: '晋ICP备10201586号-1',
  police: '晋公网安备 14052402000033号',
  siteCode: '1405240002',
  address: '陵川县崇文镇迎宾大街18号',
  phone: '0356-6212345',
  slogan: '太行之巅　清凉陵川',
  nav: [
    { label: '首页', href: '/index.html' },
    { label: '走进陵川', href: NOWHERE },
    { label: '政务动态', href: NOWHERE },
    { label: '信息公开', href: '/public/6601/12345.html' },
    { label: '规划计划', href: '/public/6611/12351.html' },
    { label: '政策解读', href: '/public/6601/12346.html' },
    { label: '互动交流', href: NOWHERE },
    { label: '政务服务', href: NOWHERE },
  ],
  disclaimer: REAL_DISCLAIMER('陵川县人民政府'),
};

export const PINGYAO: Site = {
  host: 'www.pingyao.gov.cn',
  county: '平遥县',
  name: '平遥县人民政府',
  office: '平遥县人民政府办公室',
  operator: '平遥县政务信息中心',
  icp: '晋ICP备06004418号',
  police: '晋公网安备 14072802000008号',
  siteCode: '1407280003',
  address: '平遥县古陶镇中都东路66号',
  phone: '0354-5622001',
  slogan: '古城平遥　世界遗产',
  nav: [
    { label: '首页', href: '/index.html' },
    { label: '走进平遥', href: NOWHERE },
    { label: '要闻动态', href: NOWHERE },
    { label: '政府信息公开', href: '/art/2022/7/11/art_1234_56789.html' },
    { label: '财政预决算', href: '/art/2022/7/12/art_1236_56801.html' },
    { label: '政策解读', href: '/art/2022/7/12/art_1237_56802.html' },
    { label: '政民互动', href: NOWHERE },
    { label: '政务服务', href: NOWHERE },
  ],
  disclaimer: REAL_DISCLAIMER('平遥县人民政府'),
};

export const QINGLAN: Site = {
  host: 'www.qinglan.gov.cn',
  county: '青岚县',
  name: '青岚县人民政府',
  office: '青岚县人民政府办公室',
  operator: '青岚县融媒体中心',
  icp: '晋ICP备00000000号（虚构）',
  police: '晋公网安备 00000000000000号（虚构）',
  siteCode: '0000000000',
  address: '青岚县岚城镇（虚构地址）',
  phone: '0000-0000000',
  slogan: '岚山青青　岚水长流',
  nav: [
    { label: '首页', href: '/index.html' },
    { label: '走进青岚', href: NOWHERE },
    { label: '新闻动态', href: NOWHERE },
    { label: '政府工作报告', href: '/zwgk/zfgzbg/index.html' },
    { label: '政务公开', href: '/zwgk/zfgzbg/index.html' },
    { label: '互动交流', href: NOWHERE },
  ],
  disclaimer: 'ReportLens 离线演示站：青岚县是虚构的县，本站的全部文字（包括两份政府工作报告）均为演示编写，人名、数字和机构均属虚构。',
};

/** The notice every 青岚 page shows, and puts in its <title>. */
export const FICTION_NOTICE = '本页为 ReportLens 演示用虚构内容，青岚县并不存在';
