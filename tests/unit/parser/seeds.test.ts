/**
 * The three seed reports and the fictional county's two reports against their labels: every
 * required figure, nothing else, with qualifier, unit, metadata, glossary and part headings.
 */
import { describe, it } from 'vitest';
import { checkAgainstLabel, labelledCases } from './labels.ts';

describe('seed reports match their labels', () => {
  for (const { name, text, label } of labelledCases('seeds')) it(name, () => checkAgainstLabel(text, label));
});

describe('fictional 青岚县 reports match their labels', () => {
  for (const { name, text, label } of labelledCases('fictional')) it(name, () => checkAgainstLabel(text, label));
});
