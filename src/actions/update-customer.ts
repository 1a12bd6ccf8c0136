import type { DbOrTx } from '../store/db.ts';
import { customers } from '../store/schema.ts';
import { updateAudited, type WriteContext } from '../store/versioned.store.ts';
import { customerValues, type CustomerPatch } from './customer-input.ts';
import type { CustomerRow } from './create-customer.ts';

export async function updateCustomer(db: DbOrTx, id: string, input: CustomerPatch, ctx: WriteContext): Promise<CustomerRow> {
  const { version, ...patch } = input;
  return updateAudited<CustomerRow>(db, customers, id, version, customerValues(patch), ctx);
}
