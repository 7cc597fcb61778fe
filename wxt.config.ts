import { defineConfig } from 'wxt';
import { pdfjsPublicFiles } from './scripts/lib/pdfjs-assets.ts';

// ReportLens is built for Chrome MV3 (side panel) and Firefox (sidebar_action).
//
// Minimum versions, each the newest thing the code cannot do without:
// - Chrome 144: the background's and the content script's runtime.onMessage listeners answer by
//   returning a Promise; earlier Chrome ignores the Promise and the sender gets no answer (WXT's
//   `browser` is Chrome's own `chrome`, no polyfill). Everything else is older: sidePanel.open 116,
//   sidePanel 114, the Highlight API 105, storage.session 102, adoptedStyleSheets.push 99.
// - Firefox 140 (the current ESR): data_collection_permissions below (140 on desktop, 142 on
//   Android). Older needs are storage.session in MV2 (115) and scripting in MV2 (102); Firefox
//   always accepted Promise-returning message listeners. 140 also brought the CSS Custom Highlight
//   API, so no supported browser needs the overlay fallback of lib/page/highlighter.ts.
const MINIMUM_CHROME_VERSION = '144';
const MINIMUM_FIREFOX_VERSION = '140.0';
const MINIMUM_FIREFOX_ANDROID_VERSION = '142.0';

export default defineConfig({
  // A reader should see where every name comes from: no auto-imports.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'ReportLens 政报透镜',
    description: 'Reads Chinese government work reports in the page: targets, results and jargon explained, kept in a local library.',
    // `action: {}` is needed for the toolbar button that opens the side panel.
    action: { default_title: 'ReportLens 政报透镜' },
    permissions: [
      'storage',
      // Reports, figures and the user's terms live in IndexedDB; a province over ten years is
      // ~10,000 reports with their texts (hundreds of MB), beyond the default quota on some profiles.
      'unlimitedStorage',
      // On sites other than *.gov.cn ReportLens runs only when the user asks (toolbar, context menu).
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Save all and the reader fetch reports from county sites, and Save all asks a tab what it links
    // to (scripting): *.gov.cn only, the sites the content script already runs on, so no new
    // install warning. Elsewhere only after the user's click (activeTab).
    host_permissions: ['*://*.gov.cn/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reportlens@reportlens.dev',
              strict_min_version: MINIMUM_FIREFOX_VERSION,
              // ReportLens sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: MINIMUM_FIREFOX_ANDROID_VERSION },
          },
        }
      : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
  }),
  hooks: {
    // pdf.js's worker and CMaps, for extension pages that read PDF reports (lib/filetext/browser.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsPublicFiles());
    },
  },
  vite: () => ({
    // JSX is compiled for Preact by Vite's own transformer (tsconfig jsxImportSource);
    // no Babel-based preset is needed.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
