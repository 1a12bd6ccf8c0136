import jsqr from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { pngToRgba } from '../../src/outputs/qr/png-rgba.ts';
import type { RgbaImage } from '../../src/outputs/qr/qr-image.ts';

// jsqr is CommonJS whose function also sits on `.default`; under NodeNext types only `.default` is callable.
export const decodeQr = (img: RgbaImage) => jsqr.default(img.data, img.width, img.height)?.data;

export type ReadBack = { text: string; pages: number; qrCodes: string[] };

/**
 * A PDF read back as a customer's software would: its text (whitespace collapsed) and every embedded
 * image that decodes as a QR code. The documents embed the code at one pixel a module and the page scales
 * it up; scaled up 4× here, it decodes.
 */
export async function readBack(pdf: Buffer | Uint8Array): Promise<ReadBack> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const images = await parser.getImage({ imageThreshold: 50, imageDataUrl: false, imageBuffer: true });
    const qrCodes = images.pages.flatMap((p) => p.images.map((img) => decodeQr(pngToRgba(img.data, 4)))).filter((s): s is string => !!s);
    return { text: text.text.replace(/\s+/g, ' '), pages: text.total, qrCodes };
  } finally {
    await parser.destroy();
  }
}
