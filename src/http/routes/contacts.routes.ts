import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ContactPatch, NewContact } from '../../actions/contact-input.ts';
import { createContact } from '../../actions/create-contact.ts';
import { getRecord, listContacts } from '../../actions/find-records.ts';
import { deleteContact, updateContact } from '../../actions/update-contact.ts';
import type { ContactRow } from '../../actions/create-contact.ts';
import { uuid } from '../../domain/fields.ts';
import { contactsTable } from '../../actions/tables.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';
import { idParams, listQuery } from '../query.ts';

/** P8, P9: every contact of a customer, with the one who decides on payments. */
export function contactRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['contacts'];
  r.get('/api/v1/contacts', { config: { access: 'ledger.read' }, schema: { tags, summary: 'List contacts (sort: name, createdAt)', querystring: z.strictObject({ ...listQuery, customerId: uuid.optional() }) } },
    async (request) => listContacts(db, principalOf(request), request.query, request.query));
  r.get('/api/v1/contacts/:id', { config: { access: 'ledger.read' }, schema: { tags, summary: 'One contact', params: idParams } },
    async (request) => getRecord<ContactRow>(db, principalOf(request), contactsTable, 'contact', request.params.id, (c) => c.customerId));
  r.post('/api/v1/contacts', { config: { access: 'contacts.write' }, schema: { tags, summary: 'Add a contact to a customer', body: NewContact } },
    async (request, reply) => {
      const principal = principalOf(request);
      const ctx = writeContextOf(principal, deps.clock);
      return reply.status(201).send(await db.transaction((tx) => createContact(tx, principal, request.body, ctx)));
    });
  r.patch('/api/v1/contacts/:id', { config: { access: 'contacts.write' }, schema: { tags, summary: 'Change a contact (send the version you read)', params: idParams, body: ContactPatch } },
    async (request) => {
      const principal = principalOf(request);
      const ctx = writeContextOf(principal, deps.clock);
      return db.transaction((tx) => updateContact(tx, principal, request.params.id, request.body, ctx));
    });
  r.delete('/api/v1/contacts/:id', { config: { access: 'contacts.write' }, schema: { tags, summary: 'Remove a contact', params: idParams, querystring: z.strictObject({ version: z.coerce.number().int().positive() }) } },
    async (request, reply) => {
      const principal = principalOf(request);
      const ctx = writeContextOf(principal, deps.clock);
      await db.transaction((tx) => deleteContact(tx, principal, request.params.id, request.query.version, ctx));
      return reply.status(204).send();
    });
}
