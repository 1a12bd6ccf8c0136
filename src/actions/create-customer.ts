import type { DbOrTx } from '../store/db.ts';
import { customers } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';
import { customerValues, type NewCustomer } from './customer-input.ts';

export type CustomerRow = typeof customers.$inferSelect;

/** P2: a customer is on the books from the first day, with its collector, terms and credit limit. */
export async function createCustomer(db: DbOrTx, input: NewCustomer, ctx: WriteContext): Promise<CustomerRow> {
  return insertAudited<CustomerRow>(db, customers, customerValues(input), ctx);
}
