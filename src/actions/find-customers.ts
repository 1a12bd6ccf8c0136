import { and, arrayContains, eq, ilike, type SQL } from 'drizzle-orm';
import { customerScope, type Principal } from '../domain/access.ts';
import { notFound } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { listRows, type ListParams } from '../store/list-query.ts';
import { customers } from '../store/schema.ts';
import { findById } from '../store/versioned.store.ts';
import type { CustomerRow } from './create-customer.ts';
import { assertCustomerInScope } from './customer-scope.ts';

export type CustomerFilter = {
  companyId?: string | undefined; collectorId?: string | undefined; riskClass?: string | undefined;
  country?: string | undefined; tag?: string | undefined; q?: string | undefined; externalId?: string | undefined;
};

export async function listCustomers(db: DbOrTx, principal: Principal, filter: CustomerFilter, params: ListParams) {
  const scope = customerScope(principal);
  const where: (SQL | undefined)[] = [
    filter.companyId ? eq(customers.companyId, filter.companyId) : undefined,
    filter.collectorId ? eq(customers.collectorId, filter.collectorId) : undefined,
    scope === 'all' ? undefined : eq(customers.collectorId, scope.collectorId),
    filter.riskClass ? eq(customers.riskClass, filter.riskClass) : undefined,
    filter.country ? eq(customers.country, filter.country) : undefined,
    filter.tag ? arrayContains(customers.tags, [filter.tag]) : undefined,
    filter.q ? ilike(customers.legalName, `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
    filter.externalId ? eq(customers.externalId, filter.externalId) : undefined,
  ];
  return listRows<CustomerRow>(db, customers, [and(...where)], params,
    { legalName: customers.legalName, createdAt: customers.createdAt, externalId: customers.externalId }, 'legalName');
}

export async function getCustomer(db: DbOrTx, principal: Principal, id: string): Promise<CustomerRow> {
  await assertCustomerInScope(db, principal, id, 'id');
  const row = await findById<CustomerRow>(db, customers, id);
  if (!row) throw notFound('customer', id);
  return row;
}
