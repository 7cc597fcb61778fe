/**
 * Content script, on every *.gov.cn page (and, on request, on other sites). A thin shell: the
 * work is in lib/page/session.ts; this file connects it to the extension and the page's events,
 * all through WXT's ctx so nothing fires after the tab navigates or the extension reloads.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { PageSession } from '../../lib/page/session.ts';
import { ContentRequestSchema, parseMessage } from '../../lib/messages.ts';
import { SETTINGS_LOCAL_KEY, withDefaults } from '../../lib/settings.ts';

/** Set in the content script's own world, so a second injection (on-demand analysis) does not run twice. */
const LOADED = Symbol.for('reportlens.loaded');

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  // Some county sites show the article in a same-site iframe.
  allFrames: true,
  // Do not post WXT's "content script started" message into the page: page scripts see nothing of ours.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const world = globalThis as unknown as Record<symbol, boolean>;
    if (world[LOADED]) return;
    world[LOADED] = true;

    const session = new PageSession({
      doc: document,
      win: window,
      port: {
        analyze: (message) => browser.runtime.sendMessage(message),
        explain: (term) => void browser.runtime.sendMessage({ type: 'term/explain', term }).catch(() => {}),
      },
      timers: {
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
        pause: () => new Promise((resolve) => ctx.setTimeout(resolve, 0)),
      },
    });

    const start = async (forced: boolean) => {
      // Settings are read only for pages that pass the cheap check (or on request): most pages never get here.
      if (!forced && !session.wouldLook()) return session.analyze();
      const settings = withDefaults((await browser.storage.local.get(SETTINGS_LOCAL_KEY))[SETTINGS_LOCAL_KEY]);
      // A site the user turned ReportLens off for stays untouched unless they ask for this page.
      if (!forced && settings.disabledSites.includes(location.hostname)) return;
      session.marking = settings.highlight;
      await session.analyze({ forced });
    };

    ctx.addEventListener(document, 'mousemove', (e) => session.onMouseMove(e), { passive: true });
    ctx.addEventListener(document, 'keydown', (e) => session.onKeyDown(e));
    ctx.addEventListener(window, 'scroll', () => session.onScroll(), { passive: true });
    ctx.onInvalidated(() => session.destroy());

    const onMessage = (raw: unknown) => {
      const message = parseMessage(ContentRequestSchema, raw);
      if (!message) return undefined;
      if (message.type === 'page/jump-to') return Promise.resolve({ found: session.jumpTo(message.start, message.end) });
      return start(true).then(() => ({ state: session.state }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    start(false).catch(() => {
      // Never throw into the page's console: a failure here only means no marks on this page.
    });
  },
});
