/**
 * The one error type of the product. `code` is machine-readable, `message` names the field and the
 * reason, `fields` maps each bad field to its reason. The HTTP layer maps codes to statuses.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_amount'
  | 'invalid_currency'
  | 'invalid_date'
  | 'invalid_split'
  | 'currency_mismatch'
  | 'not_found'
  | 'conflict'
  | 'version_conflict'
  | 'idempotency_conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate_limited'
  | 'import_failed'
  | 'database_locked';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** Structured detail beyond fields, e.g. every bad row of an import. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(entity: string, id: string, field?: string): DomainError {
  const message = field ? `${field}: ${entity} ${id} does not exist` : `${entity} ${id} does not exist`;
  return new DomainError('not_found', message, field ? { [field]: `no ${entity} with id ${id}` } : undefined);
}
