import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createInvoice } from '../../actions/create-invoice.ts';
import { getInvoice, listInvoices } from '../../actions/find-invoices.ts';
import { InvoicePatch, NewInvoice, WriteOff } from '../../actions/invoice-input.ts';
import { updateInvoice, writeOffInvoice } from '../../actions/update-invoice.ts';
import { currencyCode, isoDate, uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { todayOf, writeContextOf, type AppDeps } from '../context.ts';
import { present, presentPage } from '../present.ts';
import { asOfQuery, idParams, listQuery } from '../query.ts';

const STATUSES = ['open', 'partially_paid', 'paid', 'disputed', 'written_off'] as const;

/** Invoices with balance and derived status as of any date (`asOf`, default today). */
export function invoiceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['invoices'];
  const filter = z.strictObject({
    ...listQuery, ...asOfQuery, companyId: uuid.optional(), customerId: uuid.optional(), status: z.enum(STATUSES).optional(),
    currency: currencyCode.optional(), dueFrom: isoDate.optional(), dueTo: isoDate.optional(), number: z.string().optional(),
  });
  r.get('/api/v1/invoices', { config: { access: 'ledger.read' }, schema: { tags, summary: 'List invoices (sort: dueDate, issueDate, number, amount, balance)', querystring: filter } },
    async (request) => presentPage(await listInvoices(db, principalOf(request), request.query, request.query, request.query.asOf ?? todayOf(deps.clock()))));
  r.get('/api/v1/invoices/:id', { config: { access: 'ledger.read' }, schema: { tags, summary: 'One invoice as of a date', params: idParams, querystring: z.strictObject(asOfQuery) } },
    async (request) => present(await getInvoice(db, principalOf(request), request.params.id, request.query.asOf ?? todayOf(deps.clock()))));
  r.post('/api/v1/invoices', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Create an invoice (the due date follows from the terms when not given)', body: NewInvoice } },
    async (request, reply) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return reply.status(201).send(present(await db.transaction((tx) => createInvoice(tx, request.body, ctx))));
    });
  r.patch('/api/v1/invoices/:id', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Change an invoice (send the version you read)', params: idParams, body: InvoicePatch } },
    async (request) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return present(await db.transaction((tx) => updateInvoice(tx, request.params.id, request.body, ctx)));
    });
  r.post('/api/v1/invoices/:id/write-off', { config: { access: 'ledger.write' }, schema: { tags, summary: 'Write an invoice off', params: idParams, body: WriteOff } },
    async (request) => {
      const ctx = writeContextOf(principalOf(request), deps.clock);
      return present(await db.transaction((tx) => writeOffInvoice(tx, request.params.id, request.body, ctx)));
    });
}
