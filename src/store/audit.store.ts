import { auditLog } from './schema.ts';
import type { DbOrTx } from './db.ts';

export type AuditEntry = {
  actor: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | string;
  before: unknown;
  after: unknown;
  at: Date;
};

/** Every write leaves a row: who, when, what before and after. Called inside the write's transaction. */
export async function writeAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    ...entry,
    before: toJsonSafe(entry.before),
    after: toJsonSafe(entry.after),
  });
}

/** Secrets never reach the audit log, hashed or not: password hashes, token hashes, SMTP passwords. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'calendarTokenHash', 'tokenHash', 'secret']);

/** JSON columns cannot hold bigint: money goes in as decimal-free integer strings of minor units. */
function toJsonSafe(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => {
    if (SECRET_KEYS.has(k)) return v === null || v === undefined ? v : '[redacted]';
    return typeof v === 'bigint' ? v.toString() : v;
  }));
}
