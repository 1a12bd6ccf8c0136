import { z } from 'zod';
import { DomainError } from '../domain/errors.ts';
import { isoDate, uuid } from '../domain/fields.ts';
import type { DbOrTx } from '../store/db.ts';
import { collectionStops } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';

export const NewCollectionStop = z.strictObject({ customerId: uuid, startsOn: isoDate, endsOn: isoDate, reason: z.string().min(1).max(2000) });
export type NewCollectionStop = z.infer<typeof NewCollectionStop>;

/** A collection stop holds the whole customer out of the ladder until its end date, with a reason. */
export async function setCollectionStop(db: DbOrTx, input: NewCollectionStop, ctx: WriteContext) {
  if (input.endsOn < input.startsOn) throw new DomainError('validation_failed', `endsOn: ${input.endsOn} is before startsOn ${input.startsOn}`, { endsOn: 'before startsOn' });
  return insertAudited<typeof collectionStops.$inferSelect>(db, collectionStops, input, ctx);
}
