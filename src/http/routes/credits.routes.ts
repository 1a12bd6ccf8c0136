import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getCredit, listCredits } from '../../actions/find-records.ts';
import { NewCredit, recordCredit } from '../../actions/record-credit.ts';
import { isoDate, uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';
import { present, presentPage } from '../present.ts';
import { idParams, listQuery } from '../query.ts';

/**
 * Payments and credit notes: the same money mechanics (allocated to invoices, oldest due date first
 * when not said, the rest stays as the customer's credit), two collections in the API.
 */
export function creditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  for (const [path, kind, noun] of [['payments', 'payment', 'payment'], ['credit-notes', 'credit_note', 'credit note']] as const) {
    const tags = [path];
    const filter = z.strictObject({ ...listQuery, customerId: uuid.optional(), from: isoDate.optional(), to: isoDate.optional() });
    r.get(`/api/v1/${path}`, { config: { access: 'ledger.read' }, schema: { tags, summary: `List ${noun}s (sort: date, createdAt)`, querystring: filter } },
      async (request) => presentPage(await listCredits(db, principalOf(request), { ...request.query, kind }, request.query)));
    r.get(`/api/v1/${path}/:id`, { config: { access: 'ledger.read' }, schema: { tags, summary: `One ${noun} with its allocations`, params: idParams } },
      async (request) => {
        const { credit, allocations } = await getCredit(db, principalOf(request), kind, request.params.id);
        return { ...present(credit), allocations: allocations.map((a) => present({ ...a, currency: credit.currency })) };
      });
    r.post(`/api/v1/${path}`, { config: { access: 'ledger.write' }, schema: { tags, summary: `Record a ${noun} and allocate it`, body: NewCredit } },
      async (request, reply) => {
        const ctx = writeContextOf(principalOf(request), deps.clock);
        const { credit, allocations } = await db.transaction((tx) => recordCredit(tx, kind, request.body, ctx));
        const allocated = allocations.reduce((sum, a) => sum + a.amount, 0n);
        return reply.status(201).send({
          ...present(credit),
          allocations: allocations.map((a) => present({ ...a, currency: credit.currency })),
          unallocated: present({ v: credit.amount - allocated, currency: credit.currency }).v,
        });
      });
  }
}
