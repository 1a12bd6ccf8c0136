import type { DbOrTx } from '../store/db.ts';
import { listUsers } from '../store/users.store.ts';

export async function findUsers(db: DbOrTx) {
  return (await listUsers(db)).map(({ passwordHash: _secret, ...user }) => user);
}
