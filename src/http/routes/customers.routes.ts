import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createCustomer } from '../../actions/create-customer.ts';
import { CustomerPatch, NewCustomer } from '../../actions/customer-input.ts';
import { getCustomer, listCustomers } from '../../actions/find-customers.ts';
import { updateCustomer } from '../../actions/update-customer.ts';
import { countryCode, uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';
import { present, presentPage } from '../present.ts';
import { idParams, listQuery } from '../query.ts';

export function customerRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['customers'];
  const filter = z.strictObject({
    ...listQuery, companyId: uuid.optional(), collectorId: uuid.optional(), riskClass: z.string().optional(),
    country: countryCode.optional(), tag: z.string().optional(), q: z.string().max(200).optional(), externalId: z.string().optional(),
  });
  r.get('/api/v1/customers', { config: { access: 'ledger.read' }, schema: { tags, summary: 'List customers (sort: legalName, createdAt, externalId; prefix - for descending)', querystring: filter } },
    async (request) => presentPage(await listCustomers(db, principalOf(request), request.query, request.query), undefined));
  r.get('/api/v1/customers/:id', { config: { access: 'ledger.read' }, schema: { tags, summary: 'One customer', params: idParams } },
    async (request) => present(await getCustomer(db, principalOf(request), request.params.id), undefined));
  r.post('/api/v1/customers', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Create a customer', body: NewCustomer } },
    async (request, reply) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return reply.status(201).send(present(await db.transaction((tx) => createCustomer(tx, request.body, ctx)), undefined));
    });
  r.patch('/api/v1/customers/:id', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Change a customer (send the version you read)', params: idParams, body: CustomerPatch } },
    async (request) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return present(await db.transaction((tx) => updateCustomer(tx, request.params.id, request.body, ctx)), undefined);
    });
}
