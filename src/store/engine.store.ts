import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

/**
 * Reads for the daily run, one page of customers at a time (keyset on id), so that memory does not grow
 * with the number of invoices. Balances are as of the run date: invoices issued by then, less
 * allocations dated by then; written-off invoices are out.
 */
const param = (values: unknown[]) => sql.param(values);

export type CustomerRow = {
  id: string; externalId: string | null; legalName: string; country: string; timeZone: string; language: string;
  collectorId: string | null; riskClass: string | null; isIndividual: boolean; policyCode: string | null; stoppedUntil: string | null;
};

/** A page of the customers to look at on `asOf`: those whose review date has come (all of them when `everyone`). */
export async function customerPage(db: DbOrTx, asOf: string, after: string | null, limit: number, everyone: boolean): Promise<CustomerRow[]> {
  const result = await db.execute(sql`
    select c.id, c.external_id as "externalId", c.legal_name as "legalName", c.country, c.time_zone as "timeZone", c.language,
      c.collector_id as "collectorId", c.risk_class as "riskClass", c.is_individual as "isIndividual", c.policy_code as "policyCode",
      (select max(s.ends_on) from collection_stops s where s.customer_id = c.id and s.starts_on <= ${asOf}::date and s.ends_on >= ${asOf}::date) as "stoppedUntil"
    from customers c
    where ${after ? sql`c.id > ${after}::uuid` : sql`true`}
      ${everyone ? sql`` : sql`and (c.review_on is null or c.review_on <= ${asOf}::date)`}
    order by c.id limit ${limit}`);
  return result.rows as CustomerRow[];
}

export type InvoiceRow = {
  id: string; customerId: string; number: string; issueDate: string; writtenOffOn: string | null; dueDate: string; currency: string; amount: bigint; balance: bigint;
  disputed: boolean; policyCode: string | null; claimResponseDays: number | null; hasOfficialLetter: boolean;
  fired: { code: string; date: string; skipped?: boolean }[] | null; claimDeadline: string | null; jumpToClaim: boolean | null;
};

export async function invoicesOf(db: DbOrTx, customerIds: string[], asOf: string): Promise<InvoiceRow[]> {
  if (customerIds.length === 0) return [];
  const result = await db.execute(sql`
    with inv as ( -- invoices issued after asOf come too: their issue date is a future fact (see futureFactDates)
      select i.* from invoices i
      where i.customer_id = any(${param(customerIds)}::uuid[]) and (i.written_off_on is null or i.written_off_on > ${asOf}::date)
    ), paid as (
      select a.invoice_id, sum(a.amount) as amount from allocations a join inv on inv.id = a.invoice_id
      where a.date <= ${asOf}::date group by a.invoice_id
    ), tasked as (
      select distinct unnest(t.invoice_ids) as id from tasks t where t.status = 'open' and t.customer_id = any(${param(customerIds)}::uuid[])
    ), disputed as (
      select distinct d.invoice_id as id from disputes d join inv on inv.id = d.invoice_id
      where d.opened_on <= ${asOf}::date and (d.resolved_on is null or d.resolved_on > ${asOf}::date)
    ), lettered as (
      select distinct unnest(p.invoice_ids) as id from promises p
      where p.customer_id = any(${param(customerIds)}::uuid[]) and p.kind = 'official_letter' and p.created_on <= ${asOf}::date
    )
    select inv.id, inv.customer_id as "customerId", inv.number, inv.issue_date as "issueDate", inv.written_off_on as "writtenOffOn",
      inv.due_date as "dueDate", inv.currency, inv.amount,
      (inv.amount - coalesce(paid.amount, 0))::bigint as balance,
      disputed.id is not null as disputed,
      inv.policy_code as "policyCode", k.claim_response_days as "claimResponseDays",
      lettered.id is not null as "hasOfficialLetter",
      l.fired, l.claim_deadline as "claimDeadline", l.jump_to_claim as "jumpToClaim"
    from inv
    left join paid on paid.invoice_id = inv.id
    left join disputed on disputed.id = inv.id
    left join lettered on lettered.id = inv.id
    left join contracts k on k.id = inv.contract_id
    left join ladder_states l on l.invoice_id = inv.id
    where inv.amount - coalesce(paid.amount, 0) > 0 or inv.id in (select id from tasked) or inv.issue_date > ${asOf}::date
    order by inv.customer_id, inv.due_date, inv.number`);
  return result.rows as InvoiceRow[];
}

export type PromiseRow = {
  id: string; customerId: string; invoiceIds: string[]; kind: 'promise' | 'official_letter' | 'instalment'; status: string;
  promisedDate: string; amount: bigint; currency: string; createdOn: string; paidTowards: bigint;
};

/**
 * The customers' promises the planner needs, in one read: the open ones with what the customer paid
 * towards each (its currency, from the day made to the promised date), the broken ones (S5 counts
 * them), and any recorded ahead of the run date (a future fact).
 */
export async function promisesOf(db: DbOrTx, customerIds: string[], asOf: string): Promise<PromiseRow[]> {
  if (customerIds.length === 0) return [];
  const result = await db.execute(sql`
    select p.id, p.customer_id as "customerId", p.invoice_ids as "invoiceIds", p.kind, p.status, p.promised_date as "promisedDate",
      p.amount, p.currency, p.created_on as "createdOn",
      case when p.status = 'open' then coalesce((select sum(c.amount) from credits c where c.customer_id = p.customer_id and c.kind = 'payment'
        and c.currency = p.currency and c.date >= p.created_on and c.date <= least(p.promised_date, ${asOf}::date)), 0)::bigint else 0::bigint end as "paidTowards"
    from promises p
    where p.customer_id = any(${param(customerIds)}::uuid[]) and (p.status in ('open', 'broken') or p.created_on > ${asOf}::date)`);
  return result.rows as PromiseRow[];
}

export type TaskRow = { id: string; customerId: string; invoiceIds: string[]; dueDate: string; channel: string; status: string; at: Date };

/** The customers' open tasks, and the tasks that made or plan a contact in the 35 days before the run date. */
export async function tasksOf(db: DbOrTx, customerIds: string[], asOf: string): Promise<TaskRow[]> {
  if (customerIds.length === 0) return [];
  const result = await db.execute(sql`
    select id, customer_id as "customerId", invoice_ids as "invoiceIds", due_date as "dueDate", channel, status, window_start as at from tasks
    where customer_id = any(${param(customerIds)}::uuid[])
      and (status = 'open' or (status <> 'cancelled' and due_date between ${asOf}::date - 35 and ${asOf}::date))`);
  return (result.rows as (TaskRow & { at: Date | string })[]).map((r) => ({ ...r, at: new Date(r.at) }));
}

export type TouchRow = { customerId: string; at: Date; channel: string };

/** Messages sent or planned from 35 days before the run date to the day after (the contact policy). */
export async function messageTouchesOf(db: DbOrTx, customerIds: string[], asOf: string): Promise<TouchRow[]> {
  if (customerIds.length === 0) return [];
  const result = await db.execute(sql`
    select customer_id as "customerId", scheduled_at as at, channel from outbox
    where customer_id = any(${param(customerIds)}::uuid[]) and status <> 'cancelled'
      and scheduled_at >= (${asOf}::date - 35)::timestamptz and scheduled_at < (${asOf}::date + 2)::timestamptz`);
  return (result.rows as { customerId: string; at: Date | string; channel: string }[]).map((r) => ({ ...r, at: new Date(r.at) }));
}

export async function riskClassPolicyMap(db: DbOrTx): Promise<Map<string, string>> {
  const result = await db.execute(sql`select risk_class as "riskClass", policy_code as "policyCode" from risk_class_policies`);
  return new Map((result.rows as { riskClass: string; policyCode: string }[]).map((r) => [r.riskClass, r.policyCode]));
}

/**
 * Per customer, the earliest date after `asOf` of a fact already in the books that the run on `asOf`
 * does not see yet: a post-dated payment or credit note, a dispute opened or resolved later, a collection
 * stop recorded ahead. (Invoices issued or written off later come with invoicesOf, promises with promisesOf.)
 */
export async function futureFactDates(db: DbOrTx, customerIds: string[], asOf: string): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const ids = param(customerIds);
  const result = await db.execute(sql`
    select customer_id as id, min(d) as d from (
      select customer_id, date as d from credits where customer_id = any(${ids}::uuid[]) and date > ${asOf}::date
      union all select customer_id, starts_on from collection_stops where customer_id = any(${ids}::uuid[]) and starts_on > ${asOf}::date
      union all select i.customer_id, least(case when d.opened_on > ${asOf}::date then d.opened_on end, case when d.resolved_on > ${asOf}::date then d.resolved_on end)
        from disputes d join invoices i on i.id = d.invoice_id
        where (d.opened_on > ${asOf}::date or d.resolved_on > ${asOf}::date) and i.customer_id = any(${ids}::uuid[])
    ) facts group by customer_id`);
  return new Map((result.rows as { id: string; d: string }[]).map((r) => [r.id, r.d]));
}
