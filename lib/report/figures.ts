/**
 * Targets and results: every quantified statement about a vocabulary indicator.
 *
 * The text is read clause by clause, as a careful reader does: a subject (one indicator, or a list
 * such as 地区生产总值和工业增加值, 城镇和农村居民人均可支配收入), then predicates, each a verb
 * and one or more values with their qualifiers (分别增长5.5%和6.5%以上), continued across commas
 * while the next segment has no subject of its own (完成204.6亿元，与上年基本持平).
 *
 * Every pattern is a sticky regular expression tried at one position, with no nested
 * quantifiers: time is linear in the text, whatever the page holds.
 */
import type { Figure, IndicatorKey, Measure, Qualifier } from './types.ts';
import { FOREIGN_PREFIXES, FOREIGN_SUFFIXES, RATE_INDICATORS, WORDINGS_LONGEST_FIRST } from './indicators.ts';
import { horizonYear, type Part } from './outline.ts';
import { LIMITS } from '../limits.ts';

/** A figure with offsets in the normalised text (the caller maps them to the report text). */
export type RawFigure = Omit<Figure, 'quote'>;

interface Subject {
  indicator: IndicatorKey;
  name: string;
}

interface Mention {
  start: number;
  end: number;
  subjects: Subject[];
}

/** Where a clause sits: a target or a result, and for which year. */
interface Context {
  kind: 'target' | 'actual';
  year: number;
  planYear: number | null;
}

const URBAN: Subject = { indicator: 'urban_income', name: '城镇居民人均可支配收入' };
const RURAL: Subject = { indicator: 'rural_income', name: '农村居民人均可支配收入' };

/** 城镇和农村居民人均可支配收入, 城镇、农村居民…, 城乡居民人均可支配收入 → urban then rural. */
const INCOME_PAIR =
  /(?:城镇|城市)(?:常住)?(?:居民)?(?:和|与|及|、)农村(?:常住)?居民(?:人均可支配)?收入|城乡(?:常住)?居民(?:人均可支配)?收入/y;
const JOINER = /(?:和|与|及|以及|、)/y;
/** Words between a subject and its verb, or between verbs, that change nothing or set a flag. */
const LEAD =
  /(?:分别|同比|比上年同期|较上年同期|比上年|较上年|比去年|较去年|(?:比|较)(?:19|20)\d{2}年|全年|预计|初步核算|力争|确保|努力|争取|要|将|可|能|继续|稳定(?!在)|保持(?!在)|总量|人数|总额|规模|年均|平均|每年|也|均|都|的)/y;
/** "to X": the value is a level (or, for a rate indicator, the rate). Longest alternatives first. */
const VERB_TO =
  /(?:增长到|增长至|增加到|增加至|提高到|提高至|提升到|提升至|下降到|下降至|降至|降到|降低到|降低至|回落到|回落至|达到|突破|超过|控制在|稳定在|保持在|维持在|实现|完成|达|为|是|至|到)/y;
/** "by X": the value is a change. */
const VERB_BY = /(?:年均增长|年均增速|年均递增|平均增长|增长率|增长|增速|增幅|上涨|涨幅|递增|增加|提高|提升|下降|降低|减少|回落|下滑)/y;
const NEGATIVE_VERB = /^(?:下降|降低|减少|回落|下滑)$/;
const AVERAGE_VERB = /^(?:年均增长|年均增速|年均递增|平均增长)$/;
const QUALIFIER_BEFORE = /(?:大约|约|近|不低于|不少于|不超过|不高于|低于|高于)/y;
const NUMBER = /(\d{1,12}(?:,\d{3})*(?:\.\d{1,6})?)/y;
const UNIT =
  /(?:个百分点|百分点|%|‰|亿美元|万美元|美元|亿元|万元|元|万人次|人次|万人|人|万吨|吨|亿公斤|万公斤|公斤|亿斤|万斤|斤|万亩|亩|个|户|家|项|倍|座|公里|平方米|万千瓦)/y;
const RANGE_SEPARATOR = /(?:—|–|－|-|~|～|到|至)/y;
const QUALIFIER_AFTER = /(?:左右|上下|及以上|以上|以内|以下|之内)/y;
const LIST_SEPARATOR = /(?:、|和|与|及)/y;
const FLAT = /(?:(?:与|和|同|比|较)(?:上年|去年|上一年)(?:同期)?)?(?:基本)?持平/y;
const SYNC =
  /(?:基本)?(?:与|和|同)(?:经济增长|经济发展|经济|地区生产总值增长|生产总值增长|GDP增长)(?:基本)?(?:保持)?同步(?:增长)?|同步增长/y;
const SOFT_BREAK = /[，,]/y;
/** A clause ends at these. */
const HARD_BREAK = /[；;。！？!?\n]/;
/** Units the vocabulary's indicators are measured in; other units (个, 户, 座 ...) mean another thing was counted. */
const INDICATOR_UNITS = new Set([
  '%',
  '‰',
  'pp',
  '亿元',
  '万元',
  '元',
  '亿美元',
  '万美元',
  '美元',
  '万人',
  '人',
  '万吨',
  '吨',
  '亿公斤',
  '万公斤',
  '公斤',
  '亿斤',
  '万斤',
  '斤',
]);
/** Five-year horizons stated inside a sentence: 到2025年, 到“十四五”末, 今后五年. */
const SENTENCE_HORIZON =
  /到(20\d{2})年|到“?十([一二三四五六七八九])五”?(?:末|期末)|(?:今后|未来)五年|“十([一二三四五六七八九])五”(?:时期|期间)/;

interface Value {
  value: number;
  max: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  end: number;
}

/** Reads the text with a cursor, trying one sticky pattern at a time. */
class Cursor {
  readonly text: string;
  pos: number;
  readonly limit: number;

  constructor(text: string, pos: number, limit: number) {
    this.text = text;
    this.pos = pos;
    this.limit = limit;
  }

  take(pattern: RegExp): string | null {
    if (this.pos >= this.limit) return null;
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.text);
    if (!m || m.index !== this.pos || this.pos + m[0].length > this.limit) return null;
    this.pos += m[0].length;
    return m[0];
  }

  peek(pattern: RegExp): boolean {
    const saved = this.pos;
    const hit = this.take(pattern) !== null;
    this.pos = saved;
    return hit;
  }
}

/** Indicator wordings by first character, so the scan tries only wordings that can match here. */
const WORDINGS_BY_FIRST_CHAR = new Map<string, typeof WORDINGS_LONGEST_FIRST>();
for (const w of WORDINGS_LONGEST_FIRST) {
  const list = WORDINGS_BY_FIRST_CHAR.get(w.wording[0]!) ?? [];
  WORDINGS_BY_FIRST_CHAR.set(w.wording[0]!, [...list, w]);
}

/** Characters an indicator mention can start with; the scan jumps from one to the next. */
const FIRST_CHARS = new RegExp(`[${[...new Set([...WORDINGS_BY_FIRST_CHAR.keys(), '城'])].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'g');

function nextCandidate(text: string, pos: number, end: number): number {
  FIRST_CHARS.lastIndex = pos;
  const m = FIRST_CHARS.exec(text);
  return m && m.index < end ? m.index : end;
}

/** The indicator mention that starts exactly at `pos`, if any (income pairs first, then the longest wording). */
function mentionAt(text: string, pos: number): Mention | null {
  const c = text[pos]!;
  if (c === '城') {
    INCOME_PAIR.lastIndex = pos;
    const pair = INCOME_PAIR.exec(text);
    if (pair && pair.index === pos) return { start: pos, end: pos + pair[0].length, subjects: [URBAN, RURAL] };
  }
  const candidates = WORDINGS_BY_FIRST_CHAR.get(c);
  if (!candidates) return null;
  for (const { indicator, wording } of candidates) {
    if (text.startsWith(wording, pos)) return { start: pos, end: pos + wording.length, subjects: [{ indicator, name: wording }] };
  }
  return null;
}

function hasForeignPrefix(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return FOREIGN_PREFIXES.some((p) => before.endsWith(p));
}

function hasForeignSuffix(text: string, end: number): boolean {
  return FOREIGN_SUFFIXES.some((s) => text.startsWith(s, end));
}

/** Start of the clause around `pos`: just after the previous comma, semicolon, colon or full stop. */
function clauseStart(text: string, pos: number, floor: number): number {
  floor = Math.max(floor, pos - LIMITS.maxSentenceChars);
  for (let i = pos - 1; i >= floor; i--) {
    if (/[，,；;。：:！？!?\n]/.test(text[i]!)) return i + 1;
  }
  return floor;
}

/** The sentence around `pos`, at most LIMITS.maxSentenceChars each way (run-on text must not make the scan quadratic). */
function sentenceBounds(text: string, pos: number, floor: number, ceiling: number): [number, number] {
  const low = Math.max(floor, pos - LIMITS.maxSentenceChars);
  const high = Math.min(ceiling, pos + LIMITS.maxSentenceChars);
  let start = pos;
  while (start > low && !/[。！？!?\n]/.test(text[start - 1]!)) start--;
  let end = pos;
  while (end < high && !/[。！？!?\n]/.test(text[end]!)) end++;
  return [start, end];
}

function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

function normalizeUnit(unit: string | null): string | null {
  if (unit === '个百分点' || unit === '百分点') return 'pp';
  return unit;
}

/** One value with its qualifiers: 约6%, 6%左右, 6%—6.5%, 6-6.5%. */
function readValue(cur: Cursor): Value | null {
  const saved = cur.pos;
  const before = cur.take(QUALIFIER_BEFORE);
  const number = cur.take(NUMBER);
  if (number === null) {
    cur.pos = saved;
    return null;
  }
  // A year (2019年), an ordinal (第3) or a date is not a value.
  if (/^[年月日号届次期批位名]/.test(cur.text.slice(cur.pos, cur.pos + 1))) {
    cur.pos = saved;
    return null;
  }
  let unit = normalizeUnit(cur.take(UNIT));
  let max: number | null = null;
  const beforeRange = cur.pos;
  if (cur.take(RANGE_SEPARATOR) !== null) {
    const upper = cur.take(NUMBER);
    if (upper !== null) {
      const upperUnit = normalizeUnit(cur.take(UNIT));
      if (unit === null || upperUnit === null || unit === upperUnit) {
        max = parseNumber(upper);
        unit = unit ?? upperUnit;
      } else cur.pos = beforeRange;
    } else cur.pos = beforeRange;
  }
  const after = cur.take(QUALIFIER_AFTER);
  let qualifier: Qualifier | null = max !== null ? 'range' : null;
  if (qualifier === null && before) {
    if (before === '约' || before === '大约' || before === '近') qualifier = 'about';
    else if (before === '不低于' || before === '不少于' || before === '高于') qualifier = 'atLeast';
    else qualifier = 'atMost';
  }
  if (qualifier === null && after) qualifier = qualifierAfter(after);
  return { value: parseNumber(number), max, unit, qualifier, end: cur.pos };
}

function qualifierAfter(word: string): Qualifier {
  if (word === '左右' || word === '上下') return 'about';
  if (word === '以上' || word === '及以上') return 'atLeast';
  return 'atMost';
}

/** A list of values: 6%和9.4%, 36209元、15593元, 5.5%和6.5%以上 (a trailing qualifier applies to all). */
function readValues(cur: Cursor, respectively: boolean): Value[] {
  const first = readValue(cur);
  if (!first) return [];
  const values = [first];
  for (;;) {
    const saved = cur.pos;
    const separator = cur.take(LIST_SEPARATOR) ?? (respectively ? cur.take(SOFT_BREAK) : null);
    if (separator === null) break;
    const next = readValue(cur);
    if (!next) {
      cur.pos = saved;
      break;
    }
    values.push(next);
  }
  const last = values[values.length - 1]!;
  if (values.length > 1) {
    // 分别增长5.5%和6.5%以上: the qualifier and the unit after the last value apply to every value.
    for (const v of values) {
      v.qualifier ??= last.qualifier;
      v.unit ??= last.unit;
    }
  }
  return values;
}

/** Measure of a value from its unit, the verb and the indicator. */
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

function isByVerb(verb: string): boolean {
  VERB_BY.lastIndex = 0;
  const m = VERB_BY.exec(verb);
  return m !== null && m[0] === verb;
}

interface ClauseResult {
  figures: RawFigure[];
  /** End of the clause's last value (the quote ends here); -1 when the clause held no figure. */
  end: number;
  /** Where scanning may resume. */
  resume: number;
}

/**
 * Parses the predicates after a subject list, from `cur.pos`. Each predicate: leads (分别, 同比,
 * 力争 ...), an optional verb, then 持平 / 与经济增长同步 / values. Continues across a comma while
 * the next segment starts with a lead or verb rather than a new subject.
 */
function readPredicates(cur: Cursor, subjects: Subject[], context: Context, quoteStart: number): ClauseResult {
  const figures: RawFigure[] = [];
  let end = -1;
  const make = (s: Subject, f: Omit<RawFigure, 'indicator' | 'name' | 'year' | 'start' | 'end'>): void => {
    figures.push({ indicator: s.indicator, name: s.name, year: context.year, start: quoteStart, end: -1, ...f });
  };
  for (let segment = 0; segment < LIMITS.maxPredicatesPerClause; segment++) {
    let respectively = false;
    let strive = false;
    let average = false;
    const readLeads = () => {
      for (let lead = cur.take(LEAD); lead !== null; lead = cur.take(LEAD)) {
        if (lead === '分别') respectively = true;
        else if (lead === '力争' || lead === '争取') strive = true;
        else if (lead === '年均' || lead === '平均' || lead === '每年') average = true;
      }
    };
    readLeads();
    if (cur.take(FLAT) !== null) {
      for (const s of subjects) make(s, { measure: 'growth', value: 0, max: null, unit: '%', qualifier: 'flat' });
      end = cur.pos;
    } else if (cur.take(SYNC) !== null) {
      for (const s of subjects) make(s, { measure: 'growth', value: null, max: null, unit: '%', qualifier: 'sync' });
      end = cur.pos;
    } else {
      const verb = cur.take(VERB_TO) ?? cur.take(VERB_BY);
      readLeads();
      if (verb !== null && cur.take(FLAT) !== null) {
        for (const s of subjects) make(s, { measure: 'growth', value: 0, max: null, unit: '%', qualifier: 'flat' });
        end = cur.pos;
      } else if (verb !== null && cur.take(SYNC) !== null) {
        for (const s of subjects) make(s, { measure: 'growth', value: null, max: null, unit: '%', qualifier: 'sync' });
        end = cur.pos;
      } else {
        if (verb === null && segment > 0 && !strive) break; // a later segment needs a verb (or 力争)
        const values = readValues(cur, respectively);
        if (values.length === 0) break;
        const pairs: [Subject, Value][] =
          values.length === subjects.length
            ? subjects.map((s, i) => [s, values[i]!])
            : values.length === 1
              ? subjects.map((s) => [s, values[0]!])
              : [];
        const negative = verb !== null && NEGATIVE_VERB.test(verb);
        for (const [s, v] of pairs) {
          if (v.unit === null || !INDICATOR_UNITS.has(v.unit)) continue;
          const measure = measureOf({
            indicator: s.indicator,
            unit: v.unit,
            verb,
            average: average || (verb !== null && AVERAGE_VERB.test(verb)),
          });
          if (measure === null) continue;
          const sign = negative && (measure === 'growth' || measure === 'change' || measure === 'avgGrowth') ? -1 : 1;
          // 增长8%，力争10%: a stretch figure after a base figure of the same indicator and measure.
          const hasBase = figures.some((f) => f.indicator === s.indicator && f.measure === measure && f.qualifier !== 'strive');
          const qualifier: Qualifier = strive && hasBase ? 'strive' : (v.qualifier ?? 'exact');
          make(s, {
            measure,
            value: v.value * sign,
            max: v.max === null ? null : v.max * sign,
            unit: v.unit,
            qualifier,
          });
        }
        end = values[values.length - 1]!.end;
      }
    }
    // Continue across a comma (or 、 before 力争) when the next segment has no subject of its own.
    const beforeBreak = cur.pos;
    if (cur.take(SOFT_BREAK) === null && !(cur.peek(/、(?=力争|争取)/y) && cur.take(/、/y) !== null)) break;
    if (
      mentionAt(cur.text, cur.pos) !== null ||
      !(cur.peek(LEAD) || cur.peek(VERB_TO) || cur.peek(VERB_BY) || cur.peek(FLAT) || cur.peek(SYNC))
    ) {
      cur.pos = beforeBreak;
      break;
    }
  }
  for (const f of figures) f.end = end;
  return { figures, end, resume: Math.max(cur.pos, end) };
}

/** The limit of the clause starting at `pos`: the next hard break. */
function clauseLimit(text: string, pos: number, ceiling: number): number {
  ceiling = Math.min(ceiling, pos + LIMITS.maxSentenceChars);
  for (let i = pos; i < ceiling; i++) if (HARD_BREAK.test(text[i]!)) return i;
  return ceiling;
}

function contextFor({
  part,
  reviewYear,
  planYear,
  sentence,
}: {
  part: Part;
  reviewYear: number | null;
  planYear: number | null;
  sentence: string;
}): Context | null {
  if (part.kind === 'appendix') return null;
  const kind = part.kind === 'plan' ? 'target' : 'actual';
  let year = kind === 'target' ? (part.horizon ?? planYear) : reviewYear;
  if (kind === 'target') {
    const h = SENTENCE_HORIZON.exec(sentence);
    if (h) {
      const explicit = h[1] ? Number(h[1]) : null;
      const period = h[2] ?? h[3];
      const horizon = explicit ?? (period ? horizonYear(`十${period}五`, planYear) : horizonYear('五年', planYear));
      // "到2020年底" in a 2020 plan is the plan year itself.
      if (horizon !== null && (planYear === null || horizon >= planYear)) year = horizon;
    }
  }
  return year === null ? null : { kind, year, planYear };
}

/** Every target and result in the normalised text, with offsets in it. */
export function extractFigures({
  text,
  parts,
  reviewYear,
  planYear,
}: {
  text: string;
  parts: Part[];
  reviewYear: number | null;
  planYear: number | null;
}): { targets: RawFigure[]; actuals: RawFigure[] } {
  const targets: RawFigure[] = [];
  const actuals: RawFigure[] = [];
  for (const part of parts) {
    if (part.kind === 'appendix') continue;
    let pos = part.start;
    let sentence: { start: number; end: number; context: Context | null } = { start: 0, end: -1, context: null };
    while (pos < part.end) {
      pos = nextCandidate(text, pos, part.end);
      if (pos >= part.end) break;
      const mention = mentionAt(text, pos);
      if (!mention) {
        pos++;
        continue;
      }
      if (hasForeignPrefix(text, mention.start)) {
        pos = mention.end;
        continue;
      }
      // Subject list: 地区生产总值和工业增加值, 地区生产总值、规上工业增加值.
      const subjects = [...mention.subjects];
      let subjectEnd = mention.end;
      for (;;) {
        const cur = new Cursor(text, subjectEnd, part.end);
        if (cur.take(JOINER) === null) break;
        const next = mentionAt(text, cur.pos);
        if (!next) break;
        subjects.push(...next.subjects);
        subjectEnd = next.end;
      }
      if (hasForeignSuffix(text, subjectEnd)) {
        pos = subjectEnd;
        continue;
      }
      // Mentions come in text order: reuse the sentence while the mention is still inside it.
      if (mention.start >= sentence.end || mention.start < sentence.start) {
        const [start, end] = sentenceBounds(text, mention.start, part.start, part.end);
        sentence = { start, end, context: contextFor({ part, reviewYear, planYear, sentence: text.slice(start, end) }) };
      }
      const context = sentence.context;
      if (!context) {
        pos = subjectEnd;
        continue;
      }
      const quoteStart = clauseStart(text, mention.start, part.start);
      const cur = new Cursor(text, subjectEnd, clauseLimit(text, subjectEnd, part.end));
      const clause = readPredicates(cur, subjects, context, quoteStart);
      (context.kind === 'target' ? targets : actuals).push(...clause.figures);
      pos = clause.end > 0 ? clause.resume : subjectEnd;
    }
  }
  return { targets: dedupe(targets), actuals: dedupe(actuals) };
}

/** A figure stated twice for the same indicator, measure and year is reported once (the first). */
function dedupe(figures: RawFigure[]): RawFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.indicator}|${f.measure}|${f.year}|${f.qualifier === 'strive' ? 'strive' : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
