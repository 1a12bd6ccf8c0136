import { eq } from 'drizzle-orm';
import { DomainError } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { users } from '../store/schema.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { hashPassword, verifyPassword } from './secrets.ts';

/** A user replaces their password (the one-time password of a new user must be replaced at first sign-in). */
export async function changePassword(db: DbOrTx, userId: string, current: string, next: string, ctx: WriteContext): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || !(await verifyPassword(current, user.passwordHash))) {
    throw new DomainError('validation_failed', 'currentPassword: is wrong', { currentPassword: 'is wrong' });
  }
  if (next.length < 12) throw new DomainError('validation_failed', 'newPassword: at least 12 characters', { newPassword: 'at least 12 characters' });
  if (next === current) throw new DomainError('validation_failed', 'newPassword: must differ from the current one', { newPassword: 'same as current' });
  await db.update(users).set({ passwordHash: await hashPassword(next), mustChangePassword: false, updatedAt: ctx.at }).where(eq(users.id, userId));
  await writeAudit(db, { ...ctx, entity: 'users', entityId: userId, action: 'change-password', before: null, after: null });
}
