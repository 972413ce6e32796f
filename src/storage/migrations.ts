// Saved state carries a version. When its shape changes, STATE_VERSION goes up by one and a
// migration from the old version is added here, so answers saved by an older version of the
// app still open. Version 1 is the first released shape, so the table starts empty.

export type SavedRecord = Record<string, unknown>;
/** Lifts a saved state from version n to version n + 1. May throw on bad input. */
export type Migration = (state: SavedRecord) => SavedRecord;
export type Migrations = Readonly<Record<number, Migration>>;

export const stateMigrations: Migrations = {};

/**
 * Runs each step from the saved version up to `target`. Returns null when a step is missing
 * or fails, so the caller can report the state as unreadable instead of crashing.
 */
export function migrateState(
  state: SavedRecord,
  target: number,
  migrations: Migrations = stateMigrations,
): SavedRecord | null {
  let current = state;
  let version = current.version;
  while (typeof version === 'number' && Number.isInteger(version) && version < target) {
    const step = migrations[version];
    if (!step) return null;
    try {
      current = { ...step(current), version: version + 1 };
    } catch {
      return null;
    }
    version = current.version;
  }
  return version === target ? current : null;
}
