import { useEffect, useState } from 'react';
import { builderCopy } from '../../content/en/therapist.ts';
import { qrDataUrl } from '../../lib/qr-svg.ts';

/** The QR code made for `text`; null src when the text is too long for any QR code. */
type QrState = { text: string; src: string | null };

/** A QR code of the link, as an SVG image (a data: URL, allowed by the page's CSP). */
export function QrImage({ text }: { text: string }) {
  const [state, setState] = useState<QrState | null>(null);
  useEffect(() => {
    let cancelled = false;
    void qrDataUrl(text, 4)
      .catch(() => null)
      .then((src) => {
        if (!cancelled) setState({ text, src });
      });
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (state?.text !== text) return null;
  if (state.src === null) return <p>{builderCopy.qrTooLong}</p>;
  return (
    <>
      <img className="qr-code" src={state.src} alt={builderCopy.qrAlt} width={240} height={240} />
      <p className="hint">{builderCopy.qrHint}</p>
    </>
  );
}
