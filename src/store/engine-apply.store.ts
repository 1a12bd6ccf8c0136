import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import type { FiredStep } from './schema.ts';

/**
 * Writes of the daily run. Each is safe to repeat: tasks and outbox messages carry a dedupe key (insert
 * if absent), ladder states are overwritten with the planned state, promise statuses move only from open.
 */
export async function saveLadder(db: DbOrTx, invoiceId: string, fired: FiredStep[], claimDeadline: string | undefined, jumpToClaim: boolean, at: Date) {
  await db.execute(sql`insert into ladder_states (invoice_id, fired, claim_deadline, jump_to_claim, updated_at)
    values (${invoiceId}, ${JSON.stringify(fired)}::jsonb, ${claimDeadline ?? null}, ${jumpToClaim}, ${at})
    on conflict (invoice_id) do update set fired = excluded.fired, claim_deadline = excluded.claim_deadline,
      jump_to_claim = excluded.jump_to_claim, updated_at = excluded.updated_at`);
}

export async function resolvePromise(db: DbOrTx, promiseId: string, status: 'kept' | 'broken', on: string, at: Date) {
  await db.execute(sql`update promises set status = ${status}, resolved_on = ${on}, updated_at = ${at}, version = version + 1
    where id = ${promiseId} and status = 'open'`);
}

export async function closeTasksAsPaid(db: DbOrTx, taskIds: string[], at: Date) {
  await db.execute(sql`update tasks set status = 'done', closed_reason = 'paid', closed_at = ${at}, updated_at = ${at}, version = version + 1
    where id = any(${sql.param(taskIds)}::uuid[]) and status = 'open'`);
}

export type NewTask = {
  customerId: string; invoiceIds: string[]; kind: string; stepCode: string | null; channel: string; scriptKey: string | null;
  dueDate: string; windowStart: Date; windowEnd: Date; assigneeId: string | null; queue: string; priority: number; dedupeKey: string;
};

export async function insertTask(db: DbOrTx, t: NewTask, at: Date): Promise<boolean> {
  const result = await db.execute(sql`insert into tasks (customer_id, invoice_ids, kind, step_code, channel, script_key, due_date,
      window_start, window_end, assignee_id, queue, priority, dedupe_key, created_at, updated_at)
    values (${t.customerId}, ${sql.param(t.invoiceIds)}::uuid[], ${t.kind}, ${t.stepCode}, ${t.channel}, ${t.scriptKey}, ${t.dueDate},
      ${t.windowStart}, ${t.windowEnd}, ${t.assigneeId}, ${t.queue}, ${t.priority}, ${t.dedupeKey}, ${at}, ${at})
    on conflict (dedupe_key) do nothing`);
  return (result.rowCount ?? 0) > 0;
}

export type NewOutboxMessage = {
  customerId: string; invoiceIds: string[]; stepCode: string | null; channel: string; templateKey: string; language: string;
  scheduledAt: Date; dedupeKey: string;
};

export async function insertOutbox(db: DbOrTx, m: NewOutboxMessage, at: Date): Promise<boolean> {
  const result = await db.execute(sql`insert into outbox (customer_id, invoice_ids, step_code, channel, template_key, language, scheduled_at, dedupe_key, created_at)
    values (${m.customerId}, ${sql.param(m.invoiceIds)}::uuid[], ${m.stepCode}, ${m.channel}, ${m.templateKey}, ${m.language}, ${m.scheduledAt}, ${m.dedupeKey}, ${at})
    on conflict (dedupe_key) do nothing`);
  return (result.rowCount ?? 0) > 0;
}

export async function startRun(db: DbOrTx, asOf: string, at: Date) {
  await db.execute(sql`insert into engine_runs (as_of, started_at) values (${asOf}, ${at})
    on conflict (as_of) do update set started_at = excluded.started_at, finished_at = null`);
}

export async function finishRun(db: DbOrTx, asOf: string, at: Date, counts: Record<string, number>) {
  await db.execute(sql`update engine_runs set finished_at = ${at}, counts = ${JSON.stringify(counts)}::jsonb where as_of = ${asOf}`);
}

/** N4: a step joins the call already planned for that day: its invoices are added, the stronger step sets the tone. */
export async function mergeIntoTask(db: DbOrTx, taskId: string, invoiceIds: string[], stepCode: string, scriptKey: string, at: Date) {
  await db.execute(sql`update tasks set
      invoice_ids = (select array_agg(distinct x) from unnest(invoice_ids || ${sql.param(invoiceIds)}::uuid[]) x),
      step_code = ${stepCode}, script_key = ${scriptKey}, updated_at = ${at}, version = version + 1
    where id = ${taskId} and status = 'open'`);
}
