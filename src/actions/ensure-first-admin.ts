import type { Db } from '../store/db.ts';
import { countUsers } from '../store/users.store.ts';
import { createUser } from './create-user.ts';

/** On a new database, creates the admin user and returns its one-time password (printed once at start). */
export async function ensureFirstAdmin(db: Db, now: Date) {
  if ((await countUsers(db)) > 0) return undefined;
  return createUser(db, { email: 'admin@localhost', name: 'Administrator', role: 'admin' }, { actor: 'system', at: now });
}
