import { z } from 'zod';
import type { Principal } from '../domain/access.ts';
import { DEBTOR_TYPES, type DebtorType } from '../domain/debtor-type.ts';
import type { DbOrTx } from '../store/db.ts';
import { customers } from '../store/schema.ts';
import { findById, updateAudited, type WriteContext } from '../store/versioned.store.ts';
import { assertCustomerInScope } from './customer-scope.ts';

export const DebtorTypeInput = z.strictObject({
  debtorType: z.enum(DEBTOR_TYPES as [DebtorType, ...DebtorType[]]).nullable(), // null: not classified
  note: z.string().max(2000).optional(),
});
export type DebtorTypeInput = z.infer<typeof DebtorTypeInput>;

/** D1: a person decides the debtor type (the file only suggests one); the change is audited. */
export async function setDebtorType(db: DbOrTx, principal: Principal, customerId: string, input: DebtorTypeInput, ctx: WriteContext) {
  await assertCustomerInScope(db, principal, customerId, 'id');
  const current = await findById<typeof customers.$inferSelect>(db, customers, customerId);
  const row = await updateAudited<typeof customers.$inferSelect>(db, customers, customerId, current!.version,
    { debtorType: input.debtorType, debtorTypeNote: input.note ?? null }, ctx);
  return { customerId, debtorType: row.debtorType, note: row.debtorTypeNote, version: row.version };
}
