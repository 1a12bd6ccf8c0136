/**
 * pdfkit deflates every page's content stream at zlib's default level (6): about 0.5 ms for the 36 KB
 * first page of a claim. Level 1 takes a quarter of that for ~1 KB more a PDF. The seam is `addPage` of
 * pdfmake's PDFDocument (pdfkit's own, inherited): the new page's content reference is deflated at level 1
 * when it is written out. Fonts, images and other streams keep pdfkit's level.
 */
import { deflateSync } from 'node:zlib';
import { pdfmakeClass, seam } from './seam.ts';

export const CONTENT_LEVEL = 1;

/** pdfkit's PDFReference, as far as this module relies on it (pdfkit 0.19). */
type Reference = { buffer: Buffer[] | Buffer; compress: boolean; data: Record<string, unknown>; finalize(this: Reference): void };
type Document = { page: { content: Reference }; addPage(this: Document, options?: unknown): Document };

/** Makes page content streams deflate at level 1, or (`on` false, for tests) at pdfkit's default again. */
export const deflatePagesFast = seam(pdfmakeClass<{ prototype: Document }>('PDFDocument').prototype, 'addPage', (addPage) =>
  function addPageDeflatedFast(this: Document, options?: unknown) {
    const document = addPage.call(this, options);
    const content = this.page.content;
    const finalize = content.finalize;
    content.finalize = function finalizeFast(this: Reference) {
      // Deflated here, the reference writes the bytes as they are; the filter is already FlateDecode.
      if (this.compress && Array.isArray(this.buffer) && this.buffer.length) {
        this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: CONTENT_LEVEL })];
        this.compress = false;
      }
      finalize.call(this);
    };
    return document;
  });
