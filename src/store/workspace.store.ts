import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

export type CalendarRow = {
  id: string; version: number; customerId: string; customerName: string; timeZone: string; kind: string; stepCode: string | null;
  channel: string; status: string; outcome: string | null; dueDate: string; windowStart: Date; windowEnd: Date; assigneeId: string | null;
  invoiceNumbers: string[]; balance: bigint; currency: string | null;
};

/**
 * L8: the tasks of a date range (a week view, the iCalendar feed), in order of their windows, each with
 * the customer and what its invoices still owe. `openOnly` leaves out done and cancelled ones.
 */
export async function calendarRows(
  db: DbOrTx, f: { from: string; to: string; assigneeId?: string | undefined; openOnly?: boolean }, limit: number,
): Promise<CalendarRow[]> {
  const result = await db.execute(sql`
    select t.id, t.version, t.customer_id as "customerId", c.legal_name as "customerName", c.time_zone as "timeZone", t.kind,
      t.step_code as "stepCode", t.channel, t.status, t.outcome, t.due_date as "dueDate", t.window_start as "windowStart",
      t.window_end as "windowEnd", t.assignee_id as "assigneeId", inv.numbers as "invoiceNumbers",
      coalesce(inv.balance, 0)::bigint as balance, inv.currency
    from tasks t
    join customers c on c.id = t.customer_id
    left join lateral (
      select array_agg(i.number order by i.due_date) as numbers, min(i.currency) as currency, sum(i.amount - i.paid_total) as balance
      from invoices i where i.id = any(t.invoice_ids)
    ) inv on true
    where t.due_date between ${f.from}::date and ${f.to}::date
      ${f.assigneeId ? sql`and t.assignee_id = ${f.assigneeId}` : sql``}
      ${f.openOnly ? sql`and t.status = 'open'` : sql``}
    order by t.window_start, t.id
    limit ${limit}`);
  return (result.rows as (CalendarRow & { windowStart: Date | string; windowEnd: Date | string })[])
    .map((r) => ({ ...r, windowStart: new Date(r.windowStart), windowEnd: new Date(r.windowEnd) }));
}

export type UserSettings = { id: string; name: string; timeZone: string; language: string };

export async function userSettings(db: DbOrTx, userId: string): Promise<UserSettings | undefined> {
  const result = await db.execute(sql`select id, name, time_zone as "timeZone", language from users where id = ${userId}`);
  return result.rows[0] as UserSettings | undefined;
}

/** L8: a user's calendar feed is found by the hash of its secret; disabled users have none. */
export async function userByCalendarToken(db: DbOrTx, tokenHash: string): Promise<UserSettings | undefined> {
  const result = await db.execute(sql`select id, name, time_zone as "timeZone", language from users
    where calendar_token_hash = ${tokenHash} and disabled_at is null`);
  return result.rows[0] as UserSettings | undefined;
}

export async function setCalendarTokenHash(db: DbOrTx, userId: string, tokenHash: string, at: Date): Promise<void> {
  await db.execute(sql`update users set calendar_token_hash = ${tokenHash}, updated_at = ${at}, version = version + 1 where id = ${userId}`);
}

/** A user's own interface language and time zone; returns the settings before and after. */
export async function updateUserSettings(db: DbOrTx, userId: string, patch: { language?: string | undefined; timeZone?: string | undefined }, at: Date) {
  const before = await userSettings(db, userId);
  const result = await db.execute(sql`update users set language = coalesce(${patch.language ?? null}, language),
      time_zone = coalesce(${patch.timeZone ?? null}, time_zone), updated_at = ${at}, version = version + 1
    where id = ${userId} returning id, name, role, time_zone as "timeZone", language`);
  return { before, after: result.rows[0] as UserSettings & { role: string } | undefined };
}
