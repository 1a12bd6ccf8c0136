/**
 * The seams that make documents cheaper to render change how pdfmake's work is written, never what a
 * reader gets: each document reads back to the same text drawn a line at a time as drawn word by word,
 * and looks the same; pdfmake's style look-ups give the same answers and the same PDF, byte for byte.
 */
import { inflateSync } from 'node:zlib';
import { PDFParse } from 'pdf-parse';
import type { Content } from 'pdfmake';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureReconciliation, ruClaim20 } from '../src/outputs/pdf/fixtures.ts';
import { drawWholeLines, isPlain, lineRuns, type Inline, type Line } from '../src/outputs/pdf/lines.ts';
import { DOCUMENT_KINDS, renderDefinition, renderPdf, type TDocumentDefinitions } from '../src/outputs/pdf/render.ts';
import { joinedRules, joinRules, type PageItem } from '../src/outputs/pdf/rules.ts';
import { fastStyleLookups, pdfmakeLookups, styleContextStack, type StyleStack } from '../src/outputs/pdf/style-lookup.ts';
import { pngToRgba } from '../src/outputs/qr/png-rgba.ts';
import type { RgbaImage } from '../src/outputs/qr/qr-image.ts';

type Page = { text: string; image: RgbaImage };

/** Each page's text as pdf.js extracts it (lines and cell gaps kept) and its rendering at 72 dpi. */
async function pages(pdf: Buffer): Promise<Page[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const shots = await parser.getScreenshot({ scale: 1, imageBuffer: true, imageDataUrl: false });
    return text.pages.map((p, i) => ({ text: p.text, image: pngToRgba(shots.pages[i]!.data) }));
  } finally {
    await parser.destroy();
  }
}

/** How many pixels differ between two renderings, and by how much at most (0–255, any channel). */
function difference(a: RgbaImage, b: RgbaImage): { pixels: number; most: number } {
  let pixels = 0;
  let most = 0;
  for (let k = 0; k < a.data.length; k += 4) {
    const d = Math.max(Math.abs(a.data[k]! - b.data[k]!), Math.abs(a.data[k + 1]! - b.data[k + 1]!), Math.abs(a.data[k + 2]! - b.data[k + 2]!));
    if (d > 0) pixels++;
    most = Math.max(most, d);
  }
  return { pixels, most };
}

/** The ink on a page: the sum of darkness over every pixel. */
const ink = (img: RgbaImage) => img.data.reduce((sum, v, k) => (k % 4 === 3 ? sum : sum + 255 - v), 0);

/** The uncompressed content streams of a PDF rendered with `compress: false`. */
const contents = (pdf: Buffer) => pdf.toString('latin1').split('stream\n').slice(1).map((s) => s.slice(0, s.indexOf('\nendstream')));

async function drawnBothWays(render: () => Promise<Buffer>): Promise<{ words: Buffer; lines: Buffer }> {
  drawWholeLines(false);
  const words = await render();
  drawWholeLines(true);
  return { words, lines: await render() };
}

/** One paragraph with everything a line may mix: fonts, sizes, colours, opacity, superscript, subscript. */
const mixed = (): TDocumentDefinitions => ({
  compress: false,
  info: { creationDate: new Date('2025-11-05T09:00:00Z') },
  defaultStyle: { font: 'Roboto', fontSize: 10 },
  content: [
    {
      alignment: 'justify',
      text: [
        'Задолженность по договору № 15/2025 составляет ',
        { text: '55 554,08 RUB', bold: true },
        ' и подлежит оплате ',
        { text: 'до 05.12.2025', color: '#c00000' },
        ', иначе ',
        { text: 'неустойка', italics: true, fontSize: 12 },
        ' 0,1%',
        { text: '1', sup: true },
        ' за каждый день; H',
        { text: '2', sub: true },
        'O, ',
        { text: 'полупрозрачный текст', opacity: 0.5 },
        ' и снова обычный текст, которого хватает на несколько строк, чтобы выравнивание по ширине раздвинуло слова.',
      ],
    },
    { text: 'Right-aligned: AV Wa To', alignment: 'right' },
    { text: 'Centred, with a link', alignment: 'center', link: 'https://example.org' },
    { text: [{ text: 'Underlined', decoration: 'underline' }, ' and plain'] },
  ],
});

describe('drawing a line at a time', () => {
  beforeAll(() => renderPdf('formal-claim', ruClaim20)); // configures pdfmake and its seams

  it('every document kind reads back to the same text, line for line, as drawn word by word', async () => {
    for (const kind of DOCUMENT_KINDS) {
      const { words, lines } = await drawnBothWays(() => renderPdf(kind, ruClaim20, { reconciliation: fixtureReconciliation(ruClaim20) }));
      const [before, after] = [await pages(words), await pages(lines)];
      expect(after.map((p) => p.text)).toEqual(before.map((p) => p.text));
      // Every word lands on the same pixels: the pages are identical.
      for (let i = 0; i < before.length; i++) expect({ kind, page: i + 1, ...difference(before[i]!.image, after[i]!.image) }).toEqual({ kind, page: i + 1, pixels: 0, most: 0 });
    }
  });

  it('a line mixing fonts, sizes, colours, opacity, superscript and subscript keeps each, on the same pixels', async () => {
    const { words, lines } = await drawnBothWays(() => renderDefinition(mixed()));
    const [before, after] = [await pages(words), await pages(lines)];
    expect(after[0]!.text).toBe(before[0]!.text);
    expect(after[0]!.text).toContain('55 554,08 RUB');
    expect(difference(before[0]!.image, after[0]!.image)).toEqual({ pixels: 0, most: 0 });
    const [page] = contents(lines);
    // Whole runs per text object: far fewer than one a word, and every colour and opacity still set.
    expect(page!.match(/\bBT\b/g)!.length).toBeLessThan(contents(words)[0]!.match(/\bBT\b/g)!.length / 2);
    expect(page).toMatch(/0\.75294\d* 0 0 scn/); // #c00000
    expect(page).toMatch(/\/Gs\d+ gs/);
  });

  it('runs split where the font, size, colour, opacity or baseline changes; pdfmake positions are kept', () => {
    const font = (id: string, kern = 0) => ({
      id, ascender: 800, ref: () => ({}),
      encode: (text: string): ReturnType<Inline['font']['encode']> => [
        [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')),
        [...text].map((c) => ({ xAdvance: 500 + (c === 'A' ? kern : 0), advanceWidth: 500, xOffset: 0, yOffset: 0 })),
      ],
    });
    const regular = font('F1', -80);
    const bold = font('F2');
    const inline = (text: string, x: number, more: Partial<Inline> = {}): Inline => ({ text, x, font: regular, fontSize: 10, color: 'black', opacity: 1, ...more });
    const line = (inlines: Inline[], more: Partial<Line> = {}): Line => ({ inlines, getHeight: () => 12, getAscenderHeight: () => 8, ...more });

    // 'ab ' is 15 pt wide at 10 pt; pdfmake put 'cd' at 20 (a justified gap of 5 pt = 500 thousandths).
    const runs = lineRuns(line([inline('ab ', 0), inline('cd', 20), inline('AV', 30, { font: bold }), inline('x', 40, { color: '#c00000' })]), 40, 100, 842)!;
    expect(runs.map((r) => [r.font.id, r.x, r.y, r.shows, r.color])).toEqual([
      ['F1', 40, 842 - 100 - 8, '<006100620020> -500 <00630064>', 'black'],
      ['F2', 70, 734, '<00410056>', 'black'],
      ['F1', 80, 734, '<0078>', '#c00000'],
    ]);
    // Kerning moves the pen as pdfkit does: the glyph, then its adjustment.
    expect(lineRuns(line([inline('AV', 0)]), 0, 0, 842)![0]!.shows).toBe('<0041> 80 <0056>');
    // A superscript is its own run, raised; so is a half-transparent word.
    expect(lineRuns(line([inline('x', 0), inline('2', 5, { sup: true }), inline('y', 10, { opacity: 0.5 })]), 0, 0, 842)!.map((r) => [r.y, r.opacity]))
      .toEqual([[834, 1], [841.5, 1], [834, 0.5]]);
    // Glyphs placed off their advance (combining marks) are left to pdfkit.
    const marked = { ...regular, encode: () => [['0041'], [{ xAdvance: 500, advanceWidth: 500, xOffset: 20, yOffset: 0 }]] as ReturnType<Inline['font']['encode']> };
    expect(lineRuns(line([inline('A', 0, { font: marked })]), 0, 0, 842)).toBeNull();
    // Links, destinations, decorations, backgrounds and character spacing are drawn by pdfmake.
    expect(isPlain(line([inline('a', 0)]))).toBe(true);
    for (const more of [{ link: 'https://example.org' }, { decoration: 'underline' }, { background: 'yellow' }, { characterSpacing: 1 }, { linkToPage: 2 }]) {
      expect(isPlain(line([inline('a', 0, more)]))).toBe(false);
    }
    expect(isPlain(line([inline('a', 0)], { id: 'anchor' }))).toBe(false);
  });
});

describe('joining table rules', () => {
  afterAll(() => joinRules(true));

  it('a row rule drawn cell by cell becomes one stroke; the claim reads the same and carries the same ink', async () => {
    const render = () => renderPdf('formal-claim', ruClaim20);
    joinRules(false);
    const apart = await pages(await render());
    joinRules(true);
    const joined = await pages(await render());
    expect(joined.map((p) => p.text)).toEqual(apart.map((p) => p.text));
    for (let i = 0; i < apart.length; i++) {
      // Anti-aliasing at the joints may move a grey level or two; the strokes themselves are the same.
      expect(Math.abs(ink(joined[i]!.image) - ink(apart[i]!.image)) / ink(apart[i]!.image)).toBeLessThan(0.002);
    }
  });

  it('joins only horizontal, touching, undashed strokes that are alike in everything else, in page order', () => {
    const rule = (x1: number, x2: number, more: Record<string, unknown> = {}): PageItem => ({ type: 'vector', item: { type: 'line', x1, x2, y1: 10, y2: 10, lineWidth: 1, lineColor: '#aaa', ...more } });
    const lines = (items: PageItem[]) => joinedRules(items).map((e) => (e.type === 'vector' ? [(e.item as { x1: number }).x1, (e.item as { x2: number }).x2] : e.type));
    expect(lines([rule(0, 10), rule(10, 25), rule(25, 40)])).toEqual([[0, 40]]);
    expect(lines([rule(0, 10), rule(11, 25)])).toEqual([[0, 10], [11, 25]]); // a gap
    expect(lines([rule(0, 10), rule(10, 25, { lineColor: 'black' })])).toEqual([[0, 10], [10, 25]]);
    expect(lines([rule(0, 10), rule(10, 25, { lineWidth: 2 })])).toEqual([[0, 10], [10, 25]]);
    expect(lines([rule(0, 10, { dash: { length: 2 } }), rule(10, 25, { dash: { length: 2 } })])).toEqual([[0, 10], [10, 25]]);
    expect(lines([rule(0, 10, { lineCap: 'round' }), rule(10, 25, { lineCap: 'round' })])).toEqual([[0, 10], [10, 25]]);
    expect(lines([rule(0, 10), rule(10, 25, { y1: 12, y2: 12 })])).toEqual([[0, 10], [10, 25]]);
    expect(lines([rule(0, 10), rule(10, 25, { strokeOpacity: 0.5 })])).toEqual([[0, 10], [10, 25]]);
    expect(lines([rule(0, 10), { type: 'line', item: {} }, rule(10, 25)])).toEqual([[0, 10], 'line', [10, 25]]);
  });
});

describe('pdfmake style look-ups', () => {
  afterAll(() => fastStyleLookups(true));

  it('answer as pdfmake does for any stack, item and property, named styles that extend others included', () => {
    const dictionary = {
      a: { bold: true, color: null },
      b: { fontSize: 9, color: 'grey' },
      c: { extends: 'a', color: 'red' },
      d: { extends: ['b', 'c'], italics: true },
      e: {},
      loop: { extends: 'loop' },
    };
    const Stack = styleContextStack as unknown as new (dictionary: object, defaults?: object) => StyleStack;
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    const names = ['a', 'b', 'c', 'd', 'e', 'loop', 'unknown'];
    const properties = ['bold', 'italics', 'fontSize', 'color', 'font', 'alignment', 'noWrap'];
    const values: Record<string, unknown[]> = { bold: [true, false, null], italics: [true, undefined], fontSize: [8, 12, null], color: ['blue', null], font: ['Roboto'], alignment: ['right'], noWrap: [true, false] };
    const level = (): unknown => {
      const pick = random(4);
      if (pick === 0) return names[random(names.length)];
      if (pick === 1) return new String(names[random(names.length)]);
      const entry: Record<string, unknown> = {};
      for (const p of properties) if (random(3) === 0) entry[p] = values[p]![random(values[p]!.length)];
      if (random(4) === 0) entry.style = random(2) ? names[random(names.length)] : [names[random(names.length)], names[random(names.length)]];
      return entry;
    };
    for (let n = 0; n < 3000; n++) {
      const stack = new Stack(dictionary, random(5) ? { font: 'Roboto', fontSize: 10 } : undefined);
      for (let depth = random(7); depth > 0; depth--) stack.styleOverrides.push(level());
      const item = random(6) === 0 ? 'text' : random(6) === 0 ? { section: true } : level();
      const property = properties[random(properties.length)]!;
      const overrides = [...stack.styleOverrides];
      fastStyleLookups(false);
      const expected = [styleContextStack.getStyleProperty(item, stack, property, 'fallback'), stack.getProperty(property)];
      fastStyleLookups(true);
      expect([styleContextStack.getStyleProperty(item, stack, property, 'fallback'), stack.getProperty(property)]).toEqual(expected);
      expect(stack.styleOverrides).toEqual(overrides);
    }
    expect(pdfmakeLookups.getStyleProperty).not.toBe(styleContextStack.getStyleProperty);
  });

  it('a document laid out with them is the same PDF, byte for byte, as with pdfmake’s own', async () => {
    const definition = (): TDocumentDefinitions => ({
      compress: false,
      info: { creationDate: new Date('2025-11-05T09:00:00Z') },
      defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
      styles: { head: { bold: true, fontSize: 8 }, num: { alignment: 'right' }, note: { extends: 'head', color: '#555555', italics: true } },
      content: [
        ...(mixed().content as Content[]),
        {
          style: 'num', fontSize: 8.5,
          table: { headerRows: 1, widths: ['*', 60, 60], body: [[{ text: 'Счёт', style: 'head' }, { text: 'Сумма', style: 'head' }, { text: 'Долг', style: ['head', 'note'] }], ['СФ-0101', '12 345,50', { text: '0,00', color: 'green' }], [{ text: 'Итого', colSpan: 2, bold: true }, {}, '12 345,50']] },
        },
        { columns: [{ text: 'left', style: 'note' }, { stack: ['one', { text: 'two', style: 'head' }] }], columnGap: 10 },
        { ol: ['first', { text: 'second', bold: true }] },
        { ul: [{ text: 'bullet', color: 'red' }], markerColor: 'blue' },
      ],
    });
    fastStyleLookups(false);
    const theirs = await renderDefinition(definition());
    fastStyleLookups(true);
    const ours = await renderDefinition(definition());
    expect(ours.equals(theirs)).toBe(true);
  });
});

describe('page content', () => {
  it('page content streams are deflated at level 1, other streams at pdfkit’s default, and colours are not set twice', async () => {
    const pdf = await renderPdf('formal-claim', ruClaim20);
    const streams = [...pdf.toString('latin1').matchAll(/<<([^]*?)>>\nstream\n/g)].map((m) => {
      const start = m.index + m[0].length;
      return { dictionary: m[1]!, bytes: pdf.subarray(start, start + Number(/\/Length (\d+)/.exec(m[1]!)![1])) };
    });
    const pagesContent = streams.filter((s) => inflateSync(s.bytes).toString('latin1').includes(' Tf\n'));
    expect(pagesContent).toHaveLength(2);
    for (const s of pagesContent) expect(s.bytes.subarray(0, 2)).toEqual(Buffer.from([0x78, 0x01]));
    // A colour or opacity is set again only when it changes or something else was drawn in between.
    const first = inflateSync(pagesContent[0]!.bytes).toString('latin1');
    expect(first.match(/ scn\n/g)!.length).toBeLessThan(first.match(/\bBT\b/g)!.length / 4);
    const fontFiles = streams.filter((s) => s.bytes.length > 15_000); // the two Roboto subsets, ~17 KB each
    expect(fontFiles).toHaveLength(2);
    for (const s of fontFiles) expect(s.bytes.subarray(0, 2)).toEqual(Buffer.from([0x78, 0x9c]));
  });
});

describe('fonts shared across documents', () => {
  it('each document embeds the same deflated font files and cached encodings read back right around other glyphs', async () => {
    const doc = (words: string): TDocumentDefinitions => ({ info: { creationDate: new Date('2025-11-05T09:00:00Z') }, defaultStyle: { font: 'Roboto' }, content: [{ text: words }] });
    const first = await renderDefinition(doc('Оплата по договору Ωmega'));
    const again = await renderDefinition(doc('Оплата по договору Ωmega'));
    expect(again.equals(first)).toBe(true);
    const fontFiles = (pdf: Buffer) => pdf.toString('latin1').match(/\/FontFile2 (\d+) 0 R/g)!.length;
    expect(fontFiles(first)).toBe(1);
    // A word in common letters is encoded once for all documents; a Greek letter before or after it goes
    // into that document's own subset, and the text reads back whole in both orders.
    for (const words of ['Ωmega Оплата договору', 'Оплата договору Ωmega', 'Оплата договору']) {
      const parser = new PDFParse({ data: new Uint8Array(await renderDefinition(doc(words))) });
      try {
        expect((await parser.getText()).pages[0]!.text.trim()).toBe(words);
      } finally {
        await parser.destroy();
      }
    }
  });
});
