/**
 * Where the import's time goes: the steps of importLedger (src/actions/import-ledger.ts), called one by
 * one with the product's own functions and a stopwatch around each, in one transaction on a fresh
 * database, like runImport. The private helpers of import-ledger.ts (lookUpExisting, customerDetails,
 * customerIds) are mirrored here; keep them in step if the product changes.
 *
 *   npx tsx bench/ledger/import-phases.ts --mode server --invoices 100000 --customers 10000
 *   npx tsx bench/ledger/import-phases.ts --mode embedded --invoices 20000 --customers 2000
 *
 * For a CPU profile of the whole import instead: BENCH_REEXEC=1 node --max-old-space-size=8192
 * --cpu-prof --cpu-prof-dir=.tmp/bench/prof --import tsx bench/ledger/import.bench.ts --mode server
 */
import { sql } from 'drizzle-orm';
import { readTable } from '../../src/actions/read-table.ts';
import { buildBatch, type Batch } from '../../src/domain/import/build-batch.ts';
import { Mapping } from '../../src/domain/import/mapping.ts';
import { resolveBatch, type Existing } from '../../src/domain/import/resolve-batch.ts';
import type { PaymentTerms } from '../../src/domain/payment-terms.ts';
import { openDatabase, type DbOrTx } from '../../src/store/db.ts';
import { existingKeys, insertCustomers, insertInvoices, insertPayments, invoiceBalances } from '../../src/store/import.store.ts';
import { applyMigrations } from '../../src/store/migrate.ts';
import {
  benchCompany, context, dropServerDatabase, freshScratchDir, freshServerDatabase, int, modesArg, numberArg, parseArgs,
  reExecWithHeap, removeScratchDir, secs,
} from './common.ts';
import { generateLedger } from './generate.ts';

const SERVER_DB = 'debitor_bench_phases';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['mode', 'invoices', 'customers']);
  const [mode] = modesArg(args, 'server');
  const invoices = numberArg(args, 'invoices', 100_000);
  const customers = numberArg(args, 'customers', Math.max(1, Math.round(invoices / 10)));
  const { csv, mapping: rawMapping } = generateLedger({ invoices, customers });
  const dir = mode === 'embedded' ? freshScratchDir('phases-embedded') : '';
  const url = mode === 'server' ? await freshServerDatabase(SERVER_DB) : undefined;
  const database = await openDatabase({ databaseUrl: url, dataDir: dir });
  const phases: [string, number][] = [];
  const step = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await work();
    phases.push([name, performance.now() - start]);
    return value;
  };
  try {
    await applyMigrations(database);
    const companyId = await benchCompany(database);
    const ctx = context();
    const total = performance.now();
    await database.db.transaction(async (tx) => {
      const mapping = await step('parse mapping (zod)', () => Mapping.parse(rawMapping));
      const table = await step('readTable (decode + csv-parse + row objects)', () => readTable(csv, mapping));
      const { batch } = await step('buildBatch (validate, convert)', () => buildBatch(mapping, table.headers, table.rows));
      const existing = await step('lookUpExisting (4 lookups)', () => lookUpExisting(tx, companyId, batch));
      const { resolved } = await step('resolveBatch', () => resolveBatch(batch, existing));
      await step('insertCustomers', () => insertCustomers(tx, companyId, ctx.at, resolved.newCustomers));
      const keys = [...new Set([...resolved.invoices, ...resolved.payments, ...resolved.contacts].map((r) => r.customer))];
      const ids = await step('customerIds (look up new ids)', () => existingKeys(tx, 'customers', companyId, keys));
      await step('insertInvoices', () => insertInvoices(tx, companyId, ctx.at, resolved.invoices.map((i) => ({ ...i, customerId: ids.get(i.customer)! }))));
      await step('insertPayments (credits + allocations)', () => insertPayments(tx, companyId, ctx.at,
        resolved.payments.map((p) => ({ ...p, customerId: ids.get(p.customer)!, invoiceNumber: p.invoice }))));
    });
    phases.push(['commit and the rest', performance.now() - total - phases.reduce((s, [, ms]) => s + ms, 0)]);
    const all = performance.now() - total;
    console.log(`\nimport phases (${mode}): ${int(invoices)} invoices of ${int(customers)} customers in ${secs(all)} = ${int(invoices / (all / 1000))} rows/s`);
    for (const [name, ms] of phases) {
      console.log(`  ${name.padEnd(44)} ${secs(ms).padStart(9)}  ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${((1000 * ms) / invoices).toFixed(1).padStart(7)} µs/row`);
    }
  } finally {
    await database.close();
    if (mode === 'server') await dropServerDatabase(SERVER_DB);
    else removeScratchDir(dir);
  }
}

/** Mirrors lookUpExisting in src/actions/import-ledger.ts. */
async function lookUpExisting(db: DbOrTx, companyId: string, batch: Batch): Promise<Existing> {
  const customerKeys = [...new Set([...batch.customers.map((c) => c.externalId), ...batch.invoices.map((i) => i.customer), ...batch.payments.map((p) => p.customer), ...batch.contacts.map((c) => c.customer)])];
  const customerIdsByKey = await existingKeys(db, 'customers', companyId, customerKeys);
  const ids = [...customerIdsByKey.values()];
  const details = new Map<string, { country: string; terms: PaymentTerms | null }>();
  if (ids.length > 0) {
    const result = await db.execute(sql`select id, country, default_terms as terms from customers where id = any(${sql.param(ids)}::uuid[])`);
    for (const r of result.rows as { id: string; country: string; terms: PaymentTerms | null }[]) details.set(r.id, r);
  }
  const customers: Existing['customers'] = new Map();
  for (const [key, id] of customerIdsByKey) customers.set(key, { id, ...(details.get(id) ?? { country: 'ZZ', terms: null }) });
  const invoiceNumbers = [...new Set([...batch.invoices.map((i) => i.number), ...batch.payments.flatMap((p) => (p.invoice ? [p.invoice] : [])), ...batch.disputes.map((d) => d.invoice)])];
  const invoices = await invoiceBalances(db, companyId, invoiceNumbers);
  const payments = new Set((await existingKeys(db, 'credits', companyId, batch.payments.map((p) => p.externalId))).keys());
  return { customers, invoices, payments };
}

if (!reExecWithHeap(8192)) await main();
