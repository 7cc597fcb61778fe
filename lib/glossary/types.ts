/**
 * The built-in glossary: jargon that recurs in local government work reports,
 * explained in this project's own words.
 */

/** What kind of jargon an entry is; the side panel groups and filters by it. */
export type GlossaryCategory =
  | 'formula' // numbered political/policy formulas: 六稳, 两不愁三保障, 四个全面
  | 'policy' // named national policies and campaigns: 放管服, 河长制, 双减
  | 'programme' // provincial or local programmes: 晋兴板, 六新, 四为四高两同步
  | 'economy' // economic and industrial terms: 专精特新, 小升规, 新质生产力
  | 'statistics' // statistical and fiscal terms: 规上企业, 一般公共预算收入
  | 'rural' // agriculture and rural revitalisation: 高标准农田, 三权分置
  | 'ecology' // environment and energy: 双碳, 能耗双控, 蓝天保卫战
  | 'society' // public services, welfare, safety: 医联体, 一老一小
  | 'governance'; // administration, party and government building: 一肩挑, 三重一大

export interface BuiltinGlossaryEntry {
  /** The canonical form, without quotation marks: 六稳 */
  term: string;
  /** Other spellings that mean the same entry (punctuated, abbreviated, long form): 两不愁、三保障 */
  variants: string[];
  /** Chinese definition, one to three sentences, in this project's own words. */
  definition: string;
  /** Short English gloss for foreign readers. */
  english: string;
  category: GlossaryCategory;
  /** 'national', or the province (in Chinese, e.g. '山西') for provincial programmes. */
  scope: string;
  /** Year the term appeared or was first promoted, where known; null when not sure. */
  since: number | null;
  /**
   * Last year the term was current, for retired terms: a plan period's last year (十五: 2005), a
   * policy's end (两基: 2011). Absent for terms still in use or not known to be retired.
   */
  until?: number;
  /**
   * The term itself is matched only where the text quotes it (its variants everywhere): 十五 is
   * the plan period in “十五” and a number in 十五届 or 二十五.
   */
  quotedOnly?: true;
}
