/**
 * pdfmake draws every word of a laid-out line as its own pdfkit `text()` call: each word sets opacity and
 * colour, saves the graphics state, flips the page, opens a text object, positions, picks the font, shows
 * the word and closes it all again, about a dozen content operators (each its own small Buffer) a word —
 * 72 KB of content for one page of a claim and a third of its rendering time. The seam is pdfmake's
 * `Renderer.renderLine`: a plain line is drawn as one text object a run of words sharing font, size,
 * colour, opacity and baseline, and every word is still placed exactly where pdfmake laid it out (a
 * `TJ` offset takes the pen from the end of one word to the start of the next, which also carries
 * justification). Glyphs, widths and kerning come from the same pdfkit font, so the text layer reads
 * as before. Lines with anything else (links, destinations, outlines, page references, decorations,
 * backgrounds, character spacing, font features, glyphs positioned off their advance) are drawn by
 * pdfmake as before.
 */
import { pdfmakeClass, seam } from './seam.ts';

/** What pdfmake's laid-out lines and pdfkit's document expose that this module relies on (pdfmake 0.3.11, pdfkit 0.19). */
type Position = { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number };
type Font = {
  id: string; ascender: number;
  encode(text: string): [string[], Position[]];
  ref(): unknown;
};
export type Inline = {
  text: string; x: number; font: Font; fontSize: number; color?: unknown; opacity?: unknown; sup?: boolean; sub?: boolean;
  link?: unknown; linkToPage?: unknown; linkToDestination?: unknown; _pageNodeRef?: unknown; fontFeatures?: unknown;
  characterSpacing?: number; decoration?: unknown; background?: unknown;
};
export type Line = { inlines: Inline[]; id?: unknown; _outline?: unknown; _pageNodeRef?: unknown; getHeight(): number; getAscenderHeight(): number };
type Page = { height: number; fonts: Record<string, unknown>; content: { uncompressedLength: number } };
type Document = {
  page: Page;
  _font: Font; _fontSize: number;
  opacity(value: number): void;
  fillColor(color: unknown): void;
  resolveColor(color: unknown, fallback: string): unknown;
  addContent(data: string): void;
};
type Renderer = { pdfDocument: Document; renderLine(this: Renderer, line: Line, x: number, y: number): void };

/** A run of words drawn as one text object: their font state and the text showing operands. */
type Run = { font: Font; fontSize: number; color: unknown; opacity: number; x: number; y: number; shows: string };

/** Makes pdfmake draw plain lines a run of words at a time, or (`on` false, for tests) word by word again. */
export const drawWholeLines = seam(pdfmakeClass<{ prototype: Renderer }>('Renderer').prototype, 'renderLine', (drawWords) =>
  function renderLine(this: Renderer, line: Line, x: number, y: number) {
    const runs = isPlain(line) ? lineRuns(line, x || 0, y || 0, this.pdfDocument.page.height) : null;
    if (!runs) return drawWords.call(this, line, x, y);
    const doc = this.pdfDocument;
    for (const run of runs) {
      // The same graphics state pdfmake leaves behind after each word, set once a run, and not again
      // while nothing has been written to the page since the last run set it.
      const last = lastState.get(doc);
      const kept = last && last.page === doc.page && last.written === doc.page.content.uncompressedLength;
      if (!kept || last.opacity !== run.opacity) doc.opacity(run.opacity);
      const color = doc.resolveColor(run.color, 'black');
      if (!kept || last.color !== color) doc.fillColor(color);
      doc._font = run.font;
      doc._fontSize = run.fontSize;
      doc.page.fonts[run.font.id] ??= run.font.ref();
      doc.addContent(`q\n1 0 0 -1 0 ${number(doc.page.height)} cm\nBT\n1 0 0 1 ${number(run.x)} ${number(run.y)} Tm\n` +
        `/${run.font.id} ${number(run.fontSize)} Tf\n[${run.shows}] TJ\nET\nQ`);
      lastState.set(doc, { page: doc.page, written: doc.page.content.uncompressedLength, color, opacity: run.opacity });
    }
  });

/** The fill colour and opacity a document's last run set, and how much its page's content held then. */
const lastState = new WeakMap<Document, { page: Page; written: number; color: unknown; opacity: number }>();

/** True for a line with nothing on it but words in fonts, sizes, colours and opacities. */
export function isPlain(line: Line): boolean {
  if (line._outline || line._pageNodeRef || line.id) return false;
  return line.inlines.every((i) => !(i.link || i.linkToPage || i.linkToDestination || i._pageNodeRef || i.fontFeatures ||
    i.characterSpacing || i.decoration || i.background));
}

/**
 * The runs of one line in PDF coordinates (the page's y axis points up): null when a glyph carries its own
 * offset (a combining mark), which pdfkit positions with a text matrix of its own.
 */
export function lineRuns(line: Line, x: number, y: number, pageHeight: number): Run[] | null {
  const lineHeight = line.getHeight();
  const descent = lineHeight - line.getAscenderHeight();
  const runs: Run[] = [];
  let run: Run | null = null;
  let last: Inline | null = null;
  let pen = 0;
  for (const inline of line.inlines) {
    const opacity = typeof inline.opacity === 'number' && !Number.isNaN(inline.opacity) ? inline.opacity : 1;
    const wordX = x + inline.x;
    if (!run || !last || !sameRun(last, inline, opacity, run)) {
      // pdfmake's baseline for the word (Renderer.renderLine), then pdfkit's default 'top' baseline shift.
      const ascent = (inline.font.ascender / 1000) * inline.fontSize;
      let top = y + lineHeight - ascent - descent;
      if (inline.sup) top -= inline.fontSize * 0.75;
      if (inline.sub) top += inline.fontSize * 0.35;
      run = { font: inline.font, fontSize: inline.fontSize, color: inline.color, opacity, x: wordX, y: pageHeight - top - ascent, shows: '' };
      runs.push(run);
      pen = wordX;
    }
    last = inline;
    const text = `${inline.text}`.replace(/\n/g, '');
    if (text.length === 0) continue;
    const shown = shows(inline.font.encode(text));
    if (!shown) return null;
    const move = number(((pen - wordX) * 1000) / inline.fontSize); // from the pen to where pdfmake put the word
    run.shows += (run.shows ? ' ' : '') + (move !== 0 ? `${move} ${shown.operands}` : shown.operands);
    pen = wordX + shown.advance * (inline.fontSize / 1000);
  }
  return runs;
}

/** A word's `TJ` operands and its advance in thousandths of the font size. */
type Shown = { operands: string; advance: number };

/** By encoding: fonts.ts hands out the same encoding for a word in common glyphs in every document. */
const SHOWN = new WeakMap<object, Shown | null>();

/** The glyphs, each kerning as pdfkit writes it (the glyphs, then the adjustment); null for offset glyphs. */
function shows([glyphs, positions]: [string[], Position[]]): Shown | null {
  let shown = SHOWN.get(glyphs);
  if (shown !== undefined) return shown;
  const parts: (string | number)[] = [];
  let hex = '';
  let advance = 0;
  shown = { operands: '', advance: 0 };
  for (let i = 0; i < glyphs.length; i++) {
    const p = positions[i]!;
    if (p.xOffset || p.yOffset) shown = null;
    hex += glyphs[i];
    const kerning = p.xAdvance - p.advanceWidth;
    if (kerning !== 0) {
      parts.push(`<${hex}>`, number(-kerning));
      hex = '';
    }
    advance += p.xAdvance;
  }
  if (hex) parts.push(`<${hex}>`);
  if (shown) Object.assign(shown, { operands: parts.join(' '), advance });
  SHOWN.set(glyphs, shown);
  return shown;
}

function sameRun(a: Inline, b: Inline, opacity: number, run: Run): boolean {
  return a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && run.opacity === opacity && !a.sup === !b.sup && !a.sub === !b.sub;
}

/** pdfkit's number format in content streams: at most six decimals. */
function number(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
