import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

/** Amounts in `detail` are minor units here; actions/customer-timeline.ts presents them as decimal strings. */
export type TimelineEntry = { at: string; kind: string; title: string; detail: Record<string, unknown> };

/**
 * One timeline of everything about a customer, newest first: invoices, payments and credit notes,
 * calls and tasks with outcomes, messages we sent (or that were blocked or failed) and messages the
 * customer sent us (with their text), promises kept and broken, disputes, collection stops, notes.
 */
export async function customerTimeline(db: DbOrTx, customerId: string, limit: number): Promise<TimelineEntry[]> {
  const result = await db.execute(sql`
    select * from (
      select issue_date::timestamptz as at, 'invoice' as kind, 'Invoice ' || number as title,
        jsonb_build_object('id', id, 'amount', amount::text, 'currency', currency, 'dueDate', due_date) as detail
      from invoices where customer_id = ${customerId}
      union all
      select date::timestamptz, kind, coalesce(number, reference, kind), jsonb_build_object('id', id, 'amount', amount::text, 'currency', currency)
      from credits where customer_id = ${customerId}
      union all
      select coalesce(closed_at, window_start), 'task', coalesce(step_code, kind) || ' ' || channel,
        jsonb_build_object('id', id, 'status', status, 'outcome', outcome, 'note', outcome_note, 'dueDate', due_date)
      from tasks where customer_id = ${customerId}
      union all
      select coalesce(sent_at, scheduled_at), 'message', coalesce(subject, template_key),
        jsonb_build_object('id', id, 'direction', 'sent', 'status', status, 'channel', channel, 'recipient', recipient, 'messageId', message_id, 'error', last_error,
          'text', left(body_text, 5000))
      from outbox where customer_id = ${customerId}
      union all
      select received_at, 'message', subject,
        jsonb_build_object('id', id, 'direction', 'received', 'from', from_address, 'fromName', from_name, 'messageId', message_id,
          'answers', outbox_id, 'matchedBy', matched_by, 'sentAt', sent_at, 'text', left(text, 2000))
      from received_messages where customer_id = ${customerId}
      union all
      select created_at, 'promise', kind,
        jsonb_build_object('id', id, 'status', status, 'resolvedOn', resolved_on, 'amount', amount::text, 'currency', currency, 'promisedDate', promised_date)
      from promises where customer_id = ${customerId}
      union all
      select d.opened_on::timestamptz, 'dispute', d.reason, jsonb_build_object('id', d.id, 'resolvedOn', d.resolved_on, 'resolution', d.resolution)
      from disputes d join invoices i on i.id = d.invoice_id where i.customer_id = ${customerId}
      union all
      select starts_on::timestamptz, 'stop', reason, jsonb_build_object('id', id, 'endsOn', ends_on)
      from collection_stops where customer_id = ${customerId}
      union all
      select created_at, 'note', left(text, 200), jsonb_build_object('id', id, 'author', author, 'text', text)
      from customer_notes where customer_id = ${customerId}
    ) t order by at desc limit ${limit}`);
  return (result.rows as { at: Date | string; kind: string; title: string; detail: Record<string, unknown> }[])
    .map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}

export async function listOutbox(db: DbOrTx, f: { status?: string | undefined; customerId?: string | undefined }, limit: number) {
  const result = await db.execute(sql`select id, customer_id as "customerId", step_code as "stepCode", channel, template_key as "templateKey", language,
      status, attempts, recipient, subject, message_id as "messageId", last_error as "lastError", conduct_findings as "conductFindings",
      scheduled_at as "scheduledAt", sent_at as "sentAt"
    from outbox where ${f.status ? sql`status = ${f.status}` : sql`true`} and ${f.customerId ? sql`customer_id = ${f.customerId}` : sql`true`}
    order by scheduled_at desc, id limit ${limit}`);
  return result.rows;
}

/** A note about a customer by a person (S5: what was said outside a call), for its timeline. */
export async function insertCustomerNote(db: DbOrTx, customerId: string, text: string, author: string, at: Date) {
  const result = await db.execute(sql`insert into customer_notes (customer_id, text, author, created_at)
    values (${customerId}, ${text}, ${author}, ${at}) returning id, created_at as at`);
  return result.rows[0] as { id: string; at: Date };
}
