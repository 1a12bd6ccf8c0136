import { calendarFor } from '../calendar/index.ts';
import { DEFAULT_TERMS, dueDateFromTerms, type PaymentTerms } from '../payment-terms.ts';
import type { Batch, RowError } from './build-batch.ts';
import { SLICE, type Sliced } from './slices.ts';

/** What the database already holds for the batch's keys (looked up by the import action). */
export type Existing = {
  customers: Map<string, { id: string; country: string; terms: PaymentTerms | null }>;
  invoices: Map<string, { id: string; balance: bigint; currency: string }>;
  payments: Set<string>;
};

export type Resolved = {
  newCustomers: Batch['customers'];
  /** `paid`: what the file's payments allocate to the new invoice. */
  invoices: (Batch['invoices'][number] & { dueDate: string; paid: bigint })[];
  payments: (Batch['payments'][number] & { allocate: bigint })[];
  contacts: Batch['contacts'];
  disputes: Batch['disputes'];
  skipped: { customers: number; invoices: number; payments: number };
};

/**
 * Checks every reference (an invoice's customer, a payment's invoice, a dispute's invoice) against the
 * file and the books, derives missing due dates from terms (P1), and sizes each payment's allocation:
 * a payment covers what its invoice still owes; the rest stays as the customer's credit. Records
 * already in the books are skipped, so importing the same file again changes nothing. Runs in slices
 * (slices.ts).
 */
export function* resolveBatch(batch: Batch, existing: Existing): Sliced<{ resolved: Resolved; errors: RowError[] }> {
  const errors: RowError[] = [];
  const err = (r: { line: number; columns: Record<string, string> }, field: string, reason: string) =>
    errors.push({ line: r.line, column: r.columns[field] ?? '(constant)', field, reason });

  const fileCustomers = new Map(batch.customers.map((c) => [c.externalId, c]));
  const newCustomers = batch.customers.filter((c) => !existing.customers.has(c.externalId));
  // A reference to a customer or invoice whose own row was rejected is not a second error.
  const customerKnown = (key: string) => fileCustomers.has(key) || existing.customers.has(key) || batch.rejected.customers.has(key);

  const owed = new Map<string, { balance: bigint; currency: string; newInvoice?: Resolved['invoices'][number] }>(existing.invoices);
  const invoices: Resolved['invoices'] = [];
  let looked = 0;
  for (const inv of batch.invoices) {
    if (++looked % SLICE === 0) yield;
    if (!customerKnown(inv.customer)) { err(inv, 'customer', `customer "${inv.customer}" is neither in the file nor in the books`); continue; }
    if (existing.invoices.has(inv.number) || batch.rejected.customers.has(inv.customer)) continue;
    const customer = fileCustomers.get(inv.customer);
    const known = existing.customers.get(inv.customer);
    const country = customer?.country ?? known?.country ?? 'ZZ';
    const dueDate = inv.dueDate ?? dueDateFromTerms(inv.issueDate, known?.terms ?? DEFAULT_TERMS, calendarFor(country));
    const resolvedInvoice = { line: inv.line, columns: inv.columns, customer: inv.customer, number: inv.number, issueDate: inv.issueDate, dueDate, amount: inv.amount, currency: inv.currency, externalId: inv.externalId, paid: 0n };
    invoices.push(resolvedInvoice);
    owed.set(inv.number, { balance: inv.amount, currency: inv.currency, newInvoice: resolvedInvoice });
  }

  const payments: Resolved['payments'] = [];
  for (const p of batch.payments) {
    if (++looked % SLICE === 0) yield;
    if (!customerKnown(p.customer)) { err(p, 'customer', `customer "${p.customer}" is neither in the file nor in the books`); continue; }
    if (existing.payments.has(p.externalId)) continue;
    let allocate = 0n;
    if (p.invoice) {
      const target = owed.get(p.invoice);
      if (!target && batch.rejected.invoices.has(p.invoice)) continue;
      if (!target) { err(p, 'invoice', `invoice "${p.invoice}" is neither in the file nor in the books`); continue; }
      if (target.currency !== p.currency) { err(p, 'currency', `the payment is in ${p.currency}, invoice ${p.invoice} in ${target.currency}`); continue; }
      allocate = p.amount < target.balance ? p.amount : target.balance;
      target.balance -= allocate;
      if (target.newInvoice) target.newInvoice.paid += allocate;
    }
    payments.push({ line: p.line, columns: p.columns, customer: p.customer, externalId: p.externalId, date: p.date, amount: p.amount, currency: p.currency, invoice: p.invoice, reference: p.reference, allocate });
  }

  const contacts = batch.contacts.filter((c) => customerKnown(c.customer) || (err(c, 'customer', `customer "${c.customer}" is neither in the file nor in the books`), false));
  const disputes = batch.disputes.filter((d) => owed.has(d.invoice) || batch.rejected.invoices.has(d.invoice) || (err(d, 'invoice', `invoice "${d.invoice}" is neither in the file nor in the books`), false));
  const skipped = {
    customers: batch.customers.length - newCustomers.length,
    invoices: batch.invoices.filter((i) => existing.invoices.has(i.number)).length,
    payments: batch.payments.filter((p) => existing.payments.has(p.externalId)).length,
  };
  return { resolved: { newCustomers, invoices, payments, contacts, disputes, skipped }, errors };
}
