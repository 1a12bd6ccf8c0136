import type { Principal } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { releaseBlocked } from '../store/outbox.store.ts';
import { customerTimeline, listOutbox } from '../store/timeline.store.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { assertCustomerInScope } from './customer-scope.ts';

export async function getTimeline(db: DbOrTx, principal: Principal, customerId: string, limit = 200) {
  await assertCustomerInScope(db, principal, customerId, 'id');
  return customerTimeline(db, customerId, limit);
}

export async function findOutbox(db: DbOrTx, filter: { status?: string | undefined; customerId?: string | undefined }, limit = 200) {
  return listOutbox(db, filter, limit);
}

/** An admin sends a message the conduct check blocked, with the reason recorded in the audit trail. */
export async function releaseMessage(db: DbOrTx, id: string, reason: string, ctx: WriteContext) {
  if (!(await releaseBlocked(db, id, reason))) throw new DomainError('conflict', `message ${id} is not blocked`);
  await writeAudit(db, { ...ctx, entity: 'outbox', entityId: id, action: 'release', before: { status: 'blocked' }, after: { status: 'pending', reason } });
  return { id, status: 'pending' };
}
