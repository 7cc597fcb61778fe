/**
 * The document the parser produces for a page: the contract between the parser, the database,
 * the side panel, the CSV export and the command-line extractor (see README, "The report document").
 */
import type { ReasonCode } from './detect-reasons.ts';

/** Indicator keys of the vocabulary; the wordings that map to each live in lib/report/indicators.ts. */
export type IndicatorKey =
  | 'gdp'
  | 'industry_va'
  | 'fai'
  | 'retail'
  | 'budget_revenue'
  | 'fiscal_revenue'
  | 'urban_income'
  | 'rural_income'
  | 'resident_income'
  | 'new_urban_jobs'
  | 'unemployment_registered'
  | 'unemployment_surveyed'
  | 'cpi'
  | 'energy_intensity'
  | 'forest_coverage'
  | 'grain_output'
  | 'trade'
  | 'fdi'
  | 'urbanization'
  | 'rd_intensity';

/**
 * growth: percent change on the year before; level: an amount with its unit; rate: a ratio that is
 * itself a percent level; change: percentage points; avgGrowth: average annual growth over a plan period.
 */
export type Measure = 'growth' | 'level' | 'rate' | 'change' | 'avgGrowth';

/** 左右 about; 以上 atLeast; 以内 atMost; 6%—6.5% range; 持平 flat; 与经济增长同步 sync; 力争 strive. */
export type Qualifier = 'exact' | 'about' | 'atLeast' | 'atMost' | 'range' | 'flat' | 'sync' | 'strive';

/** nation: the State Council's report (region 全国). County-level cities are 'county', autonomous prefectures 'city'. */
export type RegionLevel = 'nation' | 'province' | 'city' | 'county' | 'district';

/** A target (plan part) or an actual (review part). */
export type FigureKind = 'target' | 'actual';

/** One quantified statement about one indicator: "地区生产总值增长6%左右". */
export interface Figure {
  indicator: IndicatorKey;
  /** The indicator's wording in the text. */
  name: string;
  measure: Measure;
  /** null only for qualifier 'sync'. */
  value: number | null;
  /** Upper bound, only for qualifier 'range'. */
  max: number | null;
  /** As in the text: % 亿元 万元 元 万人 人 万吨 亿公斤 pp ... */
  unit: string;
  qualifier: Qualifier;
  /** The year the figure is for: planYear, reviewYear, or a plan horizon such as 2025. */
  year: number;
  /** The clause it came from, as in the text. */
  quote: string;
  /** Offsets of the quote in the report text (ParsedPage.text), for jump-to-source. */
  start: number;
  end: number;
}

/** What a page is. Everything but 'report' is a near miss the UI names. */
export type PageKind =
  | 'report' // 政府工作报告
  | 'news' // news of the congress session that mentions the report
  | 'list' // a list of reports or documents
  | 'plan' // 国民经济和社会发展计划执行情况与计划草案的报告
  | 'budget' // 预算执行情况和预算草案的报告
  | 'statistics' // 统计公报
  | 'interpretation' // 解读
  | 'infographic' // 一图读懂
  | 'other';

/** One thing the detector saw; the side panel words it through lib/i18n.ts. */
export interface DetectionReason {
  code: ReasonCode;
  /** Links on a list page, characters of the text. */
  count?: number;
}

export interface Detection {
  isReport: boolean;
  kind: PageKind;
  /** 0..1 */
  confidence: number;
  /** What the detector saw, in the order it looked (codes in lib/report/detect-reasons.ts). */
  reasons: DetectionReason[];
}

/** An entry of the report's own glossary appendix (名词解释, 报告用语注释 ...). */
export interface GlossaryEntry {
  term: string;
  definition: string;
  /** The entry's number in the appendix, which inline footnote markers ([3]) refer to. */
  number: number | null;
}

/**
 * A term the report's body explains where it uses it: “三个一”：一个…、一个…、一个…;
 * “两基”（基本普及九年义务教育和基本扫除青壮年文盲）; 零上访、零事故、零案件“三零”.
 */
export interface BodyGlossaryEntry {
  term: string;
  definition: string;
  /** Offsets of the explaining passage (the term and its explanation) in the report text, for jump-to-source. */
  start: number;
  end: number;
}

export interface OutlineItem {
  /** 1 for parts (一、… or unnumbered part titles), 2 for sections (（一）…). */
  level: number;
  title: string;
  /** Offset of the heading in the report text. */
  start: number;
}

/**
 * Where an explanation comes from, in order of precedence: the report's 名词解释 appendix, the
 * report's body (a term it explains where it uses it), the user's terms, the built-in glossary.
 */
export type TermSource = 'report' | 'body' | 'user' | 'builtin' | 'none';

/** A piece of jargon found in the text. */
export interface TermUse {
  term: string;
  count: number;
  source: TermSource;
  /** The definition of the highest-precedence source; null when source is 'none'. */
  definition: string | null;
  /** Offset of the first use in the report text. */
  first: number;
  /** The sentence of the first use, for unexplained terms. */
  sentence: string;
}

/**
 * Where a report comes from. The parser fills name and level; region resolution (lib/region) adds
 * province, prefecture and code. Absent fields: not resolved yet (the parser's own output, documents
 * stored before resolution existed); null: resolution found no single unit (ambiguous, fictional, the nation).
 */
export interface Region {
  /** As the report writes it: 柳林县, 黔西南州, 全国. */
  name: string;
  level: RegionLevel;
  /** Official name of the province-level unit: 山西省, 内蒙古自治区, 北京市; the unit itself for a province. */
  province?: string | null;
  /**
   * Official name of the prefecture-level unit: 吕梁市 for 柳林县; the unit itself for a city or
   * autonomous prefecture; the municipality for its districts; null for a province and for
   * county-level units directly under a province (仙桃市).
   */
  prefecture?: string | null;
  /** GB/T 2260 six-digit code of the unit itself (141125 for 柳林县). */
  code?: string | null;
}

export interface ReportDocument extends Detection {
  /** Page headline (政府工作报告, or the news title of a near miss). */
  title: string | null;
  region: Region | null;
  meeting: string | null;
  /** ISO date of the meeting session; null when the page does not say. */
  date: string | null;
  speaker: { name: string; title: string } | null;
  reviewYear: number | null;
  planYear: number | null;
  targets: Figure[];
  actuals: Figure[];
  glossary: GlossaryEntry[];
  /** Terms the body explains in passing (absent in documents parsed before parser version 3). */
  bodyGlossary?: BodyGlossaryEntry[];
  outline: OutlineItem[];
  terms: TermUse[];
  /** Bumped whenever the parser's output changes, so stored reports can be re-parsed. */
  parserVersion: number;
}

/** An inline footnote marker ([1]) in the report text, pointing at a 注释 entry by number. */
export interface FootnoteMarker {
  number: number;
  /** Offsets in the report text. */
  start: number;
  end: number;
}

/** The parser's result: the document plus the report text its offsets refer to. */
export interface ParsedPage {
  report: ReportDocument;
  /** The main article text, blocks separated by "\n". */
  text: string;
  footnotes: FootnoteMarker[];
}
