/**
 * Choosing a QR code's data mask (ISO/IEC 18004 §7.8) quickly. The `qrcode` package tries all eight
 * masks on its bit matrix, a function call a module: ~5 ms a payment code, a tenth of a document. Here
 * the symbol is built once with mask 0 and re-masked with flip arrays kept per symbol size, and the
 * same rule (the lowest sum of the N1–N4 penalties, the format information included, the first mask on
 * a tie) is applied to flat arrays; a test checks the result against the package's own choice module
 * for module.
 */

/** The 15 format-information bits for error correction M and masks 0–7 (ISO/IEC 18004 table C.1). */
const FORMAT_BITS_M = [0x5412, 0x5125, 0x5e7c, 0x5b4b, 0x45f9, 0x40ce, 0x4f97, 0x4aa0];

const MASKS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/**
 * Which modules each mask flips, for one symbol size: the mask's modules outside the function patterns
 * and format information. A size is one QR version, whose reserved modules never change, so the eight
 * arrays are built once a size (at most 40 sizes).
 */
const FLIPS = new Map<number, Uint8Array[]>();

function flips(size: number, reserved: Uint8Array): Uint8Array[] {
  let masks = FLIPS.get(size);
  if (!masks) {
    masks = MASKS.map((mask) => {
      const out = new Uint8Array(size * size);
      for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) if (!reserved[i * size + j] && mask(i, j)) out[i * size + j] = 1;
      return out;
    });
    FLIPS.set(size, masks);
  }
  return masks;
}

/**
 * Re-masks a symbol built with mask 0 (error correction M) with the best mask: `data` holds its modules
 * (1 dark), `reserved` marks function patterns and format information, which the mask leaves alone.
 */
export function remaskBest(size: number, data: Uint8Array, reserved: Uint8Array): Uint8Array {
  const masks = flips(size, reserved);
  const mask0 = masks[0]!;
  let best: Uint8Array = data;
  let lowest = Infinity;
  for (let p = 0; p < masks.length; p++) {
    const candidate = withMask(size, data, mask0, masks[p]!, p);
    const score = penalty(size, candidate);
    if (score < lowest) [best, lowest] = [candidate, score];
  }
  return best;
}

/** The symbol with mask `p` instead of mask 0, and mask p's format information. */
function withMask(size: number, data: Uint8Array, mask0: Uint8Array, mask: Uint8Array, p: number): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let k = 0; k < out.length; k++) out[k] = data[k]! ^ mask0[k]! ^ mask[k]!;
  const bits = FORMAT_BITS_M[p]!;
  for (let k = 0; k < 15; k++) {
    const bit = (bits >> k) & 1;
    out[(k < 6 ? k : k < 8 ? k + 1 : size - 15 + k) * size + 8] = bit; // down the column beside the finders
    out[8 * size + (k < 8 ? size - k - 1 : k < 9 ? 15 - k : 14 - k)] = bit; // along the row beside them
  }
  out[(size - 8) * size + 8] = 1; // the dark module
  return out;
}

/** N1 runs of five or more, N2 2×2 blocks, N3 finder-like 1:1:3:1:1 patterns, N4 the dark share. */
function penalty(size: number, m: Uint8Array): number {
  const dark = { modules: 0 };
  let points = linePenalty(size, m, 1, size, dark) + linePenalty(size, m, size, 1, null);
  for (let a = 0; a < size - 1; a++) {
    for (let k = a * size, end = k + size - 1; k < end; k++) {
      const block = m[k]! + m[k + 1]! + m[k + size]! + m[k + size + 1]!;
      if (block === 0 || block === 4) points += 3;
    }
  }
  return points + 10 * Math.abs(Math.ceil((dark.modules * 100) / (size * size) / 5) - 10);
}

/** N1 and N3 along every row (step 1) or column (step size); counts the dark modules when asked. */
function linePenalty(size: number, m: Uint8Array, step: number, next: number, dark: { modules: number } | null): number {
  let points = 0;
  let darkModules = 0;
  for (let a = 0; a < size; a++) {
    let run = 0;
    let last = -1;
    let bits = 0;
    for (let b = 0, k = a * next; b < size; b++, k += step) {
      const v = m[k]!;
      darkModules += v;
      if (v === last) run++;
      else {
        if (run >= 5) points += run - 2;
        last = v;
        run = 1;
      }
      bits = ((bits << 1) & 0x7ff) | v;
      if (b >= 10 && (bits === 0x5d0 || bits === 0x05d)) points += 40;
    }
    if (run >= 5) points += run - 2;
  }
  if (dark) dark.modules = darkModules;
  return points;
}
