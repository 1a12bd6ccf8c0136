import { DomainError } from './errors.ts';
import { formatAmount } from './money.ts';

export type AllocatableInvoice = { id: string; number: string; currency: string; balance: bigint };
export type PlannedAllocation = { invoiceId: string; amount: bigint };

/**
 * Oldest due date first: `open` comes sorted by due date; each invoice takes what it still owes until
 * the money runs out. Invoices in another currency are skipped. The rest is the customer's credit.
 */
export function allocateOldestFirst(amount: bigint, currency: string, open: AllocatableInvoice[]): PlannedAllocation[] {
  const plan: PlannedAllocation[] = [];
  let left = amount;
  for (const invoice of open) {
    if (left === 0n) break;
    if (invoice.currency !== currency || invoice.balance <= 0n) continue;
    const take = invoice.balance < left ? invoice.balance : left;
    plan.push({ invoiceId: invoice.id, amount: take });
    left -= take;
  }
  return plan;
}

/**
 * Allocations named by the payer must point at the customer's own open invoices in the same currency,
 * never exceed what an invoice still owes, and together not exceed the money received.
 */
export function checkExplicitAllocations(
  amount: bigint, currency: string, requested: PlannedAllocation[], open: AllocatableInvoice[],
): PlannedAllocation[] {
  const byId = new Map(open.map((i) => [i.id, i]));
  let total = 0n;
  requested.forEach((a, index) => {
    const field = `allocations.${index}.invoiceId`;
    const invoice = byId.get(a.invoiceId);
    if (!invoice) fail(field, `invoice ${a.invoiceId} is not an open invoice of this customer`);
    if (invoice.currency !== currency) fail(`allocations.${index}`, `invoice ${invoice.number} is in ${invoice.currency}, the money is in ${currency}`, 'currency_mismatch');
    if (a.amount > invoice.balance) {
      fail(`allocations.${index}.amount`, `${formatAmount(a.amount, currency)} is more than invoice ${invoice.number} still owes (${formatAmount(invoice.balance, currency)})`);
    }
    total += a.amount;
  });
  if (total > amount) fail('allocations', `they add up to ${formatAmount(total, currency)}, more than the ${formatAmount(amount, currency)} received`);
  if (new Set(requested.map((a) => a.invoiceId)).size !== requested.length) fail('allocations', 'an invoice is named twice');
  return requested;
}

function fail(field: string, reason: string, code: 'validation_failed' | 'currency_mismatch' = 'validation_failed'): never {
  throw new DomainError(code, `${field}: ${reason}`, { [field]: reason });
}
