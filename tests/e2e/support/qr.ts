import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * Reads a QR code the way a phone camera would: the page draws the image onto a canvas, and
 * jsQR decodes the pixels. Returns the text, or null when the image is not a readable code.
 */
export async function readQrCode(image: Locator): Promise<string | null> {
  const pixels = await image.evaluate(async (element) => {
    const img = element as HTMLImageElement;
    await img.decode();
    const size = 600;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.imageSmoothingEnabled = false;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(img, 0, 0, size, size);
    return { data: Array.from(context.getImageData(0, 0, size, size).data), size };
  });
  const result = jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size);
  return result?.data ?? null;
}
