// A QR code as an SVG data: URL (allowed by the page's CSP). The library loads only when a code
// is shown, so it never weighs on the rest of the app.

/** Tries medium error correction first, then low, which holds more. Null when nothing fits. */
export async function qrDataUrl(text: string, border: number): Promise<string | null> {
  const { renderSVG } = await import('uqr');
  for (const ecc of ['M', 'L'] as const) {
    try {
      const svg = renderSVG(text, { ecc, border });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    } catch {
      // Too long for this level: try the next, roomier one.
    }
  }
  return null;
}
