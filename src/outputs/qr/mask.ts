/**
 * Choosing a QR code's data mask (ISO/IEC 18004 §7.8) quickly. The `qrcode` package tries all eight
 * masks on its bit matrix, a function call a module: ~5 ms a payment code, a tenth of a document. Here
 * the symbol is built once with mask 0, and the same rule (the lowest sum of the N1–N4 penalties, the
 * format information included, the first mask on a tie) is applied to flat arrays; a test checks the
 * result against the package's own choice module for module.
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
 * Re-masks a symbol built with mask 0 (error correction M) with the best mask: `data` holds its modules
 * (1 dark), `reserved` marks function patterns and format information, which the mask leaves alone.
 */
export function remaskBest(size: number, data: Uint8Array, reserved: Uint8Array): Uint8Array {
  const unmasked = data.slice();
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) if (!reserved[i * size + j] && MASKS[0]!(i, j)) unmasked[i * size + j]! ^= 1;
  let best: Uint8Array = data;
  let lowest = Infinity;
  for (let p = 0; p < MASKS.length; p++) {
    const candidate = withMask(size, unmasked, reserved, p);
    const score = penalty(size, candidate);
    if (score < lowest) [best, lowest] = [candidate, score];
  }
  return best;
}

function withMask(size: number, unmasked: Uint8Array, reserved: Uint8Array, p: number): Uint8Array {
  const out = unmasked.slice();
  const mask = MASKS[p]!;
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) if (!reserved[i * size + j] && mask(i, j)) out[i * size + j]! ^= 1;
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
  let points = 0;
  let dark = 0;
  for (let a = 0; a < size; a++) {
    let runRow = 0, runCol = 0, lastRow = -1, lastCol = -1, bitsRow = 0, bitsCol = 0;
    for (let b = 0; b < size; b++) {
      const inRow = m[a * size + b]!;
      const inCol = m[b * size + a]!;
      dark += inRow;
      if (inRow === lastRow) runRow++;
      else { if (runRow >= 5) points += runRow - 2; lastRow = inRow; runRow = 1; }
      if (inCol === lastCol) runCol++;
      else { if (runCol >= 5) points += runCol - 2; lastCol = inCol; runCol = 1; }
      bitsRow = ((bitsRow << 1) & 0x7ff) | inRow;
      bitsCol = ((bitsCol << 1) & 0x7ff) | inCol;
      if (b >= 10 && (bitsRow === 0x5d0 || bitsRow === 0x05d)) points += 40;
      if (b >= 10 && (bitsCol === 0x5d0 || bitsCol === 0x05d)) points += 40;
      if (a < size - 1 && b < size - 1) {
        const block = inRow + m[a * size + b + 1]! + m[(a + 1) * size + b]! + m[(a + 1) * size + b + 1]!;
        if (block === 0 || block === 4) points += 3;
      }
    }
    if (runRow >= 5) points += runRow - 2;
    if (runCol >= 5) points += runCol - 2;
  }
  return points + 10 * Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10);
}
