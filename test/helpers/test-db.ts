import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { applyMigrations } from '../../src/store/migrate.ts';

/**
 * Every test file gets a fresh, migrated database of its own: on the embedded database a copy of a
 * migrated PGlite folder, on a server (DATABASE_URL set) a new database made from a migrated template.
 * The same suite runs on both.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TMP = join(ROOT, '.tmp', 'test-db');
export const serverUrl = process.env.DATABASE_URL;

function migrationsHash(): string {
  const dir = join(ROOT, 'src/store/migrations');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.sql')) h.update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

const templateDir = () => join(TMP, `template-${migrationsHash()}`);
const TEMPLATE_DB = 'debitor_test_template';

function adminUrl(url: string, database = 'postgres'): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(serverUrl!) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function prepareTemplate(): Promise<void> {
  if (serverUrl) {
    await onServer(async (c) => {
      await c.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
      await c.query(`create database ${TEMPLATE_DB}`);
    });
    const db = await openDatabase({ databaseUrl: adminUrl(serverUrl, TEMPLATE_DB), dataDir: '' });
    await applyMigrations(db);
    await db.close();
    return;
  }
  if (existsSync(join(templateDir(), 'PG_VERSION'))) return;
  // Built aside and renamed into place, so two test runs at once never see a half-made template.
  const building = `${templateDir()}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const db = await openDatabase({ dataDir: building });
  await applyMigrations(db);
  await db.close();
  rmSync(join(building, 'debitor.lock'), { force: true });
  try {
    renameSync(building, templateDir());
  } catch {
    rmSync(building, { recursive: true, force: true }); // another run finished first
  }
}

export type TestDatabase = Database & {
  url: string | undefined;
  dataDir: string | undefined;
  /** The environment that points a child process (the CLI, a server) at this database. */
  env: Record<string, string>;
  /** Closes this process's connections, keeping the database for a child process; close() still removes it. */
  release(): Promise<void>;
};

/** A fresh database for one test file. Close it in afterAll. */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = `debitor_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  if (serverUrl) {
    await onServer((c) => c.query(`create database ${name} template ${TEMPLATE_DB}`));
    const url = adminUrl(serverUrl, name);
    const db = await openDatabase({ databaseUrl: url, dataDir: '' });
    let open = true;
    return {
      ...db, url, dataDir: undefined, env: { DATABASE_URL: url },
      async release() { if (open) { open = false; await db.close(); } },
      async close() {
        if (open) { open = false; await db.close(); }
        await onServer((c) => c.query(`drop database if exists ${name} with (force)`));
      },
    };
  }
  const dataDir = join(TMP, name);
  mkdirSync(TMP, { recursive: true });
  cpSync(templateDir(), dataDir, { recursive: true });
  rmSync(join(dataDir, 'debitor.lock'), { force: true });
  const db = await openDatabase({ dataDir });
  let open = true;
  return {
    ...db, url: undefined, dataDir, env: { DEBITOR_DATA_DIR: dataDir },
    async release() { if (open) { open = false; await db.close(); } },
    async close() {
      if (open) { open = false; await db.close(); }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
