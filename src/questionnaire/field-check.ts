// A short check value for each saved field. Saved state and answers files carry one per field,
// so that a field deleted, renamed or changed after saving is noticed and named, even when what
// is left still looks valid. It guards against damage, not against someone forging a file: FNV-1a
// is fast and small, not secret.

export type FieldChecks = Record<string, string>;

/**
 * FNV-1a (32 bits) over the value's JSON, as 8 hex digits. Key order counts: JSON.parse keeps
 * it, so a value read back unchanged gives the same check.
 */
export function checkValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** One check value per field that holds a value. */
export function fieldChecks(record: Record<string, unknown>, skip: readonly string[] = []) {
  const checks: FieldChecks = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined && !skip.includes(key)) checks[key] = checkValue(value);
  }
  return checks;
}

/** Reads a checks record from outside: anything malformed counts as no checks at all. */
export function readFieldChecks(value: unknown): FieldChecks | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const checks: FieldChecks = {};
  for (const [key, check] of Object.entries(value)) {
    if (typeof check === 'string' && /^[0-9a-f]{8}$/.test(check)) checks[key] = check;
  }
  return checks;
}

/** Edit distance, capped: enough to tell a key with a changed letter from a foreign one. */
function closeTo(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = row;
  }
  return previous[b.length]! <= 2;
}

/** The known key a foreign key was most likely meant to be (one or two letters off), if any. */
export function likelyKey(foreign: string, known: readonly string[]): string | undefined {
  return known.find((key) => closeTo(foreign, key));
}
