import { afterEach } from 'vitest';
// The app loads the stored-state readers before it runs whenever something is stored; tests
// store things freely, so they always have them (stored-readers.ts).
import '../src/storage/install-stored-readers.ts';

// Every project: each test starts with empty web storage. Node tests have it only when they
// import tests/support/web-storage.ts; pure tests run without it.
afterEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
