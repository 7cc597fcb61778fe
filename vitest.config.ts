import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest sets up fakeBrowser and WXT's import aliases; it does not compile Preact JSX by itself.
  plugins: [WxtVitest()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // Waits, not deadlines: a poll or a test only gives up this late so that a loaded machine (two
    // cores shared with builds and browsers) is slow rather than red. No test asserts a duration.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', setupFiles: ['tests/unit/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: two cores, and each test starts its own browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: the Firefox files run one after another, and only after the
          // group of the unit and Chromium projects (groupOrder 0) has finished.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // Tests wait for conditions without deadlines of their own; these only stop a hung run.
          // A Firefox start with the add-on installed takes ~8 s on two idle cores.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
