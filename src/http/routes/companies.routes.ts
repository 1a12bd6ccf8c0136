import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CompanyPatch, NewCompany } from '../../actions/company-input.ts';
import { createCompany } from '../../actions/create-company.ts';
import { getCompany, listCompanies } from '../../actions/find-records.ts';
import { updateCompany } from '../../actions/update-company.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';
import { idParams, listQuery } from '../query.ts';

/** Seller companies: each keeps its own books in one install. */
export function companyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['companies'];
  r.get('/api/v1/companies', { config: { access: 'ledger.read' }, schema: { tags, summary: 'List companies', querystring: z.strictObject(listQuery) } },
    async (request) => listCompanies(db, request.query));
  r.get('/api/v1/companies/:id', { config: { access: 'ledger.read' }, schema: { tags, summary: 'One company', params: idParams } },
    async (request) => getCompany(db, request.params.id));
  r.post('/api/v1/companies', { config: { access: 'companies.write' }, schema: { tags, summary: 'Create a company', body: NewCompany } },
    async (request, reply) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return reply.status(201).send(await db.transaction((tx) => createCompany(tx, request.body, ctx)));
    });
  r.patch('/api/v1/companies/:id', { config: { access: 'companies.write' }, schema: { tags, summary: 'Change a company (send the version you read)', params: idParams, body: CompanyPatch } },
    async (request) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return db.transaction((tx) => updateCompany(tx, request.params.id, request.body, ctx));
    });
}
