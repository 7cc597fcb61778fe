import { defineConfig } from 'wxt';
import { pdfjsPublicFiles } from './scripts/lib/pdfjs-assets.ts';

// ReportLens is built for Chrome MV3 (side panel) and Firefox (sidebar_action).
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
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reportlens@reportlens.dev',
              strict_min_version: '142.0',
              // ReportLens sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
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
