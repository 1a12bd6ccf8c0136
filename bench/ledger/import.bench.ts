/**
 * Import benchmark: the product's import (runImport: read/parse the CSV, validate, resolve, write
 * customers, invoices, payments and their allocations in one transaction) against a raw bulk load of
 * the same rows into a bare table, in the same run, on the same pool.
 *
 *   npm run bench:import                                  # server then embedded, default sizes
 *   npm run bench:import -- --mode server --invoices 1000000 --customers 100000
 *   npm run bench:import -- --mode embedded --invoices 100000 --customers 10000
 *   npm run bench:import -- --mode server --keep          # leave debitor_bench_import for bench:aging
 *
 * Defaults: server 1,000,000 invoices of 100,000 customers (database debitor_bench_import on
 * BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432); embedded 100,000 of 10,000 (PGlite in
 * .tmp/bench/import-embedded). A million rows need about 6 GB of heap: the script re-runs itself with
 * --max-old-space-size=8192 (the same as NODE_OPTIONS=--max-old-space-size=8192 npm run bench:import).
 *
 * Baseline ("raw bulk load"): the same CSV rows, already parsed into arrays of strings (parsing not
 * timed), inserted into a bare logged table of text columns with no indexes or constraints, with the
 * technique the product uses (INSERT ... SELECT FROM unnest($1::text[], ...), chunks of 5,000), in one
 * transaction through the same pool. Ratio = import rows/s / raw rows/s; the target is >= 0.33.
 */

import { runImport } from '../../src/actions/run-import.ts';
import { parseCsv } from '../../src/domain/import/csv.ts';
import { allAtOnce } from '../../src/domain/import/slices.ts';
import { context, freshLedger, int, modesArg, numberArg, parseArgs, reExecWithHeap, secs, tableCounts, timed, type Mode } from './common.ts';
import { CSV_COLUMNS, generateLedger } from './generate.ts';
import { RAW_CHUNK, rawBulkLoad } from './raw-load.ts';

const DEFAULTS: Record<Mode, { invoices: number; customers: number }> = {
  server: { invoices: 1_000_000, customers: 100_000 },
  embedded: { invoices: 100_000, customers: 10_000 },
};
const TARGET = 0.33;

type Outcome = { mode: Mode; invoices: number; customers: number; importMs: number; rawMs: number };

async function benchMode(mode: Mode, invoices: number, customers: number, keep: boolean): Promise<Outcome> {
  console.log(`\n== import (${mode}): ${int(invoices)} invoices of ${int(customers)} customers`);
  const gen = await timed(async () => generateLedger({ invoices, customers }));
  const { csv, mapping, paid } = gen.value;
  console.log(`generated ${(csv.length / 2 ** 20).toFixed(1)} MB of CSV, ${int(paid)} settled invoices (${((100 * paid) / invoices).toFixed(1)}%), in ${secs(gen.ms)} (not timed)`);

  const { database, companyId, close } = await freshLedger(mode, 'import');
  try {
    console.log('timing runImport (parse, validate, resolve, write; one transaction) ...');
    const run = await timed(() => runImport(database.db, { companyId, mapping, file: csv, fileName: 'bench.csv', dryRun: false }, context()));
    const { created } = run.value;
    if (created.invoices !== invoices || created.customers !== customers || created.payments !== paid) {
      throw new Error(`the import wrote ${JSON.stringify(created)}; expected ${invoices} invoices, ${customers} customers, ${paid} payments`);
    }
    console.log(`runImport: ${secs(run.ms)}; wrote ${JSON.stringify(await tableCounts(database))}`);

    // Settle the server before the baseline: vacuum/analyze now (untimed) so autovacuum does not run during it.
    await database.pool.query('vacuum analyze customers, invoices, credits, allocations, audit_log, imports');
    await database.pool.query('checkpoint');
    const rows = allAtOnce(parseCsv(csv.toString('utf8'), ',')).rows.map((r) => r.cells);
    console.log(`timing the raw bulk load of the same ${int(rows.length)} rows (parsed beforehand, not timed) ...`);
    const rawMs = await rawBulkLoad(database, rows);
    console.log(`raw bulk load: ${secs(rawMs)}`);
    return { mode, invoices, customers, importMs: run.ms, rawMs };
  } finally {
    await close(keep);
  }
}

function summary(o: Outcome): string {
  const importRate = o.invoices / (o.importMs / 1000);
  const rawRate = o.invoices / (o.rawMs / 1000);
  const ratio = importRate / rawRate;
  return `import (${o.mode}): ${int(o.invoices)} invoices of ${int(o.customers)} customers in ${secs(o.importMs)} = ${int(importRate)} rows/s; `
    + `raw bulk load ${int(rawRate)} rows/s (${secs(o.rawMs)}); ratio ${ratio.toFixed(2)} (target >= ${TARGET}) ${ratio >= TARGET ? 'MET' : 'NOT MET'}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['mode', 'invoices', 'customers', 'keep']);
  const modes = modesArg(args, 'both');
  const outcomes: Outcome[] = [];
  for (const mode of modes) {
    const invoices = numberArg(args, 'invoices', DEFAULTS[mode].invoices);
    const customers = numberArg(args, 'customers', DEFAULTS[mode].customers);
    outcomes.push(await benchMode(mode, invoices, customers, args.get('keep') === 'true'));
  }
  console.log('\n---- import benchmark', new Date().toISOString().slice(0, 10), '----');
  console.log('baseline "raw bulk load": the same CSV rows, pre-parsed to string arrays (not timed), INSERT ... SELECT FROM unnest($1::text[], ...) in chunks of');
  console.log(`${int(RAW_CHUNK)} into a bare logged table of ${CSV_COLUMNS.length} text columns (no indexes, no constraints), one transaction, same pool.`);
  for (const o of outcomes) console.log(summary(o));
}

if (!reExecWithHeap(8192)) await main();
