import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../domain/errors.ts';
import { claimIdempotencyKey, finishIdempotencyKey, releaseIdempotencyKey } from '../actions/idempotency-keys.ts';
import type { AppDeps } from './context.ts';

/**
 * POST with an `Idempotency-Key`: the first request claims the key and its response is kept; a retry
 * with the same key and body gets the same response without doing the work twice; the same key with
 * another body is rejected (422); a retry while the first is still running gets 409.
 */
export function installIdempotency(app: FastifyInstance, deps: AppDeps) {
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.principal) return;
    if (key.length < 8 || key.length > 200) throw new DomainError('validation_failed', 'Idempotency-Key: must be 8 to 200 characters', { 'Idempotency-Key': 'length 8..200' });
    const principal = request.principal.userId;
    const requestHash = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
    const existing = await claimIdempotencyKey(deps.database.db, { key, principal, requestHash });
    if (!existing) {
      (request as { idempotency?: { key: string; principal: string } }).idempotency = { key, principal };
      return;
    }
    if (existing.requestHash !== requestHash) {
      throw new DomainError('idempotency_conflict', 'Idempotency-Key: already used for a different request');
    }
    if (existing.statusCode === 0) throw new DomainError('conflict', 'Idempotency-Key: the first request with this key is still running');
    reply.header('idempotent-replayed', 'true');
    return reply.status(existing.statusCode).send(existing.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = (request as { idempotency?: { key: string; principal: string } }).idempotency;
    if (!claim) return payload;
    if (reply.statusCode >= 400) await releaseIdempotencyKey(deps.database.db, claim);
    else await finishIdempotencyKey(deps.database.db, claim, reply.statusCode, JSON.parse(String(payload)) as unknown);
    return payload;
  });
}
