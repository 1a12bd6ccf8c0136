import { and, asc, desc, eq, gt, lt, or, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { DomainError } from '../domain/errors.ts';
import type { DbOrTx } from './db.ts';

/**
 * Cursor pagination over any sortable column with the id as tie-breaker: the cursor carries the last
 * row's sort value and id, so pages stay stable while rows are added (no OFFSET).
 */
export type ListParams = { limit: number; cursor?: string | undefined; sort?: string | undefined };
export type Page<T> = { items: T[]; nextCursor: string | null };

export type Sortable = Record<string, AnyColumn>;

export type ListPlan = { where: SQL | undefined; orderBy: SQL[]; limit: number; sortKey: string };

export function planList(params: ListParams, sortable: Sortable, idColumn: AnyColumn, defaultSort: string): ListPlan {
  const sort = params.sort ?? defaultSort;
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const column = sortable[key];
  if (!column) {
    const allowed = Object.keys(sortable).flatMap((k) => [k, `-${k}`]).join(', ');
    throw new DomainError('validation_failed', `sort: "${sort}" is not one of ${allowed}`, { sort: `one of ${allowed}` });
  }
  const order = descending ? desc : asc;
  let where: SQL | undefined;
  if (params.cursor) {
    const [value, id] = decodeCursor(params.cursor);
    const after = descending ? lt : gt;
    where = or(after(column, value), and(eq(column, value), after(idColumn, id)));
  }
  return { where, orderBy: [order(column), order(idColumn)], limit: params.limit + 1, sortKey: key };
}

/** Cuts the extra row fetched by planList and makes the cursor for the next page. */
export function toPage<T extends { id: string }>(rows: T[], plan: ListPlan, limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  if (rows.length <= limit || !last) return { items, nextCursor: null };
  const value = (last as Record<string, unknown>)[plan.sortKey];
  return { items, nextCursor: encodeCursor(value, last.id) };
}

export function encodeCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [unknown, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      const [v, id] = parsed as [unknown, string];
      return [typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v, id];
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('validation_failed', 'cursor: not a cursor returned by this API', { cursor: 'malformed' });
}

/** Lists any versioned table with filters, a whitelisted sort and a cursor. */
export async function listRows<T extends { id: string }>(
  db: DbOrTx, table: PgTable & { id: AnyColumn }, filters: (SQL | undefined)[], params: ListParams, sortable: Sortable, defaultSort: string,
): Promise<Page<T>> {
  const plan = planList(params, sortable, table.id, defaultSort);
  const rows = (await db.select().from(table as PgTable).where(and(...filters, plan.where)).orderBy(...plan.orderBy).limit(plan.limit)) as unknown as T[];
  return toPage(rows, plan, params.limit);
}
