/**
 * User settings, stored in the extension's local storage (entrypoints read and write them with
 * WXT storage; this module only describes them).
 */
import type { Lang } from './format.ts';

export interface Settings {
  /** Save every detected report automatically; when off, the side panel offers a Save button. */
  autoSave: boolean;
  /** Side panel language (reports' own text is never translated). */
  lang: Lang;
  /** Mark jargon and figures in report pages. */
  highlight: boolean;
  /** Sites (hostnames) where ReportLens stays off entirely. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { autoSave: true, lang: 'zh', highlight: true, disabledSites: [] };

export const SETTINGS_KEY = 'local:settings' as const;
