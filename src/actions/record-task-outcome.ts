import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { calendarFor, addBusinessDays, localDateOf, nextWorkingDay } from '../domain/calendar/index.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { currencyCode, decimalString, isoDate } from '../domain/fields.ts';
import type { DbOrTx } from '../store/db.ts';
import { taskByDedupeKey } from '../store/confirmations.store.ts';
import { insertTask } from '../store/engine-apply.store.ts';
import { customers, tasks, type CallRecord } from '../store/schema.ts';
import { updateAudited, type WriteContext } from '../store/versioned.store.ts';
import { createPaymentPlan } from './create-payment-plan.ts';
import { openDispute } from './open-dispute.ts';
import { queueConfirmation } from './queue-confirmation.ts';
import { recordPromise, type PromiseRow } from './record-promise.ts';

export const TaskOutcomeInput = z.strictObject({
  version: z.int().positive(),
  outcome: z.enum(['reached_decision_maker', 'callback', 'promise', 'official_letter_promised', 'dispute', 'refused', 'wrong_number', 'no_answer']),
  note: z.string().max(5000).optional(),
  callbackAt: z.iso.datetime({ offset: true }).optional(), // S2: the exact day and time to call back
  promise: z.strictObject({ promisedDate: isoDate.optional(), amount: decimalString.optional(), currency: currencyCode }).optional(),
  dispute: z.strictObject({ reason: z.string().min(1).max(5000) }).optional(),
  // S1: chosen before dialling; S5: was it reached
  goal: z.enum(['payment_date', 'schedule', 'meeting', 'official_letter', 'other']).optional(),
  tactic: z.string().max(500).optional(),
  goalReached: z.boolean().optional(),
  standIn: z.strictObject({ name: z.string().min(1).max(200), role: z.string().max(100).optional(), phone: z.string().max(50).optional() }).optional(), // S3
  plan: z.strictObject({ instalments: z.array(z.strictObject({ date: isoDate, amount: decimalString })).min(1).max(120), currency: currencyCode }).optional(), // S3, R8
  meeting: z.strictObject({ at: z.iso.datetime({ offset: true }), place: z.string().max(500).optional(), reconciliationAct: z.boolean().default(true) }).optional(), // S4
  sendConfirmation: z.boolean().optional(), // P13
});
export type TaskOutcomeInput = z.infer<typeof TaskOutcomeInput>;
type TaskRow = typeof tasks.$inferSelect;

/**
 * S5: the outcome of a call is recorded and the next thing is put in the diary: a callback at the exact
 * time asked for, a retry the next business day when nobody answered, a promise (date and amount, N3) or
 * an instalment plan (S3, R8) that pauses the ladder, or a dispute that holds the invoices; a meeting to
 * sign a reconciliation act (S4); the confirmation of what was agreed (P13). A broken promise's call is
 * the daily run's: the business day after the promised date, unless the money came (followUp says when).
 */
export async function recordTaskOutcome(db: DbOrTx, taskId: string, input: TaskOutcomeInput, ctx: WriteContext) {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, taskId)).limit(1);
  if (!task) throw notFound('task', taskId);
  if (task.status !== 'open') throw new DomainError('conflict', `task ${taskId} is already ${task.status}`);
  const [customer] = await db.select().from(customers).where(eq(customers.id, task.customerId)).limit(1);
  const today = localDateOf(ctx.at, customer!.timeZone);
  if (input.plan && input.outcome !== 'promise') {
    throw new DomainError('validation_failed', 'plan: an instalment plan is recorded with the outcome "promise"', { plan: 'only with outcome promise' });
  }
  const call: CallRecord = {
    ...(input.goal && { goal: input.goal }), ...(input.tactic && { tactic: input.tactic }), ...(input.goalReached !== undefined && { goalReached: input.goalReached }),
    ...(input.standIn && { standIn: input.standIn }), ...(input.meeting && { meeting: { at: input.meeting.at, reconciliationAct: input.meeting.reconciliationAct, ...(input.meeting.place && { place: input.meeting.place }) } }),
  };
  const follow = async (kind: string, start: Date, end: Date, dueDate: string, channel = 'call', scriptKey = task.scriptKey) => {
    const dedupeKey = `${kind}:${task.id}`;
    await insertTask(db, {
      customerId: task.customerId, invoiceIds: task.invoiceIds, kind, stepCode: task.stepCode, channel, scriptKey,
      dueDate, windowStart: start, windowEnd: end, assigneeId: task.assigneeId, queue: task.queue, priority: task.priority, dedupeKey,
    }, ctx.at);
    return taskByDedupeKey(db, dedupeKey);
  };
  let nextTask: Awaited<ReturnType<typeof follow>> | null = null;
  let promise: PromiseRow | undefined;
  let plan: { planId: string; instalments: PromiseRow[] } | undefined;
  switch (input.outcome) {
    case 'callback': {
      if (!input.callbackAt) throw new DomainError('validation_failed', 'callbackAt: a callback needs the exact day and time (S2)', { callbackAt: 'required for a callback' });
      const at = new Date(input.callbackAt);
      nextTask = await follow('callback', at, new Date(at.getTime() + 30 * 60_000), localDateOf(at, customer!.timeZone));
      break;
    }
    case 'no_answer': {
      const day = addBusinessDays(calendarFor(customer!.country), today, 1);
      const shift = (d: Date) => new Date(d.getTime() + (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${task.dueDate}T00:00:00Z`)));
      nextTask = await follow('retry', shift(task.windowStart), shift(task.windowEnd), day);
      break;
    }
    case 'official_letter_promised': // the ladder goes on: L5 checks whether the letter arrived
      if (input.promise) promise = await recordPromise(db, { customerId: task.customerId, invoiceIds: task.invoiceIds, kind: 'promise', ...input.promise, madeOn: today }, today, ctx);
      break;
    case 'promise': {
      if (input.plan) {
        plan = await createPaymentPlan(db, { customerId: task.customerId, invoiceIds: task.invoiceIds, madeOn: today, ...input.plan, note: input.note }, today, ctx);
        break;
      }
      if (!input.promise) throw new DomainError('validation_failed', 'promise: record the promised date and amount (N3), or an instalment plan', { promise: 'required' });
      promise = await recordPromise(db, { customerId: task.customerId, invoiceIds: task.invoiceIds, kind: 'promise', ...input.promise, madeOn: today }, today, ctx);
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
  const meetingTask = input.meeting
    ? await follow('meeting', new Date(input.meeting.at), new Date(Date.parse(input.meeting.at) + 60 * 60_000), localDateOf(new Date(input.meeting.at), customer!.timeZone),
      'meeting', input.meeting.reconciliationAct ? 'meeting.reconciliation-act' : 'meeting')
    : null;
  let confirmation = null;
  if (input.sendConfirmation) {
    if (!promise && !plan) throw new DomainError('validation_failed', 'sendConfirmation: there is no promise or plan to confirm', { sendConfirmation: 'nothing agreed' });
    confirmation = await queueConfirmation(db, {
      customerId: task.customerId, invoiceIds: (promise ?? plan!.instalments[0]!).invoiceIds, language: customer!.language,
      kind: plan ? 'plan' : 'promise', recordId: plan ? plan.planId : promise!.id, at: ctx.at,
    });
  }
  if (promise) call.promiseId = promise.id;
  if (plan) call.planId = plan.planId;
  if (confirmation) call.confirmationQueued = true;
  const closed = await updateAudited<TaskRow>(db, tasks, taskId, input.version, {
    status: 'done', outcome: input.outcome, outcomeNote: input.note ?? null, closedAt: ctx.at, closedReason: 'outcome', call: Object.keys(call).length > 0 ? call : null,
  }, ctx);
  // S5: the day after the promised date (the next business day) the daily run calls if the money has not come.
  const lastDate = plan ? plan.instalments[0]!.promisedDate : promise?.promisedDate;
  const followUp = lastDate
    ? { date: nextWorkingDay(calendarFor(customer!.country), addBusinessDays(calendarFor(customer!.country), lastDate, 1)), kind: 'broken-promise', when: 'unless paid by the promised date' }
    : null;
  return { task: closed, nextTask, meetingTask, promise: promise ?? null, plan: plan ?? null, confirmation, followUp };
}
