import type { FastifyInstance } from 'fastify';
import { ensureFirstAdmin } from './actions/ensure-first-admin.ts';
import type { Config } from './config.ts';
import { buildApp } from './http/app.ts';
import { startScheduler } from './jobs/daily-run.job.ts';
import { openDatabase, type Database } from './store/db.ts';
import { applyMigrations } from './store/migrate.ts';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The composition root: the database (embedded or server), migrations, the first admin, the HTTP app. */
export async function openLedger(config: Config): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await applyMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export type Running = { app: FastifyInstance; database: Database; url: string; stop(): Promise<void> };

export async function startServer(config: Config, clock: Clock = systemClock, log: (line: string) => void = console.log): Promise<Running> {
  const database = await openLedger(config);
  const admin = await ensureFirstAdmin(database.db, clock());
  if (admin?.oneTimePassword) {
    log(`A new database: created the admin user ${admin.user.email} with the one-time password ${admin.oneTimePassword}`);
  }
  const app = await buildApp({ database, config, clock });
  const scheduler = config.scheduler.enabled ? await startScheduler(database, clock, { ...config.scheduler, dataDir: config.dataDir }, log) : undefined;
  const address = await app.listen({ port: config.port, host: config.host });
  log(`Debitor is listening on ${address.replace('0.0.0.0', 'localhost')} (${database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'}); API docs at /api/docs` +
    (scheduler ? `; the daily run at ${config.scheduler.runAt} ${config.scheduler.timeZone}` : ''));
  return {
    app, database, url: address,
    async stop() {
      await app.close();
      await scheduler?.stop();
      await database.close();
    },
  };
}
