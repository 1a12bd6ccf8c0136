import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDashboard } from '../../actions/get-dashboard.ts';
import { isoDate, uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { todayOf, type AppDeps } from '../context.ts';

/** The managers' dashboard: receivables by aging bucket, top debtors, promises, each collector's work. */
export function dashboardRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/dashboard', {
    config: { access: 'team.read' },
    schema: { tags: ['reports'], summary: 'Receivables and overdue by aging bucket, top debtors, promises due this week and broken last week, each collector\'s tasks done and overdue', querystring: z.strictObject({ companyId: uuid.optional(), asOf: isoDate.optional() }) },
  }, async (request) => getDashboard(deps.database.db, principalOf(request), request.query.asOf ?? todayOf(deps.clock()), request.query.companyId));
}
