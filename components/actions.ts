/**
 * What the side panel's views can ask of the extension. The shell (entrypoints/sidepanel)
 * implements it with browser APIs (and a worker for imports); tests pass fakes. Views never call
 * extension APIs themselves.
 */
import type { Settings } from '../lib/settings.ts';
import type { ActionReply, RegionCandidatesReply } from '../lib/messages.ts';
import type { ImportProgress, ImportResult } from '../lib/library/import.ts';
import type { HarvestControls } from '../lib/harvest/controller.ts';
import type { LinkFileKind } from '../lib/harvest/types.ts';

export interface PanelActions {
  /** Scroll the current tab to this span of its report text and flash it. */
  jumpTo(span: { start: number; end: number }): Promise<void>;
  /** Save the report the current tab shows (auto-save off, a failed or deferred save, a deleted record). */
  saveCurrent(): Promise<ActionReply>;
  /** Ask the page what it is (a page the cheap check skipped, a site turned off, another site). */
  analyzeCurrent(): Promise<void>;
  /** Offer a file for download. */
  download(file: { name: string; type: string; parts: BlobPart[] }): void;
  copyText(text: string): Promise<void>;
  setSettings(patch: Partial<Settings>): Promise<void>;
  /** Open a saved report's page in a new tab (web addresses only; anything else is refused). */
  openUrl(url: string): void;
  /** Import a backup file off the panel's thread, reporting progress; `signal` cancels it, undoing what it had written. */
  importBackup(file: Blob, options: { onProgress: (progress: ImportProgress) => void; signal: AbortSignal }): Promise<ImportResult>;
  // ── Save all and the reader (issue 12) ──
  /** Save all: the reports the current tab links to, and the one run that fetches and saves them. */
  harvest: HarvestControls;
  /** The PDF or Word file the current tab shows (the browsers' PDF viewers run no content script), or null. */
  tabFile(): Promise<{ url: string; kind: Exclude<LinkFileKind, 'html'> } | null>;
  /** Opens a PDF or Word report in the ReportLens reader, in a new tab. */
  openReader(url: string): void;
  // ── Where a report comes from (issue 17): the background has the division data, the panel asks ──
  /** The units the current tab's report may come from; null without an answer. */
  regionCandidates(): Promise<RegionCandidatesReply | null>;
  /** The user picked one: remembered for the report's site, applied to its report(s) at once. */
  chooseRegion(code: string): Promise<ActionReply>;
  /** After an import: the background re-parses what an older version stored, resolving its regions. */
  resolveLibrary(): Promise<void>;
}
