import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { JIT_OFF } from './engine.store.ts';
import type { FiredStep } from './schema.ts';

/**
 * Writes of the daily run, a page of customers at a time in one statement per kind of row (arrays as
 * single parameters, unnest on the server). Each is safe to repeat: tasks and outbox messages carry a
 * dedupe key (insert if absent), ladder states are overwritten with the planned state, promise
 * statuses move only from open, tasks close only when open.
 */
const arr = (values: unknown[]) => sql.param(values);
const pgArray = (ids: string[]) => `{${ids.join(',')}}`; // a uuid[] literal, one per row

export type LadderRow = { invoiceId: string; fired: FiredStep[]; claimDeadline: string | undefined; jumpToClaim: boolean };

/** Ladder states: updated in place where the invoice has one (HOT updates, see 0005), inserted where not. */
export async function saveLadders(db: DbOrTx, rows: LadderRow[], at: Date) {
  if (rows.length === 0) return;
  await db.execute(sql`with u as (
      select * from unnest(${arr(rows.map((r) => r.invoiceId))}::uuid[], ${arr(rows.map((r) => JSON.stringify(r.fired)))}::json[],
        ${arr(rows.map((r) => r.claimDeadline ?? null))}::date[], ${arr(rows.map((r) => r.jumpToClaim))}::boolean[]) as u(i, f, d, j)
    ), updated as (
      update ladder_states l set fired = u.f, claim_deadline = u.d, jump_to_claim = u.j, updated_at = ${at}
      from u where l.invoice_id = u.i returning l.invoice_id
    )
    insert into ladder_states (invoice_id, fired, claim_deadline, jump_to_claim, updated_at)
    select i, f, d, j, ${at} from u where i not in (select invoice_id from updated)`);
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
    from unnest(${arr(rows.map((r) => r.promiseId))}::uuid[], ${arr(rows.map((r) => r.status))}::text[], ${arr(rows.map((r) => r.on))}::date[]) as u(id, s, d)
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
  const col = <K extends keyof NewTask>(k: K) => arr(rows.map((r) => r[k]));
  const result = await db.execute(sql`insert into tasks (customer_id, invoice_ids, kind, step_code, channel, script_key, due_date,
      window_start, window_end, assignee_id, queue, priority, dedupe_key, created_at, updated_at)
    select c, i::uuid[], k, s, ch, sk, d, ws, we, a, q, p, dk, ${at}, ${at}
    from unnest(${col('customerId')}::uuid[], ${arr(rows.map((r) => pgArray(r.invoiceIds)))}::text[], ${col('kind')}::text[], ${col('stepCode')}::text[],
      ${col('channel')}::text[], ${col('scriptKey')}::text[], ${col('dueDate')}::date[], ${col('windowStart')}::timestamptz[], ${col('windowEnd')}::timestamptz[],
      ${col('assigneeId')}::uuid[], ${col('queue')}::text[], ${col('priority')}::int[], ${col('dedupeKey')}::text[]) as u(c, i, k, s, ch, sk, d, ws, we, a, q, p, dk)
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
  const col = <K extends keyof NewOutboxMessage>(k: K) => arr(rows.map((r) => r[k]));
  const result = await db.execute(sql`insert into outbox (customer_id, invoice_ids, step_code, channel, template_key, language, scheduled_at, dedupe_key, created_at)
    select c, i::uuid[], s, ch, t, l, sa, dk, ${at}
    from unnest(${col('customerId')}::uuid[], ${arr(rows.map((r) => pgArray(r.invoiceIds)))}::text[], ${col('stepCode')}::text[], ${col('channel')}::text[],
      ${col('templateKey')}::text[], ${col('language')}::text[], ${col('scheduledAt')}::timestamptz[], ${col('dedupeKey')}::text[]) as u(c, i, s, ch, t, l, sa, dk)
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
    from unnest(${arr(rows.map((r) => r.customerId))}::uuid[], ${arr(rows.map((r) => r.reviewOn))}::date[]) as v(id, d)
    where c.id = v.id and c.review_on is distinct from v.d`);
}
