import type { Principal } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import type { Language } from '../domain/fields.ts';
import { formatAmount, parseAmount } from '../domain/money.ts';
import { reconciliationTotals } from '../outputs/pdf/reconciliation.ts';
import { renderPdf } from '../outputs/pdf/render.ts';
import type { DocumentKind, ReconciliationInput } from '../outputs/pdf/types.ts';
import type { MessageKind } from '../outputs/view-model.ts';
import type { DbOrTx } from '../store/db.ts';
import { invoiceIdsAsOf, settlements } from '../store/documents.store.ts';
import { buildLetter } from './build-letter.ts';
import { assertCustomerInScope } from './customer-scope.ts';

const LETTER_KIND: Record<DocumentKind, MessageKind> = {
  'demand-letter': 'demand-letter',
  'formal-claim': 'formal-claim',
  'statement-of-account': 'statement-of-account',
  'reconciliation-act': 'reconciliation-act-cover',
};

export type DocumentRequest = { asOf: string; from?: string | undefined; to?: string | undefined; language?: Language | undefined };

/**
 * A customer's document on request, from the books as of a date (P7: paperwork on time and complete):
 * the statement of account and the demand letter or formal claim list the invoices open on `asOf`; the
 * reconciliation act (S4) covers `from`–`to` (to defaults to asOf) with the opening balance, every
 * invoice, payment and credit note in the period, and the closing balance. Same view-model and PDF as
 * the letters the pressure scale sends.
 */
export async function renderCustomerDocument(db: DbOrTx, principal: Principal, customerId: string, kind: DocumentKind, req: DocumentRequest) {
  await assertCustomerInScope(db, principal, customerId, 'id');
  const asOf = kind === 'reconciliation-act' ? req.to ?? req.asOf : req.asOf;
  const reference = `DOC-${asOf.replaceAll('-', '')}-${customerId.slice(0, 8).toUpperCase()}`;
  const invoiceIds = await invoiceIdsAsOf(db, customerId, asOf);
  const { vm } = await buildLetter(db, { customerId, invoiceIds, kind: LETTER_KIND[kind], asOf, reference, language: req.language });
  const filename = `${kind}-${reference}.pdf`;
  if (kind === 'reconciliation-act') {
    if (!req.from) throw new DomainError('validation_failed', 'from: the reconciliation act needs the first day of its period', { from: 'required: YYYY-MM-DD' });
    const currency = vm.total.currency;
    const { opening, entries } = await settlements(db, customerId, currency, req.from, asOf);
    const money = (v: bigint) => formatAmount(v, currency);
    const reconciliation: ReconciliationInput = {
      period: { from: req.from, to: asOf },
      openingBalance: money(opening),
      entries: entries.map((e) => ({ date: e.date, document: e.document, debit: e.side === 'debit' ? money(e.amount) : '', credit: e.side === 'credit' ? money(e.amount) : '' })),
    };
    const { closing } = reconciliationTotals(reconciliation, currency);
    const total = { amount: money(closing > 0n ? closing : 0n), currency }; // the payment block asks for what the act says is owed
    return { filename, pdf: await renderPdf(kind, { ...vm, total }, { reconciliation }) };
  }
  if (kind !== 'statement-of-account' && parseAmount(vm.total.amount, vm.total.currency) <= 0n) {
    throw new DomainError('conflict', `${kind}: the customer owes nothing on ${asOf}`);
  }
  return { filename, pdf: await renderPdf(kind, vm) };
}
