/**
 * The side panel's words, in Chinese (default) and English. Numbers, region names and quotes from
 * reports are never translated; only the panel's own labels are.
 */
import type { Lang } from './format.ts';
import type { DetectionReason } from './report/types.ts';
import { zh, type Strings } from './i18n/panel-zh.ts';
import { en } from './i18n/panel-en.ts';

export type { Strings };
export { tooltipStrings, type TooltipStrings } from './i18n/tooltip.ts';
export { backgroundStrings } from './i18n/background.ts';
export { harvestStrings } from './i18n/harvest.ts';

/**
 * A detection reason in the panel's language. Documents stored by versions before reason codes
 * hold Chinese sentences until they are parsed again; those show as they are.
 */
export function describeReason(t: Strings, reason: DetectionReason | string): string {
  return typeof reason === 'string' ? reason : t.reasons[reason.code](reason.count);
}

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : zh;
}
