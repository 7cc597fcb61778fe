/**
 * The reader page (reader.html?url=<file>): a thin shell. lib/reader fetches and shows the file
 * and marks it through lib/page, as the content script does on a web page; this file gives it the
 * browser — the page's fetch (host permission for *.gov.cn), pdf.js and mammoth on demand, the
 * background for analysing, saving and what the user's own data explains on a hover — and
 * answers the background's jump-to-source and "analyse again" for this tab.
 */
import { render } from 'preact';
import { browser, type PublicPath } from 'wxt/browser';
import { ReaderBar } from '../../components/ReaderBar.tsx';
import { browserHarvestEnvironment } from '../../lib/harvest/browser.ts';
import {
  ContentRequestSchema,
  PENDING_TERM_KEY,
  parseMessage,
  requestReaderAnalysis,
  requestReaderExplanations,
} from '../../lib/messages.ts';
import { fileUrlOf } from '../../lib/reader/address.ts';
import { openReader, type OpenedReader, type ReaderStatus } from '../../lib/reader/session.ts';
import { SETTINGS_LOCAL_KEY, withDefaults, type Settings } from '../../lib/settings.ts';
import type { PageSettings } from '../../lib/page/session.ts';
import './style.css';

const url = fileUrlOf(location.search);
const bar = document.getElementById('bar')!;
const root = document.getElementById('article')!;

const send = (message: unknown) => browser.runtime.sendMessage(message);
const readSettings = async (): Promise<Settings> => withDefaults((await browser.storage.local.get(SETTINGS_LOCAL_KEY))[SETTINGS_LOCAL_KEY]);
let lang: Settings['lang'] = 'zh';
let status: ReaderStatus | { phase: 'no-file' } = url ? { phase: 'loading' } : { phase: 'no-file' };
const show = (next: typeof status) => {
  status = next;
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  render(<ReaderBar status={status} lang={lang} url={url} />, bar);
};

async function start(): Promise<void> {
  const settings = await readSettings();
  lang = settings.lang;
  show(status);
  if (!url) return;
  const pageSettings = async (): Promise<PageSettings> => {
    const s = await readSettings();
    return { off: false, marking: s.highlight, lang: s.lang };
  };
  const tabId = (await browser.tabs.getCurrent())?.id;
  const environment = browserHarvestEnvironment({ pauseMs: 0, assetUrl: (path) => browser.runtime.getURL(path as PublicPath) });
  const opened = await openReader({
    doc: document,
    win: window,
    root,
    url,
    settings: pageSettings,
    onStatus: show,
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    },
    port: {
      fetch: environment.fetch,
      readFile: environment.readFile,
      now: () => Date.now(),
      analyze: (message) => requestReaderAnalysis(send, message),
      // The background answers as it answers a page: the user's own definition and the library's best.
      ownExplanations: (term) => requestReaderExplanations(send, term),
      explain: (term) => {
        // Opened first, nothing awaited before: the click must still count as the user's gesture.
        openPanel(tabId);
        void browser.storage.session.set({ [PENDING_TERM_KEY]: term });
      },
    },
  });
  listen(opened);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_LOCAL_KEY in changes)
      void pageSettings().then((s) => {
        lang = s.lang;
        show(status);
        return opened.session?.applySettings(s);
      });
  });
}

/** Marks follow the mouse and keys as on a web page; the background's requests for this tab are answered. */
function listen(opened: OpenedReader): void {
  const session = opened.session;
  if (!session) return;
  document.addEventListener('mousemove', (e) => session.onMouseMove(e), { passive: true });
  document.addEventListener('keydown', (e) => session.onKeyDown(e));
  window.addEventListener('scroll', () => session.onScroll(), { passive: true });
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(ContentRequestSchema, raw);
    if (!message) return undefined;
    if (message.type === 'page/jump-to') return Promise.resolve({ found: session.jumpTo(message.start, message.end) });
    return session.analyze({ userAsked: true }).then(() => ({ state: session.state }));
  });
}

function openPanel(tabId: number | undefined): void {
  const api = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tabId !== undefined) api.sidePanel.open({ tabId }).catch(() => {});
  else api.sidebarAction?.open().catch(() => {});
}

void start();
