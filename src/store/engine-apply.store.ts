import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { JIT_OFF_SQL, NO_SEQUENTIAL_SCANS_SQL } from './engine.store.ts';
import { runPipeline, statement, type Statement } from './pipeline.ts';
import { ladderText } from './ladder-entries.ts';
import { recordIdSequence } from './record-ids.ts';
import type { LadderEntry } from './schema.ts';

/**
 * Writes of the daily run, a page of customers at a time in one statement per kind of row. The rows
 * travel as one JSON document (json_to_recordset on the server): one JSON.stringify here and one JSON
 * parse there, with no array literals to escape and no JSON inside strings (the ladder's steps stay
 * nested JSON). Each write is safe to repeat: tasks and outbox messages carry a dedupe key (insert if
 * absent), a customer's ladders are overwritten with the planned state or appended to (a step appended
 * twice reads as once: foldLadders), promise statuses move only from open, tasks close only when open.
 *
 * A page's statements go to the database in one round trip (applyInOneTrip, a pipeline: pipeline.ts),
 * their rows as parameters. One round trip instead of ten: the run plans the next page meanwhile, and
 * each statement of a page written one by one used to wait for this thread to be free before the next
 * could be sent. A builder returns null when it has nothing to write.
 */

const uuids = (ids: string[]) => `{${ids.join(',')}}`; // a uuid[] parameter

/**
 * The run's statements in one round trip and one transaction (unless `db` is already in one). The run's
 * own writes do not send its customers back to review (it sets their dates last; see migration 0005),
 * the run goes without PostgreSQL's JIT (JIT_OFF_SQL, engine.store.ts), and without sequential scans: the
 * updates join their rows (json_to_recordset, which PostgreSQL takes for 100 rows whatever their number)
 * to customers or ladders by primary key, and for a few hundred rows it would rather read the whole table
 * and hash it (every customer's row for each page's review dates: 10,000 rows for a page of 750, and all
 * of them again for the next). All for this transaction only.
 */
export async function applyInOneTrip(db: DbOrTx, statements: (Statement | null)[]): Promise<void> {
  const work = statements.filter((s) => s !== null);
  if (work.length === 0) return;
  await runPipeline(db, [ENGINE_APPLY_ON, ...work, ENGINE_APPLY_OFF]);
}
const ENGINE_APPLY_ON: Statement = { text: `select set_config('debitor.engine_apply', 'on', true), ${JIT_OFF_SQL}, ${NO_SEQUENTIAL_SCANS_SQL}`, values: [] };
const ENGINE_APPLY_OFF: Statement = { text: `select set_config('debitor.engine_apply', 'off', true)`, values: [] };

/** One statement alone, and the number of rows it wrote. */
async function run(db: DbOrTx, s: Statement | null): Promise<number> {
  if (s === null) return 0;
  const [written] = await runPipeline(db, [s]);
  return written ?? 0;
}

/** A customer's ladders (schema.ts `ladders`). */
export type LadderBook = { customerId: string; invoices: LadderEntry[] };

/** Ladders: one row per customer, rewritten whole (a HOT update where it has one, see 0012), inserted where not. */
export function saveLaddersStatement(books: LadderBook[], at: Date): Statement | null {
  if (books.length === 0) return null;
  const doc = books.map((b) => ({ customerId: b.customerId, invoices: ladderText(b.invoices) }));
  return statement`insert into ladders (customer_id, invoices, updated_at)
    select "customerId", invoices, ${at}::timestamptz from json_to_recordset(${JSON.stringify(doc)}::json) as u("customerId" uuid, invoices text)
    on conflict (customer_id) do update set invoices = excluded.invoices, updated_at = excluded.updated_at`;
}

/** Tuples to add to a customer's stored ladders (ladder-entries.ts appendedEntries). */
export type LadderAppend = { customerId: string; entries: LadderEntry[] };

/**
 * The day's moves appended to the customers' stored ladders: the row's text is a JSON array's items,
 * so the new tuples follow a comma. Only rows that hold tuples (the run rewrites empty or
 * missing ones whole). Runs are the only writers of ladders; two runs of the same day at once may both
 * append the same steps, which reading them folds into one (foldLadders).
 */
export function appendLaddersStatement(rows: LadderAppend[], at: Date): Statement | null {
  if (rows.length === 0) return null;
  const doc = rows.map((r) => ({ customerId: r.customerId, entries: ladderText(r.entries) }));
  return statement`update ladders l set invoices = l.invoices || ',' || u.entries, updated_at = ${at}::timestamptz
    from json_to_recordset(${JSON.stringify(doc)}::json) as u("customerId" uuid, entries text)
    where l.customer_id = u."customerId" and l.invoices <> ''`;
}

export type PromiseUpdate = { promiseId: string; status: 'kept' | 'broken'; on: string };

export function resolvePromisesStatement(rows: PromiseUpdate[], at: Date): Statement | null {
  if (rows.length === 0) return null;
  return statement`update promises p set status = u.s, resolved_on = u.d, updated_at = ${at}::timestamptz, version = p.version + 1
    from json_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.promiseId, s: r.status, d: r.on })))}::json) as u(id uuid, s text, d date)
    where p.id = u.id and p.status = 'open'`;
}

export function closeTasksAsPaidStatement(taskIds: string[], at: Date): Statement | null {
  if (taskIds.length === 0) return null;
  return statement`update tasks set status = 'done', closed_reason = 'paid', closed_at = ${at}::timestamptz, updated_at = ${at}::timestamptz, version = version + 1
    where id = any(${uuids(taskIds)}::uuid[]) and status = 'open'`;
}

/*
 * Tasks and messages: their instants travel in the rows' JSON as epoch milliseconds, made back into
 * timestamptz by to_timestamp (exactly: a count of milliseconds is exact in a double, and to_timestamp
 * rounds to the microsecond). Writing '2025-12-11T07:00:00.000Z' with toISOString, and reading it as
 * timestamptz, took longer on both sides.
 */
export type NewTask = {
  customerId: string; invoiceIds: string[]; kind: string; stepCode: string | null; channel: string; scriptKey: string | null;
  dueDate: string; windowStart: Date; windowEnd: Date; assigneeId: string | null; queue: string; priority: number; dedupeKey: string;
};

export function insertTasksStatement(rows: NewTask[], at: Date): Statement | null {
  if (rows.length === 0) return null;
  const id = recordIdSequence(at); // time-ordered: the day's tasks append to the primary key's right edge
  const doc = rows.map((r) => ({
    id: id(), customerId: r.customerId, invoiceIds: r.invoiceIds, kind: r.kind, stepCode: r.stepCode, channel: r.channel, scriptKey: r.scriptKey, dueDate: r.dueDate,
    windowStart: r.windowStart.getTime(), windowEnd: r.windowEnd.getTime(), assigneeId: r.assigneeId, queue: r.queue, priority: r.priority, dedupeKey: r.dedupeKey,
  }));
  return statement`insert into tasks (id, customer_id, invoice_ids, kind, step_code, channel, script_key, due_date,
      window_start, window_end, assignee_id, queue, priority, dedupe_key, created_at, updated_at)
    select id, "customerId", "invoiceIds", kind, "stepCode", channel, "scriptKey", "dueDate", to_timestamp("windowStart"::float8 / 1000), to_timestamp("windowEnd"::float8 / 1000),
      "assigneeId", queue, priority, "dedupeKey", ${at}::timestamptz, ${at}::timestamptz
    from json_to_recordset(${JSON.stringify(doc)}::json) as u(id uuid, "customerId" uuid, "invoiceIds" uuid[], kind text, "stepCode" text, channel text, "scriptKey" text, "dueDate" date,
      "windowStart" int8, "windowEnd" int8, "assigneeId" uuid, queue text, priority int, "dedupeKey" text)
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

export function insertOutboxStatement(rows: NewOutboxMessage[], at: Date): Statement | null {
  if (rows.length === 0) return null;
  const id = recordIdSequence(at); // time-ordered, as tasks
  const doc = rows.map((r) => ({
    id: id(), customerId: r.customerId, invoiceIds: r.invoiceIds, stepCode: r.stepCode, channel: r.channel, templateKey: r.templateKey, language: r.language,
    scheduledAt: r.scheduledAt.getTime(), dedupeKey: r.dedupeKey,
  }));
  return statement`insert into outbox (id, customer_id, invoice_ids, step_code, channel, template_key, language, scheduled_at, dedupe_key, created_at)
    select id, "customerId", "invoiceIds", "stepCode", channel, "templateKey", language, to_timestamp("scheduledAt"::float8 / 1000), "dedupeKey", ${at}::timestamptz
    from json_to_recordset(${JSON.stringify(doc)}::json) as u(id uuid, "customerId" uuid, "invoiceIds" uuid[], "stepCode" text, channel text, "templateKey" text, language text,
      "scheduledAt" int8, "dedupeKey" text)
    on conflict (dedupe_key) do nothing`;
}
export const insertOutbox = (db: DbOrTx, rows: NewOutboxMessage[], at: Date) => run(db, insertOutboxStatement(rows, at));

/** N4: a step joins the call already planned for that day: its invoices are added, the stronger step sets the tone. */
export function mergeIntoTaskStatement(taskId: string, invoiceIds: string[], stepCode: string, scriptKey: string, at: Date): Statement {
  return statement`update tasks set
      invoice_ids = (select array_agg(distinct x) from unnest(invoice_ids || ${uuids(invoiceIds)}::uuid[]) x),
      step_code = ${stepCode}::text, script_key = ${scriptKey}::text, updated_at = ${at}::timestamptz, version = version + 1
    where id = ${taskId}::uuid and status = 'open'`;
}

export async function startRun(db: DbOrTx, asOf: string, at: Date) {
  await db.execute(sql`insert into engine_runs (as_of, started_at) values (${asOf}, ${at})
    on conflict (as_of) do update set started_at = excluded.started_at, finished_at = null`);
}

export async function finishRun(db: DbOrTx, asOf: string, at: Date, counts: Record<string, number>) {
  await db.execute(sql`update engine_runs set finished_at = ${at}, counts = ${JSON.stringify(counts)}::jsonb where as_of = ${asOf}`);
}

/** The date the daily run looks at each customer again ('infinity': only when its books change). */
export function saveReviewDatesStatement(rows: { customerId: string; reviewOn: string }[]): Statement | null {
  if (rows.length === 0) return null;
  return statement`update customers c set review_on = v.d
    from json_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.customerId, d: r.reviewOn })))}::json) as v(id uuid, d date)
    where c.id = v.id and c.review_on is distinct from v.d`;
}
