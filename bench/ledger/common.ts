import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import pg from 'pg';
import { createCompany } from '../../src/actions/create-company.ts';
import type { Principal } from '../../src/domain/access.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { applyMigrations } from '../../src/store/migrate.ts';
import type { WriteContext } from '../../src/store/versioned.store.ts';

/** Shared by the ledger benchmarks: arguments, formatting, scratch databases, timing. */

export type Mode = 'server' | 'embedded';
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SCRATCH = fileURLToPath(new URL('../../.tmp/bench/', import.meta.url));
/** Where the scratch server databases are created: the local PostgreSQL unless BENCH_PG_URL says otherwise. */
export const SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const PRINCIPAL: Principal = { userId: 'bench', role: 'admin', name: 'bench', via: 'cli' };
export const context = (): WriteContext => ({ actor: 'cli:bench', at: new Date() });

/** `--name value` pairs; numbers may be written 1_000_000 or 1,000,000. */
export function parseArgs(argv: string[], known: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.replace(/^--/, '');
    if (!argv[i]!.startsWith('--') || !known.includes(name)) throw new Error(`unknown argument ${argv[i]} (known: ${known.map((k) => `--${k}`).join(' ')})`);
    const value = argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--') ? argv[++i]! : 'true';
    out.set(name, value);
  }
  return out;
}

export function numberArg(args: Map<string, string>, name: string, fallback: number): number {
  const raw = args.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: "${raw}" is not a positive whole number`);
  return n;
}

export function modesArg(args: Map<string, string>, fallback: 'server' | 'embedded' | 'both'): Mode[] {
  const mode = args.get('mode') ?? fallback;
  if (mode === 'both') return ['server', 'embedded'];
  if (mode === 'server' || mode === 'embedded') return [mode];
  throw new Error(`--mode: "${mode}" is not server, embedded or both`);
}

export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const millis = (ms: number) => (ms < 100 ? `${ms.toFixed(1)} ms` : `${int(ms)} ms`);
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * A million rows need a bigger heap than Node's default: when the limit is below `needMb`, run this
 * same script again in a child with --max-old-space-size (the same as setting
 * NODE_OPTIONS=--max-old-space-size=8192 yourself). Returns true when the child did the work.
 */
export function reExecWithHeap(needMb: number): boolean {
  const limitMb = getHeapStatistics().heap_size_limit / 2 ** 20;
  if (limitMb >= needMb * 0.9 || process.env.BENCH_REEXEC) return false;
  console.log(`(heap limit ${int(limitMb)} MB: re-running with --max-old-space-size=${needMb})`);
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${needMb}`, ...process.argv.slice(1)], {
    stdio: 'inherit', env: { ...process.env, BENCH_REEXEC: '1' },
  });
  process.exitCode = child.status ?? 1;
  return true;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const checkName = (name: string) => {
  if (!/^debitor_bench_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to touch database "${name}": bench databases are debitor_bench_*`);
  return name;
};

/** Drops and creates a scratch database on the server; returns its URL. */
export async function freshServerDatabase(name: string): Promise<string> {
  await admin(async (c) => {
    await c.query(`drop database if exists ${checkName(name)} with (force)`);
    await c.query(`create database ${name}`);
  });
  return `${SERVER}/${name}`;
}

export async function serverDatabaseExists(name: string): Promise<boolean> {
  return admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [checkName(name)])).rowCount === 1);
}

export async function dropServerDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`drop database if exists ${checkName(name)} with (force)`));
}

/** A fresh, empty folder under .tmp/bench/ for an embedded database. */
export function freshScratchDir(name: string): string {
  const dir = `${SCRATCH}${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function removeScratchDir(dir: string): void {
  if (!dir.startsWith(SCRATCH)) throw new Error(`refusing to remove ${dir}: not under ${SCRATCH}`);
  rmSync(dir, { recursive: true, force: true });
}

export async function benchCompany(database: Database): Promise<string> {
  const company = await createCompany(database.db, {
    legalName: 'Bench Seller GmbH', taxIds: {}, country: 'DE', defaultCurrency: 'EUR', defaultLanguage: 'en', bankAccounts: [],
  }, context());
  return company.id;
}

/** Rows in the tables the benchmarks look at. */
export async function tableCounts(database: Database): Promise<Record<string, number>> {
  const r = await database.pool.query(`select (select count(*) from customers)::int as customers, (select count(*) from invoices)::int as invoices,
    (select count(*) from credits)::int as credits, (select count(*) from allocations)::int as allocations`);
  return r.rows[0] as Record<string, number>;
}

export type ScratchLedger = { database: Database; companyId: string; close(keep?: boolean): Promise<void> };

/**
 * A fresh, migrated database with the bench company, after a checkpoint: on the server the database
 * debitor_bench_<name>, embedded the folder .tmp/bench/<name>-embedded. `close(keep)` drops it unless kept.
 */
export async function freshLedger(mode: Mode, name: string): Promise<ScratchLedger> {
  const serverDb = `debitor_bench_${name}`;
  const dir = mode === 'embedded' ? freshScratchDir(`${name}-embedded`) : '';
  const url = mode === 'server' ? await freshServerDatabase(serverDb) : undefined;
  const database = await openDatabase({ databaseUrl: url, dataDir: dir });
  const close = async (keep = false) => {
    await database.close();
    if (keep) console.log(mode === 'server' ? `kept database ${serverDb}` : `kept ${dir}`);
    else if (mode === 'server') await dropServerDatabase(serverDb);
    else removeScratchDir(dir);
  };
  try {
    await applyMigrations(database);
    const companyId = await benchCompany(database);
    await database.pool.query('checkpoint');
    return { database, companyId, close };
  } catch (error) {
    await close();
    throw error;
  }
}
