import { eq } from 'drizzle-orm';
import { customerScope, type Principal } from '../domain/access.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { customers } from '../store/schema.ts';

/**
 * L9: a collector works the customers assigned to them. A customer outside a collector's scope is
 * forbidden (403); a customer that does not exist is not found (404).
 */
export async function assertCustomerInScope(db: DbOrTx, principal: Principal, customerId: string, field = 'customerId') {
  const [row] = await db.select({ id: customers.id, collectorId: customers.collectorId, companyId: customers.companyId, timeZone: customers.timeZone })
    .from(customers).where(eq(customers.id, customerId)).limit(1);
  if (!row) throw notFound('customer', customerId, field);
  assertAssigned(principal, customerId, row.collectorId, field);
  return row;
}

/** The same rule for a customer row already read (its collector). */
export function assertAssigned(principal: Principal, customerId: string, collectorId: string | null, field = 'customerId') {
  const scope = customerScope(principal);
  if (scope !== 'all' && collectorId !== scope.collectorId) {
    throw new DomainError('forbidden', `${field}: customer ${customerId} is not assigned to you`);
  }
}
