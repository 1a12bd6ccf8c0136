import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addCustomerNote, NewCustomerNote } from '../../actions/add-customer-note.ts';
import { findOutbox, getTimeline, releaseMessage } from '../../actions/customer-timeline.ts';
import { deleteSmtp, getSmtp, putSmtp, SmtpInput } from '../../actions/manage-smtp.ts';
import { listTemplates, MESSAGE_KIND_LIST, previewTemplate, saveTemplate, TemplateInput } from '../../actions/manage-templates.ts';
import { recordReceivedMessage } from '../../actions/record-received-message.ts';
import { checkConduct } from '../../domain/conduct/index.ts';
import { language, uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';
import { idParams } from '../query.ts';

/**
 * Templates with a live preview, the conduct check, the outbox, messages received, each company's SMTP
 * server, and the customer's timeline.
 */
export function messageRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const which = z.strictObject({ language, kind: z.enum(MESSAGE_KIND_LIST) });
  r.get('/api/v1/templates', { config: { access: 'ledger.read' }, schema: { tags: ['templates'], summary: 'Message templates per language and kind (defaults and edits)' } },
    async () => ({ items: await listTemplates(db) }));
  r.put('/api/v1/templates/:language/:kind', {
    config: { access: 'policies.manage' },
    schema: { tags: ['templates'], summary: 'Save a template: rejected when it names an unknown field or fails the conduct check (unless a reason is recorded)', params: which, body: TemplateInput },
  }, async (request) => db.transaction((tx) => saveTemplate(tx, request.params.language, request.params.kind, request.body, writeContextOf(principalOf(request), deps.clock))));
  r.post('/api/v1/templates/:language/:kind/preview', {
    config: { access: 'ledger.read' },
    schema: { tags: ['templates'], summary: 'Live preview of a template on a sample letter, with conduct findings', params: which, body: z.strictObject({ subject: z.string().min(1), body: z.string().min(1) }) },
  }, async (request) => previewTemplate(request.params.language, request.params.kind, request.body));
  r.post('/api/v1/conduct/check', {
    config: { access: 'authenticated' },
    schema: { tags: ['templates'], summary: 'Check a text for insults, threats, illegal methods, shouting, belittling, own problems, apologies (U1–U4, N1, N6, S2) and vague demands (N3)', body: z.strictObject({ text: z.string().min(1).max(100_000), language: language.optional() }) },
  }, async (request) => ({ findings: checkConduct(request.body.text, request.body.language) }));
  r.get('/api/v1/outbox', {
    config: { access: 'ledger.read' },
    schema: { tags: ['messages'], summary: 'Messages waiting, sent, blocked or failed', querystring: z.strictObject({ status: z.enum(['pending', 'sending', 'sent', 'retry', 'failed', 'blocked', 'uncertain', 'cancelled']).optional(), customerId: uuid.optional() }) },
  }, async (request) => ({ items: await findOutbox(db, request.query) }));
  r.post('/api/v1/outbox/:id/release', {
    config: { access: 'conduct.override' },
    schema: { tags: ['messages'], summary: 'Send a message the conduct check blocked, recording why', params: idParams, body: z.strictObject({ reason: z.string().min(10).max(2000) }) },
  }, async (request) => db.transaction((tx) => releaseMessage(tx, request.params.id, request.body.reason, writeContextOf(principalOf(request), deps.clock))));
  r.get('/api/v1/customers/:id/timeline', {
    config: { access: 'ledger.read' },
    schema: { tags: ['customers'], summary: 'Everything about a customer, newest first: invoices, payments, calls, messages (with their text), promises, disputes, stops, notes', params: idParams },
  }, async (request) => ({ items: await getTimeline(db, principalOf(request), request.params.id) }));
  r.post('/api/v1/customers/:id/notes', {
    config: { access: 'collection.work' },
    schema: { tags: ['customers'], summary: 'Add a note to the customer\'s timeline, signed with your name', params: idParams, body: NewCustomerNote },
  }, async (request, reply) => reply.status(201).send(await db.transaction((tx) =>
    addCustomerNote(tx, principalOf(request), request.params.id, request.body, writeContextOf(principalOf(request), deps.clock)))));
  r.post('/api/v1/messages/received', {
    config: { access: 'collection.work' },
    schema: {
      tags: ['messages'],
      summary: 'Record an e-mail a customer sent (the RFC 822 message, base64): it goes to the customer of our message it answers (In-Reply-To, References) or of the contact at the sender\'s address, and into the timeline',
      body: z.strictObject({ messageBase64: z.string().min(1).max(40_000_000), customerId: uuid.optional().describe('only when several customers have a contact at the sender\'s address') }),
    },
  }, async (request, reply) => {
    const ctx = writeContextOf(principalOf(request), deps.clock);
    const recorded = await db.transaction((tx) => recordReceivedMessage(tx, principalOf(request), Buffer.from(request.body.messageBase64, 'base64'), { customerId: request.body.customerId }, ctx));
    return reply.status(recorded.duplicate ? 200 : 201).send(recorded);
  });
  const company = z.strictObject({ id: uuid });
  r.get('/api/v1/companies/:id/smtp', {
    config: { access: 'companies.write' },
    schema: { tags: ['companies'], summary: 'The company\'s SMTP server (never the password: only whether one is set); 404 when its mail goes to .eml files', params: company },
  }, async (request) => getSmtp(db, request.params.id));
  r.put('/api/v1/companies/:id/smtp', {
    config: { access: 'companies.write' },
    schema: { tags: ['companies'], summary: 'Set the company\'s SMTP server: host, port, TLS, login; the password is stored sealed and never returned', params: company, body: SmtpInput },
  }, async (request) => db.transaction((tx) => putSmtp(tx, deps.config.dataDir, request.params.id, request.body, writeContextOf(principalOf(request), deps.clock))));
  r.delete('/api/v1/companies/:id/smtp', {
    config: { access: 'companies.write' },
    schema: { tags: ['companies'], summary: 'Remove the company\'s SMTP server: its mail is written as .eml files again', params: company },
  }, async (request, reply) => {
    await db.transaction((tx) => deleteSmtp(tx, request.params.id, writeContextOf(principalOf(request), deps.clock)));
    return reply.status(204).send();
  });
}
