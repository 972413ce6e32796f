// Web Storage kept in memory, for unit tests of the storage modules. They need sessionStorage
// and localStorage but no document, so they run in node (fast) instead of jsdom. Import this
// first, before the modules under test: some read storage as they load.
// tests/setup.ts empties both after each test.

/** The Storage interface as browsers keep it: string keys and values, in insertion order. */
class MemoryStorage {
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#items.set(String(key), String(value));
  }

  removeItem(key: string): void {
    this.#items.delete(String(key));
  }

  clear(): void {
    this.#items.clear();
  }
}

// Defined, not stubbed: vi.unstubAllGlobals() in a test must not take storage away.
for (const name of ['sessionStorage', 'localStorage'] as const) {
  Object.defineProperty(globalThis, name, {
    value: new MemoryStorage(),
    configurable: true,
    writable: true,
  });
}
