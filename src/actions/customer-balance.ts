import type { Principal } from '../domain/access.ts';
import { customerBalanceRows } from '../store/balances.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { assertCustomerInScope } from './customer-scope.ts';

export async function customerBalance(db: DbOrTx, principal: Principal, customerId: string, asOf: string) {
  await assertCustomerInScope(db, principal, customerId, 'id');
  return customerBalanceRows(db, customerId, asOf);
}
