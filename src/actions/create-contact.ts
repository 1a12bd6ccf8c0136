import type { Principal } from '../domain/access.ts';
import type { DbOrTx } from '../store/db.ts';
import { contacts } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';
import type { NewContact } from './contact-input.ts';
import { assertCustomerInScope } from './customer-scope.ts';

export type ContactRow = typeof contacts.$inferSelect;

export async function createContact(db: DbOrTx, principal: Principal, input: NewContact, ctx: WriteContext): Promise<ContactRow> {
  await assertCustomerInScope(db, principal, input.customerId);
  return insertAudited<ContactRow>(db, contacts, input, ctx);
}
