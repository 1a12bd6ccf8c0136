import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

const company = (companyId: string | undefined) => (companyId ? sql`and c.company_id = ${companyId}` : sql``);

export type PromiseLine = { id: string; customerId: string; customerName: string; promisedDate: string; amount: bigint; currency: string; status: string; resolvedOn: string | null };

/** P5: promises falling due in a date range (open ones), or broken in it. */
export async function promisesBetween(db: DbOrTx, which: 'due' | 'broken', from: string, to: string, companyId?: string): Promise<PromiseLine[]> {
  const filter = which === 'due'
    ? sql`p.status = 'open' and p.promised_date between ${from}::date and ${to}::date`
    : sql`p.status = 'broken' and p.resolved_on between ${from}::date and ${to}::date`;
  const result = await db.execute(sql`
    select p.id, p.customer_id as "customerId", c.legal_name as "customerName", p.promised_date as "promisedDate", p.amount, p.currency,
      p.status, p.resolved_on as "resolvedOn"
    from promises p join customers c on c.id = p.customer_id
    where ${filter} ${company(companyId)}
    order by p.promised_date, c.legal_name limit 500`);
  return result.rows as PromiseLine[];
}

export type CollectorLoad = { userId: string; name: string; doneToday: number; doneThisWeek: number; open: number; overdue: number };

/** L9: each collector's work: tasks done today and since the week began, open, and overdue (due before today). */
export async function collectorLoads(db: DbOrTx, today: string, weekStart: string, companyId?: string): Promise<CollectorLoad[]> {
  const result = await db.execute(sql`
    select u.id as "userId", u.name,
      count(t.id) filter (where t.status = 'done' and t.closed_at >= ${today}::date and t.closed_at < ${today}::date + 1)::int as "doneToday",
      count(t.id) filter (where t.status = 'done' and t.closed_at >= ${weekStart}::date and t.closed_at < ${today}::date + 1)::int as "doneThisWeek",
      count(t.id) filter (where t.status = 'open' and t.due_date <= ${today}::date)::int as open,
      count(t.id) filter (where t.status = 'open' and t.due_date < ${today}::date)::int as overdue
    from users u
    left join tasks t on t.assignee_id = u.id and (t.status = 'open' or t.closed_at >= ${weekStart}::date)
      and exists (select 1 from customers c where c.id = t.customer_id ${company(companyId)})
    where u.role = 'collector' and u.disabled_at is null
    group by u.id, u.name order by u.name`);
  return result.rows as CollectorLoad[];
}
