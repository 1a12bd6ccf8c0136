import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runImport } from '../../actions/run-import.ts';
import { DomainError } from '../../domain/errors.ts';
import { uuid } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';

/** A file sent as it is (not base64 in JSON): a whole ledger export of a million rows is ~100 MB. */
const FILE_TYPES = ['text/csv', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const MAX_FILE = 1024 * 1024 * 1024;
const mappingParam = z.string().min(1).max(20_000).describe('the name of a shipped mapping such as "ibm-accounts-receivable", or a mapping object as JSON');

export function importRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_FILE }, (_request, body, done) => done(null, body));
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

  r.post('/api/v1/imports/file', {
    config: { access: 'import.run' },
    bodyLimit: MAX_FILE,
    schema: {
      tags: ['imports'],
      summary: 'The same import with the file as the request body (Content-Type text/csv, application/octet-stream or the XLSX type, up to 1 GB) and the rest in the query',
      querystring: z.strictObject({ companyId: uuid, fileName: z.string().min(1).max(300), mapping: mappingParam, dryRun: z.enum(['true', 'false']).default('false') }),
    },
  }, async (request, reply) => {
    if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
      throw new DomainError('validation_failed', `body: send the file itself with Content-Type ${FILE_TYPES.join(', ')}`, { body: 'no file' });
    }
    const { companyId, fileName, dryRun } = request.query;
    const ctx = writeContextOf(principalOf(request), deps.clock);
    const result = await runImport(deps.database.db, { companyId, fileName, mapping: mappingOf(request.query.mapping), file: request.body, dryRun: dryRun === 'true' }, ctx);
    return reply.status(result.dryRun ? 200 : 201).send(result);
  });
}

/** A mapping in the query string is a shipped mapping's name or the mapping itself as JSON. */
function mappingOf(text: string): unknown {
  if (!text.trimStart().startsWith('{')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('validation_failed', 'mapping: is neither a mapping name nor valid JSON', { mapping: 'not JSON' });
  }
}
