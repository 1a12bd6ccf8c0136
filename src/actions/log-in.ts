import { DomainError } from '../domain/errors.ts';
import type { Db } from '../store/db.ts';
import { findUserByEmail, insertSession } from '../store/users.store.ts';
import { hashSecret, newSecret, verifyPassword } from './secrets.ts';

export const SESSION_HOURS = 12;

/** Password login for the web app: returns a session secret for the cookie (only its hash is stored). */
export async function logIn(db: Db, email: string, password: string, now: Date) {
  const user = await findUserByEmail(db, email);
  const ok = user && !user.disabledAt && (await verifyPassword(password, user.passwordHash));
  if (!ok || !user) throw new DomainError('unauthenticated', 'email or password is wrong');
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await insertSession(db, hashSecret(secret), user.id, expiresAt);
  return { secret, expiresAt, user: { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword } };
}
