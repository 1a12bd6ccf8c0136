import { z } from 'zod';
import { isoDate, uuid } from '../domain/fields.ts';
import type { DbOrTx } from '../store/db.ts';
import { disputes } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';

export const NewDispute = z.strictObject({ invoiceId: uuid, openedOn: isoDate, reason: z.string().min(1).max(5000) });
export type NewDispute = z.infer<typeof NewDispute>;
export type DisputeRow = typeof disputes.$inferSelect;

/** A disputed invoice is held out of collection until the dispute is resolved (its status is disputed). */
export async function openDispute(db: DbOrTx, input: NewDispute, ctx: WriteContext): Promise<DisputeRow> {
  return insertAudited<DisputeRow>(db, disputes, input, ctx);
}
