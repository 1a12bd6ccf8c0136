import { and, eq, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { DomainError, notFound } from '../domain/errors.ts';
import { writeAudit } from './audit.store.ts';
import type { DbOrTx } from './db.ts';

/**
 * Audited writes for rows with an `id` and a `version`: every insert, update and delete writes an audit
 * row in the same transaction, and an update names the version it read, so that two people editing the
 * same record cannot silently overwrite each other (the second gets a version_conflict, HTTP 409).
 */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };
export type WriteContext = { actor: string; at: Date };
type Row = Record<string, unknown> & { id: string; version: number };

export async function insertAudited<R extends Row>(
  db: DbOrTx, table: VersionedTable, values: Record<string, unknown>, ctx: WriteContext,
): Promise<R> {
  const [row] = (await db.insert(table).values({ ...values, createdAt: ctx.at, updatedAt: ctx.at }).returning()) as R[];
  await writeAudit(db, { ...ctx, entity: getTableName(table), entityId: row!.id, action: 'create', before: null, after: row });
  return row!;
}

export async function findById<R extends Row>(db: DbOrTx, table: VersionedTable, id: string): Promise<R | undefined> {
  const [row] = (await db.select().from(table).where(eq(table.id, id)).limit(1)) as R[];
  return row;
}

export async function updateAudited<R extends Row>(
  db: DbOrTx, table: VersionedTable, id: string, expectedVersion: number, patch: Record<string, unknown>, ctx: WriteContext,
): Promise<R> {
  const entity = getTableName(table);
  const before = await findById<R>(db, table, id);
  if (!before) throw notFound(entity.replace(/s$/, ''), id);
  if (before.version !== expectedVersion) throw staleVersion(entity, id, expectedVersion, before.version);
  const [after] = (await db
    .update(table)
    .set({ ...patch, version: sql`${table.version} + 1`, updatedAt: ctx.at })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as R[];
  if (!after) throw staleVersion(entity, id, expectedVersion, expectedVersion + 1); // lost a race just now
  await writeAudit(db, { ...ctx, entity, entityId: id, action: 'update', before, after });
  return after;
}

export async function deleteAudited(db: DbOrTx, table: VersionedTable, id: string, expectedVersion: number, ctx: WriteContext): Promise<void> {
  const entity = getTableName(table);
  const before = await findById<Row>(db, table, id);
  if (!before) throw notFound(entity.replace(/s$/, ''), id);
  if (before.version !== expectedVersion) throw staleVersion(entity, id, expectedVersion, before.version);
  await db.delete(table).where(and(eq(table.id, id), eq(table.version, expectedVersion)));
  await writeAudit(db, { ...ctx, entity, entityId: id, action: 'delete', before, after: null });
}

function staleVersion(entity: string, id: string, expected: number, actual: number): DomainError {
  return new DomainError(
    'version_conflict',
    `version: ${entity} ${id} was changed by someone else (you sent version ${expected}, it is now ${actual}); reload and retry`,
    { version: `expected ${actual}` },
  );
}
