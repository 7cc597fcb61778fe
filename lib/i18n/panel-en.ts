/** The side panel's words in English: every key of the Chinese table (see lib/i18n.ts). */
import type { StorageProblem } from '../library/errors.ts';
import type { Strings } from './panel-zh.ts';

export const en: Strings = {
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

export function enStorage(p: StorageProblem): string {
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
