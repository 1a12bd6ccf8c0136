import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError } from '../domain/errors.ts';
import { currencyCode, decimalString, documentRef, isoDate, uuid } from '../domain/fields.ts';
import { parsePositiveAmount } from '../domain/money.ts';
import { requirePromiseTerms } from '../domain/promises.ts';
import type { DbOrTx } from '../store/db.ts';
import { invoices, promises } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';

// Date and amount are optional in the schema only so that their absence gets the N3 message below.
export const NewPromise = z.strictObject({
  customerId: uuid,
  invoiceIds: z.array(uuid).max(1000).optional(), // default: every open invoice of the customer
  kind: z.enum(['promise', 'official_letter']).default('promise'),
  promisedDate: isoDate.optional(),
  amount: decimalString.optional(),
  currency: currencyCode,
  madeOn: isoDate.optional(), // default: today
  document: documentRef.optional(), // the official letter (гарантийное письмо)
  note: z.string().max(2000).optional(),
});
export type NewPromise = z.infer<typeof NewPromise>;
export type PromiseRow = typeof promises.$inferSelect;

/**
 * N3: a promise needs a date and an amount; P13: it is recorded (and confirmed to the customer). While
 * in force it pauses the ladder for its invoices. An official letter with a payment date works the same.
 */
export async function recordPromise(db: DbOrTx, input: NewPromise, today: string, ctx: WriteContext, planId?: string): Promise<PromiseRow> {
  requirePromiseTerms(input);
  const madeOn = input.madeOn ?? today;
  if (input.promisedDate! < madeOn) {
    throw new DomainError('validation_failed', `promisedDate: ${input.promisedDate} is before the day the promise was made (${madeOn})`, { promisedDate: 'in the past' });
  }
  if (input.kind === 'official_letter' && !input.document) {
    throw new DomainError('validation_failed', 'document: an official letter is recorded with its document (number and date)', { document: 'required for an official letter' });
  }
  const invoiceIds = input.invoiceIds ?? (await openInvoiceIds(db, input.customerId));
  if (invoiceIds.length === 0) throw new DomainError('validation_failed', 'invoiceIds: the customer has no open invoice to promise payment for', { invoiceIds: 'none open' });
  await assertInvoicesOf(db, input.customerId, invoiceIds);
  const { invoiceIds: _i, madeOn: _m, amount, ...rest } = input;
  return insertAudited<PromiseRow>(db, promises, {
    ...rest, kind: planId ? 'instalment' : input.kind, invoiceIds, createdOn: madeOn, promisedDate: input.promisedDate!, planId: planId ?? null,
    amount: parsePositiveAmount(amount!, input.currency, 'amount'),
  }, ctx);
}

async function openInvoiceIds(db: DbOrTx, customerId: string): Promise<string[]> {
  const rows = await db.select({ id: invoices.id }).from(invoices).where(and(eq(invoices.customerId, customerId),
    gt(sql`${invoices.amount} - coalesce((select sum(amount) from allocations a where a.invoice_id = ${invoices.id}), 0)`, 0)));
  return rows.map((r) => r.id);
}

async function assertInvoicesOf(db: DbOrTx, customerId: string, ids: string[]): Promise<void> {
  const rows = await db.select({ id: invoices.id, customerId: invoices.customerId }).from(invoices).where(sql`${invoices.id} = any(${sql.param(ids)}::uuid[])`);
  const found = new Map(rows.map((r) => [r.id, r.customerId]));
  ids.forEach((id, i) => {
    if (found.get(id) !== customerId) {
      throw new DomainError('validation_failed', `invoiceIds.${i}: invoice ${id} is not an invoice of this customer`, { [`invoiceIds.${i}`]: 'not this customer\'s' });
    }
  });
}
