import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema.ts';
import { startEmbedded } from './embedded/start-embedded.ts';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle has the same query API as the database; actions take either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  pool: pg.Pool;
  kind: 'embedded' | 'server';
  close(): Promise<void>;
};

export type DatabaseOptions = { databaseUrl?: string | undefined; dataDir: string; poolSize?: number };

/**
 * One set of type parsers for both modes: int8 -> bigint (money), date -> 'YYYY-MM-DD' string, numeric
 * -> string; timestamps stay instants. Set on pg's global registry because drizzle passes that registry
 * with every query (a pool-level `types` would be ignored by drizzle).
 */
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => BigInt(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => v);

/**
 * Opens the ledger: a real PostgreSQL server when `databaseUrl` is given, else the embedded PGlite in
 * `dataDir`. The embedded socket serves one session, so its pool has a single connection.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server cuts (a restart, pg_terminate_backend, a database dropped WITH (FORCE))
    // leaves the pool and the next query opens a new one; without a listener the error would end the process.
    pool.on('error', () => {});
    return { db: drizzle(pool, { schema }), pool, kind: 'server', close: () => pool.end() };
  }
  const embedded = await startEmbedded(options.dataDir);
  // The embedded database is one PostgreSQL session behind every connection the pool opens (one at a time):
  // what a closed connection prepared is still there under its name, which a new connection would prepare
  // again (pipeline.ts runPrepared). A new connection starts without them (pg-pool awaits onConnect before
  // handing the connection out).
  const pool = new pg.Pool({
    host: '127.0.0.1', port: embedded.port, user: 'postgres', database: 'postgres', max: 1,
    onConnect: async (client) => { await client.query('deallocate all'); },
  });
  return {
    db: drizzle(pool, { schema }),
    pool,
    kind: 'embedded',
    async close() {
      await pool.end();
      await embedded.stop();
    },
  };
}
