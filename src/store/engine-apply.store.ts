import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { DbOrTx } from './db.ts';
import { JIT_OFF_SQL } from './engine.store.ts';
import { recordIdSequence } from './record-ids.ts';
import type { LadderEntry } from './schema.ts';

/**
 * Writes of the daily run, a page of customers at a time in one statement per kind of row. The rows
 * travel as one JSON document (json_to_recordset on the server): one JSON.stringify here and one JSON
 * parse there, with no array literals to escape and no JSON inside strings (the ladder's steps stay
 * nested JSON). Each write is safe to repeat: tasks and outbox messages carry a dedupe key (insert if
 * absent), a customer's ladders are overwritten with the planned state, promise statuses move only from
 * open, tasks close only when open.
 *
 * A page's statements go to the database as one message (applyInOneTrip): the values are written into
 * the text as literals, not sent as parameters, which only one statement per message can have. One round
 * trip instead of ten: the run plans the next page meanwhile, and each statement of a page written
 * one by one used to wait for this thread to be free before the next could be sent.
 */
export type Statement = string;

/**
 * A value as an SQL literal: dollar-quoted ($j$…$j$), taken as it is whatever standard_conforming_strings
 * says, with nothing to escape (a page's rows are megabytes of JSON: two escaping passes over them cost
 * more than looking for the tag once). A text that holds the tag, or ends with the start of it (`a$j`
 * would close at `a$j$j$`), gets another one.
 */
export function literal(value: string | Date): string {
  const text = value instanceof Date ? value.toISOString() : value;
  let tag = '$j$';
  for (let n = 0; !quotableWith(text, tag); n += 1) tag = `$j${n}$`;
  return `${tag}${text}${tag}`;
}
function quotableWith(text: string, tag: string): boolean {
  const tail = text.slice(1 - tag.length);
  return !text.includes(tag) && (tail + tag).indexOf(tag) === tail.length;
}
const rowsOf = (rows: object[]) => `json_to_recordset(${literal(JSON.stringify(rows))}::json)`;
const uuids = (ids: string[]) => `${literal(`{${ids.join(',')}}`)}::uuid[]`;
const instant = (at: Date) => `${literal(at)}::timestamptz`;

/**
 * The run's statements as one message: one round trip, and one transaction (a message of several
 * statements is one implicit transaction, unless `db` is already in one). The run's own writes do not
 * send its customers back to review (it sets their dates last; see migration 0005), and the run goes
 * without PostgreSQL's JIT (JIT_OFF_SQL, engine.store.ts): both for this transaction only.
 */
export async function applyInOneTrip(db: DbOrTx, statements: Statement[]): Promise<void> {
  const work = statements.filter((s) => s !== '');
  if (work.length === 0) return;
  await execute(db, [ENGINE_APPLY_ON, ...work, ENGINE_APPLY_OFF].join(';\n'));
}

/**
 * Runs statements with their values written in. On failure the database's own error is raised: the
 * driver's would quote the whole text, megabytes of a page's rows, into every log that shows it.
 */
async function execute(db: DbOrTx, text: string) {
  try {
    return await db.execute(sql.raw(text));
  } catch (error) {
    throw error instanceof DrizzleQueryError && error.cause instanceof Error ? error.cause : error;
  }
}
const ENGINE_APPLY_ON = `select set_config('debitor.engine_apply', 'on', true), ${JIT_OFF_SQL}`;
const ENGINE_APPLY_OFF = `select set_config('debitor.engine_apply', 'off', true)`;

/** One statement alone, and the number of rows it wrote. */
async function run(db: DbOrTx, statement: Statement): Promise<number> {
  if (statement === '') return 0;
  const result = await execute(db, statement);
  return result.rowCount ?? 0;
}

/** A customer's ladders (schema.ts `ladders`). */
export type LadderBook = { customerId: string; invoices: LadderEntry[] };

/** Ladders: one row per customer, rewritten whole (a HOT update where it has one, see 0012), inserted where not. */
export function saveLaddersStatement(books: LadderBook[], at: Date): Statement {
  if (books.length === 0) return '';
  return `insert into ladders (customer_id, invoices, updated_at)
    select "customerId", invoices, ${instant(at)} from ${rowsOf(books)} as u("customerId" uuid, invoices json)
    on conflict (customer_id) do update set invoices = excluded.invoices, updated_at = excluded.updated_at`;
}

export type PromiseUpdate = { promiseId: string; status: 'kept' | 'broken'; on: string };

export function resolvePromisesStatement(rows: PromiseUpdate[], at: Date): Statement {
  if (rows.length === 0) return '';
  return `update promises p set status = u.s, resolved_on = u.d, updated_at = ${instant(at)}, version = p.version + 1
    from ${rowsOf(rows.map((r) => ({ id: r.promiseId, s: r.status, d: r.on })))} as u(id uuid, s text, d date)
    where p.id = u.id and p.status = 'open'`;
}

export function closeTasksAsPaidStatement(taskIds: string[], at: Date): Statement {
  if (taskIds.length === 0) return '';
  return `update tasks set status = 'done', closed_reason = 'paid', closed_at = ${instant(at)}, updated_at = ${instant(at)}, version = version + 1
    where id = any(${uuids(taskIds)}) and status = 'open'`;
}

export type NewTask = {
  customerId: string; invoiceIds: string[]; kind: string; stepCode: string | null; channel: string; scriptKey: string | null;
  dueDate: string; windowStart: Date; windowEnd: Date; assigneeId: string | null; queue: string; priority: number; dedupeKey: string;
};

export function insertTasksStatement(rows: NewTask[], at: Date): Statement {
  if (rows.length === 0) return '';
  const id = recordIdSequence(at); // time-ordered: the day's tasks append to the primary key's right edge
  return `insert into tasks (id, customer_id, invoice_ids, kind, step_code, channel, script_key, due_date,
      window_start, window_end, assignee_id, queue, priority, dedupe_key, created_at, updated_at)
    select id, "customerId", "invoiceIds", kind, "stepCode", channel, "scriptKey", "dueDate", "windowStart", "windowEnd", "assigneeId", queue, priority, "dedupeKey", ${instant(at)}, ${instant(at)}
    from ${rowsOf(rows.map((r) => ({ ...r, id: id() })))} as u(id uuid, "customerId" uuid, "invoiceIds" uuid[], kind text, "stepCode" text, channel text, "scriptKey" text, "dueDate" date,
      "windowStart" timestamptz, "windowEnd" timestamptz, "assigneeId" uuid, queue text, priority int, "dedupeKey" text)
    on conflict (dedupe_key) do nothing`;
}
export const insertTasks = (db: DbOrTx, rows: NewTask[], at: Date) => run(db, insertTasksStatement(rows, at));

export async function insertTask(db: DbOrTx, t: NewTask, at: Date): Promise<boolean> {
  return (await insertTasks(db, [t], at)) > 0;
}

export type NewOutboxMessage = {
  customerId: string; invoiceIds: string[]; stepCode: string | null; channel: string; templateKey: string; language: string;
  scheduledAt: Date; dedupeKey: string;
};

export function insertOutboxStatement(rows: NewOutboxMessage[], at: Date): Statement {
  if (rows.length === 0) return '';
  const id = recordIdSequence(at); // time-ordered, as tasks
  return `insert into outbox (id, customer_id, invoice_ids, step_code, channel, template_key, language, scheduled_at, dedupe_key, created_at)
    select id, "customerId", "invoiceIds", "stepCode", channel, "templateKey", language, "scheduledAt", "dedupeKey", ${instant(at)}
    from ${rowsOf(rows.map((r) => ({ ...r, id: id() })))} as u(id uuid, "customerId" uuid, "invoiceIds" uuid[], "stepCode" text, channel text, "templateKey" text, language text,
      "scheduledAt" timestamptz, "dedupeKey" text)
    on conflict (dedupe_key) do nothing`;
}
export const insertOutbox = (db: DbOrTx, rows: NewOutboxMessage[], at: Date) => run(db, insertOutboxStatement(rows, at));

/** N4: a step joins the call already planned for that day: its invoices are added, the stronger step sets the tone. */
export function mergeIntoTaskStatement(taskId: string, invoiceIds: string[], stepCode: string, scriptKey: string, at: Date): Statement {
  return `update tasks set
      invoice_ids = (select array_agg(distinct x) from unnest(invoice_ids || ${uuids(invoiceIds)}) x),
      step_code = ${literal(stepCode)}, script_key = ${literal(scriptKey)}, updated_at = ${instant(at)}, version = version + 1
    where id = ${literal(taskId)}::uuid and status = 'open'`;
}

export async function startRun(db: DbOrTx, asOf: string, at: Date) {
  await db.execute(sql`insert into engine_runs (as_of, started_at) values (${asOf}, ${at})
    on conflict (as_of) do update set started_at = excluded.started_at, finished_at = null`);
}

export async function finishRun(db: DbOrTx, asOf: string, at: Date, counts: Record<string, number>) {
  await db.execute(sql`update engine_runs set finished_at = ${at}, counts = ${JSON.stringify(counts)}::jsonb where as_of = ${asOf}`);
}

/** The date the daily run looks at each customer again ('infinity': only when its books change). */
export function saveReviewDatesStatement(rows: { customerId: string; reviewOn: string }[]): Statement {
  if (rows.length === 0) return '';
  return `update customers c set review_on = v.d
    from ${rowsOf(rows.map((r) => ({ id: r.customerId, d: r.reviewOn })))} as v(id uuid, d date)
    where c.id = v.id and c.review_on is distinct from v.d`;
}
