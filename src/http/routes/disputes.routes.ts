import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listDisputes } from '../../actions/find-records.ts';
import { NewDispute, openDispute } from '../../actions/open-dispute.ts';
import { DisputeResolution, resolveDispute } from '../../actions/resolve-dispute.ts';
import { uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';
import { idParams, listQuery } from '../query.ts';

/** Disputes hold an invoice out of collection until resolved. */
export function disputeRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['disputes'];
  const filter = z.strictObject({ ...listQuery, invoiceId: uuid.optional(), open: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
  r.get('/api/v1/disputes', { config: { access: 'ledger.read' }, schema: { tags, summary: 'List disputes (sort: openedOn, createdAt)', querystring: filter } },
    async (request) => listDisputes(db, principalOf(request), request.query, request.query));
  r.post('/api/v1/disputes', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Open a dispute on an invoice', body: NewDispute } },
    async (request, reply) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return reply.status(201).send(await db.transaction((tx) => openDispute(tx, request.body, ctx)));
    });
  r.post('/api/v1/disputes/:id/resolve', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Resolve a dispute', params: idParams, body: DisputeResolution } },
    async (request) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return db.transaction((tx) => resolveDispute(tx, request.params.id, request.body, ctx));
    });
}
