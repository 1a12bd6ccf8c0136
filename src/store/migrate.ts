import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './db.ts';

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
const MIGRATION_LOCK = 4_242_001; // advisory lock id

/**
 * Applies the generated, forward-only migrations that the database has not seen yet. On a shared
 * server several processes may start at once: an advisory lock makes them migrate one at a time. The
 * embedded database has one process (its folder is locked) and a one-connection pool.
 */
export async function applyMigrations(database: Database): Promise<void> {
  if (database.kind === 'embedded') {
    await migrate(database.db, { migrationsFolder: MIGRATIONS });
    return;
  }
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(database.db, { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
