/**
 * Renders the PDF documents with pdfmake on the server (P7: paperwork on time and complete). Fonts are
 * the Roboto files pdfmake ships (Cyrillic included), registered by path; the document may read those
 * four files and nothing else, and may fetch no URL. Every document carries the payment QR code (D4).
 */
import path from 'node:path';
import pdfMake from 'pdfmake';
import type { Content } from 'pdfmake';
import { DomainError } from '../../domain/errors.ts';
import { parseAmount } from '../../domain/money.ts';
import { paymentQrPayload, type QrStandard } from '../qr/payment-qr.ts';
import { qrMatrix, qrPng } from '../qr/qr-image.ts';
import type { LetterViewModel } from '../view-model.ts';
import { styles, type QrImage } from './blocks.ts';
import { ROBOTO, shareParsedFonts } from './fonts.ts';
import { demandLetter, formalClaim, statementOfAccount } from './documents.ts';
import { drawWholeLines } from './lines.ts';
import { deflatePagesFast } from './page-content.ts';
import { joinRules } from './rules.ts';
import { fastStyleLookups } from './style-lookup.ts';
import { LABELS } from './labels.ts';
import { reconciliationAct } from './reconciliation.ts';
import type { DocumentKind, PdfExtra } from './types.ts';

export type TDocumentDefinitions = Parameters<typeof pdfMake.createPdf>[0];

export type RenderedPdf = { pdf: Buffer; qrPayload: string | null; qrStandard: QrStandard | null };

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['demand-letter', 'formal-claim', 'reconciliation-act', 'statement-of-account'];

const FONT_FILES = new Set(Object.values(ROBOTO));

let configured = false;
/** pdfmake's server build is one shared instance: fonts and access policies are set on it once. */
function printer(): typeof pdfMake {
  if (!configured) {
    pdfMake.addFonts({ Roboto: ROBOTO });
    shareParsedFonts();
    drawWholeLines();
    joinRules();
    fastStyleLookups();
    deflatePagesFast();
    pdfMake.setUrlAccessPolicy(() => false);
    pdfMake.setLocalAccessPolicy((file) => FONT_FILES.has(path.resolve(file)));
    configured = true;
  }
  return pdfMake;
}

/** Renders one document to a PDF buffer. The reconciliation act needs `extra.reconciliation`. */
export async function renderPdf(doc: DocumentKind, vm: LetterViewModel, extra?: PdfExtra): Promise<Buffer> {
  return (await renderPdfWithMeta(doc, vm, extra)).pdf;
}

/**
 * Like renderPdf, and also says which QR payload was embedded and by which standard. The demand letter
 * and the claim need a positive total (a QR code to pay it); the statement and the act drop the payment
 * block when nothing is owed, and then the payload is null.
 */
export async function renderPdfWithMeta(doc: DocumentKind, vm: LetterViewModel, extra?: PdfExtra): Promise<RenderedPdf> {
  if (!DOCUMENT_KINDS.includes(doc)) {
    throw new DomainError('validation_failed', `document: "${String(doc)}" is not one of ${DOCUMENT_KINDS.join(', ')}`, { document: 'unknown document kind' });
  }
  if (!(vm.language in LABELS)) {
    throw new DomainError('validation_failed', `language: "${String(vm.language)}" has no labels`, { language: 'must be ru, uk, bg or en' });
  }
  const owes = parseAmount(vm.total.amount, vm.total.currency, 'total.amount') > 0n;
  const qr = owes || doc === 'demand-letter' || doc === 'formal-claim' ? qrImage(vm) : null;
  const pdf = await renderDefinition(documentDefinition(doc, vm, body(doc, vm, qr, extra)));
  return { pdf, qrPayload: qr?.payload ?? null, qrStandard: qr?.standard ?? null };
}

/** Renders a pdfmake document definition with the Roboto fonts, the access policies and the seams above. */
export async function renderDefinition(definition: TDocumentDefinitions): Promise<Buffer> {
  return printer().createPdf(definition).getBuffer();
}

function qrImage(vm: LetterViewModel): QrImage {
  const qr = paymentQrPayload(vm);
  return { ...qr, png: qrPng(qrMatrix(qr.payload), 2) };
}

function body(doc: DocumentKind, vm: LetterViewModel, qr: QrImage | null, extra: PdfExtra | undefined): Content[] {
  switch (doc) {
    case 'demand-letter':
      return demandLetter(vm, qr);
    case 'formal-claim':
      return formalClaim(vm, qr);
    case 'statement-of-account':
      return statementOfAccount(vm, qr);
    case 'reconciliation-act': {
      const input = extra?.reconciliation;
      if (!input) {
        throw new DomainError('validation_failed', 'extra.reconciliation: the reconciliation act needs the period, the opening balance and every invoice and payment in it', {
          'extra.reconciliation': 'required for the reconciliation act: { period: { from, to }, openingBalance, entries }',
        });
      }
      return reconciliationAct(vm, input, qr);
    }
  }
}

function documentDefinition(doc: DocumentKind, vm: LetterViewModel, content: Content[]): TDocumentDefinitions {
  const L = LABELS[vm.language];
  return {
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    language: vm.language,
    info: { title: `${L.titles[doc]} ${vm.reference}`, author: vm.company.legalName, subject: vm.reference, creator: 'Debitor' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: styles(),
    content,
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: `${vm.company.legalName} · ${vm.reference}`, style: 'caption', alignment: 'left' },
        { text: L.page(page, pages), style: 'caption', alignment: 'right' },
      ],
      margin: [40, 16, 40, 0],
    }),
  };
}
