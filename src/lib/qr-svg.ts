// A QR code as an SVG data: URL (allowed by the page's CSP). The encoder loads only when a code
// is shown, so it never weighs on the rest of the app.

/** Null when the text is too long for any QR code. */
export async function qrDataUrl(text: string, border: number): Promise<string | null> {
  const { encodeQrSvg } = await import('./qr-encoder.ts');
  return encodeQrSvg(text, border);
}
