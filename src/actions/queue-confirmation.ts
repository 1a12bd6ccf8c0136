import { outboxByDedupeKey } from '../store/confirmations.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { insertOutbox } from '../store/engine-apply.store.ts';

/**
 * P13: record the agreement and tell the client it is recorded: the promise (or payment-plan)
 * confirmation joins the outbox for the delivery worker, once per promise or plan (dedupe key).
 */
export async function queueConfirmation(
  db: DbOrTx, args: { customerId: string; invoiceIds: string[]; language: string; kind: 'promise' | 'plan'; recordId: string; at: Date },
) {
  const dedupeKey = `confirmation:${args.kind}:${args.recordId}`;
  await insertOutbox(db, [{
    customerId: args.customerId, invoiceIds: args.invoiceIds, stepCode: null, channel: 'email',
    templateKey: args.kind === 'promise' ? 'letter.promise' : 'letter.payment-plan', language: args.language, scheduledAt: args.at, dedupeKey,
  }], args.at);
  return outboxByDedupeKey(db, dedupeKey);
}
