import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { calendarFor, addBusinessDays, localDateOf } from '../domain/calendar/index.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { currencyCode, decimalString, isoDate } from '../domain/fields.ts';
import type { DbOrTx } from '../store/db.ts';
import { insertTask } from '../store/engine-apply.store.ts';
import { customers, tasks } from '../store/schema.ts';
import { updateAudited, type WriteContext } from '../store/versioned.store.ts';
import { openDispute } from './open-dispute.ts';
import { recordPromise } from './record-promise.ts';

export const TaskOutcomeInput = z.strictObject({
  version: z.int().positive(),
  outcome: z.enum(['reached_decision_maker', 'callback', 'promise', 'official_letter_promised', 'dispute', 'refused', 'wrong_number', 'no_answer']),
  note: z.string().max(5000).optional(),
  callbackAt: z.iso.datetime({ offset: true }).optional(), // S2: the exact day and time to call back
  promise: z.strictObject({ promisedDate: isoDate.optional(), amount: decimalString.optional(), currency: currencyCode }).optional(),
  dispute: z.strictObject({ reason: z.string().min(1).max(5000) }).optional(),
});
export type TaskOutcomeInput = z.infer<typeof TaskOutcomeInput>;
type TaskRow = typeof tasks.$inferSelect;

/**
 * S5: the outcome of a call is recorded and the next thing is put in the diary: a callback at the exact
 * time asked for, a retry the next business day when nobody answered, a promise (date and amount, N3)
 * that pauses the ladder, or a dispute that holds the invoices.
 */
export async function recordTaskOutcome(db: DbOrTx, taskId: string, input: TaskOutcomeInput, ctx: WriteContext) {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, taskId)).limit(1);
  if (!task) throw notFound('task', taskId);
  if (task.status !== 'open') throw new DomainError('conflict', `task ${taskId} is already ${task.status}`);
  const [customer] = await db.select().from(customers).where(eq(customers.id, task.customerId)).limit(1);
  const today = localDateOf(ctx.at, customer!.timeZone);
  const closed = await updateAudited<TaskRow>(db, tasks, taskId, input.version, { status: 'done', outcome: input.outcome, outcomeNote: input.note ?? null, closedAt: ctx.at, closedReason: 'outcome' }, ctx);
  const follow = (kind: string, start: Date, end: Date, dueDate: string) => insertTask(db, {
    customerId: task.customerId, invoiceIds: task.invoiceIds, kind, stepCode: task.stepCode, channel: 'call', scriptKey: task.scriptKey,
    dueDate, windowStart: start, windowEnd: end, assigneeId: task.assigneeId, queue: task.queue, priority: task.priority,
    dedupeKey: `${kind}:${task.id}`,
  }, ctx.at);
  switch (input.outcome) {
    case 'callback': {
      if (!input.callbackAt) throw new DomainError('validation_failed', 'callbackAt: a callback needs the exact day and time (S2)', { callbackAt: 'required for a callback' });
      const at = new Date(input.callbackAt);
      await follow('callback', at, new Date(at.getTime() + 30 * 60_000), localDateOf(at, customer!.timeZone));
      break;
    }
    case 'no_answer': {
      const day = addBusinessDays(calendarFor(customer!.country), today, 1);
      const shift = (d: Date) => new Date(d.getTime() + (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${task.dueDate}T00:00:00Z`)));
      await follow('retry', shift(task.windowStart), shift(task.windowEnd), day);
      break;
    }
    case 'official_letter_promised': // the ladder goes on: L5 checks whether the letter arrived
      if (input.promise) await recordPromise(db, { customerId: task.customerId, invoiceIds: task.invoiceIds, kind: 'promise', ...input.promise, madeOn: today }, today, ctx);
      break;
    case 'promise': {
      if (!input.promise) throw new DomainError('validation_failed', 'promise: record the promised date and amount (N3)', { promise: 'required' });
      await recordPromise(db, { customerId: task.customerId, invoiceIds: task.invoiceIds, kind: 'promise', ...input.promise, madeOn: today }, today, ctx);
      break;
    }
    case 'dispute': {
      if (!input.dispute) throw new DomainError('validation_failed', 'dispute: the reason is required', { dispute: 'required' });
      for (const invoiceId of task.invoiceIds) await openDispute(db, { invoiceId, openedOn: today, reason: input.dispute.reason }, ctx);
      break;
    }
    default:
      break;
  }
  return closed;
}
