import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * Reads a QR code the way a phone camera would: the page draws the image onto a canvas, and
 * jsQR decodes the pixels. Returns the text, or null when the image is not a readable code.
 * A long code has many modules (a version-2 partner code about 140 a side): a camera sees each
 * through several pixels, so a code that does not read at 600 pixels is drawn larger.
 */
export async function readQrCode(image: Locator): Promise<string | null> {
  for (const size of [600, 1200]) {
    const text = await readQrCodeAt(image, size);
    if (text !== null) return text;
  }
  return null;
}

async function readQrCodeAt(image: Locator, size: number): Promise<string | null> {
  const pixels = await image.evaluate(async (element, size) => {
    const img = element as HTMLImageElement;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.imageSmoothingEnabled = false;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(img, 0, 0, size, size);
    return { data: Array.from(context.getImageData(0, 0, size, size).data), size };
  }, size);
  const result = jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size);
  return result?.data ?? null;
}
