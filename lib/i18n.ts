/**
 * The side panel's words, in Chinese (default) and English. Numbers, region names and quotes from
 * reports are never translated; only the panel's own labels are.
 */
import type { Lang } from './format.ts';
import type { DetectionReason, PageKind } from './report/types.ts';
import type { ReasonCode } from './report/detect-reasons.ts';
import type { ExplanationSource, Problem, READER_SAVES } from './messages.ts';
import type { StorageProblem } from './library/errors.ts';
import type { ImportCounts, ImportProblem, ImportProgress } from './library/import.ts';
import type { HarvestFailure, LinkFileKind, LookAlike } from './harvest/types.ts';
import type { GlossaryPlace } from './library/db.ts';

const zh = {
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

type Strings = typeof zh;

const en: Strings = {
  appName: 'ReportLens',
  switchLanguage: '中文',
  switchLanguageLabel: '切换为中文界面',
  tabsLabel: 'Views',
  tabThisPage: 'This page',
  tabTargets: 'Target vs actual',
  tabLibrary: 'Library',
  tabCompare: 'Compare',
  tabGlossary: 'Glossary',
  autoSave: 'Save reports automatically',
  highlightSetting: 'Mark jargon and figures in pages',
  disableSite: (host) => `Turn ReportLens off on ${host}`,
  loading: 'Loading…',
  dbError:
    'The library is held by another panel or was closed (another ReportLens panel may be running an older version). Close other ReportLens panels and open this one again.',
  dbBlocked:
    'The library is held by another panel: ReportLens needs to upgrade it, but another ReportLens panel still has the older version open. Close other ReportLens panels and open this one again.',
  errorDetail: 'Technical details',
  colon: ': ',
  withNote: (text, note) => `${text} (${note})`,
  listSeparator: ', ',
  percentagePoints: ' pp',
  noReportHere: 'No government work report found on this page.',
  noReportHint:
    'Open a work report on a county or district government site (*.gov.cn) and ReportLens recognises it. For a report reprinted on another site, use the button below.',
  analyzePage: 'Analyse this page',
  analyzing: 'Analysing…',
  notAReport: 'This page is not a government work report',
  whyNot: 'Why',
  isReport: 'Government work report',
  savedInLibrary: 'saved in the library',
  notSaved: 'not saved yet',
  save: 'Save to library',
  saveFailed: 'Could not save: ',
  pagesRead: (read, known) =>
    `This report is published over ${known} pages; ${read} read${read < known ? '. Open the other pages and they are merged automatically' : ''}.`,
  region: 'Region',
  meeting: 'Meeting',
  date: 'Date',
  speaker: 'Speaker',
  years: 'Years',
  yearsValue: (review, plan) => `reviews ${review ?? '—'}, plans ${plan ?? '—'}`,
  targetsOf: (year) => (year === null ? 'Targets' : `Targets for ${year}`),
  fiveYearTargets: 'Five-year targets',
  otherYearTargets: 'Targets for other years',
  resultsOf: (year) => `Results for ${year ?? ''}`,
  indicator: 'Indicator',
  value: 'Value',
  quote: 'Source clause',
  year: 'Year',
  noFigures: 'No figures found.',
  outline: 'Outline',
  jargon: 'Jargon in this report',
  jumpTo: 'Show in page',
  explain: 'Add explanation',
  unexplained: 'unexplained',
  uses: (n) => `${n} use${n === 1 ? '' : 's'}`,
  sourceReport: "report's own note",
  sourceBody: "report's own text",
  sourceUser: 'my explanation',
  sourceBuiltin: 'built-in glossary',
  chooseRegion: 'Region',
  target: 'Target',
  actual: 'Result',
  verdict: 'Verdict',
  gap: 'Gap',
  met: '✓ met',
  missed: '✗ missed',
  noResult: '… no result yet',
  undetermined: '? not comparable',
  tvaEmpty:
    "Needs two consecutive reports of one region: e.g. the 2021 report (with 2021 targets) and the 2022 report (with 2021 results). On the demo site, open Qinglan County's 2021 and 2022 reports.",
  tvaSummary: (met, total) => `${met} of ${total} comparable targets met`,
  tvaNoResultsYet: (year, count) =>
    `${count} target${count === 1 ? '' : 's'} for ${year} without results yet (they come in the ${year + 1} report).`,
  search: 'Search',
  searchPlaceholder: 'Region, title, meeting or term (pinyin works: liulin)',
  allLevels: 'All levels',
  allYears: 'All years',
  level: { nation: 'nation', province: 'province', city: 'city', county: 'county', district: 'district' },
  libraryEmpty: 'The library is empty. Open a county or district work report and ReportLens saves it.',
  noMatches: 'No report matches.',
  reportsCount: (n) => `${n} report${n === 1 ? '' : 's'}`,
  delete: 'Delete',
  deleted: (what) => `Deleted ${what}`,
  undo: 'Undo',
  clearAll: 'Clear library',
  clearConfirm: 'Clear the library? Every saved report is deleted (your own term explanations are kept). Export a backup first.',
  confirm: 'Clear',
  cancel: 'Cancel',
  exportJson: 'Export backup (JSON)',
  exportCsv: 'Export all figures as CSV',
  importJson: 'Import backup',
  openPage: 'Open page',
  figuresCount: (t, a) => `${t} targets · ${a} results`,
  pickReports: 'Reports',
  presetRegion: 'One region over years',
  presetYear: 'All regions, one year',
  selectedCount: (n) => `${n} selected`,
  clearSelection: 'Clear selection',
  copyTable: 'Copy table (pastes into Excel)',
  copied: 'Copied',
  exportCompare: 'Export comparison CSV',
  compareEmpty: 'Pick at least one report to compare.',
  matrixCaption: 'Indicators × reports',
  chartLine: (region, indicator) => `${region}: ${indicator}, targets and results over years`,
  chartBars: (indicator, year) => `${indicator} targets for ${year}, by region`,
  chartDots: (region, year) => `${region}: growth targets and results, ${year}`,
  chartDotsCompare: (indicator) => `${indicator}: targets and the results reported a year later`,
  stretch: 'stretch',
  legendMissed: 'missed',
  chooseIndicator: 'Indicator',
  chooseYear: 'Year',
  // ── Where a report comes from (issue 17): this page, library, compare ──
  regionCode: 'division code',
  regionUnresolved: 'Place unresolved',
  regionAmbiguous: (n) =>
    `${n} places carry this name and the page does not say which. Choose one (ReportLens remembers it for this site):`,
  regionUnknown: 'No unit of this name is in the division data (a fictional county, or a unit created or renamed after the data).',
  regionOneCandidate: 'One unit of the division data carries this name:',
  regionCandidatesFailed: 'Could not get the places to choose from.',
  allProvinces: 'All provinces',
  allPrefectures: 'All prefectures',
  unresolvedOption: '(place unresolved)',
  groupBy: 'Group',
  groupByRegion: 'by region',
  groupByPrefecture: 'by prefecture',
  groupByProvince: 'by province',
  presetPrefecture: 'Counties and districts of a prefecture',
  presetPrefectureYear: 'Year',
  glossarySearch: 'Search terms, definitions or English',
  addTerm: 'Add a term',
  editTerm: 'Edit',
  term: 'Term',
  definition: 'Definition',
  variants: 'Other spellings (comma-separated)',
  saveTerm: 'Save',
  deleteTerm: 'Delete my explanation',
  usedIn: (n) => `used in ${n} saved report${n === 1 ? '' : 's'}`,
  unexplainedTitle: 'Unexplained terms',
  unexplainedHint:
    'Coinages met in saved reports that no saved report, you nor the built-in glossary explain, by the number of reports using them.',
  unexplainedEmpty: 'No unexplained terms.',
  showAll: (n) => `Show all ${n}`,
  inReports: (n) => `${n} report${n === 1 ? '' : 's'}`,
  usesCount: (n) => `${n} use${n === 1 ? '' : 's'} in all`,
  firstUse: 'First use',
  english: 'English',
  noTermMatches: 'No such term. You can add your own explanation below.',
  sourceLibrary: 'your library',
  reportOfYear: (year) => (year ? `, ${year} report` : ' report'),
  places: { appendix: 'glossary note', body: 'in the text' },
  openReport: 'Open that report',
  moreInLibrary: (n) => `${n} more in your library (see Glossary)`,
  showExplanation: 'Show where it is explained',
  exportUnexplained: 'Export unexplained terms (CSV)',
  firstUseIn: 'in',
  problem: (p) => {
    switch (p.code) {
      case 'nothing-to-save':
        return 'There is no report on this page to save.';
      case 'cannot-read-page':
        return 'ReportLens cannot read this page. Click the ReportLens toolbar button, or right-click the page and choose “Analyse this page with ReportLens”.';
      case 'no-answer':
        return 'The ReportLens background did not answer. Reload the page and try again.';
      case 'not-a-candidate':
        return 'The chosen place is not one this report can come from (the page may have changed); choose again.';
      default:
        return enStorage(p);
    }
  },
  importProblem: (p) => {
    switch (p.code) {
      case 'not-json':
        return `The file is not complete JSON (truncated or damaged): ${p.detail}`;
      case 'foreign':
        return 'This is not a ReportLens backup (it lacks "format": "reportlens-backup").';
      case 'newer':
        return `This backup was written by a newer ReportLens (format version ${p.version}). Update the extension first.`;
      case 'invalid':
        return `The backup is malformed: ${p.detail}`;
      case 'incomplete':
        return `The backup is incomplete: report ${p.reportId} (${p.name}) lacks its text or its parsed document.`;
      case 'write-failed':
        return `The import stopped at report ${p.imported} of ${p.total}: ${enStorage(p.problem)} Everything it had written was undone; the library is as it was before.`;
      case 'cancelled':
        return `Import cancelled at report ${p.imported} of ${p.total}: everything it had written was undone; the library is as it was before.`;
    }
  },
  importDone: (c) =>
    `Imported: ${c.created} new${c.copies ? ` (${c.copies} of them copies from other addresses)` : ''}, ${c.updated} updated, ${c.unchanged} already here; ${c.userTerms} terms.` +
    (c.skipped ? ` ${c.skipped} reports whose address is not a web page (http/https) were left out.` : ''),
  importProgress: (p) => (p.phase === 'reading' ? 'Reading the backup file…' : `Importing: ${p.done} of ${p.total} reports`),
  cancelImport: 'Cancel import',
  reparsing: (done, total) => `Re-reading saved reports with the improved parser: ${done} of ${total}`,
  source: 'Source',
  officialSite: 'government site',
  otherSite: 'non-government site',
  copyOf: (host) => (host ? `copy; the original is from ${host}` : 'copy'),
  copyHint: 'A copy of a report saved from another address: kept apart, left out of comparisons and data exports.',
  noticeDeferred:
    'This page changed within a minute of its last save; the library keeps the earlier version for now (a report is updated at most once a minute).',
  noticeRateLimited: 'This tab saved too many reports in a short time; this page was not saved automatically.',
  noticePartial: 'Only some pages of this report were read; the library keeps the fuller copy.',
  saveThisVersion: 'Save this version',
  reportDeleted: "This page's report was deleted from the library.",
  saveAgain: 'Save again',
  kinds: {
    report: 'government work report',
    news: 'news about the session or the report',
    list: 'a list of reports',
    plan: 'report on the plan’s implementation and the draft plan',
    budget: 'budget report',
    statistics: 'statistical communiqué',
    interpretation: 'an explainer of the report',
    infographic: 'an infographic',
    other: 'another page',
  },
  reasons: {
    'title-infographic': () => 'the title or first lines name an infographic',
    'title-interpretation': () => 'the title or first lines name an explainer of the report',
    'title-plan': () => 'the title or first lines name a plan implementation report',
    'title-budget': () => 'the title or first lines name a budget report',
    'title-statistics': () => 'the title or first lines name a statistical communiqué',
    'title-resolution': () => "the title or first lines name the congress's resolution on the report",
    'title-speech': () => 'the title names a speech to the session (opening or closing address), not the work report',
    delegated: () => "a department reports on the government's behalf (a work report is given by the head of government)",
    'other-body': () =>
      "another body's report to the session (the congress's standing committee, the court or the procuratorate), not the government's",
    'list-page': (n) => `the page lists ${n ?? 'several'} links to work reports and has little text`,
    news: () => 'news about the session or the report (no “Fellow deputies” opening)',
    'titled-report': () => 'the title is “Government Work Report”',
    'addressed-delegates': () => 'it opens with “Fellow deputies”',
    'reports-work': () => "the government reports its work to the people's congress",
    'review-and-plan': () => "it has a review part and a part planning this year's work",
    'review-only': () => 'it has a review part (this page has no plan part)',
    'plan-only': () => 'it has a part planning the work (this page has no review part)',
    'long-text': (n) => `long text (${n ?? '?'} characters)`,
    'short-text': (n) => `short text (${n ?? '?'} characters)`,
  },
};

export type { Strings };

/**
 * A detection reason in the panel's language. Documents stored by versions before reason codes
 * hold Chinese sentences until they are parsed again; those show as they are.
 */
export function describeReason(t: Strings, reason: DetectionReason | string): string {
  return typeof reason === 'string' ? reason : t.reasons[reason.code](reason.count);
}

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : zh;
}

function zhStorage(p: StorageProblem): string {
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

function enStorage(p: StorageProblem): string {
  switch (p.code) {
    case 'quota':
      return 'The disk or the browser’s storage quota is full. Free some disk space, or export a backup and delete reports you do not need.';
    case 'closed':
      return 'The library is being upgraded or was closed (another ReportLens panel may run a newer version). Close other panels and try again.';
    case 'conflict':
      return 'A saved report already has this address.';
    case 'other':
      return `Could not write: ${p.detail ?? ''}`;
  }
}

// ── The tooltip in the page (bundled into the content script: keep it small) ──

const zhTooltip = {
  sources: { report: '本报告注释', body: '本报告正文', user: '我的解释', library: '资料库', builtin: 'ReportLens 词库' } as Record<
    ExplanationSource,
    string
  >,
  noExplanation: '还没有解释。',
  firstUse: (sentence: string) => `首次出现：${sentence}`,
  addExplanation: '添加解释',
  footnote: (n: number, term: string) => `注释 [${n}] ${term}`,
  // Issue 13: where the report explains a term itself, and explanations from the library's other reports.
  showInText: '在正文中查看',
  fromReport: (region: string | null, year: number | null) => `${region ?? ''}${year ? ` ${year} 年` : ''}报告`.trim(),
  moreInLibrary: (n: number) => `资料库中另有 ${n} 种解释（见面板“术语”）`,
};

export type TooltipStrings = typeof zhTooltip;

const enTooltip: TooltipStrings = {
  sources: {
    report: "report's own note",
    body: "report's own text",
    user: 'my explanation',
    library: 'your library',
    builtin: 'ReportLens glossary',
  },
  noExplanation: 'No explanation yet.',
  firstUse: (sentence) => `First use: ${sentence}`,
  addExplanation: 'Add an explanation',
  footnote: (n, term) => `Note [${n}] ${term}`,
  showInText: 'Show in the text',
  // Region names are never translated (see the top of this file).
  fromReport: (region, year) => `${[region, year].filter(Boolean).join(', ')} report`.trim(),
  moreInLibrary: (n) => `${n} more in your library (panel: Glossary)`,
};

export function tooltipStrings(lang: Lang): TooltipStrings {
  return lang === 'en' ? enTooltip : zhTooltip;
}

// ── The background: toolbar badge and context menu ──

const zhBackground = {
  badgeSaved: '报',
  badgeUnsaved: '未存',
  badgeProblem: '!',
  analyzeMenu: '用 ReportLens 分析本页',
  readerMenu: '在 ReportLens 阅读器中打开',
};
const enBackground: typeof zhBackground = {
  badgeSaved: 'WR',
  badgeUnsaved: 'WR+',
  badgeProblem: '!',
  analyzeMenu: 'Analyse this page with ReportLens',
  readerMenu: 'Open in ReportLens reader',
};

export function backgroundStrings(lang: Lang): typeof zhBackground {
  return lang === 'en' ? enBackground : zhBackground;
}

// ── Save all, PDF and Word reports, the reader (issue 12) ──

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
