// Unit tests run IndexedDB through fake-indexeddb; it must be installed before Dexie is imported
// (Dexie reads the global indexedDB when it loads). Real IndexedDB is tested in Chromium (tests/e2e).
import 'fake-indexeddb/auto';
