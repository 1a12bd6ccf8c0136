/**
 * The Roboto fonts pdfmake ships (Cyrillic included), parsed once per process instead of once per
 * document. pdfkit opens every font anew for each document: reading the file, decoding its tables,
 * shaping every word and cutting the embedded subset again cost ~100 ms of a ~160 ms claim. Neither
 * fontkit (its exports are frozen) nor pdfkit (its font factory is private) takes a parsed font, so the
 * seam is pdfmake's `provideFont`, the one place pdfmake asks its pdfkit document for a font: the first
 * document opens each style as before; every document then gets a pdfkit font object of its own (its
 * own subset and PDF objects) around the shared parsed font and the shared cache of shaped words.
 *
 * Every subset starts with the same glyphs, the letters, digits and signs of the four languages, in
 * the same order, so that documents written with those alone embed byte-identical fonts, encoded once
 * and then reused (cutting a subset costs ~5 ms a style). A document with another glyph (a name in
 * Greek, say) gets it added after them, and its own subset cut.
 *
 * The encoded subset is also deflated once (pdfkit deflates each document's font file anew, ~1 ms a style),
 * the width of every string pdfmake measures is kept with the shaped words, and so is the encoding (glyph
 * ids in the subset and positions) of every string written in common glyphs alone, whose ids in the
 * subset are the same in every document.
 *
 * Subsets are cut from a second parse of the same file: fontkit remembers a glyph's characters from the
 * first time it is asked for the glyph, and the subsetter asks without characters (for the parts of
 * composite glyphs). On the font that shapes the text, that would leave later documents' glyphs with no
 * characters and break their text layer (copy, search, screen readers).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);
/** The fontkit pdfkit itself loads; only its `create` is used, to parse a font file. */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(buffer: Uint8Array): ParsedFont };

const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
export const ROBOTO = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};

/** What the four languages' documents are written with; "fi fl ff ffi ffl" brings Roboto's ligatures. */
const COMMON_TEXT =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '«»–—№’“”„…·€₽₴' +
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЄІЇҐєіїґ' +
  ' fi fl ff ffi ffl';

/** What fontkit's font and pdfkit's EmbeddedFont expose that this module relies on (fontkit 2, pdfkit 0.19). */
type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
type Subset = { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };
type ParsedFont = { createSubset(): Subset; layout(text: string): { glyphs: Glyph[] } };
type EmbeddedFont = {
  font: ParsedFont; subset: Subset; scale: number; widths: number[]; unicode: number[][]; document: PdfmakeDocument;
  layoutCache?: Record<string, unknown>;
  layout(text: string, features: unknown, onlyWidth: boolean): { advanceWidth: number };
  encode(text: string, features?: unknown): Encoded;
  widthOfString(text: string, size: number, features?: unknown): number;
  embed(): void;
};
/** Glyph ids in the subset as four hex digits, and the glyphs' positions; read-only once cached. */
type Encoded = [string[], unknown[]];
/** pdfkit's PDFReference: `end` writes the data and, when `compress` is on, deflates it first. */
type PdfReference = { data: Record<string, unknown>; compress: boolean; write(chunk: Uint8Array): void; end(chunk?: unknown): void; finalize(): void };
type EmbeddedFontClass = new (document: PdfmakeDocument, font: ParsedFont, id: string) => EmbeddedFont;
type PdfmakeDocument = {
  fonts: Record<string, Record<string, string | unknown[]>>;
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(familyName: string, bold: boolean, italics: boolean): EmbeddedFont;
  ref(data?: Record<string, unknown>): PdfReference;
};

type Shared = {
  Font: EmbeddedFontClass;
  parsed: ParsedFont;
  forSubsets: ParsedFont;
  common: Glyph[];
  encoded: Map<string, Uint8Array>;
  layoutCache: Record<string, unknown>;
  /** Advance widths (thousandths of the font size) of the strings measured without font features. */
  widths: Map<string, number>;
  /** Encodings of the strings written in common glyphs alone. */
  encodings: Map<string, Encoded>;
  documents: number;
};

/**
 * Shaped words are cached per font style across documents; the cache starts afresh every this many
 * documents, so distinct words (invoice numbers, amounts, names) cannot grow it without bound.
 */
const LAYOUT_CACHE_DOCUMENTS = 1000;
/** Encoded subsets kept per font style: the common one, and a few documents' with extra glyphs. */
const ENCODED_SUBSETS = 16;

let installed = false;

/** Makes pdfmake reuse parsed fonts and encoded subsets across documents; idempotent. */
export function shareParsedFonts(): void {
  if (installed) return;
  const documentClass = (require('pdfmake/js/PDFDocument') as { default: { prototype: PdfmakeDocument } }).default;
  const open = documentClass.prototype.provideFont;
  const shared = new Map<string, Shared>();
  documentClass.prototype.provideFont = function provideFont(this: PdfmakeDocument, familyName, bold, italics) {
    const type = this.getFontType(bold, italics);
    const own = this.fontCache[familyName]?.[type];
    if (own) return own;
    const key = `${familyName}-${type}`;
    let s = shared.get(key);
    let font: EmbeddedFont;
    if (s) {
      if (++s.documents > LAYOUT_CACHE_DOCUMENTS) Object.assign(s, { layoutCache: Object.create(null) as Record<string, unknown>, widths: new Map(), encodings: new Map(), documents: 1 });
      font = new s.Font(this, s.parsed, `F${++this._fontCount}`);
      font.layoutCache = s.layoutCache;
      this._fontFamilies[key] = font; // pdfkit embeds every font listed here when the document ends
      (this.fontCache[familyName] ??= {})[type] = font;
    } else {
      font = open.call(this, familyName, bold, italics);
      const file = this.fonts[familyName]![type]!;
      if (typeof file !== 'string') return font; // only fonts registered by path are shared
      s = {
        Font: font.constructor as EmbeddedFontClass, parsed: font.font, forSubsets: fontkit.create(readFileSync(file)),
        common: uniqueGlyphs(font.font.layout(COMMON_TEXT).glyphs), encoded: new Map(), layoutCache: font.layoutCache ?? {}, widths: new Map(), encodings: new Map(),
        documents: 1,
      };
      shared.set(key, s);
    }
    font.subset = commonSubset(font, s);
    measureOnce(font, s);
    encodeOnce(font, s);
    embedDeflatedOnce(font);
    return font;
  };
  installed = true;
}

/** A subset that starts with the common glyphs and reuses the encoding of an identical glyph list. */
function commonSubset(font: EmbeddedFont, s: Shared): Subset {
  const subset = s.forSubsets.createSubset();
  for (const glyph of s.common) {
    const gid = subset.includeGlyph(glyph.id);
    font.widths[gid] = glyph.advanceWidth * font.scale; // pdfkit lists a width and characters for every glyph
    font.unicode[gid] = glyph.codePoints;
  }
  const encode = subset.encode.bind(subset);
  const commonIds = subset.glyphs.length;
  subset.encode = () => {
    const glyphs = subset.glyphs.length === commonIds ? 'common' : subset.glyphs.join(','); // nothing added: the common list
    let bytes = s.encoded.get(glyphs);
    if (!bytes) {
      bytes = encode();
      DEFLATED.set(bytes, null);
      if (s.encoded.size >= ENCODED_SUBSETS) s.encoded.delete(s.encoded.keys().next().value!);
      s.encoded.set(glyphs, bytes);
    }
    return bytes;
  };
  return subset;
}

/** The widths pdfmake asks for, from the shared map; pdfkit's own computation fills it. */
function measureOnce(font: EmbeddedFont, s: Shared): void {
  const widthOfString = font.widthOfString;
  font.widthOfString = (text, size, features) => {
    if (features) return widthOfString.call(font, text, size, features);
    let width = s.widths.get(text);
    if (width === undefined) s.widths.set(text, (width = font.layout(text, undefined, true).advanceWidth));
    return width * (size / 1000); // pdfkit's own arithmetic, to the last bit
  };
}

/**
 * Encodings from the shared map. Every subset starts with glyph 0 and the common glyphs (this runs right
 * after commonSubset, so the subset holds just those), so a string whose glyph ids in the subset are all
 * within them is encoded the same in every document, and encoding it adds nothing to the subset, the
 * widths or the characters pdfkit lists. The ids are counted on the subset, not from the common glyphs:
 * a common sign Roboto lacks is glyph 0 itself.
 */
function encodeOnce(font: EmbeddedFont, s: Shared): void {
  const encode = font.encode;
  const commonIds = font.subset.glyphs.length; // ids 0 … commonIds − 1: glyph 0 and the common glyphs
  font.encode = (text, features) => {
    if (features) return encode.call(font, text, features);
    let encoded = s.encodings.get(text);
    if (!encoded) {
      encoded = encode.call(font, text);
      if (encoded[0].every((hex) => parseInt(hex, 16) < commonIds)) s.encodings.set(text, encoded);
    }
    return encoded;
  };
}

/** Encoded subsets (registered by commonSubset) and, once a document has embedded one, its deflated bytes. */
const DEFLATED = new WeakMap<Uint8Array, Buffer | null>();

/**
 * pdfkit's `embed` ends the font file's reference with the encoded subset, and the reference deflates it;
 * for a subset encoded before, the reference gets the deflated bytes kept from the first document.
 */
function embedDeflatedOnce(font: EmbeddedFont): void {
  const embed = font.embed;
  font.embed = function embedFont(this: EmbeddedFont) {
    const doc = this.document;
    const ref = doc.ref;
    doc.ref = (data) => {
      const reference = ref.call(doc, data);
      const end = reference.end;
      reference.end = (chunk) => (chunk instanceof Uint8Array && endDeflated(reference, chunk)) || end.call(reference, chunk);
      return reference;
    };
    try {
      embed.call(this);
    } finally {
      doc.ref = ref;
    }
  };
}

function endDeflated(reference: PdfReference, bytes: Uint8Array): boolean {
  if (!DEFLATED.has(bytes) || !reference.compress) return false;
  let deflated = DEFLATED.get(bytes);
  if (!deflated) DEFLATED.set(bytes, (deflated = deflateSync(bytes)));
  reference.compress = false;
  reference.data.Filter = 'FlateDecode';
  reference.write(deflated);
  reference.finalize();
  return true;
}

function uniqueGlyphs(glyphs: Glyph[]): Glyph[] {
  const seen = new Set<number>();
  return glyphs.filter((g) => !seen.has(g.id) && seen.add(g.id));
}
