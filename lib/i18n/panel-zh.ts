/** The side panel's words in Chinese, the default (see lib/i18n.ts). */
import type { PageKind } from '../report/types.ts';
import type { ReasonCode } from '../report/detect-reasons.ts';
import type { Problem } from '../messages.ts';
import type { StorageProblem } from '../library/errors.ts';
import type { ImportCounts, ImportProblem, ImportProgress } from '../library/import.ts';
import type { GlossaryPlace } from '../library/db.ts';

export const zh = {
  appName: 'ReportLens 政报透镜',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the panel to English',
  tabsLabel: '视图',
  tabThisPage: '本页',
  tabTargets: '目标与完成',
  tabLibrary: '资料库',
  tabCompare: '比较',
  tabGlossary: '术语',
  autoSave: '自动收录报告',
  highlightSetting: '在网页中标出术语和数字',
  disableSite: (host: string) => `在 ${host} 上停用 ReportLens`,
  loading: '正在读取…',
  dbError: '资料库被另一个面板占用或已关闭（可能另一个 ReportLens 面板正在使用旧版本）。请关闭其他 ReportLens 面板后重新打开。',
  dbBlocked:
    '资料库被另一个面板占用：ReportLens 需要升级资料库，但另一个 ReportLens 面板还开着旧版本。请关闭其他 ReportLens 面板后重新打开。',
  errorDetail: '技术细节',
  colon: '：',
  withNote: (text: string | number, note: string | number) => `${text}（${note}）`,
  listSeparator: '、',
  percentagePoints: '个百分点',
  // This page
  noReportHere: '本页没有发现政府工作报告。',
  noReportHint: '在县区政府网站（*.gov.cn）打开一份政府工作报告，ReportLens 会自动识别。其他网站上的报告转载，请点击下面的按钮。',
  analyzePage: '分析本页',
  analyzing: '正在分析…',
  notAReport: '本页不是政府工作报告',
  whyNot: '判断依据',
  isReport: '政府工作报告',
  savedInLibrary: '已存入资料库',
  notSaved: '尚未保存',
  save: '保存到资料库',
  saveFailed: '保存失败：',
  pagesRead: (read: number, known: number) =>
    `本报告分 ${known} 页发布，已读取 ${read} 页${read < known ? '；打开其余页面后会自动合并' : ''}。`,
  region: '地区',
  meeting: '会议',
  date: '日期',
  speaker: '报告人',
  years: '年份',
  yearsValue: (review: number | null, plan: number | null) => `回顾 ${review ?? '—'} 年，部署 ${plan ?? '—'} 年`,
  targetsOf: (year: number | null) => (year === null ? '主要目标' : `${year} 年主要目标`),
  fiveYearTargets: '五年目标',
  otherYearTargets: '其他年份的目标',
  resultsOf: (year: number | null) => `${year ?? ''} 年完成情况`,
  indicator: '指标',
  value: '数值',
  quote: '原文',
  year: '年份',
  noFigures: '没有找到数字指标。',
  outline: '目录',
  jargon: '本报告中的术语',
  jumpTo: '在页面中定位',
  explain: '添加解释',
  unexplained: '未解释',
  uses: (n: number) => `出现 ${n} 次`,
  // sources
  sourceReport: '本报告注释',
  sourceBody: '本报告正文',
  sourceUser: '我的解释',
  sourceBuiltin: '内置词库',
  // Target vs actual
  chooseRegion: '选择地区',
  target: '目标',
  actual: '完成',
  verdict: '结果',
  gap: '差距',
  met: '✓ 达成',
  missed: '✗ 未达成',
  noResult: '… 无结果',
  undetermined: '? 无法判断',
  tvaEmpty:
    '需要同一地区相邻两年的报告：例如 2021 年报告（含 2021 年目标）和 2022 年报告（含 2021 年完成情况）。可在演示站打开青岚县 2021 年和 2022 年的报告。',
  tvaSummary: (met: number, total: number) => `${total} 项可比目标中达成 ${met} 项`,
  tvaNoResultsYet: (year: number, count: number) => `${year} 年的 ${count} 项目标还没有完成情况（需要 ${year + 1} 年的报告）。`,
  // Library
  search: '搜索',
  searchPlaceholder: '地区、标题、会议或术语（可用拼音，如 liulin）',
  allLevels: '全部级别',
  allYears: '全部年份',
  level: { nation: '全国', province: '省', city: '市', county: '县', district: '区' } as Record<string, string>,
  libraryEmpty: '资料库是空的。打开一份县区政府工作报告，ReportLens 会自动收录。',
  noMatches: '没有符合条件的报告。',
  reportsCount: (n: number) => `共 ${n} 份报告`,
  delete: '删除',
  deleted: (what: string) => `已删除 ${what}`,
  undo: '撤销',
  clearAll: '清空资料库',
  clearConfirm: '确定清空资料库？所有已保存的报告都会被删除（你自己写的术语解释会保留）。建议先导出备份。',
  confirm: '确定清空',
  cancel: '取消',
  exportJson: '导出备份（JSON）',
  exportCsv: '导出全部数据 CSV',
  importJson: '导入备份',
  openPage: '打开原网页',
  figuresCount: (t: number, a: number) => `目标 ${t} · 完成 ${a}`,
  // Compare
  pickReports: '选择报告',
  presetRegion: '同一地区历年',
  presetYear: '同一年份各地',
  selectedCount: (n: number) => `已选 ${n} 份`,
  clearSelection: '清除选择',
  copyTable: '复制表格（可粘贴到 Excel）',
  copied: '已复制',
  exportCompare: '导出比较 CSV',
  compareEmpty: '选择至少一份报告进行比较。',
  matrixCaption: '指标 × 报告',
  chartLine: (region: string, indicator: string) => `${region}：${indicator}历年目标与完成`,
  chartBars: (indicator: string, year: number) => `${year} 年各地${indicator}目标`,
  chartDots: (region: string, year: number) => `${region}：${year} 年增速目标与完成`,
  chartDotsCompare: (indicator: string) => `${indicator}：目标与次年报告的完成情况`,
  stretch: '力争',
  legendMissed: '未达成',
  chooseIndicator: '选择指标',
  chooseYear: '选择年份',
  // ── Where a report comes from (issue 17): this page, library, compare ──
  regionCode: '区划代码',
  regionUnresolved: '具体地区未确定',
  regionAmbiguous: (n: number) => `全国有 ${n} 个地方叫这个名字，页面没有说明是哪一个。请选择（ReportLens 会记住这个网站的选择）：`,
  regionUnknown: '区划数据中没有这个名字（虚构的县区，或在数据之后新设、改名的单位）。',
  regionOneCandidate: '区划数据中有一个地方叫这个名字：',
  regionCandidatesFailed: '无法取得候选地区。',
  allProvinces: '全部省份',
  allPrefectures: '全部地市',
  unresolvedOption: '（地区未确定）',
  groupBy: '分组',
  groupByRegion: '按地区',
  groupByPrefecture: '按地市',
  groupByProvince: '按省份',
  presetPrefecture: '同一地市各县区',
  presetPrefectureYear: '年份',
  // Glossary
  glossarySearch: '搜索术语、释义或英文',
  addTerm: '添加术语',
  editTerm: '编辑',
  term: '术语',
  definition: '释义',
  variants: '其他写法（用逗号分隔）',
  saveTerm: '保存',
  deleteTerm: '删除我的解释',
  usedIn: (n: number) => `${n} 份已保存的报告使用`,
  unexplainedTitle: '未解释的术语',
  unexplainedHint: '在已保存报告中出现、但没有一份已保存的报告、你或内置词库解释的提法，按出现的报告数排序。',
  unexplainedEmpty: '没有未解释的术语。',
  showAll: (n: number) => `显示全部 ${n} 个`,
  inReports: (n: number) => `${n} 份报告`,
  usesCount: (n: number) => `共出现 ${n} 次`,
  firstUse: '首次出现',
  english: '英文',
  noTermMatches: '没有找到这个术语。可以在下面添加你自己的解释。',
  // ── The report's own explanations, explanations from the library's other reports, the unexplained-terms inbox (issue 13) ──
  sourceLibrary: '资料库',
  /** Follows the region's name (rendered apart, as report text): 柳林县 2020 年报告. */
  reportOfYear: (year: number | null) => (year ? ` ${year} 年报告` : ' 报告'),
  places: { appendix: '名词解释', body: '正文' } as Record<GlossaryPlace, string>,
  openReport: '打开这份报告',
  moreInLibrary: (n: number) => `资料库中另有 ${n} 种解释（见“术语”）`,
  showExplanation: '定位释义',
  exportUnexplained: '导出未解释术语（CSV）',
  firstUseIn: '出自',
  // ── Trust and provenance (issue 15), problems as codes (issue 16) ──
  problem: (p: Problem): string => {
    switch (p.code) {
      case 'nothing-to-save':
        return '本页没有可保存的报告。';
      case 'cannot-read-page':
        return '无法读取本页。请点击浏览器工具栏上的 ReportLens 按钮，或在页面上右键选择“用 ReportLens 分析本页”。';
      case 'no-answer':
        return 'ReportLens 后台没有回应。请重新加载本页后再试。';
      case 'not-a-candidate':
        return '所选地区不在这份报告可能的地区之中（页面可能已经变化），请重新选择。';
      default:
        return zhStorage(p);
    }
  },
  importProblem: (p: ImportProblem): string => {
    switch (p.code) {
      case 'not-json':
        return `文件不是完整的 JSON（可能被截断或损坏）：${p.detail}`;
      case 'foreign':
        return '这不是 ReportLens 的备份文件（缺少 "format": "reportlens-backup"）。';
      case 'newer':
        return `这个备份由更新版本的 ReportLens 生成（格式版本 ${p.version}），本版本读不了。请先更新扩展。`;
      case 'invalid':
        return `备份文件格式不对：${p.detail}`;
      case 'incomplete':
        return `备份不完整：报告 ${p.reportId}（${p.name}）缺少正文或解析结果。`;
      case 'write-failed':
        return `导入在第 ${p.imported}/${p.total} 份报告处停止：${zhStorage(p.problem)} 本次导入的内容已全部撤销，资料库保持导入前的样子。`;
      case 'cancelled':
        return `导入已取消（在第 ${p.imported}/${p.total} 份报告处）：已写入的部分全部撤销，资料库保持导入前的样子。`;
    }
  },
  importDone: (c: ImportCounts) =>
    `导入完成：新增 ${c.created} 份${c.copies ? `（其中 ${c.copies} 份是其他网址的副本）` : ''}，更新 ${c.updated} 份，重复 ${c.unchanged} 份；术语 ${c.userTerms} 条。` +
    (c.skipped ? `另有 ${c.skipped} 份报告的网址不是网页（http/https），未导入。` : ''),
  importProgress: (p: ImportProgress) => (p.phase === 'reading' ? '正在读取备份文件…' : `正在导入：${p.done}/${p.total} 份报告`),
  cancelImport: '取消导入',
  reparsing: (done: number, total: number) => `正在用新版解析器重新分析已保存的报告：${done}/${total}`,
  source: '来源',
  officialSite: '政府网站',
  otherSite: '非政府网站',
  copyOf: (host: string | null) => (host ? `副本，原件来自 ${host}` : '副本'),
  copyHint: '同一份报告在其他网址的副本：单独保存，不计入比较和数据导出。',
  noticeDeferred: '本页在上次保存后一分钟内又有变化；资料库暂时保留之前的版本（一份报告每分钟最多更新一次）。',
  noticeRateLimited: '这个标签页短时间内保存了太多报告，本页没有自动保存。',
  noticePartial: '只读到这份报告的一部分页面；资料库保留更完整的版本。',
  saveThisVersion: '保存本页的版本',
  reportDeleted: '本页的报告已从资料库中删除。',
  saveAgain: '重新保存',
  kinds: {
    report: '政府工作报告',
    news: '关于会议或报告的新闻',
    list: '报告列表页',
    plan: '计划执行情况与计划草案的报告',
    budget: '预算报告',
    statistics: '统计公报',
    interpretation: '报告解读',
    infographic: '一图读懂（图解）',
    other: '其他页面',
  } as Record<PageKind, string>,
  /** What the detector saw (codes in lib/report/detect-reasons.ts); `count` is a number of links or characters. */
  reasons: {
    'title-infographic': () => '标题或开头表明是图解（一图读懂）',
    'title-interpretation': () => '标题或开头表明是对报告的解读',
    'title-plan': () => '标题或开头表明是计划执行情况与计划草案的报告',
    'title-budget': () => '标题或开头表明是预算报告',
    'title-statistics': () => '标题或开头表明是统计公报',
    'title-resolution': () => '标题或开头表明是人民代表大会关于政府工作报告的决议',
    'title-speech': () => '标题表明是在会议上的讲话（开幕词、闭幕讲话），不是政府工作报告',
    delegated: () => '由部门受政府委托向大会报告（政府工作报告由政府首长亲自报告）',
    'other-body': () => '是人大常委会、法院或检察院向大会所作的工作报告，不是政府工作报告',
    'list-page': (n) => `页面列出 ${n ?? '多'} 份政府工作报告的链接，正文很短`,
    news: () => '是关于会议或报告的新闻（没有“各位代表”的报告开头）',
    'titled-report': () => '标题为“政府工作报告”',
    'addressed-delegates': () => '以“各位代表”开篇',
    'reports-work': () => '代表政府向人民代表大会报告工作',
    'review-and-plan': () => '有工作回顾和今年工作安排两部分',
    'review-only': () => '有工作回顾部分（本页没有工作安排部分）',
    'plan-only': () => '有工作安排部分（本页没有工作回顾部分）',
    'long-text': (n) => `正文较长（${n ?? '?'} 字）`,
    'short-text': (n) => `正文较短（${n ?? '?'} 字）`,
  } as Record<ReasonCode, (count?: number) => string>,
};

export type Strings = typeof zh;

export function zhStorage(p: StorageProblem): string {
  switch (p.code) {
    case 'quota':
      return '磁盘空间不足（浏览器存储配额已满）。请释放磁盘空间，或导出备份后删除不需要的报告。';
    case 'closed':
      return '资料库正在升级或已被关闭（可能另一个 ReportLens 面板打开着新版本）。请关闭其他面板后重试。';
    case 'conflict':
      return '与已保存的报告冲突（同一网址）。';
    case 'other':
      return `写入失败：${p.detail ?? ''}`;
  }
}
