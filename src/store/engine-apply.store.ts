import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { JIT_OFF } from './engine.store.ts';
import { recordIdSequence } from './record-ids.ts';
import type { LadderEntry } from './schema.ts';

/**
 * Writes of the daily run, a page of customers at a time in one statement per kind of row. The rows
 * travel as one JSON document (json_to_recordset on the server): one JSON.stringify here and one JSON
 * parse there, with no array literals to escape and no JSON inside strings (the ladder's steps stay
 * nested JSON). Each write is safe to repeat: tasks and outbox messages carry a dedupe key (insert if
 * absent), a customer's ladders are overwritten with the planned state, promise statuses move only from
 * open, tasks close only when open.
 */
const rowsOf = (rows: object[]) => sql`json_to_recordset(${JSON.stringify(rows)}::json)`;
const arr = (values: unknown[]) => sql.param(values);

/** A customer's ladders (schema.ts `ladders`). */
export type LadderBook = { customerId: string; invoices: LadderEntry[] };

/** Ladders: one row per customer, rewritten whole (a HOT update where it has one, see 0012), inserted where not. */
export async function saveLadders(db: DbOrTx, books: LadderBook[], at: Date) {
  if (books.length === 0) return;
  await db.execute(sql`insert into ladders (customer_id, invoices, updated_at)
    select "customerId", invoices, ${at} from ${rowsOf(books)} as u("customerId" uuid, invoices json)
    on conflict (customer_id) do update set invoices = excluded.invoices, updated_at = excluded.updated_at`);
}

/**
 * The run's own writes do not send its customers back to review (it sets their dates last); see 0005.
 * While on, the transaction also runs without PostgreSQL's JIT (see JIT_OFF in engine.store.ts).
 */
export async function markEngineApply(db: DbOrTx, on: boolean): Promise<void> {
  await db.execute(on ? sql`select set_config('debitor.engine_apply', 'on', true), ${JIT_OFF}` : sql`select set_config('debitor.engine_apply', 'off', true)`);
}

export type PromiseUpdate = { promiseId: string; status: 'kept' | 'broken'; on: string };

export async function resolvePromises(db: DbOrTx, rows: PromiseUpdate[], at: Date) {
  if (rows.length === 0) return;
  await db.execute(sql`update promises p set status = u.s, resolved_on = u.d, updated_at = ${at}, version = p.version + 1
    from ${rowsOf(rows.map((r) => ({ id: r.promiseId, s: r.status, d: r.on })))} as u(id uuid, s text, d date)
    where p.id = u.id and p.status = 'open'`);
}

export async function closeTasksAsPaid(db: DbOrTx, taskIds: string[], at: Date) {
  if (taskIds.length === 0) return;
  await db.execute(sql`update tasks set status = 'done', closed_reason = 'paid', closed_at = ${at}, updated_at = ${at}, version = version + 1
    where id = any(${arr(taskIds)}::uuid[]) and status = 'open'`);
}

export type NewTask = {
  customerId: string; invoiceIds: string[]; kind: string; stepCode: string | null; channel: string; scriptKey: string | null;
  dueDate: string; windowStart: Date; windowEnd: Date; assigneeId: string | null; queue: string; priority: number; dedupeKey: string;
};

export async function insertTasks(db: DbOrTx, rows: NewTask[], at: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const id = recordIdSequence(at); // time-ordered: the day's tasks append to the primary key's right edge
  const result = await db.execute(sql`insert into tasks (id, customer_id, invoice_ids, kind, step_code, channel, script_key, due_date,
      window_start, window_end, assignee_id, queue, priority, dedupe_key, created_at, updated_at)
    select id, "customerId", "invoiceIds", kind, "stepCode", channel, "scriptKey", "dueDate", "windowStart", "windowEnd", "assigneeId", queue, priority, "dedupeKey", ${at}, ${at}
    from ${rowsOf(rows.map((r) => ({ ...r, id: id() })))} as u(id uuid, "customerId" uuid, "invoiceIds" uuid[], kind text, "stepCode" text, channel text, "scriptKey" text, "dueDate" date,
      "windowStart" timestamptz, "windowEnd" timestamptz, "assigneeId" uuid, queue text, priority int, "dedupeKey" text)
    on conflict (dedupe_key) do nothing`);
  return result.rowCount ?? 0;
}

export async function insertTask(db: DbOrTx, t: NewTask, at: Date): Promise<boolean> {
  return (await insertTasks(db, [t], at)) > 0;
}

export type NewOutboxMessage = {
  customerId: string; invoiceIds: string[]; stepCode: string | null; channel: string; templateKey: string; language: string;
  scheduledAt: Date; dedupeKey: string;
};

export async function insertOutbox(db: DbOrTx, rows: NewOutboxMessage[], at: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const id = recordIdSequence(at); // time-ordered, as tasks
  const result = await db.execute(sql`insert into outbox (id, customer_id, invoice_ids, step_code, channel, template_key, language, scheduled_at, dedupe_key, created_at)
    select id, "customerId", "invoiceIds", "stepCode", channel, "templateKey", language, "scheduledAt", "dedupeKey", ${at}
    from ${rowsOf(rows.map((r) => ({ ...r, id: id() })))} as u(id uuid, "customerId" uuid, "invoiceIds" uuid[], "stepCode" text, channel text, "templateKey" text, language text,
      "scheduledAt" timestamptz, "dedupeKey" text)
    on conflict (dedupe_key) do nothing`);
  return result.rowCount ?? 0;
}

/** N4: a step joins the call already planned for that day: its invoices are added, the stronger step sets the tone. */
export async function mergeIntoTask(db: DbOrTx, taskId: string, invoiceIds: string[], stepCode: string, scriptKey: string, at: Date) {
  await db.execute(sql`update tasks set
      invoice_ids = (select array_agg(distinct x) from unnest(invoice_ids || ${arr(invoiceIds)}::uuid[]) x),
      step_code = ${stepCode}, script_key = ${scriptKey}, updated_at = ${at}, version = version + 1
    where id = ${taskId} and status = 'open'`);
}

export async function startRun(db: DbOrTx, asOf: string, at: Date) {
  await db.execute(sql`insert into engine_runs (as_of, started_at) values (${asOf}, ${at})
    on conflict (as_of) do update set started_at = excluded.started_at, finished_at = null`);
}

export async function finishRun(db: DbOrTx, asOf: string, at: Date, counts: Record<string, number>) {
  await db.execute(sql`update engine_runs set finished_at = ${at}, counts = ${JSON.stringify(counts)}::jsonb where as_of = ${asOf}`);
}

/** The date the daily run looks at each customer again ('infinity': only when its books change). */
export async function saveReviewDates(db: DbOrTx, rows: { customerId: string; reviewOn: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`update customers c set review_on = v.d
    from ${rowsOf(rows.map((r) => ({ id: r.customerId, d: r.reviewOn })))} as v(id uuid, d date)
    where c.id = v.id and c.review_on is distinct from v.d`);
}
