/**
 * Predicates: what is said of a subject. Leads (分别, 同比, 力争 …) set flags and are otherwise
 * skipped; verbs say whether the value is the level reached ("to": 达到, 控制在) or a change
 * ("by": 增长, 下降); the rules below read one predicate each and are tried in the order rules.ts
 * lists them.
 */
import type { IndicatorKey, Measure } from '../types.ts';
import { RATE_INDICATORS } from '../indicators.ts';
import type { Cursor } from './cursor.ts';
import type { Subject } from './subjects.ts';
import { INDICATOR_UNITS, readValues, type Value } from './values.ts';
import type { Notes, Reading, RuleName } from './types.ts';

/** Words between a subject and its verb, or between verbs, that change nothing or set a flag. */
export const LEAD =
  /(?:分别|同比|比上年同期|较上年同期|比上年|较上年|比去年|较去年|(?:比|较)(?:19|20)\d{2}年|全年|预计|初步核算|力争|确保|努力|争取|要|将|可|能|继续|稳定(?!在)|保持(?!在)|总量|人数|总额|规模|年均|平均|每年|也|均|都|的)/y;
/** "to X": the value is a level (or, for a rate indicator, the rate). Longest alternatives first. */
export const VERB_TO =
  /(?:增长到|增长至|增加到|增加至|提高到|提高至|提升到|提升至|下降到|下降至|降至|降到|降低到|降低至|回落到|回落至|达到|突破|超过|控制在|稳定在|保持在|维持在|实现|完成|达|为|是|至|到)/y;
/** "by X": the value is a change. */
export const VERB_BY =
  /(?:年均增长|年均增速|年均递增|平均增长|增长率|增长|增速|增幅|上涨|涨幅|递增|增加|提高|提升|下降|降低|减少|回落|下滑)/y;
const NEGATIVE_VERB = /^(?:下降|降低|减少|回落|下滑)$/;
const AVERAGE_VERB = /^(?:年均增长|年均增速|年均递增|平均增长)$/;
export const FLAT = /(?:(?:与|和|同|比|较)(?:上年|去年|上一年)(?:同期)?)?(?:基本)?持平/y;
export const SYNC =
  /(?:基本)?(?:与|和|同)(?:经济增长|经济发展|经济|地区生产总值增长|生产总值增长|GDP增长)(?:基本)?(?:保持)?同步(?:增长)?|同步增长/y;

/** Flags the leads of a predicate set. */
export interface Leads {
  /** 分别: values pair with subjects in order, and commas separate values. */
  respectively: boolean;
  /** 力争/争取: a stretch goal. */
  strive: boolean;
  /** 年均/平均/每年: an average over a period. */
  average: boolean;
}

/** One predicate being read: its subjects, its place in the clause and the flags of its leads. */
export interface Segment {
  subjects: Subject[];
  /** 0 for the predicate right after the subject; later ones follow a comma. */
  index: number;
  leads: Leads;
  notes: Notes | null;
}

export interface PredicateRule {
  name: RuleName;
  /** Reads one predicate at the cursor; null when the rule does not apply (the caller restores the cursor). */
  read(cur: Cursor, segment: Segment): Reading[] | null;
}

export function readLeads(cur: Cursor, leads: Leads): void {
  for (let lead = cur.take(LEAD); lead !== null; lead = cur.take(LEAD)) {
    if (lead === '分别') leads.respectively = true;
    else if (lead === '力争' || lead === '争取') leads.strive = true;
    else if (lead === '年均' || lead === '平均' || lead === '每年') leads.average = true;
  }
}

function isByVerb(verb: string): boolean {
  VERB_BY.lastIndex = 0;
  const m = VERB_BY.exec(verb);
  return m !== null && m[0] === verb;
}

/** Measure of a value from its unit, the verb and the indicator; null when the value is no figure of the indicator. */
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
  if (unit === 'pp') return 'change';
  if (unit === '%' || unit === '‰') {
    if (average) return 'avgGrowth';
    if (indicator === 'cpi') return 'rate';
    const isBy = verb !== null && isByVerb(verb);
    if (RATE_INDICATORS.has(indicator)) return isBy ? null : 'rate';
    return 'growth';
  }
  // An amount after "by" (增加1.2亿元) is an increase, not the indicator's level.
  if (verb !== null && isByVerb(verb)) return null;
  return 'level';
}

/** Values paired with subjects: one each in order, or one value for all; else nothing. */
function pairs(subjects: Subject[], values: Value[]): [Subject, Value][] {
  if (values.length === subjects.length) return subjects.map((s, i) => [s, values[i]!]);
  if (values.length === 1) return subjects.map((s) => [s, values[0]!]);
  return [];
}

/** The figures a list of values gives its subjects, after a verb (or none). */
function readingsOf({ values, verb, segment }: { values: Value[]; verb: string | null; segment: Segment }): Reading[] {
  const { subjects, leads, notes } = segment;
  const paired = pairs(subjects, values);
  if (paired.length === 0) notes?.drop('values-do-not-match-subjects', `${values.length} values, ${subjects.length} subjects`);
  const negative = verb !== null && NEGATIVE_VERB.test(verb);
  const average = leads.average || (verb !== null && AVERAGE_VERB.test(verb));
  const readings: Reading[] = [];
  for (const [subject, v] of paired) {
    if (v.unit === null || !INDICATOR_UNITS.has(v.unit)) {
      notes?.drop('unit-outside-vocabulary', v.unit === null ? `${v.value} with no unit` : `${v.value}${v.unit}`);
      continue;
    }
    const measure = measureOf({ indicator: subject.indicator, unit: v.unit, verb, average });
    if (measure === null) {
      notes?.drop(v.unit === '%' || v.unit === '‰' ? 'rate-change-without-points' : 'amount-of-change', verb ?? '');
      continue;
    }
    const sign = negative && (measure === 'growth' || measure === 'change' || measure === 'avgGrowth') ? -1 : 1;
    readings.push({
      subject,
      measure,
      value: v.value * sign,
      max: v.max === null ? null : v.max * sign,
      unit: v.unit,
      qualifier: v.qualifier ?? 'exact',
      stretch: leads.strive,
    });
  }
  return readings;
}

/** The verb of a predicate: "to" first, then "by". */
function takeVerb(cur: Cursor): string | null {
  return cur.take(VERB_TO) ?? cur.take(VERB_BY);
}

const noValue = (segment: Segment, qualifier: 'flat' | 'sync'): Reading[] =>
  segment.subjects.map((subject) => ({
    subject,
    measure: 'growth',
    value: qualifier === 'flat' ? 0 : null,
    max: null,
    unit: '%',
    qualifier,
    stretch: false,
  }));

/** 与上年持平, 增长与上年基本持平: growth 0, flat. */
export const flatRule: PredicateRule = {
  name: 'flat',
  read(cur, segment) {
    if (takeVerb(cur) !== null) readLeads(cur, segment.leads);
    return cur.take(FLAT) === null ? null : noValue(segment, 'flat');
  },
};

/** 与经济增长同步, 增长和经济发展基本同步: growth without a value, sync. */
export const syncRule: PredicateRule = {
  name: 'sync',
  read(cur, segment) {
    if (takeVerb(cur) !== null) readLeads(cur, segment.leads);
    return cur.take(SYNC) === null ? null : noValue(segment, 'sync');
  },
};

/** A verb and its values: 增长6%左右, 达到204.6亿元, 分别增长5.5%和6.5%以上. */
export const verbValueRule: PredicateRule = {
  name: 'verb-value',
  read(cur, segment) {
    const verb = takeVerb(cur);
    if (verb === null) return null;
    readLeads(cur, segment.leads);
    const values = readValues(cur, segment.leads.respectively);
    return values.length === 0 ? null : readingsOf({ values, verb, segment });
  },
};

/**
 * Values right after the subject, with no verb: 地区生产总值53.11亿元. A later predicate needs a
 * verb, except a stretch figure (增长8%，力争10%).
 */
export const bareValueRule: PredicateRule = {
  name: 'bare-value',
  read(cur, segment) {
    if (segment.index > 0 && !segment.leads.strive) return null;
    const values = readValues(cur, segment.leads.respectively);
    return values.length === 0 ? null : readingsOf({ values, verb: null, segment });
  },
};
