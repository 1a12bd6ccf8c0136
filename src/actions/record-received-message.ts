import { createHash } from 'node:crypto';
import PostalMime from 'postal-mime';
import type { Principal } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { customersWithContactEmail, insertReceivedMessage, sentMessagesByIds } from '../store/received-messages.store.ts';
import { assertCustomerInScope } from './customer-scope.ts';
import type { WriteContext } from '../store/versioned.store.ts';

export type RecordedMessage = { id: string; customerId: string; matchedBy: 'reply' | 'sender'; outboxId: string | null; subject: string; duplicate: boolean };

/**
 * Records a message a customer sent us (P13: what was said is on record; every message sent or received
 * is in the customer's timeline), given as the RFC 822 message itself. It belongs to the customer of our
 * message it answers (In-Reply-To, then References, newest first), or else to the one customer with a
 * contact at the sender's address; `customerId` picks one when several customers have that contact.
 * The same message recorded again is the same record.
 */
export async function recordReceivedMessage(
  db: DbOrTx, principal: Principal, raw: Buffer, options: { customerId?: string | undefined }, ctx: WriteContext,
): Promise<RecordedMessage> {
  if (raw.length === 0) throw new DomainError('validation_failed', 'message: the body must be an RFC 822 message', { message: 'empty' });
  const email = await PostalMime.parse(raw);
  const fromAddress = email.from?.address?.trim();
  if (!fromAddress) throw new DomainError('validation_failed', 'message: the message has no From address', { From: 'required' });
  const { customerId, outboxId, matchedBy } = await matchCustomer(db, email, fromAddress, options.customerId);
  await assertCustomerInScope(db, principal, customerId, 'customerId');
  const subject = email.subject ?? '';
  const sentAt = email.date ? new Date(email.date) : null;
  const { id, duplicate } = await insertReceivedMessage(db, {
    customerId, outboxId, matchedBy, subject, raw, createdBy: ctx.actor, receivedAt: ctx.at,
    messageId: email.messageId?.trim() || `<sha256-${createHash('sha256').update(raw).digest('hex')}@received>`, // no Message-ID: the content names it
    fromAddress, fromName: email.from?.name || null, text: email.text ?? '', sentAt: sentAt && !Number.isNaN(sentAt.getTime()) ? sentAt : null,
  });
  return { id, customerId, matchedBy, outboxId, subject, duplicate };
}

type Match = { customerId: string; outboxId: string | null; matchedBy: 'reply' | 'sender' };

async function matchCustomer(db: DbOrTx, email: Awaited<ReturnType<typeof PostalMime.parse>>, fromAddress: string, chosen: string | undefined): Promise<Match> {
  const answered = [...messageIds(email.inReplyTo), ...messageIds(email.references).reverse()];
  const sent = await sentMessagesByIds(db, answered);
  const reply = answered.map((mid) => sent.find((s) => s.messageId === mid)).find(Boolean);
  if (reply) return { customerId: reply.customerId, outboxId: reply.id, matchedBy: 'reply' };
  const customers = await customersWithContactEmail(db, fromAddress);
  if (chosen && customers.includes(chosen)) return { customerId: chosen, outboxId: null, matchedBy: 'sender' };
  if (customers.length === 1) return { customerId: customers[0]!, outboxId: null, matchedBy: 'sender' };
  if (customers.length === 0) {
    throw new DomainError('not_found', `message: it answers none of our messages and ${fromAddress} is no customer's contact`, {
      From: `no contact has the address ${fromAddress}; add it to the customer's contacts, then record the message again`,
    });
  }
  throw new DomainError('conflict', `message: ${customers.length} customers have a contact at ${fromAddress}; say which with customerId`, {
    customerId: `one of ${customers.join(', ')}`,
  });
}

/** The <…> message ids in an In-Reply-To or References header, in order. */
function messageIds(header: string | undefined): string[] {
  return header?.match(/<[^<>\s]+>/g) ?? [];
}
