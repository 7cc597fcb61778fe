/**
 * Content script, on every *.gov.cn page (and, on request, on other sites). A thin shell: the
 * work is in lib/page/session.ts; this file connects it to the extension, the settings and the
 * page's events. Its lifetime is ReportLens's own (lib/page/lifetime.ts), not WXT's context,
 * which any page script could end with one CustomEvent.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { PageSession, type PageSettings } from '../../lib/page/session.ts';
import { Lifetime } from '../../lib/page/lifetime.ts';
import { ContentRequestSchema, createPageRequester, parseMessage } from '../../lib/messages.ts';
import { SETTINGS_LOCAL_KEY, withDefaults } from '../../lib/settings.ts';

/** Set in the content script's own world: a second injection (on-demand analysis) replaces the first. */
const RUNNING = Symbol.for('reportlens.running');

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  // Some county sites show the article in a same-site iframe.
  allFrames: true,
  // Do not post WXT's "content script started" message into the page: page scripts see nothing of ours.
  noScriptStartedPostMessage: true,
  main() {
    const world = globalThis as unknown as Record<symbol, Lifetime | undefined>;
    world[RUNNING]?.end();
    const lifetime = new Lifetime(() => {
      // A reloaded extension leaves this script orphaned: runtime.id goes away (Firefox may throw instead).
      try {
        return browser.runtime?.id !== undefined;
      } catch {
        return false;
      }
    });
    world[RUNNING] = lifetime;

    const request = createPageRequester((message) => browser.runtime.sendMessage(message));
    const readSettings = async (): Promise<PageSettings> => {
      const settings = withDefaults((await browser.storage.local.get(SETTINGS_LOCAL_KEY))[SETTINGS_LOCAL_KEY]);
      return { off: settings.disabledSites.includes(location.hostname), marking: settings.highlight, lang: settings.lang };
    };
    const session = new PageSession({
      doc: document,
      win: window,
      settings: readSettings,
      port: {
        analyze: (message) => request(message),
        ownExplanations: (term) => request({ type: 'term/definition', term }),
        explain: (term) => void request({ type: 'term/explain', term }),
      },
      timers: {
        setTimeout: (fn, ms) => lifetime.setTimeout(fn, ms),
        clearTimeout: (id) => lifetime.clearTimeout(id),
        pause: () => lifetime.pause(),
      },
    });

    lifetime.listen<MouseEvent>(document, 'mousemove', (e) => session.onMouseMove(e), { passive: true });
    lifetime.listen<KeyboardEvent>(document, 'keydown', (e) => session.onKeyDown(e));
    lifetime.listen(window, 'scroll', () => session.onScroll(), { passive: true });
    lifetime.onEnd(() => session.destroy());

    const onSettingsChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_LOCAL_KEY in changes && lifetime.valid) void readSettings().then((s) => session.applySettings(s));
    };
    browser.storage.onChanged.addListener(onSettingsChanged);
    lifetime.onEnd(() => browser.storage.onChanged.removeListener(onSettingsChanged));

    const onMessage = (raw: unknown) => {
      const message = lifetime.valid ? parseMessage(ContentRequestSchema, raw) : null;
      if (!message) return undefined;
      if (message.type === 'page/jump-to') return Promise.resolve({ found: session.jumpTo(message.start, message.end) });
      return session.analyze({ userAsked: true }).then(() => ({ state: session.state }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    lifetime.onEnd(() => browser.runtime.onMessage.removeListener(onMessage));

    session.analyze().catch(() => {
      // Never throw into the page's console: a failure here only means no marks on this page.
    });
  },
});
