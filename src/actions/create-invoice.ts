import { eq } from 'drizzle-orm';
import { calendarFor } from '../domain/calendar/index.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { parsePositiveAmount } from '../domain/money.ts';
import { DEFAULT_TERMS, dueDateFromTerms, type PaymentTerms } from '../domain/payment-terms.ts';
import type { DbOrTx } from '../store/db.ts';
import { contracts, customers, invoices } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';
import type { NewInvoice } from './invoice-input.ts';

export type InvoiceRow = typeof invoices.$inferSelect;

/**
 * D4: the invoice goes on the books right after the sale. Its due date is the one stated, or follows
 * from the terms (P1): the contract's, else the customer's default, else net 30 calendar days.
 */
export async function createInvoice(db: DbOrTx, input: NewInvoice, ctx: WriteContext): Promise<InvoiceRow> {
  const [customer] = await db.select().from(customers).where(eq(customers.id, input.customerId)).limit(1);
  if (!customer) throw notFound('customer', input.customerId, 'customerId');
  let terms: PaymentTerms = customer.defaultTerms ?? DEFAULT_TERMS;
  if (input.contractId) {
    const [contract] = await db.select().from(contracts).where(eq(contracts.id, input.contractId)).limit(1);
    if (!contract) throw notFound('contract', input.contractId, 'contractId');
    if (contract.customerId !== customer.id) {
      throw new DomainError('validation_failed', `contractId: contract ${contract.number} belongs to another customer`, { contractId: 'belongs to another customer' });
    }
    terms = contract.paymentTerms;
  }
  const dueDate = input.dueDate ?? dueDateFromTerms(input.issueDate, terms, calendarFor(customer.country));
  if (dueDate < input.issueDate) {
    throw new DomainError('validation_failed', `dueDate: ${dueDate} is before the issue date ${input.issueDate}`, { dueDate: 'before issueDate' });
  }
  return insertAudited<InvoiceRow>(db, invoices, {
    ...input,
    companyId: customer.companyId,
    dueDate,
    amount: parsePositiveAmount(input.amount, input.currency, 'amount'),
  }, ctx);
}
