import { z } from 'zod';
import { ROLES, type Role } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { users } from '../store/schema.ts';
import { findUserByEmail } from '../store/users.store.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';
import { hashPassword, newSecret } from './secrets.ts';

export const NewUser = z.strictObject({
  email: z.email(),
  name: z.string().min(1).max(200),
  role: z.enum(ROLES as [Role, ...Role[]]),
  password: z.string().min(12, 'at least 12 characters').optional(),
});
export type NewUser = z.infer<typeof NewUser>;

/**
 * Creates a user. Without a password a one-time password is generated and returned once (it is shown
 * to whoever creates the user and must be changed at first login).
 */
export async function createUser(db: DbOrTx, input: NewUser, ctx: WriteContext) {
  if (await findUserByEmail(db, input.email)) {
    throw new DomainError('conflict', `email: a user with ${input.email} already exists`, { email: 'already taken' });
  }
  const oneTimePassword = input.password ? undefined : newSecret();
  const passwordHash = await hashPassword(input.password ?? oneTimePassword!);
  const row = await insertAudited<typeof users.$inferSelect>(db, users, {
    email: input.email, name: input.name, role: input.role, passwordHash, mustChangePassword: !input.password,
  }, ctx);
  return { user: { id: row.id, email: row.email, name: row.name, role: row.role }, oneTimePassword };
}
