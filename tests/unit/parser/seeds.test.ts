/**
 * The three seed reports and the fictional reports (青岚县's two, and the 鼓楼区 copies of them) against their labels: every
 * required figure, nothing else, with qualifier, unit, metadata, glossary and part headings.
 */
import { describe, it } from 'vitest';
import { checkAgainstLabel, labelledCases } from './labels.ts';

describe('seed reports match their labels', () => {
  for (const { name, text, label } of labelledCases('seeds')) it(name, () => checkAgainstLabel(text, label));
});

describe('fictional 青岚县 and 鼓楼区 reports match their labels', () => {
  for (const { name, text, label } of labelledCases('fictional')) it(name, () => checkAgainstLabel(text, label));
});
