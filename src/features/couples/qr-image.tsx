import { useEffect, useState } from 'react';
import { shareCopy } from '../../content/en/couples.ts';
import { qrDataUrl } from '../../lib/qr-svg.ts';

/** Byte-mode capacity of the largest QR code at medium error correction is 2,331. */
export const QR_MAX_CHARS = 2_300;

/** The code as a QR image. The library loads only when a code is shown. */
export function QrImage({ text }: { text: string }) {
  const [result, setResult] = useState<{ text: string; src: string | null } | null>(null);
  const tooLong = text.length > QR_MAX_CHARS;

  useEffect(() => {
    if (tooLong) return;
    let live = true;
    qrDataUrl(text, 2)
      .then((src) => {
        if (live) setResult({ text, src });
      })
      .catch(() => {
        if (live) setResult({ text, src: null });
      });
    return () => {
      live = false;
    };
  }, [text, tooLong]);

  if (tooLong) return <p className="inset-text">{shareCopy.qrTooLong}</p>;
  if (!result || result.text !== text) return null;
  if (!result.src) return <p className="inset-text">{shareCopy.qrFailed}</p>;
  return (
    <figure className="qr">
      <img src={result.src} alt={shareCopy.qrAlt} width={240} height={240} />
      <figcaption className="hint">{shareCopy.qrHint}</figcaption>
    </figure>
  );
}
