import { z } from 'zod';
import { ROLES, type Role } from '../domain/access.ts';
import type { DbOrTx } from '../store/db.ts';
import { sessions, users } from '../store/schema.ts';
import { eq } from 'drizzle-orm';
import { updateAudited, type WriteContext } from '../store/versioned.store.ts';

export const UserPatch = z.strictObject({
  version: z.int().positive(),
  name: z.string().min(1).max(200).optional(),
  role: z.enum(ROLES as [Role, ...Role[]]).optional(),
  disabled: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

/** Changes a user's name or role, or disables the user (their sessions end; their tokens stop working). */
export async function updateUser(db: DbOrTx, id: string, input: UserPatch, ctx: WriteContext) {
  const { version, disabled, ...patch } = input;
  const values = disabled === undefined ? patch : { ...patch, disabledAt: disabled ? ctx.at : null };
  const row = await updateAudited<typeof users.$inferSelect>(db, users, id, version, values, ctx);
  if (disabled) await db.delete(sessions).where(eq(sessions.userId, id));
  const { passwordHash: _secret, ...user } = row;
  return user;
}
