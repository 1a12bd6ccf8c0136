import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from '../domain/errors.ts';
import { currencyCode, decimalString, isoDate, uuid } from '../domain/fields.ts';
import { parsePositiveAmount } from '../domain/money.ts';
import { allocateOldestFirst, checkExplicitAllocations } from '../domain/allocation.ts';
import type { DbOrTx } from '../store/db.ts';
import { addToPaidTotals, lockOpenInvoices } from '../store/invoices.store.ts';
import { allocations, credits, customers } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';
import { writeAudit } from '../store/audit.store.ts';

export const NewCredit = z.strictObject({
  customerId: uuid,
  number: z.string().min(1).max(100).optional(),
  date: isoDate,
  amount: decimalString,
  currency: currencyCode,
  reference: z.string().max(500).optional(),
  externalId: z.string().min(1).max(200).optional(),
  allocations: z.array(z.strictObject({ invoiceId: uuid, amount: decimalString })).max(1000).optional(),
});
export type NewCredit = z.infer<typeof NewCredit>;

export type CreditRow = typeof credits.$inferSelect;
export type AllocationRow = typeof allocations.$inferSelect;

/**
 * Records a payment or a credit note and allocates it: to the invoices named, or else oldest due date
 * first among the customer's open, undisputed invoices in the same currency. What is left over stays
 * on the customer's account as credit.
 */
export async function recordCredit(
  db: DbOrTx, kind: 'payment' | 'credit_note', input: NewCredit, ctx: WriteContext,
): Promise<{ credit: CreditRow; allocations: AllocationRow[] }> {
  const [customer] = await db.select({ id: customers.id, companyId: customers.companyId }).from(customers).where(eq(customers.id, input.customerId)).limit(1);
  if (!customer) throw notFound('customer', input.customerId, 'customerId');
  const amount = parsePositiveAmount(input.amount, input.currency, 'amount');
  const explicit = input.allocations?.map((a, i) => ({ invoiceId: a.invoiceId, amount: parsePositiveAmount(a.amount, input.currency, `allocations.${i}.amount`) }));
  const open = await lockOpenInvoices(db, customer.id, explicit?.map((a) => a.invoiceId));
  const plan = explicit
    ? checkExplicitAllocations(amount, input.currency, explicit, open)
    : allocateOldestFirst(amount, input.currency, open.filter((i) => !i.disputed));
  const { allocations: _requested, ...values } = input;
  const credit = await insertAudited<CreditRow>(db, credits, { ...values, kind, companyId: customer.companyId, amount }, ctx);
  if (plan.length === 0) return { credit, allocations: [] };
  const rows = await db.insert(allocations)
    .values(plan.map((p) => ({ creditId: credit.id, invoiceId: p.invoiceId, amount: p.amount, date: input.date })))
    .returning();
  await addToPaidTotals(db, plan);
  await writeAudit(db, { ...ctx, entity: 'allocations', entityId: credit.id, action: 'create', before: null, after: rows });
  return { credit, allocations: rows };
}

