/**
 * The ways into the reader from the browser's own UI, with a fake browser: the toolbar button on a
 * tab showing a PDF or Word file (Chrome turns the side panel off there so the click comes to the
 * background; Firefox checks before toggling its sidebar) and the right-click entry on such links.
 */
import { describe, expect, it, vi } from 'vitest';
import { browserUi } from '../../../lib/background/browser-ui.ts';

type Listener = (...args: never[]) => void;
const PDF = 'http://www.a.gov.cn/f/2022.pdf';
const READER = (url: string) => `chrome-extension://id/reader.html?url=${encodeURIComponent(url)}`;

function fakeBrowser({ chrome }: { chrome: boolean }) {
  const listeners: Record<string, Listener[]> = {};
  const on = (name: string) => ({
    addListener: (l: Listener) => {
      listeners[name] ??= [];
      listeners[name].push(l);
    },
  });
  const fire = (name: string, ...args: unknown[]) => {
    for (const l of listeners[name] ?? []) {
      (l as (...a: unknown[]) => void)(...args);
    }
  };
  const api = {
    action: { onClicked: on('action'), setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) },
    runtime: { getURL: (path: string) => `chrome-extension://id${path}`, onInstalled: on('installed') },
    tabs: { update: vi.fn(async () => ({})), create: vi.fn(async () => ({})) },
    contextMenus: { create: vi.fn(), update: vi.fn(async () => {}), onClicked: on('menu') },
    sidePanel: chrome
      ? { setPanelBehavior: vi.fn(async () => {}), setOptions: vi.fn(async () => {}), open: vi.fn(async () => {}) }
      : undefined,
    sidebarAction: chrome ? undefined : { toggle: vi.fn(async () => {}), open: vi.fn(async () => {}) },
  };
  return { api, fire };
}

const ui = (api: unknown) => browserUi(api as Parameters<typeof browserUi>[0], () => 'en');

describe('the toolbar button', () => {
  it('Chrome: the panel is off on a tab showing a PDF or Word file, so the click opens the reader in that tab', () => {
    const { api, fire } = fakeBrowser({ chrome: true });
    const u = ui(api);
    u.setUpToolbarButton();
    u.followTab(4, PDF);
    u.followTab(5, 'http://www.a.gov.cn/index.html');
    expect(api.sidePanel!.setOptions.mock.calls).toEqual([[{ tabId: 4, enabled: false }], [{ tabId: 5, enabled: true }]]);
    fire('action', { id: 4, url: PDF });
    expect(api.tabs.update).toHaveBeenCalledWith(4, { url: READER(PDF) });
  });

  it('Firefox: the reader on a file, the sidebar elsewhere', () => {
    const { api, fire } = fakeBrowser({ chrome: false });
    ui(api).setUpToolbarButton();
    fire('action', { id: 4, url: 'http://www.a.gov.cn/f/2022.docx' });
    expect(api.tabs.update).toHaveBeenCalledWith(4, { url: READER('http://www.a.gov.cn/f/2022.docx') });
    expect(api.sidebarAction!.toggle).not.toHaveBeenCalled();
    fire('action', { id: 5, url: 'http://www.a.gov.cn/index.html' });
    expect(api.sidebarAction!.toggle).toHaveBeenCalledOnce();
    expect(api.tabs.update).toHaveBeenCalledOnce();
  });
});

describe('the right-click entry', () => {
  it('is offered on PDF and Word links in the panel’s language, and opens the reader next to the tab', () => {
    const { api, fire } = fakeBrowser({ chrome: true });
    const onAnalyze = vi.fn();
    ui(api).setUpContextMenu(onAnalyze);
    fire('installed');
    const reader = api.contextMenus.create.mock.calls
      .map((c) => c[0] as { id: string; title: string; contexts: string[] })
      .find((m) => m.contexts.includes('link'))!;
    expect(reader).toMatchObject({ title: 'Open in ReportLens reader', targetUrlPatterns: expect.arrayContaining(['*://*/*.pdf']) });
    fire('menu', { menuItemId: reader.id, linkUrl: PDF }, { id: 2, index: 3 });
    expect(api.tabs.create).toHaveBeenCalledWith({ url: READER(PDF), index: 4 });
    // Anything but a web address naming a file is refused.
    fire('menu', { menuItemId: reader.id, linkUrl: 'javascript:alert(1)//.pdf' }, { id: 2, index: 3 });
    expect(api.tabs.create).toHaveBeenCalledOnce();
    expect(onAnalyze).not.toHaveBeenCalled();
  });
});
