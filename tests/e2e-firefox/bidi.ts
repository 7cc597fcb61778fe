/**
 * Reaching ReportLens's closed shadow root in Firefox, as the Chromium suite does through the
 * DevTools protocol (tests/e2e/cdp.ts): page scripts see `shadowRoot === null`, but WebDriver BiDi
 * serialises a node's shadow root, closed ones included, when asked with
 * `serializationOptions.includeShadowTree: 'all'`, and the root's `sharedId` can then be passed to
 * a function evaluated in the page. puppeteer's `page.accessibility` needs CDP, which Firefox does
 * not speak, and its own evaluate never asks for closed roots; so this sends `script.callFunction`
 * through puppeteer's BiDi realm of the frame (not a public API of puppeteer-core 25: checked below,
 * with an error that says what changed).
 */
import type { Frame, Page } from 'puppeteer-core';

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
type CallResult = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };
interface BidiRealm {
  callFunction(functionDeclaration: string, awaitPromise: boolean, options: Record<string, unknown>): Promise<CallResult>;
}

function realmOf(frame: Page | Frame): BidiRealm {
  const f = ('mainFrame' in frame ? frame.mainFrame() : frame) as unknown as { browsingContext?: { defaultRealm?: BidiRealm } };
  const realm = f.browsingContext?.defaultRealm;
  if (typeof realm?.callFunction !== 'function')
    throw new Error(
      'puppeteer-core no longer keeps the BiDi realm at frame.browsingContext.defaultRealm: update tests/e2e-firefox/bidi.ts',
    );
  return realm;
}

async function call(realm: BidiRealm, fn: string, options: Record<string, unknown>): Promise<RemoteValue> {
  const reply = await realm.callFunction(fn, true, { resultOwnership: 'none', ...options });
  if (reply.type === 'exception') throw new Error(`in the page: ${reply.exceptionDetails.text}`);
  return reply.result;
}

/**
 * Runs `fn` (a function source; `this` is the shadow root) on the shadow root — open or closed —
 * of the first `<hostName>` element of the frame, and returns what it returns (JSON values only);
 * null when there is no such element or it has no shadow root.
 */
export async function inShadowRoot<T>(frame: Page | Frame, hostName: string, fn: string): Promise<T | null> {
  const realm = realmOf(frame);
  const host = await call(realm, '(name) => document.querySelector(name)', {
    arguments: [{ type: 'string', value: hostName }],
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadow = host.type === 'node' ? (host.value as { shadowRoot?: RemoteValue | null }).shadowRoot : null;
  if (!shadow?.sharedId) return null;
  const json = await call(realm, `function () { return JSON.stringify((${fn}).call(this)); }`, { this: { sharedId: shadow.sharedId } });
  return JSON.parse(json.value as string) as T;
}

/** The tooltip as the user sees it: shown or not, its role, its text, and the centre of its button. */
export interface TooltipView {
  visible: boolean;
  role: string | null;
  text: string;
  button: { x: number; y: number } | null;
}

/** ReportLens's tooltip (in a closed shadow root), or null before the first one. */
export function readTooltip(frame: Page | Frame): Promise<TooltipView | null> {
  return inShadowRoot<TooltipView>(
    frame,
    'reportlens-tooltip',
    `function () {
      const tip = this.querySelector('[role="tooltip"]');
      if (!tip) return null;
      const button = tip.querySelector('button');
      const b = button ? button.getBoundingClientRect() : null;
      return {
        visible: this.host.style.display !== 'none',
        role: tip.getAttribute('role'),
        text: tip.textContent || '',
        button: b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null,
      };
    }`,
  );
}
