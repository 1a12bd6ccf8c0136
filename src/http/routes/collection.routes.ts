import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPaymentPlan, NewPaymentPlan } from '../../actions/create-payment-plan.ts';
import { assertCustomerInScope } from '../../actions/customer-scope.ts';
import { getWorklist } from '../../actions/get-worklist.ts';
import { NewPromise, recordPromise } from '../../actions/record-promise.ts';
import { recordTaskOutcome, TaskOutcomeInput } from '../../actions/record-task-outcome.ts';
import { runCollection } from '../../actions/run-collection.ts';
import { NewCollectionStop, setCollectionStop } from '../../actions/set-collection-stop.ts';
import { getTask, taskCustomer } from '../../actions/find-tasks.ts';
import { isoDate, uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { todayOf, writeContextOf, type AppDeps } from '../context.ts';
import { present } from '../present.ts';
import { idParams } from '../query.ts';

/** The collector's day and the pressure scale: worklist, call outcomes, promises, plans, stops, runs. */
export function collectionRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  r.get('/api/v1/worklist', {
    config: { access: 'collection.work' },
    schema: { tags: ['collection'], summary: 'A collector\'s day, ranked: open tasks due that day or earlier (overdue on top), by priority', querystring: z.strictObject({ date: isoDate.optional(), assigneeId: uuid.optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) }) },
  }, async (request) => ({ items: await getWorklist(db, principalOf(request), request.query.date ?? todayOf(deps.clock()), request.query.assigneeId, request.query.limit) }));

  r.get('/api/v1/tasks/:id', {
    config: { access: 'ledger.read' },
    schema: { tags: ['collection'], summary: 'One task, open or closed: step, channel, window in the customer\'s local time, invoices, assignee, priority, outcome and the call record', params: idParams },
  }, async (request) => present(await getTask(db, principalOf(request), request.params.id), undefined));

  r.post('/api/v1/tasks/:id/outcome', {
    config: { access: 'collection.work' },
    schema: { tags: ['collection'], summary: 'Record the outcome of a call (S1–S5): goal, tactic, stand-in; creates the callback, retry, promise or instalment plan, dispute, meeting; queues the confirmation (P13); returns the next task', params: idParams, body: TaskOutcomeInput },
  }, async (request) => {
    const principal = principalOf(request);
    await assertCustomerInScope(db, principal, await taskCustomer(db, request.params.id), 'id');
    const out = await db.transaction((tx) => recordTaskOutcome(tx, request.params.id, request.body, writeContextOf(principal, deps.clock)));
    return {
      ...present(out.task, undefined), nextTask: out.nextTask, meetingTask: out.meetingTask, followUp: out.followUp, confirmation: out.confirmation,
      promise: out.promise && present(out.promise), plan: out.plan && { planId: out.plan.planId, instalments: out.plan.instalments.map((p) => present(p)) },
    };
  });

  r.post('/api/v1/promises', {
    config: { access: 'collection.work' },
    schema: { tags: ['collection'], summary: 'Record a promise to pay or an official letter: a date and an amount are required (N3)', body: NewPromise },
  }, async (request, reply) => {
    const principal = principalOf(request);
    await assertCustomerInScope(db, principal, request.body.customerId);
    const row = await db.transaction((tx) => recordPromise(tx, request.body, todayOf(deps.clock()), writeContextOf(principal, deps.clock)));
    return reply.status(201).send(present(row));
  });

  // S3/R8: the collector who hears "no money" agrees the instalments on the call, as with a single promise.
  r.post('/api/v1/payment-plans', {
    config: { access: 'collection.work' },
    schema: { tags: ['collection'], summary: 'Agree a payment plan: instalments, each a promise', body: NewPaymentPlan },
  }, async (request, reply) => {
    const principal = principalOf(request);
    await assertCustomerInScope(db, principal, request.body.customerId);
    const plan = await db.transaction((tx) => createPaymentPlan(tx, request.body, todayOf(deps.clock()), writeContextOf(principal, deps.clock)));
    return reply.status(201).send({ planId: plan.planId, instalments: plan.instalments.map((p) => present(p)) });
  });

  r.post('/api/v1/collection-stops', {
    config: { access: 'collection.manage' },
    schema: { tags: ['collection'], summary: 'Hold a whole customer out of collection until a date, with a reason', body: NewCollectionStop },
  }, async (request, reply) => reply.status(201).send(await db.transaction((tx) => setCollectionStop(tx, request.body, writeContextOf(principalOf(request), deps.clock)))));

  r.post('/api/v1/runs', {
    config: { access: 'collection.manage' },
    schema: { tags: ['collection'], summary: 'Run the pressure scale for a date (idempotent); dryRun returns what would be done without writing', body: z.strictObject({ asOf: isoDate, dryRun: z.boolean().default(false) }) },
  }, async (request) => runCollection(db, request.body.asOf, { dryRun: request.body.dryRun, now: deps.clock }));
}
