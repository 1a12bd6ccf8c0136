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
 * Subsets are cut from a second parse of the same file: fontkit remembers a glyph's characters from the
 * first time it is asked for the glyph, and the subsetter asks without characters (for the parts of
 * composite glyphs). On the font that shapes the text, that would leave later documents' glyphs with no
 * characters and break their text layer (copy, search, screen readers).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

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
  font: ParsedFont; subset: Subset; scale: number; widths: number[]; unicode: number[][];
  layoutCache?: Record<string, unknown>;
};
type EmbeddedFontClass = new (document: PdfmakeDocument, font: ParsedFont, id: string) => EmbeddedFont;
type PdfmakeDocument = {
  fonts: Record<string, Record<string, string | unknown[]>>;
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(familyName: string, bold: boolean, italics: boolean): EmbeddedFont;
};

type Shared = {
  Font: EmbeddedFontClass;
  parsed: ParsedFont;
  forSubsets: ParsedFont;
  common: Glyph[];
  encoded: Map<string, Uint8Array>;
  layoutCache: Record<string, unknown>;
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
      if (++s.documents > LAYOUT_CACHE_DOCUMENTS) Object.assign(s, { layoutCache: Object.create(null) as Record<string, unknown>, documents: 1 });
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
        common: uniqueGlyphs(font.font.layout(COMMON_TEXT).glyphs), encoded: new Map(), layoutCache: font.layoutCache ?? {}, documents: 1,
      };
      shared.set(key, s);
    }
    font.subset = commonSubset(font, s);
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
  subset.encode = () => {
    const glyphs = subset.glyphs.join(',');
    let bytes = s.encoded.get(glyphs);
    if (!bytes) {
      bytes = encode();
      if (s.encoded.size >= ENCODED_SUBSETS) s.encoded.delete(s.encoded.keys().next().value!);
      s.encoded.set(glyphs, bytes);
    }
    return bytes;
  };
  return subset;
}

function uniqueGlyphs(glyphs: Glyph[]): Glyph[] {
  const seen = new Set<number>();
  return glyphs.filter((g) => !seen.has(g.id) && seen.add(g.id));
}
