import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Principal } from '../domain/access.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { users } from '../store/schema.ts';
import { insertCustomerNote } from '../store/timeline.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { assertCustomerInScope } from './customer-scope.ts';

export const NewCustomerNote = z.strictObject({ text: z.string().trim().min(1, 'a note needs some text').max(5000) });
export type NewCustomerNote = z.infer<typeof NewCustomerNote>;

/** A collector's or manager's note about a customer, signed with their name, in the customer's timeline. */
export async function addCustomerNote(db: DbOrTx, principal: Principal, customerId: string, input: NewCustomerNote, ctx: WriteContext) {
  await assertCustomerInScope(db, principal, customerId, 'id');
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, principal.userId)).limit(1);
  const author = user?.name ?? ctx.actor;
  const note = await insertCustomerNote(db, customerId, input.text, author, ctx.at);
  await writeAudit(db, { ...ctx, entity: 'customer_notes', entityId: note.id, action: 'create', before: null, after: { customerId, text: input.text } });
  return { id: note.id, customerId, text: input.text, author, at: new Date(note.at).toISOString() };
}
