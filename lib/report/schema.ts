/**
 * Runtime schemas for the report document. Page-derived data crosses from the content script
 * (which runs beside untrusted page scripts) to the background and from backup files into the
 * database; both paths validate with these before trusting anything.
 */
import * as v from 'valibot';
import type { DetectionReason, Figure, ReportDocument } from './types.ts';
import { REASON_CODES, reasonFromLegacy } from './detect-reasons.ts';
import { LIMITS } from '../limits.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const year = v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const INDICATOR_KEYS = [
  'gdp',
  'industry_va',
  'fai',
  'retail',
  'budget_revenue',
  'fiscal_revenue',
  'urban_income',
  'rural_income',
  'resident_income',
  'new_urban_jobs',
  'unemployment_registered',
  'unemployment_surveyed',
  'cpi',
  'energy_intensity',
  'forest_coverage',
  'grain_output',
  'trade',
  'fdi',
  'urbanization',
  'rd_intensity',
] as const;

export const FigureSchema: v.GenericSchema<Figure> = v.object({
  indicator: v.picklist(INDICATOR_KEYS),
  name: text(LIMITS.maxFigureNameChars),
  measure: v.picklist(['growth', 'level', 'rate', 'change', 'avgGrowth']),
  value: v.nullable(v.pipe(v.number(), v.finite())),
  max: v.nullable(v.pipe(v.number(), v.finite())),
  unit: text(LIMITS.maxUnitChars),
  qualifier: v.picklist(['exact', 'about', 'atLeast', 'atMost', 'range', 'flat', 'sync', 'strive']),
  year,
  quote: text(LIMITS.maxQuoteChars),
  start: offset,
  end: offset,
});

export const REGION_LEVELS = ['nation', 'province', 'city', 'county', 'district'] as const;

export const PAGE_KINDS = ['report', 'news', 'list', 'plan', 'budget', 'statistics', 'interpretation', 'infographic', 'other'] as const;

const DetectionReasonSchema = v.object({
  code: v.picklist(REASON_CODES),
  count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/**
 * Detection reasons: codes (lib/report/detect-reasons.ts). Versions before codes wrote Chinese
 * sentences; backups and messages of those versions still validate, read back to their codes.
 */
export const DetectionReasonsSchema: v.GenericSchema<(DetectionReason | string)[], DetectionReason[]> = v.pipe(
  v.array(v.union([DetectionReasonSchema, text(200)])),
  v.maxLength(20),
  v.transform((reasons) => reasons.flatMap((r) => (typeof r === 'string' ? (reasonFromLegacy(r) ?? []) : [r]))),
);

/** A report document as stored or sent by any version (reasons may still be sentences). */
type ReportDocumentInput = Omit<ReportDocument, 'reasons'> & { reasons: (DetectionReason | string)[] };

export const ReportDocumentSchema: v.GenericSchema<ReportDocumentInput, ReportDocument> = v.object({
  isReport: v.boolean(),
  kind: v.picklist(PAGE_KINDS),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: DetectionReasonsSchema,
  title: v.nullable(text(LIMITS.maxHeadlineChars)),
  region: v.nullable(
    v.object({
      name: text(LIMITS.maxRegionNameChars),
      level: v.picklist(REGION_LEVELS),
      // Optional: documents stored and backed up before region resolution have none of these.
      province: v.optional(v.nullable(text(LIMITS.maxRegionNameChars))),
      prefecture: v.optional(v.nullable(text(LIMITS.maxRegionNameChars))),
      code: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{6}$/)))),
    }),
  ),
  meeting: v.nullable(text(LIMITS.maxMeetingChars)),
  date: v.nullable(v.pipe(v.string(), v.isoDate())),
  speaker: v.nullable(v.object({ name: text(LIMITS.maxSpeakerChars), title: text(LIMITS.maxSpeakerChars) })),
  reviewYear: v.nullable(year),
  planYear: v.nullable(year),
  targets: v.pipe(v.array(FigureSchema), v.maxLength(LIMITS.maxFiguresPerReport)),
  actuals: v.pipe(v.array(FigureSchema), v.maxLength(LIMITS.maxFiguresPerReport)),
  glossary: v.pipe(
    v.array(
      v.object({
        term: text(LIMITS.maxTermChars),
        definition: text(LIMITS.maxDefinitionChars),
        number: v.nullable(v.pipe(v.number(), v.integer())),
      }),
    ),
    v.maxLength(LIMITS.maxGlossaryEntries),
  ),
  bodyGlossary: v.optional(
    v.pipe(
      v.array(v.object({ term: text(LIMITS.maxTermChars), definition: text(LIMITS.maxDefinitionChars), start: offset, end: offset })),
      v.maxLength(LIMITS.maxGlossaryEntries),
    ),
  ),
  outline: v.pipe(
    v.array(
      v.object({
        level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
        title: text(LIMITS.maxOutlineTitleChars),
        start: offset,
      }),
    ),
    v.maxLength(LIMITS.maxOutlineItems),
  ),
  terms: v.pipe(
    v.array(
      v.object({
        term: text(LIMITS.maxTermChars),
        count: v.pipe(v.number(), v.integer(), v.minValue(1)),
        source: v.picklist(['report', 'body', 'user', 'builtin', 'none']),
        definition: v.nullable(text(LIMITS.maxDefinitionChars)),
        first: offset,
        sentence: text(LIMITS.maxQuoteChars),
      }),
    ),
    v.maxLength(LIMITS.maxTermsPerReport),
  ),
  parserVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** A short, readable description of the first problem valibot found (for error messages and logs). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}
