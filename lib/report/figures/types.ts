/** The figure grammar's own vocabulary: what rules read, and what becomes of each mention. */
import type { Figure, FigureKind, IndicatorKey, Measure, Qualifier } from '../types.ts';

/** A figure with offsets in the normalised text (the caller maps them to the report text). */
export type RawFigure = Omit<Figure, 'quote'>;

/** The named rules, in the words the explain trace prints (see EXPLANATIONS in explain.ts). */
export type RuleName = 'flat' | 'sync' | 'from-to' | 'threshold' | 'milestone' | 'verb-value' | 'bare-value' | 'table-row' | 'aside';

/** Why a mention, or a value read after it, yields no figure. */
export type DropReason =
  | 'foreign-prefix'
  | 'foreign-suffix'
  | 'year-unknown'
  | 'no-predicate'
  | 'unread-segment'
  | 'unit-outside-vocabulary'
  | 'amount-of-change'
  | 'rate-change-without-points'
  | 'average-points'
  | 'values-do-not-match-subjects'
  | 'look-alike'
  | 'target-in-review'
  | 'other-year'
  | 'base-year'
  | 'cumulative'
  | 'duplicate'
  | 'superseded'
  | 'bound-before-exact'
  | 'partial-period'
  | 'inside-earlier-clause'
  | 'outside-review-and-plan';

/** What a rule read for one subject: a figure but for its place and year. */
export interface Reading {
  subject: { indicator: IndicatorKey; name: string };
  measure: Measure;
  value: number | null;
  max: number | null;
  unit: string;
  qualifier: Qualifier;
  /** Read under 力争/争取: a stretch figure when a base figure of the same indicator precedes it in the clause. */
  stretch: boolean;
  /** The subject is one of an earlier clause of the sentence (A 9422元，B 2936元，分别增长7.7%和6.8%). */
  shared: boolean;
  /** The year the predicate names (2000年达…), if it names one. */
  year: number | null;
  /** The base year of a growth (比2015年增长60%), if not the year before. */
  baseYear: number | null;
  /** 累计: a total over a period. */
  cumulative: boolean;
  /** 去年…: said of the year before the plan year. */
  lastYear: boolean;
  /** 全年…: said of the whole year even after a part of it in its sentence. */
  wholeYear: boolean;
  /** A result or a target whatever the part (a table's 完成 and 目标 columns); null: as its part says. */
  kind: FigureKind | null;
}

/** A figure as read, before the refiners decide whether it stays. */
export interface Candidate {
  kind: FigureKind;
  figure: RawFigure;
  rule: RuleName;
  stretch: boolean;
  /** The clause it was read in (a number in text order): stretch figures look for their base there. */
  clause: number;
  /** Its value came from a list shared with the subjects of earlier clauses (A 9422元，B 2936元，分别增长…). */
  shared: boolean;
  /** What the predicate said of the figure's time, for the refiners to decide its year. */
  time: Pick<Reading, 'year' | 'baseYear' | 'cumulative' | 'lastYear'>;
  /** The sentence speaks of the past inside the plan part (过去一年，…): a restated result. */
  restated: boolean;
  /** Read in a review of several years (过去五年工作回顾), where 累计 means the whole period. */
  periodReview: boolean;
  /** Its paragraph speaks of several years (这五年，…): a later figure of the year itself is preferred to it. */
  periodic: boolean;
  /** Set by a refiner that removes the figure. */
  dropped: DropReason | null;
}

/** Collects, for the explain trace, what the rules saw; null on the normal path, which then builds nothing. */
export interface Notes {
  drop(reason: DropReason, detail?: string): void;
}
