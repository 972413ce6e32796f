import { useEffect, useState } from 'react';
import { qrDataUrl } from '../../lib/qr-svg.ts';

/** Byte-mode capacity of the largest QR code at medium error correction is 2,331. */
export const QR_MAX_CHARS = 2_300;

export interface QrWords {
  alt: string;
  hint: string;
  tooLong: string;
  failed: string;
}

interface QrCodeProps {
  text: string;
  words: QrWords;
  /** The quiet zone around the code, in modules. */
  margin: number;
}

/** The text as a QR image (an SVG data: URL, allowed by the CSP). The encoder loads on demand. */
export function QrCode({ text, words, margin }: QrCodeProps) {
  const [result, setResult] = useState<{ text: string; src: string | null } | null>(null);
  const tooLong = text.length > QR_MAX_CHARS;

  useEffect(() => {
    if (tooLong) return;
    let live = true;
    qrDataUrl(text, margin)
      .catch(() => null)
      .then((src) => {
        if (live) setResult({ text, src });
      });
    return () => {
      live = false;
    };
  }, [text, tooLong, margin]);

  if (tooLong) return <p className="inset-text">{words.tooLong}</p>;
  if (result?.text !== text) return null;
  if (!result.src) return <p className="inset-text">{words.failed}</p>;
  return (
    <figure className="qr">
      <img src={result.src} alt={words.alt} width={240} height={240} />
      <figcaption className="hint">{words.hint}</figcaption>
    </figure>
  );
}
