import { customerScope, type Principal } from '../domain/access.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { findInvoiceView, INVOICE_SORT_KEYS, listInvoiceViews, type InvoiceFilter, type InvoiceView } from '../store/invoices.store.ts';
import { decodeCursor, encodeCursor, type ListParams, type Page } from '../store/list-query.ts';
import { assertCustomerInScope } from './customer-scope.ts';

/** Invoices with their balance and derived status as of `asOf` (default: today). */
export async function listInvoices(
  db: DbOrTx, principal: Principal, filter: InvoiceFilter, params: ListParams, asOf: string,
): Promise<Page<InvoiceView>> {
  const sort = params.sort ?? 'dueDate';
  const key = sort.replace(/^-/, '');
  if (!INVOICE_SORT_KEYS.includes(key)) {
    const allowed = INVOICE_SORT_KEYS.flatMap((k) => [k, `-${k}`]).join(', ');
    throw new DomainError('validation_failed', `sort: "${sort}" is not one of ${allowed}`, { sort: `one of ${allowed}` });
  }
  const scope = customerScope(principal);
  const scoped = scope === 'all' ? filter : { ...filter, collectorId: scope.collectorId };
  const after = params.cursor ? decodeCursor(params.cursor) : undefined;
  const rows = await listInvoiceViews(db, asOf, scoped, { limit: params.limit + 1, after, sort });
  const items = rows.slice(0, params.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > params.limit && last ? encodeCursor((last as Record<string, unknown>)[key], last.id) : null;
  return { items, nextCursor };
}

export async function getInvoice(db: DbOrTx, principal: Principal, id: string, asOf: string): Promise<InvoiceView> {
  const view = await findInvoiceView(db, id, asOf);
  if (!view) throw notFound('invoice', id);
  await assertCustomerInScope(db, principal, view.customerId, 'id');
  return view;
}
