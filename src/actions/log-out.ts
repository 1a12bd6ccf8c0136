import type { Db } from '../store/db.ts';
import { deleteSession } from '../store/users.store.ts';
import { hashSecret } from './secrets.ts';

export async function logOut(db: Db, sessionSecret: string): Promise<void> {
  await deleteSession(db, hashSecret(sessionSecret));
}
