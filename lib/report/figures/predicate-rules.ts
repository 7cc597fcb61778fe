/**
 * The rules that read one predicate after a subject, each named for the explain trace. rules.ts
 * lists them in the order they are tried; the first that applies reads the predicate.
 */
import { LIMITS } from '../../limits.ts';
import type { Cursor } from './cursor.ts';
import { FLAT, isByVerb, readingsOf, readLeads, SYNC, VERB_BY, VERB_TO, type Segment } from './predicates.ts';
import type { Reading, RuleName } from './types.ts';
import { MILESTONE_VERB, readValues, THRESHOLD } from './values.ts';

export interface PredicateRule {
  name: RuleName;
  /** Reads one predicate at the cursor; null when the rule does not apply (the caller restores the cursor and the flags). */
  read(cur: Cursor, segment: Segment): Reading[] | null;
}

/** The verb of a predicate: "to" first, then "by". */
function takeVerb(cur: Cursor): string | null {
  return cur.take(VERB_TO) ?? cur.take(VERB_BY);
}

const noValue = (segment: Segment, qualifier: 'flat' | 'sync'): Reading[] =>
  segment.subjects.flatMap(({ indicator, name }) =>
    indicator === null
      ? []
      : [
          {
            subject: { indicator, name },
            measure: 'growth' as const,
            value: qualifier === 'flat' ? 0 : null,
            max: null,
            unit: '%',
            qualifier,
            stretch: false,
            shared: false,
            year: segment.leads.year,
            baseYear: null,
            cumulative: false,
            lastYear: segment.leads.lastYear,
            wholeYear: segment.leads.wholeYear,
            kind: null,
          },
        ],
  );

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

const FROM = /(?:从|由)/y;
/** Where a from-to predicate reaches its end value; 转为 turns to a change (由上升…，转为下降1.2%). */
const TO =
  /(?:增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|上升到|上升至|下降到|下降至|降低到|降低至|回落到|回落至|扩大到|扩大至|增至|降至|降到|升至|达到|[，,]?转为|到|至)/y;
const NOT_IN_FROM_PART = /[；;。！？!?\n]/;

/**
 * 从26.6万亿元增加到51.9万亿元, 由2007年的1.4%提高到2012年的1.97%, 由前三年分别上升…，转为下降1.2%:
 * the end value is the figure; the start is a base of an earlier year and yields none. The end
 * is the first 增加到/提高到/… after a start that holds a number, within LIMITS.fromToMaxChars.
 */
export const fromToRule: PredicateRule = {
  name: 'from-to',
  read(cur, segment) {
    if (cur.take(FROM) === null) return null;
    const from = cur.pos;
    const ceiling = Math.min(cur.limit, from + LIMITS.fromToMaxChars);
    let to: string | null = null;
    let sawNumber = false;
    for (let p = from + 1; p < ceiling && to === null; p++) {
      const c = cur.text[p - 1]!;
      if (NOT_IN_FROM_PART.test(c)) return null;
      sawNumber ||= c >= '0' && c <= '9';
      cur.pos = p;
      to = sawNumber ? cur.take(TO) : null;
    }
    if (to === null) return null;
    readLeads(cur, segment.leads);
    if (to.endsWith('转为')) {
      const verb = cur.take(VERB_BY);
      const values = verb === null ? [] : readValues(cur, segment.leads.respectively);
      return values.length === 0 ? null : readingsOf({ values, verb, segment });
    }
    const values = readValues(cur, segment.leads.respectively);
    return values.length === 0 ? null : readingsOf({ values, verb: to, segment });
  },
};

/** 突破90万亿元, 超过6000万人, 跨过3000亿元: a level passed, at least that. */
export const thresholdRule: PredicateRule = {
  name: 'threshold',
  read(cur, segment) {
    const word = cur.take(THRESHOLD);
    if (word === null) return null;
    readLeads(cur, segment.leads);
    const values = readValues(cur, segment.leads.respectively);
    return values.length === 0 ? null : readingsOf({ values, verb: null, segment, qualifier: 'atLeast' });
  },
};

/**
 * 跃上500亿元台阶, 首次跃上1.4万亿斤新台阶: a round level reached. Alone it is the level; when its
 * clause then gives the exact value (跃上500亿元台阶，达到512.3亿元) that one is kept (dedupe).
 */
export const milestoneRule: PredicateRule = {
  name: 'milestone',
  read(cur, segment) {
    if (cur.take(MILESTONE_VERB) === null) return null;
    readLeads(cur, segment.leads);
    const values = readValues(cur, segment.leads.respectively);
    return values.length === 0 ? null : readingsOf({ values, verb: null, segment });
  },
};

/** A noun of change (涨幅, 增速) and the level it is held to: 涨幅控制在4%左右, 增速为7%, 涨幅在3%以内. */
const CHANGE_NOUN = /^(?:涨幅|增幅|增速|降幅|增长率)$/;
const HELD_AT = /(?:控制在|保持在|稳定在|回落到|回落至|达到|为|在)/y;

/** A change named as a target before its value: 生产总值增长预期目标为12.5%左右, 增长目标确定为11%左右. */
const TARGET_WORDS = /(?:的)?(?:预期)?目标(?:值)?(?:确定为|设定为|定为|为|是)?/y;

/** A verb and its values: 增长6%左右, 达到204.6亿元, 分别增长5.5%和6.5%以上, 涨幅控制在3%. */
export const verbValueRule: PredicateRule = {
  name: 'verb-value',
  read(cur, segment) {
    const verb = takeVerb(cur);
    if (verb === null) return null;
    readLeads(cur, segment.leads);
    if (isByVerb(verb)) cur.take(TARGET_WORDS);
    if (CHANGE_NOUN.test(verb)) cur.take(HELD_AT);
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

/** A short statement without a number up to the next comma: 屡创历史新高，(去年达到1.09万亿斤). */
const ASIDE_CLAUSE = /[^，,；;。：:！？!?\d%\n]{1,16}(?=[，,])/y;

/**
 * An aside right after the subject that states no number (屡创历史新高, 2018年突破百亿元大关): it
 * yields nothing, and the clause goes on when the next segment reads like a predicate
 * (粮食产量屡创历史新高，去年达到1.09万亿斤).
 */
export const asideRule: PredicateRule = {
  name: 'aside',
  read(cur, segment) {
    if (segment.index > 0) return null;
    return cur.take(ASIDE_CLAUSE) === null ? null : [];
  },
};
