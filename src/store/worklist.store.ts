import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

export type WorklistRow = {
  id: string; customerId: string; customerName: string; customerExternalId: string | null; timeZone: string;
  kind: string; stepCode: string | null; channel: string; scriptKey: string | null; dueDate: string;
  windowStart: Date; windowEnd: Date; priority: number; assigneeId: string | null; queue: string; version: number;
  invoiceNumbers: string[]; overdue: bigint; currency: string | null; daysOverdue: number;
};

/**
 * L8: a collector's day: open tasks due on `date` or earlier (overdue ones on top), then by priority
 * and window. Each with the customer, the invoices, the overdue amount and the days overdue.
 */
export async function worklistRows(db: DbOrTx, date: string, assigneeId: string | undefined, limit: number): Promise<WorklistRow[]> {
  const who = assigneeId ? sql`and t.assignee_id = ${assigneeId}` : sql``;
  // The page of tasks is chosen first (the partial index of open tasks per assignee), and only its rows are
  // joined to their invoices: the planner cannot misjudge the cost of the per-task lookups.
  const result = await db.execute(sql`
    with page as (
      select t.* from tasks t
      where t.status = 'open' and t.due_date <= ${date}::date ${who}
      order by (t.due_date < ${date}::date) desc, t.priority desc, t.window_start, t.id
      limit ${limit}
    )
    select t.id, t.customer_id as "customerId", c.legal_name as "customerName", c.external_id as "customerExternalId", c.time_zone as "timeZone",
      t.kind, t.step_code as "stepCode", t.channel, t.script_key as "scriptKey", t.due_date as "dueDate",
      t.window_start as "windowStart", t.window_end as "windowEnd", t.priority, t.assignee_id as "assigneeId", t.queue, t.version,
      inv.numbers as "invoiceNumbers", coalesce(inv.overdue, 0)::bigint as overdue, inv.currency, coalesce(inv.days, 0)::int as "daysOverdue"
    from page t
    join customers c on c.id = t.customer_id
    left join lateral (
      select array_agg(i.number order by i.due_date) as numbers, min(i.currency) as currency,
        sum(i.amount - coalesce((select sum(a.amount) from allocations a where a.invoice_id = i.id and a.date <= ${date}::date), 0))
          filter (where i.due_date < ${date}::date) as overdue,
        max(${date}::date - i.due_date) as days
      from invoices i where i.id = any(t.invoice_ids)
    ) inv on true
    order by (t.due_date < ${date}::date) desc, t.priority desc, t.window_start, t.id`);
  // Raw queries return timestamptz as text: make them instants.
  return (result.rows as (WorklistRow & { windowStart: Date | string; windowEnd: Date | string })[]).map((r) => ({ ...r, windowStart: new Date(r.windowStart), windowEnd: new Date(r.windowEnd) }));
}
