/**
 * Predicates: what is said of a subject. Leads (分别, 同比, 实际, 力争, 2020年 …) set flags and are
 * otherwise skipped, as are insertions (扣除价格因素，); verbs say whether the value is the level
 * reached ("to": 达到, 控制在) or a change ("by": 增长, 下降). The rules that read a predicate
 * (predicate-rules.ts) build on these.
 */
import type { IndicatorKey, Measure, Qualifier } from '../types.ts';
import { RATE_INDICATORS } from '../indicators.ts';
import type { Cursor } from './cursor.ts';
import { mentionAt, type Subject } from './subjects.ts';
import { ASIDE, INDICATOR_UNITS, type Value } from './values.ts';
import type { Notes, Reading } from './types.ts';

/** Words between a subject and its verb, or between verbs, that change nothing or set a flag. Longest alternatives first. */
export const LEAD =
  /(?:分别|同比|比上年同期|较上年同期|(?:比|较)上年(?:末|底)?|比去年|较去年|(?:比|较)(?:19|20)\d{2}年(?:底|末)?|(?:到|至)(?:19|20)\d{2}年(?:底|末)?|(?:19|20)\d{2}年(?:底|末)?(?:的)?|连续(?:\d{1,2}|[一二三四五六七八九十两]{1,3})年|全年|预计|预期|初步核算|力争|确保|努力|争取|继续|稳定(?!在)|保持(?!在)|总量|人数|人员|总额|规模|年均|平均|每年|五年|实际|可比|同口径|名义|首次|累计|去年|当年|年末|年底|要|将|可|能|也|均|都|仅|只|的)/y;
/**
 * Insertions that qualify how a value was computed or what moved it, with or without their comma:
 * 扣除价格因素，分别增长…; 按可比口径增长7.2%; 剔除留抵退税因素后同口径增长15.2%; 受疫情冲击下降3.4%.
 */
export const INSERTION =
  /(?:扣除价格因素(?:后)?|按(?:可比价格|可比价|可比口径|同口径|现价)(?:计算)?|剔除[^，,。；;\n]{1,20}?因素(?:后|影响)?|受[^，,。；;\d\n]{1,12}?(?:影响|冲击|拖累))[，,]?/y;
/** "to X": the value is a level (or, for a rate indicator, the rate). Longest alternatives first. */
export const VERB_TO =
  /(?:增长到|增长至|增加到|增加至|提高到|提高至|提升到|提升至|上升到|上升至|下降到|下降至|降至|降到|降低到|降低至|回落到|回落至|恢复到|恢复至|增至|升至|达到|控制在|稳定在|保持在|维持在|实现|完成|达|为|是|在|至|到)/y;
/** "by X": the value is a change. */
export const VERB_BY =
  /(?:年均增长|年均增速|年均递增|平均增长|增长率|增长|增速|增幅|上涨|涨幅|递增|增加|提高|提升|上升|下降|降幅|降低|减少|回落|下滑|增产|减产)/y;
const NEGATIVE_VERB = /^(?:下降|降幅|降低|减少|回落|下滑|减产)$/;
const AVERAGE_VERB = /^(?:年均增长|年均增速|年均递增|平均增长)$/;
export const FLAT = /(?:(?:与|和|同|比|较)(?:上年|去年|上一年)(?:同期)?)?(?:基本)?持平/y;
export const SYNC =
  /(?:基本)?(?:与|和|同)(?:经济增长|经济发展|经济|地区生产总值增长|生产总值增长|GDP增长|国内生产总值增长)(?:基本)?(?:保持)?同步(?:增长)?|同步增长/y;

/** Flags the leads of a predicate set. */
export interface Leads {
  /** 分别: values pair with subjects in order, and commas separate values. */
  respectively: boolean;
  /** 力争/争取: a stretch goal. */
  strive: boolean;
  /** 年均/平均/每年: an average over a period. */
  average: boolean;
  /** 累计: a total over a period. */
  cumulative: boolean;
  /** 2000年达…: the year the value is for, when the predicate names it. */
  year: number | null;
  /** 比2015年增长60%: growth against a base year (比上年, the year before, is not flagged). */
  baseYear: number | null;
  /** 去年达到…: said of the year before, even inside the plan part. */
  lastYear: boolean;
  /** 全年…: said of the whole year, after a part of it (前三季度增长7.2%，预计全年增长7%). */
  wholeYear: boolean;
}

export const noLeads = (): Leads => ({
  respectively: false,
  strive: false,
  average: false,
  cumulative: false,
  year: null,
  baseYear: null,
  lastYear: false,
  wholeYear: false,
});

/** One predicate being read: its subjects, its place in the clause and the flags of its leads. */
export interface Segment {
  subjects: Subject[];
  /** Subjects of the clauses before this one in the same sentence, each with one value (A 9422元，B 2936元，分别增长…). */
  earlier: Subject[];
  /** 0 for the predicate right after the subject; later ones follow a comma. */
  index: number;
  leads: Leads;
  notes: Notes | null;
}

/** Reads leads, insertions and asides (同比(下同)增长) at the cursor, setting flags; stops before a mention (实际 of 实际利用外资). */
export function readLeads(cur: Cursor, leads: Leads): void {
  for (;;) {
    if (mentionAt(cur.text, cur.pos) !== null) return;
    const lead = cur.take(LEAD) ?? cur.take(INSERTION) ?? cur.take(ASIDE);
    if (lead === null) return;
    if (lead === '分别') leads.respectively = true;
    else if (lead === '力争' || lead === '争取') leads.strive = true;
    else if (lead === '年均' || lead === '平均' || lead === '每年') leads.average = true;
    else if (lead === '累计') leads.cumulative = true;
    else if (lead === '去年') leads.lastYear = true;
    else if (lead === '全年') leads.wholeYear = true;
    else if (/^[比较]\d{4}/.test(lead)) leads.baseYear = Number(lead.slice(1, 5));
    else if (/^\d{4}年/.test(lead)) leads.year = Number(lead.slice(0, 4));
    else if (/^[到至]\d{4}年/.test(lead)) leads.year = Number(lead.slice(1, 5));
  }
}

export function isByVerb(verb: string): boolean {
  VERB_BY.lastIndex = 0;
  const m = VERB_BY.exec(verb);
  return m !== null && m[0] === verb;
}

/**
 * Measure of a value from its unit, the verb and the indicator; null when the value is no figure
 * of the indicator. An average of a rate's level (失业率平均为5.1%) is the rate; an average change
 * (年均增长, 年均上涨) is avgGrowth.
 */
function measureOf({
  indicator,
  unit,
  verb,
  average,
}: {
  indicator: IndicatorKey;
  unit: string;
  verb: string | null;
  average: boolean;
}): Measure | null {
  // An average yearly change in points (城镇化率年均提高1.2个百分点) is neither the year's change nor a growth rate.
  if (unit === 'pp') return average ? null : 'change';
  const isBy = verb !== null && isByVerb(verb);
  if (unit === '%' || unit === '‰') {
    const isRate = RATE_INDICATORS.has(indicator);
    if (average && (isBy || !isRate)) return 'avgGrowth';
    if (indicator === 'cpi') return 'rate';
    if (isRate) return isBy ? null : 'rate';
    return 'growth';
  }
  // An amount after "by" (增加1.2亿元) is an increase, not the indicator's level.
  return isBy ? null : 'level';
}

/** Values paired with subjects: one each in order (with the subjects of earlier clauses first when they need one too), or one value for all. */
function pairs(segment: Segment, values: Value[]): { subject: Subject; value: Value; shared: boolean }[] {
  const { subjects, earlier } = segment;
  if (values.length === subjects.length) return subjects.map((subject, i) => ({ subject, value: values[i]!, shared: false }));
  if (values.length === 1) return subjects.map((subject) => ({ subject, value: values[0]!, shared: false }));
  if (values.length === earlier.length + subjects.length) {
    return [...earlier, ...subjects].map((subject, i) => ({ subject, value: values[i]!, shared: i < earlier.length }));
  }
  return [];
}

/** The figures a list of values gives its subjects, after a verb (or none). */
export function readingsOf({
  values,
  verb,
  segment,
  qualifier = null,
}: {
  values: Value[];
  verb: string | null;
  segment: Segment;
  /** The qualifier the predicate implies (突破 → atLeast) when the value has none of its own. */
  qualifier?: Qualifier | null;
}): Reading[] {
  const { leads, notes } = segment;
  const paired = pairs(segment, values);
  if (paired.length === 0) notes?.drop('values-do-not-match-subjects', `${values.length} values, ${segment.subjects.length} subjects`);
  const negative = verb !== null && NEGATIVE_VERB.test(verb);
  const average = leads.average || (verb !== null && AVERAGE_VERB.test(verb));
  const readings: Reading[] = [];
  for (const { subject, value: v, shared } of paired) {
    if (subject.indicator === null) {
      notes?.drop('look-alike', subject.name);
      continue;
    }
    if (v.unit === null || !INDICATOR_UNITS.has(v.unit)) {
      notes?.drop('unit-outside-vocabulary', v.unit === null ? `${v.value} with no unit` : `${v.value}${v.unit}`);
      continue;
    }
    const measure = measureOf({ indicator: subject.indicator, unit: v.unit, verb, average });
    if (measure === null) {
      notes?.drop(
        v.unit === 'pp' ? 'average-points' : v.unit === '%' || v.unit === '‰' ? 'rate-change-without-points' : 'amount-of-change',
        verb ?? '',
      );
      continue;
    }
    // 下降2% is growth −2; 居民消费价格下降0.7% is a price index rate of −0.7.
    const signed =
      measure === 'growth' ||
      measure === 'change' ||
      measure === 'avgGrowth' ||
      (subject.indicator === 'cpi' && verb !== null && isByVerb(verb));
    const sign = negative && signed ? -1 : 1;
    readings.push({
      subject: { indicator: subject.indicator, name: subject.name },
      measure,
      value: v.value * sign,
      max: v.max === null ? null : v.max * sign,
      unit: v.unit,
      qualifier: v.qualifier ?? qualifier ?? 'exact',
      stretch: leads.strive,
      shared,
      year: leads.year,
      baseYear: leads.baseYear,
      cumulative: leads.cumulative,
      lastYear: leads.lastYear,
      wholeYear: leads.wholeYear,
      kind: null,
    });
  }
  return readings;
}
