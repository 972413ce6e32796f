import fc from 'fast-check';

// One change to one key anywhere in a JSON document: the key deleted, renamed (to a near miss
// such as one changed letter, or to anything at all), or its value swapped for another type.
// This is the damage a half-written save, a careless hand edit or a faulty sync can do.

type Json = unknown;
type Path = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path to an object key, at any depth (arrays are walked, their indexes are not keys). */
export function keyPaths(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, at) => keyPaths(item, [...prefix, String(at)]));
  }
  if (!isRecord(value)) return [];
  return Object.keys(value).flatMap((key) => [
    [...prefix, key],
    ...keyPaths(value[key], [...prefix, key]),
  ]);
}

/** A value of another JSON type than `value`. */
function otherType(value: Json, pick: number): Json {
  const choices: Json[] = ['text', 7, true, null, [], {}, ['x'], { x: 1 }];
  const same = (candidate: Json) =>
    typeof candidate === typeof value &&
    Array.isArray(candidate) === Array.isArray(value) &&
    (candidate === null) === (value === null);
  const others = choices.filter((candidate) => !same(candidate));
  return others[pick % others.length];
}

function nearMiss(key: string, at: number, letter: string): string {
  if (key.length === 0) return letter;
  const position = at % key.length;
  const replaced = key[position] === letter ? (letter === 'x' ? 'y' : 'x') : letter;
  return key.slice(0, position) + replaced + key.slice(position + 1);
}

export type KeyMutation =
  | { op: 'delete'; path: Path }
  | { op: 'rename'; path: Path; to: string }
  | { op: 'retype'; path: Path; to: Json };

/** Applies the mutation to a copy. */
export function applyMutation(document: Json, mutation: KeyMutation): Json {
  const copy = structuredClone(document) as Record<string, unknown>;
  const parentPath = mutation.path.slice(0, -1);
  const key = mutation.path.at(-1)!;
  let parent: unknown = copy;
  for (const step of parentPath) parent = (parent as Record<string, unknown>)[step];
  const target = parent as Record<string, unknown>;
  if (mutation.op === 'delete') {
    delete target[key];
  } else if (mutation.op === 'retype') {
    target[key] = mutation.to;
  } else if (mutation.to !== key) {
    // A rename keeps the place in the key order, as an edited file would.
    const entries = Object.entries(target).map(([name, value]) =>
      name === key ? [mutation.to, value] : [name, value],
    );
    for (const name of Object.keys(target)) delete target[name];
    Object.assign(target, Object.fromEntries(entries));
  }
  return copy;
}

/** One mutation of one key of `document`, chosen at random. */
export function keyMutation(document: Json): fc.Arbitrary<KeyMutation> {
  const paths = keyPaths(document);
  return fc
    .record({
      at: fc.nat({ max: Math.max(0, paths.length - 1) }),
      op: fc.constantFrom('delete', 'rename', 'retype'),
      near: fc.boolean(),
      letterAt: fc.nat(),
      letter: fc.constantFrom('a', 'e', 'x', 'Z', '_'),
      anyName: fc.string({ minLength: 1, maxLength: 12 }),
      pick: fc.nat(),
    })
    .map((choice): KeyMutation => {
      const path = paths[choice.at]!;
      const key = path.at(-1)!;
      if (choice.op === 'delete') return { op: 'delete', path };
      if (choice.op === 'rename') {
        return {
          op: 'rename',
          path,
          to: choice.near ? nearMiss(key, choice.letterAt, choice.letter) : choice.anyName,
        };
      }
      let value: unknown = document;
      for (const step of path) value = (value as Record<string, unknown>)[step];
      return { op: 'retype', path, to: otherType(value, choice.pick) };
    });
}

/** A document and one mutation of it, applied. */
export function mutatedOnce(document: Json) {
  return keyMutation(document).map((mutation) => ({
    mutation,
    mutated: applyMutation(document, mutation),
  }));
}
