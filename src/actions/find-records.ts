import { eq, gte, inArray, isNull, isNotNull, lte, type AnyColumn, type SQL } from 'drizzle-orm';
import { customerScope, type Principal } from '../domain/access.ts';
import { notFound } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { listRows, type ListParams } from '../store/list-query.ts';
import { allocations, auditLog, companies, contacts, contracts, credits, customers, disputes, invoices } from '../store/schema.ts';
import { findById, type VersionedTable } from '../store/versioned.store.ts';
import { assertCustomerInScope } from './customer-scope.ts';

/**
 * Reads of companies and of the records that hang off a customer (contacts, contracts, payments and
 * credit notes, disputes). A collector's lists are narrowed to the customers assigned to them (L9).
 */
function scoped(db: DbOrTx, principal: Principal, customerIdColumn: AnyColumn): SQL | undefined {
  const scope = customerScope(principal);
  if (scope === 'all') return undefined;
  return inArray(customerIdColumn, db.select({ id: customers.id }).from(customers).where(eq(customers.collectorId, scope.collectorId)));
}

const byCustomer = (column: AnyColumn, customerId?: string) => (customerId ? eq(column, customerId) : undefined);

export function listCompanies(db: DbOrTx, params: ListParams) {
  return listRows(db, companies, [], params, { legalName: companies.legalName, createdAt: companies.createdAt }, 'legalName');
}

export function listContacts(db: DbOrTx, principal: Principal, f: { customerId?: string | undefined }, params: ListParams) {
  return listRows(db, contacts, [byCustomer(contacts.customerId, f.customerId), scoped(db, principal, contacts.customerId)], params,
    { name: contacts.name, createdAt: contacts.createdAt }, 'name');
}

export function listContracts(db: DbOrTx, principal: Principal, f: { customerId?: string | undefined }, params: ListParams) {
  return listRows(db, contracts, [byCustomer(contracts.customerId, f.customerId), scoped(db, principal, contracts.customerId)], params,
    { date: contracts.date, number: contracts.number, createdAt: contracts.createdAt }, '-date');
}

export type CreditFilter = { customerId?: string | undefined; kind?: 'payment' | 'credit_note' | undefined; from?: string | undefined; to?: string | undefined };

export function listCredits(db: DbOrTx, principal: Principal, f: CreditFilter, params: ListParams) {
  return listRows(db, credits, [
    byCustomer(credits.customerId, f.customerId), scoped(db, principal, credits.customerId),
    f.kind ? eq(credits.kind, f.kind) : undefined,
    f.from ? gte(credits.date, f.from) : undefined,
    f.to ? lte(credits.date, f.to) : undefined,
  ], params, { date: credits.date, createdAt: credits.createdAt }, '-date');
}

export function listDisputes(db: DbOrTx, principal: Principal, f: { invoiceId?: string | undefined; open?: boolean | undefined }, params: ListParams) {
  const invoiceIds = db.select({ id: invoices.id }).from(invoices).where(scoped(db, principal, invoices.customerId));
  return listRows(db, disputes, [
    f.invoiceId ? eq(disputes.invoiceId, f.invoiceId) : undefined,
    f.open === undefined ? undefined : f.open ? isNull(disputes.resolvedOn) : isNotNull(disputes.resolvedOn),
    customerScope(principal) === 'all' ? undefined : inArray(disputes.invoiceId, invoiceIds),
  ], params, { openedOn: disputes.openedOn, createdAt: disputes.createdAt }, '-openedOn');
}

export function listAudit(db: DbOrTx, f: { entity?: string | undefined; entityId?: string | undefined }, params: ListParams) {
  return listRows(db, auditLog as unknown as VersionedTable, [
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
  ], params, { at: auditLog.at }, '-at');
}

/** One record by id, checked against the collector's scope through its customer. */
export async function getRecord<R extends { id: string; version: number }>(
  db: DbOrTx, principal: Principal, table: VersionedTable, entity: string, id: string, customerIdOf: (row: R) => Promise<string> | string,
): Promise<R> {
  const row = await findById<R & Record<string, unknown>>(db, table, id);
  if (!row) throw notFound(entity, id);
  await assertCustomerInScope(db, principal, await customerIdOf(row), 'id');
  return row;
}


export async function getCompany(db: DbOrTx, id: string) {
  const row = await findById(db, companies, id);
  if (!row) throw notFound('company', id);
  return row;
}

/** A payment or credit note with its allocations. */
export async function getCredit(db: DbOrTx, principal: Principal, kind: 'payment' | 'credit_note', id: string) {
  const credit = await findById<typeof credits.$inferSelect>(db, credits, id);
  if (!credit || credit.kind !== kind) throw notFound(kind.replace('_', ' '), id);
  await assertCustomerInScope(db, principal, credit.customerId, 'id');
  const rows = await db.select().from(allocations).where(eq(allocations.creditId, id)).orderBy(allocations.date);
  return { credit, allocations: rows };
}
