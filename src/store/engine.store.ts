import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { runPrepared, type PreparedStatement } from './pipeline.ts';
import type { StepChannel } from '../domain/policy/types.ts';
import type { LadderEntry } from './schema.ts';

/**
 * Reads for the daily run, one page of customers at a time (keyset on id), so that memory does not grow
 * with the number of invoices. Balances are as of the run date: invoices issued by then, less
 * allocations dated by then; written-off invoices are out.
 */
export type CustomerRow = {
  id: string; externalId: string | null; legalName: string; country: string; timeZone: string; language: string;
  collectorId: string | null; riskClass: string | null; isIndividual: boolean; policyCode: string | null; stoppedUntil: string | null;
};

/**
 * The books come inside the page's rows as JSON arrays of positional tuples (no key names: a third of the
 * bytes to build, send and parse for a customer's ten invoices). Money as decimal strings (never JSON
 * numbers, which are floats), dates as 'YYYY-MM-DD'. The order of each tuple is its type's.
 */
export type InvoiceRow = [
  id: string, number: string, dueDate: string, currency: string, balance: string,
  // the rest only when one of them is not as most invoices have it (not disputed, no policy or contract of its
  // own, no official letter, issued by asOf, not written off): most tuples end after the balance
  disputed?: boolean, policyCode?: string | null, claimResponseDays?: number | null, hasOfficialLetter?: boolean,
  issuedLater?: string | null, writtenOffLater?: string | null, // issued or written off after asOf (a future fact), else null
];
export type PromiseRow = [
  id: string, invoiceIds: string[], kind: 'promise' | 'official_letter' | 'instalment', status: string,
  promisedDate: string, amount: string, currency: string, createdOn: string,
];
export type PaymentRow = [date: string, amount: string, currency: string];
export type OpenTaskRow = [id: string, invoiceIds: string[], dueDate: string, channel: string, at: number]; // at: epoch ms
export type TouchRow = [at: number, channel: string]; // a call made or a message sent or planned; at: epoch ms

/** A customer's books as the run reads them, one JSON document (the arrays are null when empty). */
export type Books = [
  ladders: LadderEntry[] | null, // schema.ts `ladders`
  invoices: InvoiceRow[] | null, promises: PromiseRow[] | null, payments: PaymentRow[] | null, openTasks: OpenTaskRow[] | null, touches: TouchRow[] | null,
];

/**
 * One customer due for review with everything the planner needs about it. The books come as JSON text,
 * parsed when the customer is planned (JSON.parse(books): Books): the objects made from them then live
 * only while that customer is planned, instead of a whole page's surviving the young generation's
 * collections while the page waits to be planned and applied.
 */
export type SnapshotRow = CustomerRow & { books: string; nextFact: string | null };

/**
 * A page of the customers to look at on `asOf` (those whose review date has come; all of them when
 * `everyone`), keyset on id, in one statement (in a transaction of its own, without JIT): each customer
 * comes as one row with its books as one JSON document of arrays (Books), looked up through the customer's indexes.
 * - ladders: where each invoice stands on its ladder, one row for the customer;
 * - invoices: not written off by `asOf`, with the balance as of `asOf` (allocations dated by then), open
 *   or still named by an open task, or issued after `asOf` (a future fact) and not paid already, in no set
 *   order (a sort in the database costs more than in the run, which puts them in due-date order); found
 *   without reading the customer's paid invoices, unless a credit dated after `asOf` may reopen them;
 * - promises: open and broken ones (S5 counts them), any recorded ahead of `asOf`, and the kept ones that
 *   fell due after the earliest open one was made (they may have taken payments it would otherwise count);
 * - payments: those dated from the day the earliest of those promises was made to `asOf`, for working out
 *   what each open promise has received (domain/promises.ts paidTowardsPromises: no payment counts twice);
 * - open tasks, with their ids and invoices;
 * - touches (the contact policy): the calls done in the 35 days before `asOf` (a legal step is no contact),
 *   and the messages sent or planned from then to the day after (an open task in that time counts too);
 * - nextFact: the earliest date after `asOf` of a fact already in the books that the run does not see
 *   yet: a post-dated payment or credit note, a collection stop or a dispute opened or resolved later.
 *
 * The JSON is put together as text: json_build_array works out each value's type again for every value,
 * a third of the read (1,000 customers' invoices: 24 -> 17 ms on the server, 43-58 -> 30-33 ms
 * embedded). Text fields go through to_json (quoted and escaped; the usual channels and currencies as literals,
 * jsonString); ids, dates (ISO, see ISO_DATES), amounts and booleans are written as they are, instants as
 * epoch milliseconds.
 */
export async function snapshotPage(db: DbOrTx, asOf: string, after: string | null, limit: number, everyone: boolean): Promise<SnapshotRow[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select ${JIT_OFF}, ${NO_SEQUENTIAL_SCANS}, ${ISO_DATES}, ${GENERIC_PLAN}`);
    return (await runPrepared(tx, pageRead(everyone), [asOf, String(limit), after ?? BEFORE_EVERY_ID])) as SnapshotRow[];
  });
}

/**
 * The page read is planned once per connection, not once per page: a named prepared statement with a
 * generic plan, the same for every page and day (per-customer index look-ups whatever the date). Planning
 * it took longer than reading a page's ladders (embedded, a page: parsed 2-3 ms, planned 6-7 ms; bench/README.md).
 * For the current transaction only.
 */
const GENERIC_PLAN = sql.raw("set_config('plan_cache_mode', 'force_generic_plan', true)");

/**
 * The run's statements are many small index lookups whose estimated cost still passes PostgreSQL's
 * jit_above_cost: compiling them (~100 ms a statement here) took longer than running them. For the
 * current transaction only; an embedded database has no JIT and takes the setting as it is.
 */
export const JIT_OFF_SQL = "set_config('jit', 'off', true)"; // also in the run's writes (engine-apply.store.ts)
const JIT_OFF = sql.raw(JIT_OFF_SQL);

/**
 * The page read is made of per-customer lookups, each through an index. On tables that are empty or
 * nearly so (no disputes, stops or promises yet) PostgreSQL would rather scan the table, once per
 * customer or per invoice; the embedded database then asks the file system for the table's size at every
 * such scan (PGlite: an fstat per scan, 36,000 per run at 100,000 invoices, a quarter of the read). For the
 * current transaction only.
 */
export const NO_SEQUENTIAL_SCANS_SQL = "set_config('enable_seqscan', 'off', true)"; // also in the run's writes (engine-apply.store.ts)
const NO_SEQUENTIAL_SCANS = sql.raw(NO_SEQUENTIAL_SCANS_SQL);

/** The page read writes dates into its JSON as text: 'YYYY-MM-DD' whatever the session's DateStyle. */
const ISO_DATES = sql`set_config('datestyle', 'ISO', true)`;

/** The run date in the page read's statement (its first parameter). */
const d = '$1::date';

/**
 * A text column as a JSON string, without to_json for the values most rows hold: to_json sets up a buffer
 * and escapes each value (~1.5 µs embedded; channels and currencies were 8% of a page read, bench/README.md).
 * A value of the list is written as its literal; any other still goes through to_json.
 */
function jsonString(column: string, common: readonly string[]): string {
  return `case ${column} ${common.map((v) => `when '${v}' then '"${v}"'`).join(' ')} else to_json(${column})::text end`;
}
const CHANNELS: readonly StepChannel[] = ['call', 'email', 'letter', 'sms', 'legal'];
const CURRENCIES = ['RUB', 'EUR', 'USD', 'UAH', 'BGN'];

/**
 * An invoice of the page read (`i`) as an InvoiceRow, with its balance; `dx`, `ol` and the contract are the
 * read's. The tail after the balance only when one of its values is not the usual one.
 */
function invoiceJson(balance: string): string {
  return `'["' || i.id || '",' || to_json(i.number) || ',"' || i.due_date || '",' || ${jsonString('i.currency', CURRENCIES)} || ',"' || (${balance}) || '"'
    || case when dx.open_invoices is null and ol.invoice_ids is null and i.policy_code is null and i.contract_id is null and i.issue_date <= ${d} and i.written_off_on is null then ']'
      else ',' || case when i.id = any(dx.open_invoices) then 'true' else 'false' end || ',' || coalesce(to_json(i.policy_code)::text, 'null') || ','
        || coalesce(case when i.contract_id is not null then (select k.claim_response_days from contracts k where k.id = i.contract_id) end::text, 'null') || ','
        || case when i.id = any(ol.invoice_ids) then 'true' else 'false' end || ','
        || case when i.issue_date > ${d} then '"' || i.issue_date || '"' else 'null' end || ','
        || case when i.written_off_on > ${d} then '"' || i.written_off_on || '"' else 'null' end || ']' end`;
}

/**
 * The page read's statement: $1 the run date, $2 the page size, $3 the last customer id of the page before
 * (for the first page, the nil uuid, which comes before every id and is no record's: ids are generated).
 * One statement for every page, so that it is planned once (a second one for the first page was planned too).
 */
function pageRead(everyone: boolean): PreparedStatement {
  return { name: `engine_page_read${everyone ? '_everyone' : ''}`, text: pageReadText(everyone) };
}
const BEFORE_EVERY_ID = '00000000-0000-0000-0000-000000000000';

function pageReadText(everyone: boolean): string {
  return `
    select c.id, c.external_id as "externalId", c.legal_name as "legalName", c.country, c.time_zone as "timeZone", c.language,
      c.collector_id as "collectorId", c.risk_class as "riskClass", c.is_individual as "isIndividual", c.policy_code as "policyCode",
      case when c.has_stops then (select max(s.ends_on) from collection_stops s where s.customer_id = c.id and s.starts_on <= ${d} and s.ends_on >= ${d}) end as "stoppedUntil",
      -- Books, in this order, written as JSON text (see above)
      concat('[', coalesce(
      -- ladders, looked up customer by customer (a merge join with the whole table reads the ladders of customers not due)
      (select '[' || lb.invoices || ']' from ladders lb where lb.customer_id = c.id), 'null'), ',', coalesce('[' ||
      -- invoices, in no set order (sorted by the run, customerBooks). paid_total follows every allocation, and an
      -- allocation is dated as its credit: only a customer with a credit dated after asOf has allocations to
      -- take back out, and paid invoices it may pay after asOf; any other customer's balances are as they are
      case when lc.first_later is null then nullif(concat_ws(',',
        -- the invoices unpaid today (invoices_unpaid_customer_idx), not the paid history, however long…
        (select string_agg(${invoiceJson('i.amount - i.paid_total')}, ',') from invoices i
          where i.customer_id = c.id and i.paid_total < i.amount and (i.written_off_on is null or i.written_off_on > ${d})),
        -- …and the paid ones its open tasks name (so that the task is closed as paid)
        (select string_agg(${invoiceJson('i.amount - i.paid_total')}, ',') from invoices i
          where ot.invoice_ids is not null and i.id = any(ot.invoice_ids) and i.paid_total >= i.amount and (i.written_off_on is null or i.written_off_on > ${d}))
      ), '') else (select string_agg(${invoiceJson('i.balance')}, ',')
        from (select i.*, i.amount - i.paid_total + case when i.paid_total = 0 then 0
              else (select coalesce(sum(a.amount), 0) from allocations a where a.invoice_id = i.id and a.date > ${d}) end as balance
          from invoices i where i.customer_id = c.id and (i.written_off_on is null or i.written_off_on > ${d})
          offset 0) i -- not pulled up: the balance is worked out once per invoice
        where i.balance > 0 or i.issue_date > ${d} or i.id = any(ot.invoice_ids)
      ) end || ']', 'null'), ',', coalesce(
      (select json_agg(json_build_array(p.id, p.invoice_ids, p.kind, p.status, p.promised_date, p.amount::text, p.currency, p.created_on))::text
        from promises p where c.has_promises and p.customer_id = c.id and (p.status in ('open', 'broken') or p.created_on > ${d}
          or (p.status = 'kept' and p.promised_date >= fo.first_open))
      ), 'null'), ',', coalesce(
      (select json_agg(json_build_array(r.date, r.amount::text, r.currency))::text from credits r
        where c.has_promises and r.customer_id = c.id and r.kind = 'payment' and r.date <= ${d} and r.date >= (select min(w.created_on) from promises w
          where w.customer_id = c.id and (w.status = 'open' or (w.status in ('kept', 'broken') and w.promised_date >= fo.first_open)))
      ), 'null'), ',', coalesce('[' || tk.open_rows || ']', 'null'), ',', coalesce('[' || nullif(concat_ws(',', tk.touches,
        (select string_agg('[' || (date_part('epoch', o.scheduled_at) * 1000)::int8 || ',' || ${jsonString('o.channel', CHANNELS)} || ']', ',') from outbox o
          where o.customer_id = c.id and o.status <> 'cancelled' and o.scheduled_at >= (${d} - 35)::timestamptz and o.scheduled_at < (${d} + 2)::timestamptz)
      ), '') || ']', 'null'), ']') as books,
      least(lc.first_later,
        case when c.has_stops then (select min(s.starts_on) from collection_stops s where s.customer_id = c.id and s.starts_on > ${d}) end,
        dx.next_fact
      ) as "nextFact"
    from customers c
    -- promises, stops and disputes are looked up only for a customer that has some (customers.has_*, migration 0021)
    -- the day the earliest open promise was made: promises due from then on may share its payments
    left join lateral (select min(o.created_on) as first_open from promises o where c.has_promises and o.customer_id = c.id and o.status = 'open') fo on true
    -- the invoices named by the official letters received so far (L5, L6 check for one)
    left join lateral (select array_agg(u) as invoice_ids from promises o, unnest(o.invoice_ids) u
      where c.has_promises and o.customer_id = c.id and o.kind = 'official_letter' and o.created_on <= ${d}) ol on true
    -- the customer's disputes, looked up once: the invoices disputed on asOf, and the first date after it one opens or is resolved
    left join lateral (select array_agg(x.invoice_id) filter (where x.opened_on <= ${d} and (x.resolved_on is null or x.resolved_on > ${d})) as open_invoices,
        min(least(case when x.opened_on > ${d} then x.opened_on end, case when x.resolved_on > ${d} then x.resolved_on end)) as next_fact
      from disputes x where c.has_disputes and x.customer_id = c.id) dx on true
    -- the first credit dated after asOf (a future fact; before it, no allocation is dated after asOf)
    left join lateral (select min(r.date) as first_later from credits r where r.customer_id = c.id and r.date > ${d}) lc on true
    -- tasks, and the invoices their open ones name (a paid invoice stays in the books while one does, so
    -- that the task is closed as paid); one look at the customer's tasks, whatever its paid history
    left join lateral (select
        string_agg('["' || t.id || '",' || to_json(t.invoice_ids) || ',"' || t.due_date || '",' || ${jsonString('t.channel', CHANNELS)} || ',' || (date_part('epoch', t.window_start) * 1000)::int8 || ']', ',')
          filter (where t.status = 'open') as open_rows,
        string_agg('[' || (date_part('epoch', t.window_start) * 1000)::int8 || ',' || ${jsonString('t.channel', CHANNELS)} || ']', ',') filter (where t.status = 'done' and t.channel <> 'legal') as touches,
        string_agg(array_to_string(t.invoice_ids, ','), ',') filter (where t.status = 'open' and t.invoice_ids <> '{}') as open_invoices -- a callback may name none
      -- one range of tasks_customer_status_due_idx, from (done, 35 days before asOf) to the end of the open
      -- ones ('cancelled' < 'done' < 'open'): the done history before that is never read, however long it is.
      -- A row comparison, not status = 'open' or (...), and the done ones' date behind a case: an OR of two
      -- indexable conditions lets PostgreSQL join the partial index of open tasks (every customer's) into each
      -- customer's look-up (27-158 s a run; with the generic plan, the next day's read 200-250 ms slower embedded)
      from tasks t where t.customer_id = c.id and (t.status, t.due_date) >= ('done', ${d} - 35) and case when t.status = 'open' then true else t.due_date <= ${d} end) tk on true
    left join lateral (select string_to_array(tk.open_invoices, ',')::uuid[] as invoice_ids) ot on true
    where c.id > $3::uuid
      ${everyone ? '' : `and (c.review_on is null or c.review_on <= ${d})`}
    order by c.id limit $2`;
}

export async function riskClassPolicyMap(db: DbOrTx): Promise<Map<string, string>> {
  const result = await db.execute(sql`select risk_class as "riskClass", policy_code as "policyCode" from risk_class_policies`);
  return new Map((result.rows as { riskClass: string; policyCode: string }[]).map((r) => [r.riskClass, r.policyCode]));
}
