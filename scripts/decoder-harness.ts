// What the decoders do with codes that were changed on the way, or pasted the way people paste.
// Shared by the `bench:decoders` report and the unit tests, so both measure the same thing.
// Each result is one of: accepted as the same, refused, or accepted as different (the one that
// must never happen: a damaged code read as some other valid code).

/** The 64 characters of base64url, plus the two others a code holds ("." and "#"). */
export const codeAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#';
/** Characters inserted between two of the code's own. */
export const insertAlphabet = 'AQgw09-_.';

export type Outcome = 'same' | 'refused' | 'different';
export interface Tally {
  tried: number;
  same: number;
  refused: number;
  different: number;
}

export const emptyTally = (): Tally => ({ tried: 0, same: 0, refused: 0, different: 0 });

export function add(tally: Tally, outcome: Outcome): void {
  tally.tried += 1;
  tally[outcome] += 1;
}

/** A decoder under test: what it reads a text as (a canonical string), or null when refused. */
export type Reader = (text: string) => Promise<string | null>;

export async function outcomeOf(read: Reader, text: string, original: string): Promise<Outcome> {
  const value = await read(text);
  if (value === null) return 'refused';
  return value === original ? 'same' : 'different';
}

/** Every single-character substitution, deletion and insertion of `code`. */
export function* mutationsOf(
  code: string,
  { substitutions = codeAlphabet, insertions = insertAlphabet } = {},
): Generator<{ kind: 'substitution' | 'deletion' | 'insertion'; text: string }> {
  for (let at = 0; at < code.length; at += 1) {
    for (const char of substitutions) {
      if (char !== code[at]) {
        yield { kind: 'substitution', text: code.slice(0, at) + char + code.slice(at + 1) };
      }
    }
    yield { kind: 'deletion', text: code.slice(0, at) + code.slice(at + 1) };
  }
  for (let at = 0; at <= code.length; at += 1) {
    for (const char of insertions) {
      yield { kind: 'insertion', text: code.slice(0, at) + char + code.slice(at) };
    }
  }
}

const wrap = (text: string, width: number, breakWith = '\n') =>
  (text.match(new RegExp(`.{1,${width}}`, 'gs')) ?? []).join(breakWith);
const perLine = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
const sprinkle = (text: string, char: string, every: number) =>
  text.replace(new RegExp(`(.{${every}})`, 'gs'), `$1${char}`);

/**
 * The shapes a code takes on its way through email and messaging apps. A shape changes the
 * text around the code, never the code's own characters: every shape must be read as the same.
 */
export const pasteShapes: readonly { name: string; shape: (code: string) => string }[] = [
  { name: 'as it is', shape: (c) => c },
  { name: 'line breaks every 40 characters', shape: (c) => wrap(c, 40) },
  { name: 'Windows line breaks', shape: (c) => wrap(c, 64, '\r\n') },
  { name: 'spaces inside', shape: (c) => sprinkle(c, ' ', 17) },
  { name: 'a line break and indent', shape: (c) => wrap(c, 50, '\n    ') },
  { name: 'leading and trailing spaces', shape: (c) => `   ${c}  \n` },
  { name: 'a trailing full stop', shape: (c) => `${c}.` },
  { name: 'a trailing comma', shape: (c) => `${c},` },
  { name: 'inside < >', shape: (c) => `<${c}>` },
  { name: 'inside " "', shape: (c) => `"${c}"` },
  { name: "inside ' '", shape: (c) => `'${c}'` },
  { name: 'inside curly double quotes', shape: (c) => `\u201C${c}\u201D` },
  { name: 'inside curly single quotes', shape: (c) => `\u2018${c}\u2019` },
  { name: 'a quoted reply "> "', shape: (c) => perLine(wrap(c, 60), '> ') },
  { name: 'a reply to a reply ">> "', shape: (c) => perLine(wrap(c, 60), '>> ') },
  { name: 'a quoted reply "> > "', shape: (c) => perLine(wrap(c, 60), '> > ') },
  { name: 'zero-width spaces', shape: (c) => sprinkle(c, '\u200B', 11) },
  { name: 'soft hyphens', shape: (c) => sprinkle(c, '\u00AD', 13) },
  { name: 'non-breaking spaces', shape: (c) => sprinkle(c, '\u00A0', 19) },
  {
    name: 'a byte-order mark and word joiners',
    shape: (c) => `\uFEFF${sprinkle(c, '\u2060', 23)}`,
  },
  { name: 'a label "Code:"', shape: (c) => `Code: ${c}` },
  { name: 'a label on its own line', shape: (c) => `Here is my code:\n${c}` },
  { name: 'a label, quotes and a full stop', shape: (c) => `Code: \u201C${c}\u201D.` },
  {
    name: 'a quoted reply with a label, wrapped, with a full stop',
    shape: (c) => perLine(`Code:\n${wrap(`<${c}>.`, 45)}`, '> '),
  },
];

/** The three ways a therapist link travels: the full address, the fragment, the code alone. */
export const linkForms: readonly { name: string; form: (code: string) => string }[] = [
  { name: 'full address', form: (c) => `https://prep.example.org/from#${c}` },
  { name: 'fragment', form: (c) => `#${c}` },
  { name: 'code alone', form: (c) => c },
];

/**
 * What the /from page receives when a shaped link is opened in a browser: the URL parser drops
 * line breaks and tabs and percent-encodes spaces, quotes and other characters in the fragment.
 * Null when the text is no longer a web address the browser would open.
 */
export function openedHash(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' && url.hash.length > 1 ? url.hash.slice(1) : null;
  } catch {
    return null;
  }
}
