/**
 * Every limit and tunable number of ReportLens, in one place, each with the reason for its value.
 */
export const LIMITS = {
  /** A CMS container with fewer Chinese characters than this is an empty shell (a list page's frame), not the article. */
  minArticleChars: 200,
  /** Report text accepted from a page: the longest real county report seen is ~120 KB; 8 MB leaves room for whole-year compilations without letting a hostile page exhaust the database. */
  maxReportTextChars: 8_000_000,
  /** A quote is one clause; clauses longer than this are cut (they are run-on lists, not statements). */
  maxQuoteChars: 400,
  /** Seed reports hold 20–40 figures; 2,000 bounds a hostile or broken page. */
  maxFiguresPerReport: 2000,
  /** Real 名词解释 appendices hold up to ~60 entries. */
  maxGlossaryEntries: 500,
  maxDefinitionChars: 1000,
  maxOutlineItems: 1000,
  maxTermsPerReport: 3000,
  /**
   * A line this long that stops without punctuation was cut by a page break (PDF-to-HTML pages
   * split 完成贫 / 困劳动力培训); shorter lines are titles and headings (2019年工作回顾) and stay apart.
   */
  pageBreakMinLineChars: 40,
  /** Detection reads the head of the text: titles, 各位代表 and the opening sentence fit in 1,500 characters. */
  detectionHeadChars: 1500,
  /** County reports run 15,000–60,000 characters; a page under 5,000 is news or a summary. */
  minReportChars: 5000,
  /** Sum of detection signals (title, 各位代表, 向大会报告工作, review+plan parts, length) needed to call a page a report. */
  reportScoreThreshold: 0.6,
  /** A column page links to several years' reports; three links naming a 工作报告 on a short page make it a list. */
  listPageMinLinks: 3,
  /** A clause has at most a handful of predicates (完成…，增长…，力争…); bounds the work on run-on text. */
  maxPredicatesPerClause: 8,
  /**
   * Text read for the years when headings do not give them: the title block, the opening and the
   * start of the review part (the State Council's 第十一届…第一次会议以来的五年 comes right after its heading).
   */
  yearEvidenceChars: 3000,
  /**
   * The start of a from-to predicate (由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%) is read up to this many
   * characters for its end (增加到, 提高到, 转为 …); the longest in real reports is ~30.
   */
  fromToMaxChars: 40,
  /** Real sentences of a report stay under ~300 characters; scans for clause and sentence ends stop here so run-on text stays linear. */
  maxSentenceChars: 600,
  /** Unsaved report texts kept in storage.session (10 MB for the whole extension) for the Save button; longer ones are re-read from the page. */
  maxSessionTextChars: 1_000_000,
  /** Hover delay before a tooltip shows: long enough not to flash while reading past a term, short enough to feel immediate (10ten uses a similar delay). */
  hoverDelayMs: 250,
  /** Pointer faster than this is crossing the page, not reading (10ten's threshold). */
  hoverMaxSpeedPxPerMs: 0.5,
  /** Time to move the mouse from a term into its tooltip before it closes. */
  hoverHideGraceMs: 300,
  /** Longest stretch of page work before yielding to the browser: well under the 50 ms of a long task. */
  pageSliceMs: 8,
  /** Changes to a report page are handled once they settle (a CMS filling the article in bursts). */
  pageChangeDebounceMs: 600,
  /** How long a page the cheap check rejected is watched for an article filled in later. */
  lateContentWatchMs: 15_000,
  /** Text added to a watched page before it is looked at again: more than a ticker's update, less than a paragraph of a report. */
  lateContentMinChars: 200,
  /** How long jump-to-source flashes the clause. */
  flashMs: 1800,
  /** Synthetic characters (line breaks, spaces) skipped at the edge of a span before giving up on mapping it to the page. */
  rangeEdgeSkipChars: 8,
  /** DOM nodes the article walk visits between two looks at the clock. */
  walkNodesPerClockCheck: 256,
  /** Part titles are short (一、2019年工作回顾); a longer line starting with 一、 is a paragraph with a lead-in. */
  headingMaxChars: 40,
  /** A lead-in sentence (一、三次产业稳中有进。农业…) this short serves as a section title. */
  leadInMaxChars: 30,
  /** Unnumbered quoted coinages longer than this are usually quotations (“不忘初心、牢记使命”), not jargon. */
  sloganUnnumberedMaxChars: 5,
  /** Numbered slogans are short (“四为四高两同步”); longer quoted names are titles (“全国5A级景区品牌100强榜单”). */
  sloganNumberedMaxChars: 10,
  /** An enumeration that explains a numbered slogan has at most this many parts (“十件实事” lists ten; longer lists are not explanations). */
  enumerationMaxParts: 12,
  /** A report explains a slogan in passing in one clause run; a longer “explanation” is the sentence going on about something else. */
  bodyDefinitionMaxChars: 160,
  /** Words between a slogan's closing quotation mark and the colon of its explanation: “五个三”战略部署：… */
  bodyDefinitionLeadMaxChars: 8,
  /** How long the side panel offers "undo" after a delete. */
  undoMs: 10_000,
  /** Unexplained terms listed before "show all": the most widespread are what a user explains first. */
  unexplainedShown: 50,
  /**
   * Report documents read to count the uses of unexplained terms (the tie-break after the number
   * of reports); beyond this, ties stay in collation order. Bounds what each library change costs
   * the open glossary view (the list is a live query).
   */
  unexplainedUsesMaxDocuments: 300,
  /** First-use sentences fetched (one document each) when the ranking did not read them. */
  firstUsesFetched: 20,
  /** Rows a virtual list draws beyond the visible ones, so fast scrolling shows no blank gap. */
  virtualOverscanRows: 8,
  /** Text matched for terms between two yields to the browser (then up to the next line end). */
  matchBlockChars: 65_536,
  /** Default pause between two requests of a harvest: a county CMS on a small server sees one visitor reading fast, not a crawler. */
  harvestPauseMs: 1000,
  /** Pages of a column followed through its pager (index_1.shtml, 下一页): fifteen years of reports fit on one to three pages; 20 bounds a pager that never ends. */
  maxColumnPages: 20,
  /** Links taken from one column: a province's column with every city and county over fifteen years stays under ~400. */
  maxHarvestLinks: 500,
  /** Pages of one split report fetched (…_1.shtml … _n): TRS cuts long reports into 2–6 pages; the pager links of otherPagesOf stop at 50. */
  maxSplitPages: 50,
  /** An HTML page fetched by a harvest: the largest county report page seen is ~600 KB; beyond 10 MB it is not an article. */
  maxFetchedPageBytes: 10_000_000,
  /** A PDF or Word file fetched or opened: report PDFs run 0.3–5 MB, scanned ones up to ~30 MB; 60 MB bounds what pdf.js is asked to hold in memory. */
  maxFetchedFileBytes: 60_000_000,
  /** PDF pages read: a county report is 20–60 pages, a whole-year compilation a few hundred. */
  maxPdfPages: 600,
  /** The shortest pause a user may set between two harvest requests: still one reader clicking fast, never a burst at a county's small server. */
  minHarvestPauseMs: 500,
  /** The longest pause offered: a minute between requests already makes a 15-year column a quarter-hour job. */
  maxHarvestPauseMs: 60_000,

  // ── Trust: what a page may ask of ReportLens, and how often (issue 15) ──
  /** URLs in messages, records and backups: real report addresses stay under ~300 characters; 4,000 bounds a hostile one. */
  maxUrlChars: 4000,
  /** Page titles (document.title) kept with a report: real ones are under ~100 characters. */
  maxPageTitleChars: 500,
  /** A term or one of its spellings: the longest glossary entries are ~20 characters. */
  maxTermChars: 60,
  /** Other spellings the user can give one term. */
  maxTermVariants: 50,
  /** Spellings matched for one term in a page (its own and its variants). */
  maxPatternsPerTerm: 60,
  /** Explanations shown for one term (report, built-in, …); identical ones are shown once. */
  maxExplanationsPerTerm: 5,
  /** Links to other pages of a split article: real pagers show up to ~20. */
  maxPageLinks: 50,
  /** Addresses kept for one record (the same document met at several URLs of its own site). */
  maxUrlsPerReport: 1000,
  /** The window of the per-tab rate limits below. */
  rateWindowMs: 60_000,
  /** Page texts one tab may send per minute: a load, late content and a few re-renders need 3–5; an article rewritten every 700 ms sent 85. */
  textsPerTabPerMinute: 20,
  /** Characters of page text one tab may send per minute: one report of the longest accepted size and a little more. */
  textCharsPerTabPerMinute: 10_000_000,
  /** Library writes one tab may cause per minute: a report and the pages of a split one; a page calling pushState with a new region every 1.5 s made 21 reports in 30 s. */
  savesPerTabPerMinute: 5,
  /** Definitions of the user's own terms one tab may ask for per minute (one per real hover). */
  definitionLookupsPerTabPerMinute: 60,
  /** A stored report's content is rewritten at most this often: a page changing its article every 700 ms rewrote its record 43 times. */
  minRewriteIntervalMs: 60_000,
  /** After the panel asks to analyse a tab, texts from it are accepted even on a site the user turned off, for this long. */
  forcedAnalysisWindowMs: 30_000,
  /** Characters of split-article page texts kept in storage.session at once (a Chinese character takes 3 of its 10 MB as UTF-8); the least recently read articles go first. */
  maxSessionPageChars: 1_500_000,
  /** The library search asks the terms index (an IndexedDB query) once typing pauses this long; region names are searched on every keystroke. */
  termSearchDebounceMs: 150,
  /** Reports saved at a time by an import (all in its one transaction): progress is shown and a Cancel is noticed between chunks. */
  importChunkReports: 200,
  /** Stored reports re-parsed per transaction when the parser improves (~2 ms each, so a chunk stays near 100 ms in the background). */
  reparseChunkReports: 50,
  // ── Lengths of a report document's fields: one value for the parser's schema, the messages and backups ──
  /** A page headline or report title (the longest real ones, with the meeting's name, run ~80 characters). */
  maxHeadlineChars: 300,
  /** A region's name (内蒙古自治区 … the longest county names are ~10 characters). */
  maxRegionNameChars: 40,
  /** The meeting line (平遥县第十七届人民代表大会第二次会议 is 18). */
  maxMeetingChars: 120,
  /** A speaker's name or title (代县长). */
  maxSpeakerChars: 20,
  /** An outline heading: part titles are short; 200 keeps a whole lead-in sentence. */
  maxOutlineTitleChars: 200,
  /** A figure's indicator name as the report words it (规模以上工业增加值). */
  maxFigureNameChars: 60,
  /** A figure's unit (亿元, 个百分点). */
  maxUnitChars: 12,
  /** A browser's error message kept with a failed write, for a bug report. */
  maxProblemDetailChars: 500,
  /** A tooltip is never taller than this (a 1,000-character definition made it taller than the window); longer content scrolls inside it. */
  tooltipMaxHeightPx: 360,
  /** A title line is short (2020年柳林县人民政府工作报告, with its session line ~70 characters); a longer line is a paragraph, whose 政府工作报告 names no page. */
  titleLineMaxChars: 80,
  /** A flattened table's header is found this many rows above a row at most: the longest table of targets in a report has ~30 rows. */
  tableHeaderMaxLines: 40,
  /** The label of a table row (规模以上工业增加值增长) is short; a subject further into its line is prose. */
  tableLabelMaxChars: 20,
} as const;

/**
 * Tunables of region resolution (lib/region). A separate object because LIMITS is bundled into
 * the content script whole, and region resolution runs only in the background and the CLI.
 */
export const REGION_LIMITS = {
  /** The meeting and speaker lines stand above 各位代表, within the first few hundred characters; 1,500 also covers a page's breadcrumb and date lines. */
  headChars: 1500,
  /** A head line longer than this is body text, not a title, meeting or speaker line. */
  headLineMaxChars: 120,
  /** Month assumed for a report whose date is unknown: local congresses meet in January to March of the plan year. */
  sessionMonth: 2,
  /** Readings of a polyphonic place name tried as hostname keys (尉犁: weili, yuli); more only adds chance matches. */
  hostMaxReadings: 8,
  /** Initials shorter than this (ly, gl) name dozens of places, so they are no hostname key for a county or city. */
  hostMinInitials: 3,
  /** Images looked at for a header logo naming the government: the header comes first in the page, before article images. */
  logoImages: 20,
  // ── The user's choices of place (issue 17, second half) ──
  /** Sites with a remembered choice: a researcher meets a few dozen ambiguous sites; the item in storage.local stays a few KB. */
  maxRegionChoiceSites: 500,
  /** Region names remembered per site: a site publishes its own unit's reports, and now and then a merged unit's. */
  maxRegionChoicesPerSite: 20,
  /** A hostname (DNS allows 253 characters). */
  maxHostChars: 253,
  /** Candidates the panel offers: the most widespread names (城关镇-like 鼓楼区, 通州区, 城关区) have under a dozen units; more is no choice a click can make. */
  maxRegionCandidates: 30,
  /** Stored reports of one site and name that a choice resolves at once (the rest wait for the next re-parse). */
  maxReportsPerChoice: 200,
} as const;

/**
 * Tunables of explanations from the library's other reports (lib/library/explanations.ts). A
 * separate object because LIMITS is bundled into the content script whole, and these run only in
 * the background and the side panel.
 */
export const LIBRARY_LIMITS = {
  /** Differing definitions of one term listed from the library (the panel's glossary shows them all up to this; the tooltip one and a count). */
  explanationsPerTerm: 20,
  /** Saved reports' definitions of one term the glossary view reads (a term every county defines stays readable). */
  listedRowsPerTerm: 200,
  /** Terms the library matches in a page only when at least this long: a one-character "term" from a damaged appendix would match everywhere. */
  minTermChars: 2,
  /**
   * Characters of an export (CSV, backup) packed into one Blob part while it is written: big enough
   * that 45 MB of CSV is ~45 parts, small enough that the strings waiting to be packed stay ~2 MB of heap.
   */
  exportBlobPartChars: 1_000_000,
} as const;

/**
 * Tunables of the batch extractor (scripts/extract.ts). Apart from LIMITS for the same reason as
 * REGION_LIMITS: nothing of the extension bundles them.
 */
export const CLI_LIMITS = {
  /**
   * Files started but not yet printed, per worker thread: a worker that finishes ahead of a slow
   * file (a large PDF at the head of the order) goes on with one more instead of waiting, and the
   * main thread never holds more than this many finished outputs per worker, whatever the folder's size.
   */
  pendingResultsPerJob: 2,
  /** The terminal's progress line is redrawn at most this often: fast enough to look alive, rare enough to cost nothing at hundreds of files a second. */
  progressIntervalMs: 200,
} as const;
