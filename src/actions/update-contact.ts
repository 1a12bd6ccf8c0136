import type { Principal } from '../domain/access.ts';
import { notFound } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { contacts } from '../store/schema.ts';
import { deleteAudited, findById, updateAudited, type WriteContext } from '../store/versioned.store.ts';
import type { ContactPatch } from './contact-input.ts';
import type { ContactRow } from './create-contact.ts';
import { assertCustomerInScope } from './customer-scope.ts';

async function contactInScope(db: DbOrTx, principal: Principal, id: string): Promise<ContactRow> {
  const row = await findById<ContactRow>(db, contacts, id);
  if (!row) throw notFound('contact', id);
  await assertCustomerInScope(db, principal, row.customerId);
  return row;
}

export async function updateContact(db: DbOrTx, principal: Principal, id: string, input: ContactPatch, ctx: WriteContext) {
  await contactInScope(db, principal, id);
  const { version, ...patch } = input;
  return updateAudited<ContactRow>(db, contacts, id, version, patch, ctx);
}

export async function deleteContact(db: DbOrTx, principal: Principal, id: string, version: number, ctx: WriteContext) {
  await contactInScope(db, principal, id);
  await deleteAudited(db, contacts, id, version, ctx);
}
