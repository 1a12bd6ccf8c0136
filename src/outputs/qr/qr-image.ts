/**
 * Rendering a payment QR payload (D4): a PNG data URL for documents, the module matrix and an RGBA
 * bitmap for tests that decode the code back. Error correction M, as the payment standards advise.
 */
import QRCode from 'qrcode';

export type QrMatrix = { size: number; version: number; dark: (row: number, col: number) => boolean };

export type RgbaImage = { data: Uint8ClampedArray; width: number; height: number };

const ERROR_CORRECTION = 'M' as const;

/** A PNG data URL ("data:image/png;base64,…"); UTF-8 text goes in byte mode. */
export async function qrPngDataUrl(payload: string, options: { scale?: number; margin?: number } = {}): Promise<string> {
  return QRCode.toDataURL(payload, {
    errorCorrectionLevel: ERROR_CORRECTION,
    type: 'image/png',
    scale: options.scale ?? 4,
    margin: options.margin ?? 4,
  });
}

/** The QR symbol as a matrix of modules (no quiet zone). */
export function qrMatrix(payload: string): QrMatrix {
  const code = QRCode.create(payload, { errorCorrectionLevel: ERROR_CORRECTION });
  const { size, data } = code.modules;
  return { size, version: code.version, dark: (row, col) => data[row * size + col] === 1 };
}

/** The matrix drawn as black-on-white RGBA pixels, `scale` pixels a module and a `margin`-module quiet zone. */
export function qrRgba(payload: string, scale = 4, margin = 4): RgbaImage {
  const m = qrMatrix(payload);
  const width = (m.size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    const row = Math.floor(y / scale) - margin;
    for (let x = 0; x < width; x++) {
      const col = Math.floor(x / scale) - margin;
      if (row < 0 || col < 0 || row >= m.size || col >= m.size || !m.dark(row, col)) continue;
      const i = (y * width + x) * 4;
      data[i] = 0;
      data[i + 1] = 0;
      data[i + 2] = 0;
    }
  }
  return { data, width, height: width };
}
