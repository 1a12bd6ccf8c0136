/**
 * Aging benchmark: the product's aging report (reportAging -> src/store/aging.store.ts) over a million
 * invoices, against the bare `select customer_id, sum(amount) from invoices group by customer_id` on
 * the same table, both through the same pool and fetched in full by the client.
 *
 *   npm run bench:aging                                   # server, 1,000,000 invoices of 100,000 customers
 *   npm run bench:aging -- --mode embedded                # PGlite, same sizes
 *   npm run bench:aging -- --mode both --invoices 100000 --customers 10000
 *   npm run bench:aging -- --fresh                        # ignore debitor_bench_import, load generated data
 *
 * Data: on the server, the import benchmark's database (debitor_bench_import, left by
 * `npm run bench:import -- --mode server --keep`) when it holds exactly --invoices invoices; otherwise a
 * fresh debitor_bench_aging (embedded: .tmp/bench/aging-embedded) loaded with set-based SQL
 * (generate_series; FK triggers off for the load only, the data is consistent by construction): the
 * customers, invoices in 2024-2025, and a full payment + allocation for ~70% of the invoices.
 * Timing: 1 warm-up, then 5 runs of each, interleaved (report, bare, report, ...); the median is quoted.
 */
import { reportAging } from '../../src/actions/report-aging.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { applyMigrations } from '../../src/store/migrate.ts';
import {
  benchCompany, dropServerDatabase, freshScratchDir, freshServerDatabase, int, median, millis, modesArg, numberArg, parseArgs,
  PRINCIPAL, removeScratchDir, secs, serverDatabaseExists, SERVER, tableCounts, timed, type Mode,
} from './common.ts';

const AS_OF = '2025-12-31';
const RUNS = 5;
const TARGET = 2;
const IMPORT_DB = 'debitor_bench_import';
const AGING_DB = 'debitor_bench_aging';
const BARE = 'select customer_id, sum(amount) from invoices group by customer_id';

type Outcome = { mode: Mode; invoices: number; customers: number; reportMs: number; bareMs: number; reportRows: number; bareRows: number };
type Setup = { database: Database; companyId: string; cleanup: () => Promise<void> };

/** Customers, invoices, payments and allocations with generate_series: deterministic (hashint4), no random(). */
type Params = { companyId: string; invoices: number; customers: number };
const LOAD: [string, (p: Params) => unknown[]][] = [
  [`insert into customers (company_id, external_id, legal_name, country, time_zone, language, created_at, updated_at)
   select $1::uuid, 'C' || lpad(g::text, 8, '0'),
     (array['Nord','Baltic','Alpen','Danube','Rhein','Adria','Balkan','Orion'])[1 + abs(hashint4(g)) % 8] || ' '
       || (array['Foods','Logistics','Trading','Steel','Pharma','Textiles'])[1 + abs(hashint4(g + 1)) % 6] || ' ' || g || ' GmbH',
     'DE', 'UTC', 'en', now(), now()
   from generate_series(1, $2::int) g`, (p) => [p.companyId, p.customers]],
  [`insert into invoices (company_id, customer_id, number, issue_date, due_date, amount, currency, created_at, updated_at)
   with c as (
     select id, row_number() over (order by external_id) as n from customers where company_id = $1::uuid
   ), terms as (
     select id, n, (array[14,30,30,30,45,60,90])[1 + abs(hashint4(n::int + 11)) % 7] as days,
       case when abs(hashint4(n::int + 7)) % 100 < 85 then 'EUR' when abs(hashint4(n::int + 7)) % 100 < 95 then 'USD' else 'GBP' end as currency
     from c
   ), inv as (
     select g, date '2024-01-01' + ((g - 1)::bigint * 731 / $2::int)::int as issue,
       case when g <= $3::int then g else 1 + abs(hashint4(g)) % $3::int end as n
     from generate_series(1, $2::int) g
   )
   select $1::uuid, t.id, 'INV-' || lpad(inv.g::text, 7, '0'), inv.issue, inv.issue + t.days,
     1500 + abs(hashint4(inv.g * 3 + 1)) % 4998500, t.currency, now(), now()
   from inv join terms t on t.n = inv.n`, (p) => [p.companyId, p.invoices, p.customers]],
  [`insert into credits (company_id, customer_id, kind, date, amount, currency, reference, external_id, created_at, updated_at)
   select company_id, customer_id, 'payment', least(issue_date + abs(hashtext(number)) % 75, date '2025-12-31'), amount, currency,
     'settlement of invoice ' || number, 'settlement-' || number, now(), now()
   from invoices where company_id = $1::uuid and abs(hashtext(number || '/paid')) % 100 < 70`, (p) => [p.companyId]],
  [`insert into allocations (credit_id, invoice_id, amount, date)
   select c.id, i.id, i.amount, c.date from credits c join invoices i on i.company_id = c.company_id and i.number = substr(c.external_id, 12)
   where c.company_id = $1::uuid and c.kind = 'payment'`, (p) => [p.companyId]],
  // invoices.paid_total follows the allocations, as the product keeps it
  [`update invoices i set paid_total = a.total from (select invoice_id, sum(amount) as total from allocations group by invoice_id) a
   where i.id = a.invoice_id and i.company_id = $1::uuid`, (p) => [p.companyId]],
];

async function load(database: Database, invoices: number, customers: number): Promise<string> {
  await applyMigrations(database);
  const companyId = await benchCompany(database);
  const client = await database.pool.connect();
  try {
    await client.query('set session_replication_role = replica'); // skip FK triggers for this load only
    for (const [statement, params] of LOAD) {
      const step = await timed(() => client.query(statement, params({ companyId, invoices, customers })));
      await client.query('analyze'); // fresh statistics, or the next statement's join plan is a guess
      console.log(`  ${statement.trim().split('\n')[0]!.slice(0, 32)} ... ${int(step.value.rowCount ?? 0)} rows in ${secs(step.ms)}`);
    }
    await client.query('set session_replication_role = origin');
  } finally {
    client.release();
  }
  await database.pool.query('vacuum analyze customers, invoices, credits, allocations');
  return companyId;
}

async function setUp(mode: Mode, invoices: number, customers: number, keep: boolean, fresh: boolean): Promise<Setup> {
  if (mode === 'server' && !fresh && await serverDatabaseExists(IMPORT_DB)) {
    const database = await openDatabase({ databaseUrl: `${SERVER}/${IMPORT_DB}`, dataDir: '' });
    const counts = await tableCounts(database);
    if (counts.invoices === invoices) {
      const { rows: [company] } = await database.pool.query<{ id: string }>('select company_id as id from invoices limit 1');
      console.log(`using the import benchmark's database ${IMPORT_DB}: ${JSON.stringify(counts)} (left in place)`);
      await database.pool.query('vacuum analyze customers, invoices, credits, allocations');
      return { database, companyId: company!.id, cleanup: () => database.close() };
    }
    await database.close();
  }
  const dir = mode === 'embedded' ? freshScratchDir('aging-embedded') : '';
  const url = mode === 'server' ? await freshServerDatabase(AGING_DB) : undefined;
  const database = await openDatabase({ databaseUrl: url, dataDir: dir });
  const cleanup = async () => {
    await database.close();
    if (keep) console.log(mode === 'server' ? `kept database ${AGING_DB}` : `kept ${dir}`);
    else if (mode === 'server') await dropServerDatabase(AGING_DB);
    else removeScratchDir(dir);
  };
  try {
    console.log(`loading ${int(invoices)} invoices of ${int(customers)} customers with generate_series (not timed) ...`);
    const loaded = await timed(() => load(database, invoices, customers));
    console.log(`loaded in ${secs(loaded.ms)}: ${JSON.stringify(await tableCounts(database))}`);
    return { database, companyId: loaded.value, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function benchMode(mode: Mode, invoices: number, customers: number, keep: boolean, fresh: boolean): Promise<Outcome> {
  console.log(`\n== aging (${mode}): ${int(invoices)} invoices of ${int(customers)} customers, as of ${AS_OF}`);
  const { database, companyId, cleanup } = await setUp(mode, invoices, customers, keep, fresh);
  try {
    const report = () => reportAging(database.db, PRINCIPAL, AS_OF, companyId);
    const bare = () => database.pool.query(BARE);
    const warm = [await timed(report), await timed(bare)];
    console.log(`warm-up: report ${millis(warm[0]!.ms)}, bare GROUP BY ${millis(warm[1]!.ms)}`);
    const reportMs: number[] = [];
    const bareMs: number[] = [];
    let reportRows = 0;
    let bareRows = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await timed(report);
      const b = await timed(bare);
      reportMs.push(r.ms);
      bareMs.push(b.ms);
      reportRows = r.value.rows.length;
      bareRows = b.value.rows.length;
    }
    console.log(`reportAging   runs: ${reportMs.map(millis).join(', ')} (${int(reportRows)} rows)`);
    console.log(`bare GROUP BY runs: ${bareMs.map(millis).join(', ')} (${int(bareRows)} rows)`);
    return { mode, invoices, customers, reportMs: median(reportMs), bareMs: median(bareMs), reportRows, bareRows };
  } finally {
    await cleanup();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['mode', 'invoices', 'customers', 'keep', 'fresh']);
  const invoices = numberArg(args, 'invoices', 1_000_000);
  const customers = numberArg(args, 'customers', 100_000);
  if (customers > invoices) throw new Error('--customers must not exceed --invoices');
  const outcomes: Outcome[] = [];
  for (const mode of modesArg(args, 'server')) {
    outcomes.push(await benchMode(mode, invoices, customers, args.get('keep') === 'true', args.get('fresh') === 'true'));
  }
  console.log('\n---- aging benchmark', new Date().toISOString().slice(0, 10), `(median of ${RUNS} runs after 1 warm-up, rows fetched by the client) ----`);
  console.log(`baseline "bare GROUP BY": ${BARE}`);
  for (const o of outcomes) {
    const ratio = o.reportMs / o.bareMs;
    console.log(`aging (${o.mode}): ${int(o.invoices)} invoices of ${int(o.customers)} customers: reportAging ${millis(o.reportMs)} (${int(o.reportRows)} rows); `
      + `bare GROUP BY ${millis(o.bareMs)} (${int(o.bareRows)} rows); ratio ${ratio.toFixed(2)}x (target <= ${TARGET}x) ${ratio <= TARGET ? 'MET' : 'NOT MET'}`);
  }
}

await main();
