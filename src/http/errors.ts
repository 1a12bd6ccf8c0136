import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode } from '../domain/errors.ts';

/** One error body for everything: {"error":{"code","message","fields"?}}; 4xx for bad input, never a stack. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  not_found: 404, conflict: 409, version_conflict: 409, idempotency_conflict: 422,
  unauthenticated: 401, forbidden: 403, rate_limited: 429, database_locked: 503,
};

type PgError = { code?: string; constraint?: string; detail?: string; table?: string };

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const body = toErrorBody(error);
  if (body.status >= 500) request.log.error({ err: error }, 'unhandled error');
  return reply.status(body.status).send({ error: body.error });
}

export function toErrorBody(error: unknown): { status: number; error: { code: string; message: string; fields?: Record<string, string>; details?: unknown } } {
  if (error instanceof DomainError) {
    return {
      status: STATUS[error.code] ?? (error.code === 'import_failed' ? 422 : 400),
      error: { code: error.code, message: error.message, ...(error.fields && { fields: error.fields }), ...(error.details !== undefined && { details: error.details }) },
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const keys = (issue.params as { keys?: unknown }).keys;
      if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        for (const k of keys) fields[path ? `${path}.${String(k)}` : String(k)] = 'is not a known field';
      } else {
        fields[path || (error.validationContext ?? 'body')] = issue.message ?? 'is not valid';
      }
    }
    const message = Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ');
    return { status: 400, error: { code: 'validation_failed', message, fields } };
  }
  const pg = pgErrorOf(error);
  if (pg?.code === '23503') return referenceError(pg);
  if (pg?.code === '23505') return { status: 409, error: { code: 'conflict', message: `already exists: ${pg.detail ?? pg.constraint}`, fields: fieldOf(pg, 'already exists') } };
  if (pg?.code === '23514') return { status: 400, error: { code: 'validation_failed', message: `violates ${pg.constraint}` } };
  const fe = error as FastifyError;
  if (fe.statusCode && fe.statusCode < 500) {
    const code = fe.statusCode === 429 ? 'rate_limited' : fe.statusCode === 415 || fe.statusCode === 400 ? 'validation_failed' : 'bad_request';
    return { status: fe.statusCode, error: { code, message: fe.message } };
  }
  return { status: 500, error: { code: 'internal', message: 'internal error' } };
}

/** A foreign key that points nowhere: name the field from the constraint (customers_collector_id_users_id_fk). */
function referenceError(pg: PgError) {
  const fields = fieldOf(pg, 'refers to a record that does not exist');
  const field = Object.keys(fields)[0] ?? 'reference';
  return { status: 404, error: { code: 'not_found', message: `${field}: refers to a record that does not exist`, fields } };
}

function fieldOf(pg: PgError, reason: string): Record<string, string> {
  const detail = /Key \(([^)]+)\)/.exec(pg.detail ?? '')?.[1];
  const column = detail?.split(',').pop()?.trim() ?? pg.constraint ?? 'reference';
  const field = column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return { [field]: reason };
}

function pgErrorOf(error: unknown): PgError | undefined {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    const candidate = e as PgError & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^\d{5}$|^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    e = candidate.cause;
  }
  return undefined;
}
