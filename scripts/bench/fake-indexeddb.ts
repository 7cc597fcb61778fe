// fake-indexeddb as the global IndexedDB, for benchmarks run in Node; imported before Dexie loads.
import 'fake-indexeddb/auto';
