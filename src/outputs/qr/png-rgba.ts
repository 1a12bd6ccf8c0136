/**
 * A minimal PNG reader (8-bit grey, grey+alpha, RGB, RGBA; not interlaced): enough to turn a rendered
 * payment QR code (D4), or one extracted from a PDF, back into RGBA pixels for a QR decoder, `scale`
 * times larger (nearest neighbour: the documents embed the code at one pixel a module).
 */
import { inflateSync } from 'node:zlib';
import type { RgbaImage } from './qr-image.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function pngToRgba(png: Uint8Array, scale = 1): RgbaImage {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!SIGNATURE.every((b, i) => buf[i] === b)) throw new Error('not a PNG file');
  let width = 0, height = 0, colorType = -1;
  const idat: Buffer[] = [];
  for (let pos = 8; pos < buf.length; ) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colorType = body[9]!;
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs are supported');
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  const channels = CHANNELS[colorType];
  if (!channels) throw new Error(`PNG colour type ${colorType} is not supported`);
  const raw = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  const data = new Uint8ClampedArray(width * scale * height * scale * 4);
  for (let y = 0; y < height * scale; y++) {
    for (let x = 0; x < width * scale; x++) {
      const s = (Math.floor(y / scale) * width + Math.floor(x / scale)) * channels;
      const o = (y * width * scale + x) * 4;
      const grey = channels <= 2;
      data[o] = raw[s]!;
      data[o + 1] = grey ? raw[s]! : raw[s + 1]!;
      data[o + 2] = grey ? raw[s]! : raw[s + 2]!;
      data[o + 3] = channels === 2 ? raw[s + 1]! : channels === 4 ? raw[s + 3]! : 255;
    }
  }
  return { data, width: width * scale, height: height * scale };
}

/** Undoes the per-row PNG filters (None, Sub, Up, Average, Paeth). */
function unfilter(input: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = input[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[row + x] = (input[src + x]! + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
