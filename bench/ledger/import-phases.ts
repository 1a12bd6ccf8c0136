/**
 * Where the import's time goes: importLedger (src/actions/import-ledger.ts) in one transaction on a
 * fresh database, like runImport, with a stopwatch passed as its step runner, so every named step of the
 * product is timed as it runs.
 *
 *   npx tsx bench/ledger/import-phases.ts --mode server --invoices 100000 --customers 10000
 *   npx tsx bench/ledger/import-phases.ts --mode embedded --invoices 20000 --customers 2000
 *
 * For a CPU profile of the whole import instead: BENCH_REEXEC=1 node --max-old-space-size=8192
 * --cpu-prof --cpu-prof-dir=.tmp/bench/prof --import tsx bench/ledger/import.bench.ts --mode server
 */

import { importLedger, type ImportStep } from '../../src/actions/import-ledger.ts';
import { context, freshLedger, int, modesArg, numberArg, parseArgs, reExecWithHeap, secs } from './common.ts';
import { generateLedger } from './generate.ts';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['mode', 'invoices', 'customers']);
  const mode = modesArg(args, 'server')[0]!;
  const invoices = numberArg(args, 'invoices', 100_000);
  const customers = numberArg(args, 'customers', Math.max(1, Math.round(invoices / 10)));
  const { csv, mapping } = generateLedger({ invoices, customers });
  const { database, companyId, close } = await freshLedger(mode, 'phases');
  const phases: [string, number][] = [];
  const step: ImportStep = async (name, work) => {
    const start = performance.now();
    const value = await work();
    phases.push([name, performance.now() - start]);
    return value;
  };
  try {
    const total = performance.now();
    await database.db.transaction((tx) => importLedger(tx, { companyId, mapping, file: csv, fileName: 'bench.csv' }, context(), step));
    phases.push(['mapping, audit, commit and the rest', performance.now() - total - phases.reduce((s, [, ms]) => s + ms, 0)]);
    const all = performance.now() - total;
    console.log(`\nimport phases (${mode}): ${int(invoices)} invoices of ${int(customers)} customers in ${secs(all)} = ${int(invoices / (all / 1000))} rows/s`);
    for (const [name, ms] of phases) {
      console.log(`  ${name.padEnd(44)} ${secs(ms).padStart(9)}  ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${((1000 * ms) / invoices).toFixed(1).padStart(7)} µs/row`);
    }
  } finally {
    await close();
  }
}

if (!reExecWithHeap(8192)) await main();
