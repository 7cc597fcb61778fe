/**
 * User settings, stored in the extension's local storage under one key. The side panel reads and
 * writes them with WXT storage (`SETTINGS_KEY`); the background and the content script read the
 * same item directly (`SETTINGS_LOCAL_KEY`) on every analysis and follow storage.onChanged.
 */
import type { Lang } from './format.ts';
import { LIMITS } from './limits.ts';

export interface Settings {
  /** Save every detected report automatically; when off, the side panel offers a Save button. */
  autoSave: boolean;
  /** Side panel language (reports' own text is never translated). */
  lang: Lang;
  /** Mark jargon and figures in report pages. */
  highlight: boolean;
  /** Sites (hostnames) where ReportLens stays off entirely. */
  disabledSites: string[];
  /** Save all (lib/harvest): the pause between two requests to the site, in ms (see harvestPause). */
  harvestPauseMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  autoSave: true,
  lang: 'zh',
  highlight: true,
  disabledSites: [],
  harvestPauseMs: LIMITS.harvestPauseMs,
};

/** WXT storage key (background, side panel). */
export const SETTINGS_KEY = 'local:settings' as const;
/** The same item read directly from storage.local (the content script and background, which do not bundle WXT storage). */
export const SETTINGS_LOCAL_KEY = 'settings';

/** Stored settings over the defaults (a stored value may predate a newer setting). */
export function withDefaults(stored: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? (stored as Partial<Settings>) : {}) };
}

/** The harvest's pause as the settings give it, within LIMITS (a hand-edited or older stored value is brought back in range). */
export function harvestPause(settings: Pick<Settings, 'harvestPauseMs'>): number {
  const ms = Number(settings.harvestPauseMs);
  if (!Number.isFinite(ms)) return LIMITS.harvestPauseMs;
  return Math.min(LIMITS.maxHarvestPauseMs, Math.max(LIMITS.minHarvestPauseMs, ms));
}
