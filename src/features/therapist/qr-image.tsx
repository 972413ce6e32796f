import { useEffect, useState } from 'react';
import { builderCopy } from '../../content/en/therapist.ts';

/** The QR code made for `text`; null src when the text is too long for any QR code. */
type QrState = { text: string; src: string | null };

async function qrSvg(text: string): Promise<string | null> {
  // Loaded only here, so the QR library never weighs on the rest of the app.
  const QRCode = (await import('qrcode')).default;
  for (const errorCorrectionLevel of ['M', 'L'] as const) {
    try {
      return await QRCode.toString(text, { type: 'svg', errorCorrectionLevel, margin: 4 });
    } catch {
      // Too long for this level: try the next, roomier one.
    }
  }
  return null;
}

/** A QR code of the link, as an SVG image (a data: URL, allowed by the page's CSP). */
export function QrImage({ text }: { text: string }) {
  const [state, setState] = useState<QrState | null>(null);
  useEffect(() => {
    let cancelled = false;
    void qrSvg(text).then((svg) => {
      if (cancelled) return;
      const src = svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` : null;
      setState({ text, src });
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
