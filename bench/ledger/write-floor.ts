/**
 * What PostgreSQL alone needs to write an import's rows into the ledger's tables, against the raw bulk
 * load of the import benchmark: the floor under any import, whatever the application does.
 *
 * The raw rows are loaded (and timed) exactly as import.bench.ts does; then, in the database, each
 * variant copies them into customers, invoices, credits and allocations with INSERT … SELECT (no
 * client, no parsing in JavaScript, ids ready in file order), in a transaction that is rolled back:
 *   1. as the product writes: every index maintained, foreign keys checked row by row;
 *   2. foreign-key triggers off (session_replication_role = replica, superuser only);
 *   3. triggers off, and the secondary and unique indexes dropped before and built after (sorted).
 * Ratio = raw time / variant time: the highest import/raw ratio each way of writing would allow.
 *
 *   npx tsx bench/ledger/write-floor.ts --mode server --invoices 1000000 --customers 100000
 */
import { parseCsv } from '../../src/domain/import/csv.ts';
import { allAtOnce } from '../../src/domain/import/slices.ts';
import type { Database } from '../../src/store/db.ts';
import { freshLedger, int, modesArg, numberArg, parseArgs, reExecWithHeap, secs, timed } from './common.ts';
import { generateLedger } from './generate.ts';
import { rawBulkLoad } from './raw-load.ts';

/** The ledger tables' secondary and unique indexes, as the migrations made them (variant 3 drops and rebuilds them). */
async function secondaryIndexes(database: Database): Promise<{ name: string; definition: string }[]> {
  const result = await database.pool.query<{ name: string; definition: string }>(`select indexname as name, indexdef as definition from pg_indexes
    where schemaname = 'public' and tablename in ('invoices', 'credits', 'allocations') and indexname not like '%_pkey' order by indexname`);
  return result.rows;
}

/** The raw rows with their line, ids in file order (uuid-shaped, sequential) and typed values. Not timed. */
async function prepareRows(database: Database): Promise<void> {
  const uuid = (prefix: string, n: string) => `('${prefix}-0000-7000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
  await database.pool.query(`drop table if exists bench_floor_rows, bench_floor_customers;
    create table bench_floor_rows as select line, customer_id, customer_name, country, vat_id, ${uuid('018f0000', 'line')} as invoice_id,
      case when settled_on <> '' then ${uuid('018f0001', 'line')} end as credit_id, invoice_number,
      to_date(issue_date, 'DD.MM.YYYY') as issue_date, to_date(due_date, 'DD.MM.YYYY') as due_date,
      replace(amount, '.', '')::bigint as amount, currency, case when settled_on <> '' then to_date(settled_on, 'DD.MM.YYYY') end as settled_on
      from (select row_number() over () as line, * from bench_raw_rows) r;
    create table bench_floor_customers as select ${uuid('018e0000', 'row_number() over (order by line)')} as id, external_id, legal_name, country, tax_id, line
      from (select customer_id as external_id, min(line) as line, min(customer_name) as legal_name, min(country) as country, min(vat_id) as tax_id
        from bench_floor_rows group by customer_id) c;
    analyze bench_floor_rows; analyze bench_floor_customers`);
}

async function writeLedger(database: Database, companyId: string, variant: 1 | 2 | 3): Promise<number> {
  const indexes = variant === 3 ? await secondaryIndexes(database) : [];
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    if (variant >= 2) await client.query('set local session_replication_role = replica');
    if (indexes.length > 0) await client.query(`drop index ${indexes.map((i) => i.name).join(', ')}`);
    const { ms } = await timed(async () => {
      await client.query(`insert into customers (id, company_id, external_id, legal_name, country, tax_id, time_zone, language, created_at, updated_at)
        select id, $1, external_id, legal_name, country, tax_id, 'UTC', 'en', now(), now() from bench_floor_customers order by line`, [companyId]);
      await client.query(`insert into invoices (id, company_id, customer_id, number, issue_date, due_date, amount, currency, paid_total, created_at, updated_at)
        select r.invoice_id, $1, c.id, r.invoice_number, r.issue_date, r.due_date, r.amount, r.currency, case when r.credit_id is null then 0 else r.amount end, now(), now()
        from bench_floor_rows r join bench_floor_customers c on c.external_id = r.customer_id order by r.line`, [companyId]);
      await client.query(`insert into credits (id, company_id, customer_id, kind, date, amount, currency, reference, external_id, created_at, updated_at)
        select r.credit_id, $1, c.id, 'payment', r.settled_on, r.amount, r.currency, 'settlement of invoice ' || r.invoice_number, 'settlement-' || r.invoice_number, now(), now()
        from bench_floor_rows r join bench_floor_customers c on c.external_id = r.customer_id where r.credit_id is not null order by r.line`, [companyId]);
      await client.query(`insert into allocations (id, credit_id, invoice_id, amount, date)
        select r.credit_id, r.credit_id, r.invoice_id, r.amount, r.settled_on from bench_floor_rows r where r.credit_id is not null order by r.line`);
      for (const index of indexes) await client.query(index.definition);
    });
    await client.query('rollback');
    await client.query('vacuum customers, invoices, credits, allocations');
    return ms;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['mode', 'invoices', 'customers']);
  const mode = modesArg(args, 'server')[0]!;
  const invoices = numberArg(args, 'invoices', 1_000_000);
  const customers = numberArg(args, 'customers', Math.max(1, Math.round(invoices / 10)));
  const { csv } = generateLedger({ invoices, customers });
  const rows = allAtOnce(parseCsv(csv.toString('utf8'), ',')).rows.map((r) => r.cells);
  const { database, companyId, close } = await freshLedger(mode, 'floor');
  try {
    const rawMs = await rawBulkLoad(database, rows);
    await prepareRows(database);
    await database.pool.query('checkpoint');
    console.log(`\nwrite floor (${mode}): ${int(invoices)} invoices of ${int(customers)} customers; raw bulk load ${secs(rawMs)} (${((1000 * rawMs) / invoices).toFixed(1)} µs/row)`);
    const names = { 1: 'as the product writes (indexes, foreign keys row by row)', 2: 'foreign-key triggers off', 3: 'triggers off, indexes built after the load' } as const;
    for (const variant of [1, 2, 3] as const) {
      const ms = await writeLedger(database, companyId, variant);
      console.log(`  ${names[variant].padEnd(58)} ${secs(ms).padStart(8)}  ${((1000 * ms) / invoices).toFixed(1).padStart(6)} µs/row  raw/this = ${(rawMs / ms).toFixed(2)}`);
    }
  } finally {
    await close();
  }
}

if (!reExecWithHeap(8192)) await main();
