import { DomainError } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { findUserByEmail, insertApiToken } from '../store/users.store.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** A bearer token for an integration, acting as `email`'s user. The secret is shown once. */
export async function createApiToken(db: DbOrTx, email: string, name: string, ctx: WriteContext) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new DomainError('not_found', `user: no user with email ${email}`, { user: 'not found' });
  const secret = newSecret('dbt_');
  const row = await insertApiToken(db, user.id, name, hashSecret(secret), ctx.at);
  await writeAudit(db, { ...ctx, entity: 'api_tokens', entityId: row.id, action: 'create', before: null, after: { name, userId: user.id } });
  return { id: row.id, name, secret, user: user.email };
}
