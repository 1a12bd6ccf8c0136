// Idempotency keys for POST requests, kept in the store; the HTTP layer calls these (see http/idempotency.ts).
export { claimIdempotencyKey, finishIdempotencyKey, releaseIdempotencyKey } from '../store/idempotency.store.ts';
