import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runImport } from '../../actions/run-import.ts';
import { uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';

export function importRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/v1/imports', {
    config: { access: 'import.run' },
    schema: {
      tags: ['imports'],
      summary: 'Import customers, contacts, invoices, payments and disputes from a CSV/XLSX file (base64) by a column mapping: all or nothing; 422 lists every bad row',
      body: z.strictObject({
        companyId: uuid,
        fileName: z.string().min(1).max(300),
        contentBase64: z.string().min(1),
        mapping: z.union([z.string(), z.record(z.string(), z.unknown())]).describe('a mapping object, or the name of a shipped mapping such as "ibm-accounts-receivable"'),
        dryRun: z.boolean().default(false),
      }),
    },
  }, async (request, reply) => {
    const { contentBase64, ...rest } = request.body;
    const ctx = writeContextOf(principalOf(request), deps.clock);
    const result = await runImport(deps.database.db, { ...rest, file: Buffer.from(contentBase64, 'base64') }, ctx);
    return reply.status(result.dryRun ? 200 : 201).send(result);
  });
}
