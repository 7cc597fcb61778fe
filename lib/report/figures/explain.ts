/**
 * The explain trace as text: one block per indicator mention, in text order, saying which figures
 * were read from it and by which rule, or why none was. Written for whoever improves the parser
 * next: a miss is found by searching this output for the indicator, without reading the grammar.
 */
import type { ReportDocument } from '../types.ts';
import { clauseLimit, clauseStart } from './context.ts';
import type { FigureTrace, TracedMention } from './trace.ts';
import type { Candidate, DropReason, RuleName } from './types.ts';

/** What each rule reads, with an example. */
export const RULE_EXPLANATIONS: Record<RuleName, string> = {
  flat: '与上年持平 → growth 0',
  sync: '与经济增长同步 → growth, no value',
  'from-to': '从26.6万亿元增加到51.9万亿元 → the end value',
  threshold: 'a level passed: 突破90万亿元 → at least',
  milestone: 'a round level reached: 跃上500亿元台阶 (an exact value later in its clause wins)',
  'verb-value': 'a verb and its value: 增长6%, 达到204.6亿元',
  'bare-value': 'a value right after the subject: 地区生产总值53.11亿元',
  'table-row': 'a row of a flattened table, each cell in the column its header names (2019年完成, 2020年目标)',
  aside: 'an aside without a number: 屡创历史新高，…',
};

export const DROP_EXPLANATIONS: Record<DropReason, string> = {
  'foreign-prefix': 'another measure: a foreign prefix stands before it',
  'foreign-suffix': 'another measure: a foreign suffix follows it',
  'year-unknown': 'the year of this part is unknown',
  'no-predicate': 'no rule applied: no verb or value follows it',
  'unread-segment': 'a segment after a comma, with a value in a vocabulary unit, was not read: no lead or verb recognised',
  'unit-outside-vocabulary': 'a value in a unit outside the vocabulary',
  'amount-of-change': 'an amount after a "by" verb is a change, not the level',
  'rate-change-without-points': 'a percent change of a rate that is not in 个百分点',
  'average-points': 'an average yearly change in points over a period has no measure',
  'values-do-not-match-subjects': 'the values do not pair with the subjects',
  'look-alike': 'a look-alike outside the vocabulary holds this value',
  'target-in-review': 'a target named in the review part, not a result',
  'other-year': 'the predicate names a year other than the review or plan year',
  'base-year': 'a change against a base year other than the year before',
  cumulative: 'a total over the period reviewed, not the review year',
  duplicate: 'a duplicate of an earlier figure (same indicator, measure and year)',
  superseded: 'said of the whole period reviewed; a later figure of the year itself replaces it',
  'bound-before-exact': 'a bound its clause then states exactly (突破10亿元，达到10.5亿元)',
  'partial-period': 'said of part of a year (一季度, 上半年, 1—11月), not of a whole year',
  'inside-earlier-clause': 'read as part of the clause of an earlier mention',
  'outside-review-and-plan': 'outside the review and plan parts (appendix)',
};

/** Longest clause shown for a mention. */
const SHOWN_CLAUSE_CHARS = 90;

function describeFigure(c: Candidate, part: TracedMention['part']): string {
  const f = c.figure;
  const value = f.value === null ? '—' : f.max === null ? String(f.value) : `${f.value}–${f.max}`;
  const how = [`rule ${c.rule} (${RULE_EXPLANATIONS[c.rule]})`];
  if (part === 'plan' && c.kind === 'actual') how.push('a result restated in the plan part');
  if (c.time.year !== null) how.push(`the text names the year ${c.time.year}`);
  if (c.shared) how.push('its value is one of a list shared with the subjects of earlier clauses');
  return `${c.kind} ${f.year} ${f.indicator} ${f.measure} ${value} ${f.unit} ${f.qualifier}   ← ${how.join('; ')}`;
}

function describeMention(trace: FigureTrace, m: TracedMention): string[] {
  const { text } = trace;
  const from = clauseStart(text, m.start, 0);
  const to = Math.min(clauseLimit(text, m.end, text.length), from + SHOWN_CLAUSE_CHARS);
  const lines = [`[${m.part}] ${text.slice(m.start, m.end)} @${m.start}  «${text.slice(from, to)}»`];
  for (const c of m.candidates) {
    const figure = describeFigure(c, m.part);
    lines.push(c.dropped === null ? `    ✓ ${figure}` : `    ✗ ${figure}\n      dropped: ${DROP_EXPLANATIONS[c.dropped]}`);
  }
  for (const d of m.drops) lines.push(`    ✗ ${DROP_EXPLANATIONS[d.reason]}${d.detail ? ` (${d.detail})` : ''}`);
  if (m.candidates.length === 0 && m.drops.length === 0) lines.push('    ✗ no figure');
  return lines;
}

/** The whole trace of one report as lines of text. */
export function explainFigures({ name, report, trace }: { name: string; report: ReportDocument; trace: FigureTrace | null }): string {
  const lines = [`== ${name}`];
  const region = report.region ? `${report.region.name} (${report.region.level})` : 'region unknown';
  lines.push(
    `report: ${report.isReport ? 'yes' : `no (${report.kind})`} · ${region} · review year ${report.reviewYear ?? '?'} · plan year ${report.planYear ?? '?'}`,
  );
  lines.push(`detection: ${report.reasons.map((r) => (r.count === undefined ? r.code : `${r.code} (${r.count})`)).join(', ')}`);
  if (!report.isReport || !trace) return `${lines.join('\n')}\n`;
  const parts = trace.parts.map(
    (p) => `${p.kind}${p.title ? ` «${p.title}»` : ''} @${p.start}–${p.end}${p.horizon ? ` horizon ${p.horizon}` : ''}`,
  );
  lines.push(`parts: ${parts.join(' · ')}`);
  const kept = trace.mentions.flatMap((m) => m.candidates).filter((c) => c.dropped === null);
  lines.push(
    `mentions: ${trace.mentions.length} · targets ${kept.filter((c) => c.kind === 'target').length} · actuals ${kept.filter((c) => c.kind === 'actual').length}`,
  );
  lines.push('');
  for (const m of trace.mentions) lines.push(...describeMention(trace, m));
  return `${lines.join('\n')}\n`;
}
