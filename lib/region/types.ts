/**
 * Region resolution's contract: what a page tells about where a report comes from, and what the
 * resolver makes of it. The report document carries the result as region.province / prefecture /
 * code (lib/report/types.ts); the side panel's "unresolved" state shows the candidates.
 */
import type { RegionLevel } from '../report/types.ts';

/** Every kind of evidence, in the order the report's own name is looked for. */
export type EvidenceKind = 'choice' | 'name' | 'meeting' | 'address' | 'heading' | 'speaker' | 'title' | 'siteName' | 'hostname' | 'year';

/** What is known about a report's place; every field may be missing. */
export interface RegionEvidence {
  /** The region name the parser found (report.region.name): 泉山区, 黔西南州, 青岚县. */
  name?: string | null;
  /** The parser's level for it; 'nation' marks the State Council's report. */
  level?: RegionLevel | null;
  /** The meeting line as printed: ——2024年在徐州市泉山区第十届人民代表大会第三次会议上. */
  meeting?: string | null;
  /** Whom the speaker reports for, from the opening 我代表…向大会报告工作: 国务院, 县人民政府. */
  address?: string | null;
  /** The speaker's line: 吕梁市离石区人民政府区长 张三. */
  speaker?: string | null;
  /** The report's own heading lines above 各位代表, other than the meeting and speaker lines. */
  heading?: string | null;
  /** The page title (document.title): 柳林县2021年政府工作报告_柳林县人民政府. */
  title?: string | null;
  /** The site's own name: <meta name="SiteName" content="柳林县人民政府">, the header logo's alt text. */
  siteName?: string | null;
  /** Where the page was read: www.liulin.gov.cn. */
  hostname?: string | null;
  /** When the report was given (the meeting's year, and month when known): units are renamed and recoded over the years. */
  year?: number | null;
  month?: number | null;
  /** The code the user picked for this name on this site (the panel remembers it); used when it is one of the candidates. */
  chosenCode?: string | null;
}

/** A unit the report may come from, with where it lies, as the dataset names them at the report's time. */
export interface RegionCandidate {
  /** GB/T 2260 six-digit code. */
  code: string;
  /** The official name: 黔西南布依族苗族自治州 for 黔西南州. */
  name: string;
  level: RegionLevel;
  /** 山西省, 内蒙古自治区, 北京市; the unit itself for a province. */
  province: string | null;
  /**
   * The prefecture-level unit: 吕梁市 for 柳林县; the unit itself for a prefecture-level city or
   * autonomous prefecture; the municipality for its districts (北京市 for 海淀区); null for a province and
   * for county-level units directly under a province (仙桃市, 济源市, 石河子市).
   */
  prefecture: string | null;
  /** YYYYMM of the first and last dataset revision that lists this code with this name. */
  firstSeen: number;
  lastSeen: number;
}

export type RegionStatus = 'resolved' | 'ambiguous' | 'unknown';

/**
 * resolved: one unit (or the nation: level 'nation', code null). ambiguous: several units carry
 * the name and nothing tells them apart; candidates lists them. unknown: no unit of the dataset
 * carries the name (a fictional county, a unit created after the dataset), or no name was found.
 */
export interface RegionResolution {
  status: RegionStatus;
  /** The resolved unit's official name ('全国' for the nation); null unless resolved. */
  name: string | null;
  level: RegionLevel | null;
  province: string | null;
  prefecture: string | null;
  code: string | null;
  /** Every unit the evidence leaves possible; for 'resolved', the one chosen. */
  candidates: RegionCandidate[];
  /** The evidence that named the unit and told the candidates apart. */
  basis: EvidenceKind[];
}
