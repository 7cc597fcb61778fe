/**
 * Reaching what page scripts cannot, through the DevTools protocol: the content script's isolated
 * world (to send messages as a compromised content script would) and ReportLens's closed shadow
 * root (to read the tooltip as the user sees it).
 */
import type { CDPSession, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean; type?: string };
}

/** A function evaluated in the content script's world of the page's top frame, as if the content script ran it. */
export interface ContentWorld {
  evaluate<T>(expression: string): Promise<T>;
}

export async function contentScriptWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const session = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  session.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => void contexts.push(event.context));
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  await session.send('Runtime.enable');
  const isOurs = (c: ExecutionContext) =>
    c.origin === `chrome-extension://${extensionId}` && c.auxData?.isDefault === false && c.auxData.frameId === frameTree.frame.id;
  for (let i = 0; i < 100 && !contexts.some(isOurs); i++) await new Promise((r) => setTimeout(r, 50));
  const context = contexts.find(isOurs);
  if (!context) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
  return {
    evaluate: async <T>(expression: string) => {
      const reply = (await session.send('Runtime.evaluate', {
        expression,
        contextId: context.id,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value: T };
        exceptionDetails?: { exception?: { description?: string }; text: string };
      };
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      return reply.result.value;
    },
  };
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * Runs `fn` (a function source, `this` is the shadow root) on the shadow root of the first
 * `<hostName>` element, open or closed; null when there is none.
 */
export async function inShadowRoot<T>(page: Page, hostName: string, fn: string): Promise<T | null> {
  const session: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | null => {
      if (node.localName === hostName && node.shadowRoots?.[0]) return node.shadowRoots[0];
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const shadow = find(root);
    if (!shadow) return null;
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const reply = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    })) as {
      result: { value: T };
    };
    return reply.result.value;
  } finally {
    await session.detach();
  }
}

/** The tooltip as the user sees it: shown or not, its role, its text, its box and whether its content scrolls. */
export interface TooltipView {
  visible: boolean;
  role: string | null;
  text: string;
  height: number;
  scrollable: boolean;
  button: { x: number; y: number } | null;
}

export async function readTooltip(page: Page): Promise<TooltipView | null> {
  return inShadowRoot<TooltipView>(
    page,
    'reportlens-tooltip',
    `function () {
      const tip = this.querySelector('[role="tooltip"]');
      if (!tip) return null;
      const host = this.host;
      const box = tip.getBoundingClientRect();
      const button = tip.querySelector('button');
      const b = button ? button.getBoundingClientRect() : null;
      return {
        visible: host.style.display !== 'none',
        role: tip.getAttribute('role'),
        text: tip.textContent || '',
        height: box.height,
        scrollable: tip.scrollHeight > tip.clientHeight && getComputedStyle(tip).overflowY === 'auto',
        button: b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null,
      };
    }`,
  );
}
