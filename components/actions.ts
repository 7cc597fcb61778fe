/**
 * What the side panel's views can ask of the extension. The shell (entrypoints/sidepanel)
 * implements it with browser APIs; tests pass fakes. Views never call extension APIs themselves.
 */
import type { Settings } from '../lib/settings.ts';

export interface PanelActions {
  /** Scroll the current tab to this span of its report text and flash it. */
  jumpTo(span: { start: number; end: number }): Promise<void>;
  /** Save the report the current tab shows (when auto-save is off or failed). */
  saveCurrent(): Promise<{ ok: true } | { ok: false; error: string }>;
  /** Ask the page what it is (a page the cheap check skipped, or another site). */
  analyzeCurrent(): Promise<void>;
  /** Offer a file for download. */
  download(file: { name: string; type: string; parts: BlobPart[] }): void;
  copyText(text: string): Promise<void>;
  setSettings(patch: Partial<Settings>): Promise<void>;
  /** Open a saved report's page in a new tab. */
  openUrl(url: string): void;
}
