// One reading of pasted text for every code the app takes in: partner codes, therapist links
// and locked summaries. Email and chat apps wrap lines, quote replies, slip in invisible
// characters, and people add a label, quotes or a full stop. None of those can be part of a
// code (codes use only A–Z, a–z, 0–9, "-", "_", "." and "#"; a locked summary's JSON has no
// spaces in its values), so removing them never changes a code: it only finds it again.

// Zero-width and joining characters, soft hyphens, direction marks, byte-order marks.
const invisible =
  /\u034F|[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const lineBreak = /\r\n?|[\n\u0085\u2028\u2029]/;
/** "> ", ">> " or "> > " at the start of a line: a quoted reply. */
const quoteMarks = /^\s*(?:>\s*)+/;
/** A label such as "Code:" or "Here is my code:", but not a web address's "https://". */
const label = /^\p{L}[\p{L}\p{N}'’_-]{0,40}:(?!\/\/)/u;
const opening = /^[<"'`*(“”„‘’‚«»‹›]+/;
const closing = /[>"'`*)“”‘’«»‹›.,;:!?]+$/;

/** Spaces typed into a web address reach the page as "%20": decode any run that decodes. */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** The pasted text with everything around and inside it that cannot be part of a code removed. */
export function normalisePaste(input: string): string {
  let text = percentDecoded(input)
    .replace(invisible, '')
    .split(lineBreak)
    .map((line) => line.replace(quoteMarks, ''))
    .join('')
    .replace(/\s+/g, '');
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(label, '').replace(opening, '').replace(closing, '');
  }
  return text;
}
