// A short check that tells a code cut or mistyped on its way from one that arrived whole: the
// first bytes of SHA-256 over the code's text prefix and its bytes, stored in front of them.
// It is not a signature. Anyone can compute it, so it catches accidents, not a code someone
// rewrote on purpose, and says nothing about who made the code.

export const CHECK_BYTES = 4;

async function checkOf(prefix: string, rest: Uint8Array): Promise<Uint8Array> {
  const head = new TextEncoder().encode(prefix);
  const all = new Uint8Array(head.length + rest.length);
  all.set(head);
  all.set(rest, head.length);
  const digest = await crypto.subtle.digest('SHA-256', all as BufferSource);
  return new Uint8Array(digest, 0, CHECK_BYTES);
}

/** `check | rest`, ready to write after `prefix`. */
export async function withCheck(prefix: string, rest: Uint8Array): Promise<Uint8Array> {
  const out = new Uint8Array(CHECK_BYTES + rest.length);
  out.set(await checkOf(prefix, rest));
  out.set(rest, CHECK_BYTES);
  return out;
}

/** The bytes after the check when it matches; null when the code was changed or cut. */
export async function checkedRest(prefix: string, bytes: Uint8Array): Promise<Uint8Array | null> {
  if (bytes.length < CHECK_BYTES) return null;
  const rest = bytes.subarray(CHECK_BYTES);
  const check = await checkOf(prefix, rest);
  return check.every((byte, i) => byte === bytes[i]) ? rest : null;
}
