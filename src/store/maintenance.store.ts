import type { Database } from './db.ts';

/**
 * The embedded database is one standalone PostgreSQL backend (PGlite): there is no autovacuum. Without
 * a vacuum, the rows the daily run rewrites every day (ladders, review dates, tasks closed) pile up as
 * dead versions that every later read steps over, and the planner's statistics go stale. So after each
 * daily run the embedded database is vacuumed and analyzed, as autovacuum does on a server. Outside any
 * transaction; a few seconds for 100,000 invoices.
 */
export async function vacuumIfEmbedded(database: Pick<Database, 'kind' | 'pool'>): Promise<boolean> {
  if (database.kind !== 'embedded') return false; // a server's autovacuum looks after it
  await database.pool.query('vacuum (analyze)');
  return true;
}
