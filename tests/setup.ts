import { afterEach } from 'vitest';

// Every project: each test starts with empty web storage. Node tests have it only when they
// import tests/support/web-storage.ts; pure tests run without it.
afterEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
