import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarFeed, rotateCalendarFeed } from '../../actions/calendar-feed.ts';
import { getCalendar } from '../../actions/get-calendar.ts';
import { getCallScript } from '../../actions/get-call-script.ts';
import { getCustomerFile } from '../../actions/get-customer-file.ts';
import { getToday } from '../../actions/get-today.ts';
import { CallScriptInput, saveCallScript } from '../../actions/save-call-script.ts';
import { DebtorTypeInput, setDebtorType } from '../../actions/set-debtor-type.ts';
import { isoDate, language, uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { todayOf, writeContextOf, type AppDeps } from '../context.ts';
import { idParams } from '../query.ts';

const stepCode = z.string().regex(/^[A-Za-z0-9-]{1,20}$/, 'must be a policy step code such as L1');

/** The collector's workspace (L8, S1–S5, D1): Today, the week, the calendar feed, the customer file, call scripts. */
export function workspaceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['workspace'];
  r.get('/api/v1/workspace/today', {
    config: { access: 'collection.work' },
    schema: { tags, summary: 'Today: the ranked worklist, overdue on top, windows in the customer\'s and the collector\'s time zone', querystring: z.strictObject({ date: isoDate.optional(), assigneeId: uuid.optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) }) },
  }, async (request) => getToday(db, principalOf(request), request.query.date ?? todayOf(deps.clock()), request.query.assigneeId, request.query.limit));

  r.get('/api/v1/workspace/calendar', {
    config: { access: 'collection.work' },
    schema: { tags, summary: 'The tasks of a date range (a week view), at most 62 days', querystring: z.strictObject({ from: isoDate, to: isoDate, assigneeId: uuid.optional() }) },
  }, async (request) => getCalendar(db, principalOf(request), request.query.from, request.query.to, request.query.assigneeId));

  r.post('/api/v1/workspace/calendar-feed', {
    config: { access: 'collection.work' },
    schema: { tags, summary: 'Create or replace my secret iCalendar feed URL (the old one stops working)' },
  }, async (request) => {
    const feed = await db.transaction((tx) => rotateCalendarFeed(tx, principalOf(request), writeContextOf(principalOf(request), deps.clock)));
    return { url: `${request.protocol}://${request.host}${feed.path}` };
  });

  r.get('/ical/:file', {
    config: { access: 'public' },
    schema: { tags, summary: 'The iCalendar feed of a user\'s open tasks (RFC 5545); the secret in the URL is the credential', params: z.strictObject({ file: z.string().regex(/^cal_[A-Za-z0-9_-]{20,64}\.ics$/, 'must be the feed file name') }) },
  }, async (request, reply) => {
    const body = await calendarFeed(db, request.params.file.replace(/\.ics$/, ''), deps.clock());
    if (!body) return reply.status(404).send({ error: { code: 'not_found', message: 'no such calendar feed' } });
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
  });

  r.get('/api/v1/customers/:id/file', {
    config: { access: 'ledger.read' },
    schema: { tags: ['customers'], summary: 'The customer file: debt and overdue per currency, debtor type and suggestion (D1), contacts, open invoices with ladder step and next action, timeline', params: idParams, querystring: z.strictObject({ asOf: isoDate.optional() }) },
  }, async (request) => getCustomerFile(db, principalOf(request), request.params.id, request.query.asOf ?? todayOf(deps.clock())));

  r.put('/api/v1/customers/:id/debtor-type', {
    config: { access: 'collection.work' },
    schema: { tags: ['customers'], summary: 'Set the debtor type (D1: cannot_pay, delays, avoids; null to clear), with a note; audited', params: idParams, body: DebtorTypeInput },
  }, async (request) => db.transaction((tx) => setDebtorType(tx, principalOf(request), request.params.id, request.body, writeContextOf(principalOf(request), deps.clock))));

  r.get('/api/v1/call-scripts', {
    config: { access: 'ledger.read' },
    schema: { tags: ['call-scripts'], summary: 'The five-stage call script of a policy step in a language (S1–S5); with customerId the placeholders are filled', querystring: z.strictObject({ stepCode, language, customerId: uuid.optional() }) },
  }, async (request) => getCallScript(db, principalOf(request), request.query, todayOf(deps.clock())));

  r.put('/api/v1/call-scripts/:stepCode/:language', {
    config: { access: 'scripts.manage' },
    schema: { tags: ['call-scripts'], summary: 'Edit the call script of a step and language; rejected when it fails the conduct check (S2: no apology)', params: z.strictObject({ stepCode, language }), body: CallScriptInput },
  }, async (request) => db.transaction((tx) => saveCallScript(tx, request.params.stepCode, request.params.language, request.body, writeContextOf(principalOf(request), deps.clock))));
}
