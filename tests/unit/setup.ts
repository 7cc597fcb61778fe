// Unit tests run IndexedDB through fake-indexeddb; it must be installed before Dexie is imported
// (Dexie reads the global indexedDB when it loads). Real IndexedDB is tested in Chromium (tests/e2e).
import 'fake-indexeddb/auto';

// Testing Library's findBy*/waitFor give up after 1 s by default; on two cores shared with builds
// and browsers a view's first render after an IndexedDB read took longer, and tests that were only
// slow failed. A wait, not a deadline: no test asserts a duration.
import { configure } from '@testing-library/preact';
configure({ asyncUtilTimeout: 10_000 });
