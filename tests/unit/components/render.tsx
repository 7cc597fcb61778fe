/** Renders the side panel against a fake-indexeddb library and fake extension actions. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/preact';
import { vi, type Mock } from 'vitest';
import { App, type ViewId } from '../../../components/App.tsx';
import type { PanelActions } from '../../../components/actions.ts';
import type { LibraryDb } from '../../../lib/library/db.ts';
import type { TabState } from '../../../lib/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings.ts';
import { saveReport, type ReportToSave } from '../../../lib/library/save.ts';
import { importBackup } from '../../../lib/library/import.ts';
import { HarvestController } from '../../../lib/harvest/controller.ts';
import type { Figure } from '../../../lib/report/types.ts';
import { freshDb, reportFrom, seedText } from '../library/helpers.ts';
import { analyzeText } from '../../../lib/analyze.ts';
import { buildGlossaryIndex } from '../../../lib/glossary/index.ts';

export const FICTIONAL = resolve(import.meta.dirname, '../../fixtures/fictional');

/** The fictional 青岚县's report for 2021 or 2022, parsed. */
export const qinglan = (year: 2021 | 2022): ReportToSave =>
  reportFrom(readFileSync(`${FICTIONAL}/qinglan-${year}.txt`, 'utf8'), `http://www.qinglan.gov.cn/${year}.html`);

/** What the parser must find in 青岚县's report (the fixture's labels). */
export const qinglanLabel = (year: 2021 | 2022) =>
  JSON.parse(readFileSync(`${FICTIONAL}/qinglan-${year}.json`, 'utf8')) as { targets: Figure[]; actuals: Figure[] };

/** A library of four real parsed reports: 柳林县 2020, 陵川县 2020, 青岚县 2021 and 2022 (ids 1–4 in that order). */
export async function filledDb(): Promise<LibraryDb> {
  const db = freshDb();
  await saveReport(db, reportFrom(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html'), { now: 1 });
  await saveReport(db, reportFrom(seedText('001_31018834cdd9c3ff'), 'http://www.lingchuan.gov.cn/b.html'), { now: 2 });
  await saveReport(db, qinglan(2021), { now: 3 });
  await saveReport(db, qinglan(2022), { now: 4 });
  return db;
}

/** The text of a file offered for download (its parts may be Blobs; a byte-order mark is kept). */
export async function downloadedText(file: { parts: BlobPart[] }): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Blob(file.parts).arrayBuffer());
}

/** A page read as the background reads it (parser, glossary, region resolution). */
export function resolvedPage(text: string, url: string, siteName: string | null = null): ReportToSave {
  const { parsed } = analyzeText({ text, title: '', url, index: buildGlossaryIndex({ builtin: [] }), siteName });
  return { url, pageTitle: parsed.report.title ?? '', report: parsed.report, text: parsed.text };
}

/** The fictional 鼓楼区's report (a name four districts carry) for 2021 or 2022. */
export const gulouText = (year: 2021 | 2022) => readFileSync(`${FICTIONAL}/gulou-${year}.txt`, 'utf8');

/**
 * A library whose places are resolved as the background resolves them: 柳林县 2020 (山西省 吕梁市),
 * 陵川县 2020 (山西省 晋城市), 鼓楼区 2021 unresolved (ids 1–3 in that order).
 */
export async function placedDb(): Promise<LibraryDb> {
  const db = freshDb();
  await saveReport(db, resolvedPage(seedText('000_d3a6bbabf76df186'), 'http://www.liulin.gov.cn/a.html'), { now: 1 });
  await saveReport(db, resolvedPage(seedText('001_31018834cdd9c3ff'), 'http://www.lingchuan.gov.cn/b.html'), { now: 2 });
  await saveReport(db, resolvedPage(gulouText(2021), 'http://www.gulou.gov.cn/2021.html'), { now: 3 });
  return db;
}

type Procedure = (...args: never[]) => unknown;
export type FakeActions = { [K in keyof PanelActions]: PanelActions[K] extends Procedure ? Mock<PanelActions[K]> : PanelActions[K] };

/** Save all with nothing to read: the tab's links never come (tests of Save all pass their own controller). */
export function idleHarvest(): HarvestController {
  return new HarvestController({
    readTab: async () => null,
    environment: () => {
      throw new Error('no network in this test');
    },
    library: async () => {
      throw new Error('no library in this test');
    },
  });
}

export function fakeActions(db: LibraryDb = freshDb()): FakeActions {
  return {
    jumpTo: vi.fn(async () => {}),
    saveCurrent: vi.fn(async () => ({ ok: true as const })),
    analyzeCurrent: vi.fn(async () => {}),
    download: vi.fn(),
    copyText: vi.fn(async () => {}),
    setSettings: vi.fn(async () => {}),
    openUrl: vi.fn(),
    // As the panel's worker does it, on this thread.
    importBackup: vi.fn((file: Blob, options: Parameters<PanelActions['importBackup']>[1]) =>
      file.text().then((json) => importBackup(db, json, options)),
    ),
    harvest: idleHarvest(),
    tabFile: vi.fn(async () => null),
    openReader: vi.fn(),
    regionCandidates: vi.fn(async () => null),
    chooseRegion: vi.fn(async () => ({ ok: true as const })),
    resolveLibrary: vi.fn(async () => {}),
  };
}

export interface RenderOptions {
  db: LibraryDb;
  tab?: TabState | null;
  settings?: Partial<Settings>;
  view?: ViewId;
  actions?: FakeActions;
  pendingTerm?: string | null;
  onPendingTermDone?: () => void;
  libraryProblem?: 'blocked' | 'closed' | null;
  reparse?: { done: number; total: number } | null;
}

export function renderPanel(options: RenderOptions) {
  const actions = options.actions ?? fakeActions(options.db);
  const element = ({
    db,
    tab = null,
    settings = {},
    view = 'this',
    pendingTerm = null,
    onPendingTermDone,
    libraryProblem = null,
    reparse = null,
  }: RenderOptions) => (
    <App
      db={db}
      actions={actions}
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      tab={tab}
      initialView={view}
      pendingTerm={pendingTerm}
      onPendingTermDone={onPendingTermDone}
      libraryProblem={libraryProblem}
      reparse={reparse}
    />
  );
  const result = render(element(options));
  /** Re-renders with some props changed, as the shell does when the tab or the settings change. */
  const update = (patch: Partial<RenderOptions>) => result.rerender(element({ ...options, ...patch }));
  return { ...result, actions, update };
}

export function reportTab(p: Partial<TabState>): TabState {
  return {
    tabId: 7,
    url: 'http://www.example.gov.cn/',
    status: 'report',
    detection: null,
    reportId: null,
    frameId: 0,
    unsaved: null,
    saveError: null,
    notice: null,
    pages: null,
    textRange: null,
    userTerms: [],
    ...p,
  };
}
