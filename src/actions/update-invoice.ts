import { DomainError, notFound } from '../domain/errors.ts';
import { parsePositiveAmount } from '../domain/money.ts';
import type { DbOrTx } from '../store/db.ts';
import { countAllocations } from '../store/invoices.store.ts';
import { invoices } from '../store/schema.ts';
import { findById, updateAudited, type WriteContext } from '../store/versioned.store.ts';
import type { InvoiceRow } from './create-invoice.ts';
import type { InvoicePatch, WriteOff } from './invoice-input.ts';

export async function updateInvoice(db: DbOrTx, id: string, input: InvoicePatch, ctx: WriteContext): Promise<InvoiceRow> {
  const current = await findById<InvoiceRow>(db, invoices, id);
  if (!current) throw notFound('invoice', id);
  const { version, amount, ...patch } = input;
  const values: Record<string, unknown> = { ...patch };
  if (amount !== undefined) {
    if ((await countAllocations(db, id)) > 0) {
      throw new DomainError('conflict', 'amount: money is already allocated to this invoice; issue a credit note instead', { amount: 'invoice has allocations' });
    }
    values.amount = parsePositiveAmount(amount, current.currency, 'amount');
  }
  const issue = patch.issueDate ?? current.issueDate;
  const due = patch.dueDate ?? current.dueDate;
  if (due < issue) throw new DomainError('validation_failed', `dueDate: ${due} is before the issue date ${issue}`, { dueDate: 'before issueDate' });
  return updateAudited<InvoiceRow>(db, invoices, id, version, values, ctx);
}

/** A write-off takes the invoice out of collection from that date on (its status becomes written_off). */
export async function writeOffInvoice(db: DbOrTx, id: string, input: WriteOff, ctx: WriteContext): Promise<InvoiceRow> {
  return updateAudited<InvoiceRow>(db, invoices, id, input.version, { writtenOffOn: input.writtenOffOn, writeOffReason: input.reason }, ctx);
}
