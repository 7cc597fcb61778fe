/**
 * A clause: a subject list, then predicates (each read by the first rule of PREDICATE_RULES that
 * applies), continued across a comma or a 、 while the next segment has no subject of its own and
 * starts like a predicate (完成204.6亿元，与上年基本持平; 760亿元、增长5.6%; 增长8%，力争10%). A
 * comma right after the subject (城镇居民家庭人均可支配收入，由…增加到…) does not end it either.
 */
import { LIMITS } from '../../limits.ts';
import { Cursor } from './cursor.ts';
import { FLAT, INSERTION, LEAD, noLeads, readLeads, SYNC, VERB_BY, VERB_TO, type Segment } from './predicates.ts';
import { PREDICATE_RULES } from './rules.ts';
import { mentionAt, type Subject } from './subjects.ts';
import type { Notes, Reading, RuleName } from './types.ts';
import { INDICATOR_UNITS, readValue, SOFT_BREAK, THRESHOLD } from './values.ts';

export interface ClauseResult {
  readings: { reading: Reading; rule: RuleName }[];
  /** End of the clause's last predicate (the quote ends here); -1 when no rule applied. */
  end: number;
  /** Where scanning may resume. */
  resume: number;
  /**
   * The clause read one value for one subject in one predicate (城镇居民人均可支配收入9422元, or a
   * look-alike's 农村居民人均纯收入2936元): its subject can take a place in a later list of values.
   */
  single: boolean;
}

const LIST_BREAK = /、/y;
/** A milestone noun after a value (突破10亿元大关, 跨过3000亿元历史性节点) does not end the clause. */
const MILESTONE = /(?:大关|关口|新台阶|台阶|历史性节点|节点|历史新高|新高)/y;
const FROM = /(?:从|由)/y;
/**
 * A segment that comments on the figure before it without stating one of its own — its share of
 * the year's plan (为年计划的108.3%, 完成年度目标的112%), its rank (增速居全省第3位) or how its growth
 * changed (比上年加快1.8个百分点): the clause goes on past it when a predicate follows
 * (财政总收入完成2.86亿元，为年计划的108.3%，同比增长21.5%).
 */
const COMMENT_BODY = String.raw`(?:(?:为|占|完成|达到|达)(?:年|年度|全年)?(?:计划|预算|目标|任务)(?:数)?的\d{1,3}(?:\.\d{1,2})?%|(?:增速|增幅|总量)?(?:比上年|较上年)?(?:居|位居|列|位列|排名|排)(?:全国|全省|全区|全市|全州|全盟|全县)?(?:第[一二三四五六七八九十\d]{1,3}(?:位|名)?|前列|首位)|(?:增速|增幅)?(?:比上年|较上年)?(?:加快|放缓)\d{1,2}(?:\.\d{1,2})?个百分点)`;
const COMMENT = new RegExp(`${COMMENT_BODY}(?=[，,])`, 'y');
/** The same comment at the end of a clause: not a figure the trace should call unread. */
const CLOSING_COMMENT = new RegExp(COMMENT_BODY, 'y');

/** The first rule that reads a predicate at the cursor; a rule that does not apply leaves the cursor and the flags as they were. */
function readPredicate(cur: Cursor, segment: Segment): { rule: RuleName; readings: Reading[] } | null {
  const pos = cur.pos;
  const leads = { ...segment.leads };
  for (const rule of PREDICATE_RULES) {
    const readings = rule.read(cur, segment);
    if (readings !== null) return { rule: rule.name, readings };
    cur.pos = pos;
    Object.assign(segment.leads, leads);
  }
  return null;
}

const PREDICATE_STARTS = [LEAD, INSERTION, VERB_TO, VERB_BY, THRESHOLD, FLAT, SYNC, FROM];

function startsPredicate(cur: Cursor): boolean {
  if (mentionAt(cur.text, cur.pos) !== null) return false;
  return PREDICATE_STARTS.some((p) => cur.peek(p));
}

/** Moves past a comma or a 、 (and a comment segment after it) when what follows continues the clause; else the cursor stays. */
function continueClause(cur: Cursor): boolean {
  const before = cur.pos;
  cur.take(MILESTONE);
  if (cur.take(SOFT_BREAK) === null && cur.take(LIST_BREAK) === null) {
    cur.pos = before;
    return false;
  }
  const afterBreak = cur.pos;
  if (cur.take(COMMENT) !== null && cur.take(SOFT_BREAK) !== null && startsPredicate(cur)) return true;
  cur.pos = afterBreak;
  if (startsPredicate(cur)) return true;
  cur.pos = before;
  return false;
}

/** Where a segment of a clause ends. */
const SEGMENT_END = /[，,、；;。：:！？!?\n]/;

/**
 * For the explain trace: the segment after the clause's last predicate, when a comma leads to it,
 * no subject of its own opens it and it holds a value in a vocabulary unit — a figure the grammar
 * could not read (按可比口径增长7.2% before 按可比口径 was a lead).
 */
function noteUnreadSegment(text: string, end: number, limit: number, notes: Notes): void {
  const cur = new Cursor(text, end, limit);
  cur.take(MILESTONE);
  if (cur.take(SOFT_BREAK) === null && cur.take(LIST_BREAK) === null) return;
  const start = cur.pos;
  if (mentionAt(text, start) !== null || cur.peek(CLOSING_COMMENT)) return;
  let stop = start;
  while (stop < limit && !SEGMENT_END.test(text[stop]!)) stop++;
  for (let i = start; i < stop; i++) {
    if (!/\d/.test(text[i]!) || /[\d.]/.test(text[i - 1] ?? '')) continue;
    const value = readValue(new Cursor(text, i, stop));
    if (value?.unit && INDICATOR_UNITS.has(value.unit)) {
      notes.drop('unread-segment', text.slice(start, stop));
      return;
    }
  }
}

/** Reads the predicates of `subjects` from the cursor (just past the subject list). */
export function readClause({
  cur,
  subjects,
  earlier,
  notes,
}: {
  cur: Cursor;
  subjects: Subject[];
  earlier: Subject[];
  notes: Notes | null;
}): ClauseResult {
  const readings: ClauseResult['readings'] = [];
  let end = -1;
  let first: RuleName | null = null;
  let index = 0;
  // A topic comma: 城镇居民家庭人均可支配收入，由1997年的5160元增加到…
  if (cur.peek(SOFT_BREAK) && !continueClause(cur)) return { readings, end, resume: cur.pos, single: false };
  for (; index < LIMITS.maxPredicatesPerClause; index++) {
    const segment: Segment = { subjects, earlier, index, leads: noLeads(), notes };
    readLeads(cur, segment.leads);
    const predicate = readPredicate(cur, segment);
    if (!predicate) break;
    for (const reading of predicate.readings) readings.push({ reading, rule: predicate.rule });
    first ??= predicate.rule;
    end = cur.pos;
    if (!continueClause(cur)) {
      index++;
      break;
    }
  }
  if (notes && end >= 0) noteUnreadSegment(cur.text, end, cur.limit, notes);
  const valued = first !== null && first !== 'aside' && first !== 'flat' && first !== 'sync';
  return { readings, end, resume: Math.max(cur.pos, end), single: index === 1 && subjects.length === 1 && valued && readings.length <= 1 };
}
