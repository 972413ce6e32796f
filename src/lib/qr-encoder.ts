import { correction, generate } from 'lean-qr/nano';
import { toSvgDataURL } from 'lean-qr/extras/svg';

// Loaded on demand by qr-svg.ts, as one file: lean-qr's "nano" build encodes bytes only, which
// is all a link or a code needs, at two thirds of the weight of the full one.

/** Tries medium error correction first, then low, which holds more. Null when nothing fits. */
export function encodeQrSvg(text: string, border: number): string | null {
  for (const level of [correction.M, correction.L]) {
    try {
      // The level may still rise when the code has room to spare.
      const code = generate(text, { minCorrectionLevel: level });
      return toSvgDataURL(code, { pad: border, on: '#000', off: '#fff' });
    } catch {
      // Too long for this level: try the next, roomier one.
    }
  }
  return null;
}
