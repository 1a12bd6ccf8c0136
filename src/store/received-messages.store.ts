import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

/** Our sent messages with one of these Message-IDs: what a reply's In-Reply-To and References name. */
export async function sentMessagesByIds(db: DbOrTx, messageIds: string[]): Promise<{ id: string; customerId: string; messageId: string }[]> {
  if (messageIds.length === 0) return [];
  const result = await db.execute(sql`select id, customer_id as "customerId", message_id as "messageId" from outbox
    where message_id = any(${sql.param(messageIds)}::text[]) and status = 'sent'`);
  return result.rows as { id: string; customerId: string; messageId: string }[];
}

/** The customers with a contact that has this e-mail address (any kind: work, personal), case-insensitively. */
export async function customersWithContactEmail(db: DbOrTx, address: string): Promise<string[]> {
  const result = await db.execute(sql`select distinct customer_id as "customerId" from contacts c
    where exists (select 1 from jsonb_each_text(c.emails) e where lower(e.value) = lower(${address}))`);
  return (result.rows as { customerId: string }[]).map((r) => r.customerId);
}

export type ReceivedMessageRow = {
  customerId: string; outboxId: string | null; matchedBy: 'reply' | 'sender'; messageId: string;
  fromAddress: string; fromName: string | null; subject: string; text: string; sentAt: Date | null; receivedAt: Date; raw: Buffer; createdBy: string;
};

/** Records a received message once per customer and Message-ID; the id, and whether it was already there. */
export async function insertReceivedMessage(db: DbOrTx, m: ReceivedMessageRow): Promise<{ id: string; duplicate: boolean }> {
  const inserted = await db.execute(sql`insert into received_messages
      (customer_id, outbox_id, matched_by, message_id, from_address, from_name, subject, text, sent_at, received_at, raw, created_by)
    values (${m.customerId}, ${m.outboxId}, ${m.matchedBy}, ${m.messageId}, ${m.fromAddress}, ${m.fromName}, ${m.subject}, ${m.text},
      ${m.sentAt}, ${m.receivedAt}, ${m.raw}, ${m.createdBy})
    on conflict (customer_id, message_id) do nothing returning id`);
  const row = inserted.rows[0] as { id: string } | undefined;
  if (row) return { id: row.id, duplicate: false };
  const existing = await db.execute(sql`select id from received_messages where customer_id = ${m.customerId} and message_id = ${m.messageId}`);
  return { id: (existing.rows[0] as { id: string }).id, duplicate: true };
}
