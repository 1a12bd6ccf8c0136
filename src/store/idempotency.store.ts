import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { idempotencyKeys } from './schema.ts';

type Claim = { key: string; principal: string };

/** Claims a key (status 0 = in progress). Returns the existing row when the key was claimed before. */
export async function claimIdempotencyKey(db: DbOrTx, claim: Claim & { requestHash: string }) {
  const inserted = await db.insert(idempotencyKeys)
    .values({ ...claim, statusCode: 0, response: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return undefined;
  const [row] = await db.select().from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.key, claim.key), eq(idempotencyKeys.principal, claim.principal))).limit(1);
  return row;
}

export async function finishIdempotencyKey(db: DbOrTx, claim: Claim, statusCode: number, response: unknown) {
  await db.update(idempotencyKeys).set({ statusCode, response })
    .where(and(eq(idempotencyKeys.key, claim.key), eq(idempotencyKeys.principal, claim.principal)));
}

export async function releaseIdempotencyKey(db: DbOrTx, claim: Claim) {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.key, claim.key), eq(idempotencyKeys.principal, claim.principal)));
}
