import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

export type ConfirmedPromise = { promisedDate: string; amount: bigint; currency: string; planId: string | null };

/**
 * P13: what a confirmation message confirms: the newest open promise on these invoices, or, when that
 * promise is an instalment, every open instalment of its plan (in date order).
 */
export async function promisesToConfirm(db: DbOrTx, customerId: string, invoiceIds: string[]): Promise<ConfirmedPromise[]> {
  const result = await db.execute(sql`
    with newest as (
      select id, plan_id from promises where customer_id = ${customerId} and status = 'open' and invoice_ids && ${sql.param(invoiceIds)}::uuid[]
      order by created_at desc, id desc limit 1
    )
    select p.promised_date as "promisedDate", p.amount, p.currency, p.plan_id as "planId"
    from promises p join newest n on (n.plan_id is null and p.id = n.id) or (n.plan_id is not null and p.plan_id = n.plan_id and p.status = 'open')
    order by p.promised_date`);
  return result.rows as ConfirmedPromise[];
}

export async function taskByDedupeKey(db: DbOrTx, dedupeKey: string) {
  const result = await db.execute(sql`select id, version, kind, step_code as "stepCode", channel, due_date as "dueDate",
      window_start as "windowStart", window_end as "windowEnd", assignee_id as "assigneeId", script_key as "scriptKey"
    from tasks where dedupe_key = ${dedupeKey}`);
  const row = result.rows[0] as { windowStart: Date | string; windowEnd: Date | string } & Record<string, unknown> | undefined;
  return row && { ...row, windowStart: new Date(row.windowStart).toISOString(), windowEnd: new Date(row.windowEnd).toISOString() };
}

export async function outboxByDedupeKey(db: DbOrTx, dedupeKey: string) {
  const result = await db.execute(sql`select id, template_key as "templateKey", language, status, scheduled_at as "scheduledAt" from outbox where dedupe_key = ${dedupeKey}`);
  return result.rows[0] as { id: string; templateKey: string; language: string; status: string } | undefined;
}
