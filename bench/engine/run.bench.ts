/**
 * The daily run (plan + apply) over many open invoices, against a bare set-based scan of the same
 * invoices in the same run (GROUP BY customer with min due date and sum). Target: at most 10x.
 *
 *   npm run bench:engine -- [--mode server|embedded] [--invoices 1000000] [--customers 100000]
 *
 * Defaults: server 1,000,000 invoices of 100,000 customers; embedded 100,000 of 10,000. Prints the wall
 * time of the first run (every invoice evaluated, the ladder states written), of the next day's run,
 * the bare scan, the ratios, and the peak heap, sampled every 50 ms (it must not grow with the invoices:
 * the run pages through customers).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { runCollection } from '../../src/actions/run-collection.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { applyMigrations } from '../../src/store/migrate.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const mode = (args.get('mode') ?? 'server') as 'server' | 'embedded';
const invoices = Number((args.get('invoices') ?? (mode === 'server' ? '1000000' : '100000')).replace(/[_,]/g, ''));
const customers = Number((args.get('customers') ?? String(invoices / 10)).replace(/[_,]/g, ''));
const AS_OF = '2025-12-11';
const SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const DB_NAME = 'debitor_bench_engine';

async function open(): Promise<{ database: Database; dispose(): Promise<void> }> {
  if (mode === 'server') {
    const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
    await admin.connect();
    await admin.query(`drop database if exists ${DB_NAME} with (force)`);
    await admin.query(`create database ${DB_NAME}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: `${SERVER}/${DB_NAME}`, dataDir: '' });
    return { database, async dispose() {
      await database.close();
      const a = new pg.Client({ connectionString: `${SERVER}/postgres` });
      await a.connect();
      await a.query(`drop database if exists ${DB_NAME} with (force)`);
      await a.end();
    } };
  }
  const dir = join(process.cwd(), '.tmp/bench/engine-embedded');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir });
  return { database, async dispose() { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Set-based load: customers across several time zones; invoices due from 90 days before to 10 after the run date. */
async function load(db: pg.Pool) {
  await db.query(`insert into companies (legal_name, country, default_currency, default_language) values ('Bench', 'RU', 'RUB', 'ru')`);
  await db.query(`insert into customers (company_id, external_id, legal_name, country, time_zone, language, risk_class)
    select (select id from companies), 'C-' || g, 'Customer ' || g, 'RU',
      (array['Europe/Moscow','Asia/Yekaterinburg','Asia/Novosibirsk','Asia/Vladivostok'])[1 + g % 4], 'ru', (array['A','B','C'])[1 + g % 3]
    from generate_series(1, ${customers}) g`);
  await db.query(`insert into invoices (company_id, customer_id, number, issue_date, due_date, amount, currency)
    select c.company_id, c.id, 'INV-' || g, date '${AS_OF}' - 120 + (g % 100), date '${AS_OF}' - 90 + (g % 100), 10000 + (g * 7919) % 5000000, 'RUB'
    from generate_series(1, ${invoices}) g
    join (select id, company_id, row_number() over (order by id) as rn from customers) c on c.rn = 1 + g % ${customers}`);
  await db.query('analyze');
}

async function bareScan(db: pg.Pool): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    await db.query('select customer_id, min(due_date), sum(amount) from invoices group by customer_id');
    if (i > 0) times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1]!;
}

async function main() {
  const { database, dispose } = await open();
  try {
    await applyMigrations(database);
    const t0 = performance.now();
    await load(database.pool);
    console.log(`loaded ${invoices.toLocaleString('en-US')} invoices of ${customers.toLocaleString('en-US')} customers in ${((performance.now() - t0) / 1000).toFixed(1)} s (${mode})`);
    let peak = 0;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 50);
    const first = performance.now();
    const r1 = await runCollection(database.db, AS_OF, { dryRun: false, now: () => new Date(), keepActions: false });
    const firstMs = performance.now() - first;
    const second = performance.now();
    const r2 = await runCollection(database.db, '2025-12-12', { dryRun: false, now: () => new Date(), keepActions: false });
    const secondMs = performance.now() - second;
    clearInterval(sampler);
    const scanMs = await bareScan(database.pool);
    console.log(`first run ${AS_OF}: ${(firstMs / 1000).toFixed(1)} s, ${r1.customers} customers, ${JSON.stringify(r1.counts)}`);
    console.log(`next day: ${(secondMs / 1000).toFixed(1)} s, ${JSON.stringify(r2.counts)}`);
    console.log(`bare scan (GROUP BY customer, min due date, sum): ${scanMs.toFixed(0)} ms; peak heap during the runs ${(peak / 2 ** 20).toFixed(0)} MiB`);
    console.log(`engine (${mode}): ${invoices.toLocaleString('en-US')} open invoices: daily run ${(secondMs / 1000).toFixed(1)} s = ${(secondMs / scanMs).toFixed(1)}x the bare scan; first run ${(firstMs / scanMs).toFixed(1)}x (target <= 10x)`);
  } finally {
    await dispose();
  }
}

await main();
