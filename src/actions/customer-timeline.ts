import type { Principal } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { releaseBlocked } from '../store/outbox.store.ts';
import { formatAmount } from '../domain/money.ts';
import { customerTimeline, listOutbox, type TimelineEntry } from '../store/timeline.store.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { assertCustomerInScope } from './customer-scope.ts';

export async function getTimeline(db: DbOrTx, principal: Principal, customerId: string, limit = 200) {
  await assertCustomerInScope(db, principal, customerId, 'id');
  return presentTimeline(await customerTimeline(db, customerId, limit));
}

/**
 * The API's money is a decimal string beside its currency: amounts in the timeline go out as "155000.50",
 * and a promise reads "promise 155000.50 RUB by 2025-12-19".
 */
export function presentTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return entries.map((e) => {
    const { amount, currency } = e.detail;
    if (typeof amount !== 'string' || typeof currency !== 'string') return e;
    const detail = { ...e.detail, amount: formatAmount(BigInt(amount), currency) };
    const title = e.kind === 'promise' ? `${e.title} ${detail.amount} ${currency} by ${String(e.detail.promisedDate)}` : e.title;
    return { ...e, title, detail };
  });
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
