/**
 * A clause: a subject list, then predicates (each read by the first rule of PREDICATE_RULES that
 * applies), continued across a comma while the next segment has no subject of its own and starts
 * like a predicate (完成204.6亿元，与上年基本持平; 增长8%，力争10%).
 */
import { LIMITS } from '../../limits.ts';
import type { Cursor } from './cursor.ts';
import { FLAT, LEAD, readLeads, SYNC, VERB_BY, VERB_TO, type Segment } from './predicates.ts';
import { PREDICATE_RULES } from './rules.ts';
import { mentionAt, type Subject } from './subjects.ts';
import type { Notes, Reading, RuleName } from './types.ts';
import { SOFT_BREAK } from './values.ts';

export interface ClauseResult {
  readings: { reading: Reading; rule: RuleName }[];
  /** End of the clause's last predicate (the quote ends here); -1 when no rule applied. */
  end: number;
  /** Where scanning may resume. */
  resume: number;
}

const BEFORE_STRIVE = /、(?=力争|争取)/y;

/** The first rule that reads a predicate at the cursor. */
function readPredicate(cur: Cursor, segment: Segment): { rule: RuleName; readings: Reading[] } | null {
  for (const rule of PREDICATE_RULES) {
    const saved = cur.pos;
    const leads = { ...segment.leads };
    const readings = rule.read(cur, segment);
    if (readings !== null) return { rule: rule.name, readings };
    cur.pos = saved;
    segment.leads = leads;
  }
  return null;
}

/** Moves past a comma (or a 、 before 力争) when what follows continues the clause; else the cursor stays. */
function continueClause(cur: Cursor): boolean {
  const before = cur.pos;
  if (cur.take(SOFT_BREAK) === null && cur.take(BEFORE_STRIVE) === null) return false;
  const startsPredicate = cur.peek(LEAD) || cur.peek(VERB_TO) || cur.peek(VERB_BY) || cur.peek(FLAT) || cur.peek(SYNC);
  if (mentionAt(cur.text, cur.pos) !== null || !startsPredicate) {
    cur.pos = before;
    return false;
  }
  return true;
}

/** Reads the predicates of `subjects` from the cursor (just past the subject list). */
export function readClause(cur: Cursor, subjects: Subject[], notes: Notes | null): ClauseResult {
  const readings: ClauseResult['readings'] = [];
  let end = -1;
  for (let index = 0; index < LIMITS.maxPredicatesPerClause; index++) {
    const segment: Segment = { subjects, index, leads: { respectively: false, strive: false, average: false }, notes };
    readLeads(cur, segment.leads);
    const predicate = readPredicate(cur, segment);
    if (!predicate) break;
    for (const reading of predicate.readings) readings.push({ reading, rule: predicate.rule });
    end = cur.pos;
    if (!continueClause(cur)) break;
  }
  return { readings, end, resume: Math.max(cur.pos, end) };
}
