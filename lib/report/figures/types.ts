/** The figure grammar's own vocabulary: what rules read, and what becomes of each mention. */
import type { Figure, FigureKind, Measure, Qualifier } from '../types.ts';
import type { Subject } from './subjects.ts';

/** A figure with offsets in the normalised text (the caller maps them to the report text). */
export type RawFigure = Omit<Figure, 'quote'>;

/** The named rules, in the words the explain trace prints (see EXPLANATIONS in explain.ts). */
export type RuleName = 'flat' | 'sync' | 'verb-value' | 'bare-value';

/** Why a mention, or a value read after it, yields no figure. */
export type DropReason =
  | 'foreign-prefix'
  | 'foreign-suffix'
  | 'year-unknown'
  | 'no-predicate'
  | 'unit-outside-vocabulary'
  | 'amount-of-change'
  | 'rate-change-without-points'
  | 'values-do-not-match-subjects'
  | 'duplicate'
  | 'inside-earlier-clause'
  | 'outside-review-and-plan';

/** What a rule read for one subject: a figure but for its place and year. */
export interface Reading {
  subject: Subject;
  measure: Measure;
  value: number | null;
  max: number | null;
  unit: string;
  qualifier: Qualifier;
  /** Read under 力争/争取: a stretch figure when a base figure of the same indicator precedes it in the clause. */
  stretch: boolean;
}

/** A figure as read, before the refiners decide whether it stays. */
export interface Candidate {
  kind: FigureKind;
  figure: RawFigure;
  rule: RuleName;
  stretch: boolean;
  /** The clause it was read in (a number in text order): stretch figures look for their base there. */
  clause: number;
  /** Set by a refiner that removes the figure. */
  dropped: DropReason | null;
}

/** Collects, for the explain trace, what the rules saw; null on the normal path, which then builds nothing. */
export interface Notes {
  drop(reason: DropReason, detail?: string): void;
}
