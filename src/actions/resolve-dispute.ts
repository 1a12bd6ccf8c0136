import { z } from 'zod';
import { isoDate } from '../domain/fields.ts';
import type { DbOrTx } from '../store/db.ts';
import { disputes } from '../store/schema.ts';
import { updateAudited, type WriteContext } from '../store/versioned.store.ts';
import type { DisputeRow } from './open-dispute.ts';

export const DisputeResolution = z.strictObject({ version: z.int().positive(), resolvedOn: isoDate, resolution: z.string().min(1).max(5000) });
export type DisputeResolution = z.infer<typeof DisputeResolution>;

export async function resolveDispute(db: DbOrTx, id: string, input: DisputeResolution, ctx: WriteContext): Promise<DisputeRow> {
  return updateAudited<DisputeRow>(db, disputes, id, input.version, { resolvedOn: input.resolvedOn, resolution: input.resolution }, ctx);
}
