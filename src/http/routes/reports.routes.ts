import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAudit } from '../../actions/find-records.ts';
import { customerBalance } from '../../actions/customer-balance.ts';
import { reportAging } from '../../actions/report-aging.ts';
import { isoDate, uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { todayOf, type AppDeps } from '../context.ts';
import { present, presentPage } from '../present.ts';
import { idParams, listQuery } from '../query.ts';

export function reportRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  r.get('/api/v1/reports/aging', {
    config: { access: 'reports.read' },
    schema: { tags: ['reports'], summary: 'Aging as of a date: per customer and currency, not yet due, 1–30, 31–60, 61–90, over 90 days past due', querystring: z.strictObject({ asOf: isoDate, companyId: uuid.optional() }) },
  }, async (request) => {
    const report = await reportAging(db, principalOf(request), request.query.asOf, request.query.companyId);
    return {
      asOf: report.asOf,
      rows: report.rows.map((row) => present(row)),
      totals: report.totals.map((t) => ({ currency: t.currency, ...present({ ...t.sums, currency: t.currency }) })),
    };
  });
  r.get('/api/v1/customers/:id/balance', {
    config: { access: 'ledger.read' },
    schema: { tags: ['customers'], summary: 'What the customer owes as of a date, per currency (with overdue part and unallocated credit)', params: idParams, querystring: z.strictObject({ asOf: isoDate.optional() }) },
  }, async (request) => {
    const rows = await customerBalance(db, principalOf(request), request.params.id, request.query.asOf ?? todayOf(deps.clock()));
    return { items: rows.map((row) => present(row)) };
  });
  r.get('/api/v1/audit', {
    config: { access: 'audit.read' },
    schema: { tags: ['audit'], summary: 'The audit trail: who changed what, when, before and after', querystring: z.strictObject({ ...listQuery, entity: z.string().optional(), entityId: z.string().optional() }) },
  }, async (request) => presentPage(await listAudit(db, request.query, request.query), undefined));
}
