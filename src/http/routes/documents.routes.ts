import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderCustomerDocument } from '../../actions/render-customer-document.ts';
import { isoDate, language, uuid } from '../../domain/fields.ts';
import { DOCUMENT_KINDS } from '../../outputs/pdf/render.ts';
import type { DocumentKind } from '../../outputs/pdf/types.ts';
import { principalOf } from '../auth.ts';
import { todayOf, type AppDeps } from '../context.ts';

/** A customer's documents as PDF on request: statement of account, reconciliation act, demand letter, formal claim. */
export function documentRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/customers/:id/documents/:kind.pdf', {
    config: { access: 'ledger.read' },
    schema: {
      tags: ['customers'],
      summary: 'A customer\'s document as PDF, from the books as of a date: statement of account, reconciliation act (from–to), demand letter or formal claim, with the payment QR code',
      params: z.strictObject({ id: uuid, kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]) }),
      querystring: z.strictObject({
        asOf: isoDate.optional().describe('the date of the books and of the document; default today'),
        from: isoDate.optional().describe('reconciliation act: the first day of the period (required)'),
        to: isoDate.optional().describe('reconciliation act: the last day of the period; default asOf'),
        language: language.optional().describe('default: the contact\'s or the customer\'s language'),
      }),
    },
  }, async (request, reply) => {
    const { asOf, ...rest } = request.query;
    const { filename, pdf } = await renderCustomerDocument(deps.database.db, principalOf(request), request.params.id, request.params.kind,
      { ...rest, asOf: asOf ?? todayOf(deps.clock()) });
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
  });
}
