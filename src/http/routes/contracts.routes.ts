import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NewContract, ContractPatch } from '../../actions/contract-input.ts';
import { createContract, type ContractRow } from '../../actions/create-contract.ts';
import { getRecord, listContracts } from '../../actions/find-records.ts';
import { contractsTable } from '../../actions/tables.ts';
import { updateContract } from '../../actions/update-contract.ts';
import { uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';
import { idParams, listQuery } from '../query.ts';

/** P1: contracts with their payment terms, penalty clause and claim response period. */
export function contractRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['contracts'];
  r.get('/api/v1/contracts', { config: { access: 'ledger.read' }, schema: { tags, summary: 'List contracts (sort: date, number, createdAt)', querystring: z.strictObject({ ...listQuery, customerId: uuid.optional() }) } },
    async (request) => listContracts(db, principalOf(request), request.query, request.query));
  r.get('/api/v1/contracts/:id', { config: { access: 'ledger.read' }, schema: { tags, summary: 'One contract', params: idParams } },
    async (request) => getRecord<ContractRow>(db, principalOf(request), contractsTable, 'contract', request.params.id, (c) => c.customerId));
  r.post('/api/v1/contracts', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Create a contract', body: NewContract } },
    async (request, reply) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return reply.status(201).send(await db.transaction((tx) => createContract(tx, request.body, ctx)));
    });
  r.patch('/api/v1/contracts/:id', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Change a contract (send the version you read)', params: idParams, body: ContractPatch } },
    async (request) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return db.transaction((tx) => updateContract(tx, request.params.id, request.body, ctx));
    });
}
