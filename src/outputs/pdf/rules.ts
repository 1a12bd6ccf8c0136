/**
 * pdfmake draws a table's horizontal rule cell by cell: a row of the invoice table is eight strokes of
 * about a dozen content operators each, 160 strokes on the claim's first page. The seam is pdfmake's
 * `Renderer.renderPages`: before a page is drawn, strokes that continue one another on the page's list
 * (horizontal, the same y, one ending where the next starts, every other property equal) become one
 * stroke. With butt caps and no dashes the ink is the same, and nothing drawn between them changes order.
 */
import { pdfmakeClass, seam } from './seam.ts';

/** What pdfmake's laid-out pages hold that this module relies on (pdfmake 0.3.11). */
export type Vector = Record<string, unknown> & { type: string; x1?: number; x2?: number; y1?: number; y2?: number };
export type PageItem = { type: string; item: unknown };
type Page = { items: PageItem[] };
type Renderer = { renderPages(this: Renderer, pages: Page[]): void };

/** Two strokes meet when one ends within this many points of where the other starts (layout rounding). */
const TOUCHING = 1e-6;

/** Makes pdfmake draw each run of continuing horizontal strokes as one, or (`on` false, for tests) each apart. */
export const joinRules = seam(pdfmakeClass<{ prototype: Renderer }>('Renderer').prototype, 'renderPages', (renderPages) =>
  function joinedRenderPages(this: Renderer, pages: Page[]) {
    for (const page of pages) page.items = joinedRules(page.items);
    return renderPages.call(this, pages);
  });

/** The page's items with each run of continuing horizontal line strokes joined into one stroke. */
export function joinedRules(items: PageItem[]): PageItem[] {
  const out: PageItem[] = [];
  for (const entry of items) {
    const previous = out.at(-1);
    if (previous && entry.type === 'vector' && previous.type === 'vector' && continues(previous.item as Vector, entry.item as Vector)) {
      out[out.length - 1] = { ...previous, item: { ...(previous.item as Vector), x2: (entry.item as Vector).x2 } };
    } else {
      out.push(entry);
    }
  }
  return out;
}

function continues(a: Vector, b: Vector): boolean {
  if (a.type !== 'line' || b.type !== 'line' || a.y1 !== a.y2 || b.y1 !== b.y2 || a.y1 !== b.y1) return false;
  if (a.x1! > a.x2! || b.x1! > b.x2! || Math.abs(a.x2! - b.x1!) > TOUCHING) return false;
  if (a.lineCap !== undefined && a.lineCap !== 'butt') return false; // round or square caps overlap at the joint
  if (a.dash) return false; // each stroke starts its dash pattern afresh
  let keys = 0;
  for (const key in a) {
    keys++;
    if (key !== 'x1' && key !== 'x2' && (!(key in b) || a[key] !== b[key])) return false;
  }
  return keys === Object.keys(b).length;
}
