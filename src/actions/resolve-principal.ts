import type { Principal } from '../domain/access.ts';
import type { Db } from '../store/db.ts';
import { findSessionUser, findTokenUser } from '../store/users.store.ts';
import { hashSecret } from './secrets.ts';

/** Who is calling: a bearer API token (integrations) or a session cookie (the web app). */
export async function resolvePrincipal(
  db: Db, credentials: { bearer?: string | undefined; session?: string | undefined }, now: Date,
): Promise<Principal | undefined> {
  if (credentials.bearer) {
    const row = await findTokenUser(db, hashSecret(credentials.bearer));
    return row && { ...row, via: 'token' };
  }
  if (credentials.session) {
    const row = await findSessionUser(db, hashSecret(credentials.session), now);
    return row && { ...row, via: 'session' };
  }
  return undefined;
}
