/**
 * Choosing a QR code's data mask (ISO/IEC 18004 §7.8) quickly. The `qrcode` package tries all eight
 * masks on its bit matrix, a function call a module: ~5 ms a payment code, a tenth of a document. Here
 * the symbol is built once with mask 0; each candidate is that symbol XOR a flip pattern kept per symbol
 * size, held as bit rows and bit columns (32 modules a word), and the same rule (the lowest sum of the
 * N1–N4 penalties, the format information included, the first mask on a tie) is scored a word at a time.
 * A test checks the result against the package's own choice module for module, and the score against
 * its penalty functions.
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

/** A symbol as bits: `rows` holds row r in words r·words …, `cols` column c in words c·words …. */
type Packed = { size: number; words: number; rows: Int32Array; cols: Int32Array };

/** Per symbol size (one QR version, whose reserved modules never change; at most 40 sizes). */
type Layout = {
  /** For mask p, the modules that turn the mask-0 symbol into the mask-p one: mask 0 XOR mask p, outside the reserved modules. */
  flips: Packed[];
  /** Valid window starts in a line: for windows of 2, 5 and 11 modules. */
  span2: Int32Array; span5: Int32Array; span11: Int32Array;
};
const LAYOUTS = new Map<number, Layout>();

function layout(size: number, reserved: Uint8Array): Layout {
  let l = LAYOUTS.get(size);
  if (!l) {
    const modules = (p: number) => {
      const out = new Uint8Array(size * size);
      for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) if (!reserved[i * size + j] && MASKS[0]!(i, j) !== MASKS[p]!(i, j)) out[i * size + j] = 1;
      return out;
    };
    l = { flips: MASKS.map((_, p) => pack(size, modules(p))), span2: starts(size, 2), span5: starts(size, 5), span11: starts(size, 11) };
    LAYOUTS.set(size, l);
  }
  return l;
}

/** Bits 0 … size − span of a line: where a window of `span` modules can start. */
function starts(size: number, span: number): Int32Array {
  const words = (size + 31) >> 5;
  const out = new Int32Array(words);
  for (let i = 0; i <= size - span; i++) out[i >> 5]! |= 1 << (i & 31);
  return out;
}

function pack(size: number, data: Uint8Array): Packed {
  const words = (size + 31) >> 5;
  const rows = new Int32Array(size * words);
  const cols = new Int32Array(size * words);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!data[r * size + c]) continue;
      rows[r * words + (c >> 5)]! |= 1 << (c & 31);
      cols[c * words + (r >> 5)]! |= 1 << (r & 31);
    }
  }
  return { size, words, rows, cols };
}

function unpack(m: Packed): Uint8Array {
  const out = new Uint8Array(m.size * m.size);
  for (let r = 0; r < m.size; r++) for (let c = 0; c < m.size; c++) out[r * m.size + c] = (m.rows[r * m.words + (c >> 5)]! >>> (c & 31)) & 1;
  return out;
}

function set(m: Packed, r: number, c: number, bit: number): void {
  const { words, rows, cols } = m;
  if (bit) {
    rows[r * words + (c >> 5)]! |= 1 << (c & 31);
    cols[c * words + (r >> 5)]! |= 1 << (r & 31);
  } else {
    rows[r * words + (c >> 5)]! &= ~(1 << (c & 31));
    cols[c * words + (r >> 5)]! &= ~(1 << (r & 31));
  }
}

/**
 * Re-masks a symbol built with mask 0 (error correction M) with the best mask: `data` holds its modules
 * (1 dark), `reserved` marks function patterns and format information, which the mask leaves alone.
 */
export function remaskBest(size: number, data: Uint8Array, reserved: Uint8Array): Uint8Array {
  const { flips, ...spans } = layout(size, reserved);
  const base = pack(size, data);
  let best: Packed = base;
  let lowest = Infinity;
  for (let p = 0; p < flips.length; p++) {
    const candidate = withMask(base, flips[p]!, p);
    const score = penalty(candidate, spans);
    if (score < lowest) [best, lowest] = [candidate, score];
  }
  return unpack(best);
}

/** The penalty of a finished symbol (`data`, 1 dark), for the test that compares it with qrcode's own. */
export function maskPenalty(size: number, data: Uint8Array): number {
  return penalty(pack(size, data), { span2: starts(size, 2), span5: starts(size, 5), span11: starts(size, 11) });
}

/** The symbol with mask `p` instead of mask 0, and mask p's format information. */
function withMask(base: Packed, flip: Packed, p: number): Packed {
  const rows = base.rows.slice();
  const cols = base.cols.slice();
  for (let k = 0; k < rows.length; k++) {
    rows[k]! ^= flip.rows[k]!;
    cols[k]! ^= flip.cols[k]!;
  }
  const out = { ...base, rows, cols };
  const { size } = base;
  const bits = FORMAT_BITS_M[p]!;
  for (let k = 0; k < 15; k++) {
    const bit = (bits >> k) & 1;
    set(out, k < 6 ? k : k < 8 ? k + 1 : size - 15 + k, 8, bit); // down the column beside the finders
    set(out, 8, k < 8 ? size - k - 1 : k < 9 ? 15 - k : 14 - k, bit); // along the row beside them
  }
  set(out, size - 8, 8, 1); // the dark module
  return out;
}

/** N1 runs of five or more, N2 2×2 blocks, N3 finder-like 1:1:3:1:1 patterns, N4 the dark share. */
function penalty(m: Packed, spans: Omit<Layout, 'flips'>): number {
  const { size, words, rows, cols } = m;
  let points = 0;
  let dark = 0;
  for (let a = 0; a < size; a++) {
    const at = a * words;
    points += runsAndFinders(rows, at, words, spans) + runsAndFinders(cols, at, words, spans);
    for (let w = 0; w < words; w++) dark += ones(rows[at + w]!);
    if (a < size - 1) points += 3 * blocks(rows, at, words, spans.span2);
  }
  return points + 10 * Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10);
}

/** Word w of a line (starting at `at`) moved k modules towards its start: bit i is module i + w·32 + k, 0 past the end. */
function shifted(x: Int32Array, at: number, words: number, k: number, w: number): number {
  const s = k & 31;
  const from = w + (k >> 5);
  const lo = from < words ? x[at + from]! : 0;
  const hi = from + 1 < words ? x[at + from + 1]! : 0;
  return s === 0 ? lo : (lo >>> s) | (hi << (32 - s));
}

/** Dark (1) or light (0) modules of the finder look-alikes, from the window's start. */
const FINDER_BEFORE_LIGHT = [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0];
const LIGHT_BEFORE_FINDER = [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1];

/** N1 (a run of L ≥ 5 alike scores L − 2) and N3 (40 a finder look-alike) along one line. */
function runsAndFinders(x: Int32Array, at: number, words: number, spans: Omit<Layout, 'flips'>): number {
  let points = 0;
  let previous = 0; // the word before, of windows of five alike: where each group of them starts
  for (let w = 0; w < words; w++) {
    let five = spans.span5[w]!;
    for (let k = 0; k < 4; k++) five &= ~(shifted(x, at, words, k, w) ^ shifted(x, at, words, k + 1, w)); // module i+k = i+k+1
    // A run of L alike holds L − 4 windows of five and starts one group of them: (L − 4) + 2 = L − 2.
    points += ones(five) + 2 * ones(five & ~((five << 1) | (previous >>> 31)));
    previous = five;
    let before = spans.span11[w]!;
    let after = before;
    for (let k = 0; k < 11; k++) {
      const module = shifted(x, at, words, k, w);
      before &= FINDER_BEFORE_LIGHT[k] ? module : ~module;
      after &= LIGHT_BEFORE_FINDER[k] ? module : ~module;
    }
    points += 40 * (ones(before) + ones(after));
  }
  return points;
}

/** N2: 2×2 blocks of one colour whose top-left module is in the row starting at `at` (the next row below). */
function blocks(rows: Int32Array, at: number, words: number, span2: Int32Array): number {
  const below = at + words;
  let count = 0;
  for (let w = 0; w < words; w++) {
    const a = rows[at + w]!;
    const b = rows[below + w]!;
    const sameA = ~(a ^ shifted(rows, at, words, 1, w));
    const sameB = ~(b ^ shifted(rows, below, words, 1, w));
    count += ones(sameA & sameB & ~(a ^ b) & span2[w]!);
  }
  return count;
}

/** The number of 1 bits in a 32-bit word. */
function ones(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
