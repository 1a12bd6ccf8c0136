/**
 * The daily run (plan + apply) over many open invoices, against a bare set-based scan of the same
 * invoices in the same run (GROUP BY customer with min due date and sum). Target: at most 10x.
 *
 *   npm run bench:engine -- [--mode server|embedded] [--invoices 1000000] [--customers 100000] [--catch-up]
 *
 * Defaults: server 1,000,000 invoices of 100,000 customers; embedded 100,000 of 10,000. Invoices are
 * due from 90 days before to 29 days after the run date (75% overdue), issued 30 days before due.
 *
 * Default: a book in its steady state. The product's planner is replayed customer by customer over the
 * 100 days before the day before the run date (warm-book.ts, not timed), leaving ladder states, the last
 * weeks' calls and letters and the review dates as daily runs would have; the day before is then run for
 * real (not timed: the process has planned and written once, as a server that ran yesterday has); then
 * the daily runs of the run date and of the next day are timed.
 * --catch-up: the first run over a book the engine has never seen (every invoice climbs its ladder at
 * once) and the next day, which still catches up (L5 follows L4 by a business day).
 *
 * --history: the warmed book gets the past of a real book (past.ts: paid invoices, done calls, old disputes
 * and kept promises) that changes nothing the day's run does; the bare scan then takes the open invoices.
 * --keep leaves the server database debitor_bench_engine in place.
 * --reuse-warm (steady state) keeps the loaded and warmed book as a template, made on the first such
 * run: on the server the database debitor_bench_engine_warm_<invoices>_<customers>, embedded the folder
 * .tmp/bench/engine-embedded-warm-<invoices>_<customers>. Later runs copy it, so that the timed runs can
 * be repeated without loading and warming again (the day before is run on the copy). Drop it by hand.
 *
 * Prints the wall times, the bare scan, the ratios, and the peak heap, sampled every 50 ms, and the most
 * the heap held right after a garbage collection (it must not grow with the invoices: the run pages
 * through customers).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';
import pg from 'pg';
import { runCollection, type RunResult } from '../../src/actions/run-collection.ts';
import { keepCompiledCode } from '../../src/jobs/daily-run.job.ts';
import { addCalendarDays } from '../../src/domain/calendar/index.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { applyMigrations } from '../../src/store/migrate.ts';
import { modesArg, numberArg, parseArgs, SERVER } from '../ledger/common.ts';
import { addPast } from './past.ts';
import { warmBook, workedThrough } from './warm-book.ts';

const args = parseArgs(process.argv.slice(2), ['mode', 'invoices', 'customers', 'catch-up', 'keep', 'reuse-warm', 'history']);
const [mode, other] = modesArg(args, 'server');
if (other) throw new Error('--mode: one of server or embedded');
const invoices = numberArg(args, 'invoices', mode === 'server' ? 1_000_000 : 100_000);
const customers = numberArg(args, 'customers', invoices / 10);
const AS_OF = '2025-12-11';
const DAY_BEFORE = addCalendarDays(AS_OF, -1); // a working day, as AS_OF and the day after
const catchUp = args.has('catch-up');
const keep = args.has('keep'); // leave the database for a look afterwards (server mode)
const DB_NAME = 'debitor_bench_engine';
/** --reuse-warm: the loaded and warmed book is kept as a template (a database, or a folder) and copied on later runs. */
const reuseWarm = args.has('reuse-warm') && !catchUp;
/** --history: the warmed book with the past of a real book (past.ts): the same day's run, more to read past. */
const history = args.has('history') && !catchUp;
/** The templates' name: the book's size, and whether it has a past. */
const WARM_SUFFIX = `${invoices}_${customers}${history ? '_history' : ''}`;
const WARM_NAME = `debitor_bench_engine_warm_${WARM_SUFFIX}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try { return await work(client); } finally { await client.end(); }
}

async function openServer(name: string): Promise<{ database: Database; dispose(): Promise<void> }> {
  const database = await openDatabase({ databaseUrl: `${SERVER}/${name}`, dataDir: '' });
  return { database, async dispose() {
    await database.close();
    if (!keep) await admin((a) => a.query(`drop database if exists ${name} with (force)`));
  } };
}

async function open(): Promise<{ database: Database; dispose(): Promise<void>; ready: boolean }> {
  if (mode === 'server') {
    await admin((a) => a.query(`drop database if exists ${DB_NAME} with (force)`));
    if (reuseWarm) {
      const found = await admin((a) => a.query('select 1 from pg_database where datname = $1', [WARM_NAME]));
      if (found.rowCount === 0) { // load and warm once, in the template
        await admin((a) => a.query(`create database ${WARM_NAME}`));
        const warm = await openDatabase({ databaseUrl: `${SERVER}/${WARM_NAME}`, dataDir: '' });
        try { await prepare(warm); } catch (error) {
          await warm.close();
          await admin((a) => a.query(`drop database if exists ${WARM_NAME} with (force)`)); // never keep a half-made book
          throw error;
        }
        await warm.close();
      } else {
        const warm = await openDatabase({ databaseUrl: `${SERVER}/${WARM_NAME}`, dataDir: '' });
        try { await applyMigrations(warm); } finally { await warm.close(); } // a book made before a later migration
        console.log(`copied the loaded and warmed book from the template database ${WARM_NAME} (--reuse-warm)`);
      }
      await admin((a) => a.query(`create database ${DB_NAME} template ${WARM_NAME}`));
      return { ...(await openServer(DB_NAME)), ready: true };
    }
    await admin((a) => a.query(`create database ${DB_NAME}`));
    return { ...(await openServer(DB_NAME)), ready: false };
  }
  const dir = join(process.cwd(), '.tmp/bench/engine-embedded');
  rmSync(dir, { recursive: true, force: true });
  let ready = false;
  if (reuseWarm) {
    const template = join(process.cwd(), `.tmp/bench/engine-embedded-warm-${WARM_SUFFIX}`);
    if (!existsSync(template)) { // load and warm once, in the template folder
      mkdirSync(template, { recursive: true });
      const warm = await openDatabase({ dataDir: template });
      try { await prepare(warm); } catch (error) {
        await warm.close();
        rmSync(template, { recursive: true, force: true }); // never keep a half-made book
        throw error;
      }
      await warm.close();
    } else console.log(`copied the loaded and warmed book from the template folder ${template} (--reuse-warm)`);
    cpSync(template, dir, { recursive: true });
    ready = true;
  } else mkdirSync(dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir });
  if (ready) await applyMigrations(database); // a book made before a later migration
  return { database, ready, async dispose() { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Migrates, loads the book and (unless --catch-up) brings it to its steady state. */
async function prepare(database: Database) {
  await applyMigrations(database);
  const t0 = performance.now();
  await load(database.pool);
  console.log(`loaded ${invoices.toLocaleString('en-US')} invoices of ${customers.toLocaleString('en-US')} customers in ${((performance.now() - t0) / 1000).toFixed(1)} s (${mode})`);
  if (catchUp) return;
  const t1 = performance.now();
  const warm = await warmBook(database, addCalendarDays(AS_OF, -100), DAY_BEFORE);
  console.log(`warmed (replayed the daily runs of the 100 days before ${DAY_BEFORE}, not timed) in ${((performance.now() - t1) / 1000).toFixed(1)} s: ${JSON.stringify(warm)}`);
  if (!history) return;
  const t2 = performance.now();
  const past = await addPast(database, addCalendarDays(AS_OF, -100));
  console.log(`added a past (--history, not timed) in ${((performance.now() - t2) / 1000).toFixed(1)} s: ${JSON.stringify(past)}`);
}

/** Set-based load: customers across several time zones; invoices due from 90 days before to 29 after the run date. */
async function load(db: pg.Pool) {
  await db.query(`insert into companies (legal_name, country, default_currency, default_language) values ('Bench', 'RU', 'RUB', 'ru')`);
  await db.query(`insert into customers (company_id, external_id, legal_name, country, time_zone, language, risk_class)
    select (select id from companies), 'C-' || g, 'Customer ' || g, 'RU',
      (array['Europe/Moscow','Asia/Yekaterinburg','Asia/Novosibirsk','Asia/Vladivostok'])[1 + g % 4], 'ru', (array['A','B','C'])[1 + g % 3]
    from generate_series(1, ${customers}) g`);
  await db.query(`insert into invoices (company_id, customer_id, number, issue_date, due_date, amount, currency)
    select c.company_id, c.id, 'INV-' || g, date '${AS_OF}' - 120 + (g::bigint * 7919 % 120)::int, date '${AS_OF}' - 90 + (g::bigint * 7919 % 120)::int, 10000 + g::bigint * 7919 % 5000000, 'RUB'
    from generate_series(1, ${invoices}) g
    join (select id, company_id, row_number() over (order by id) as rn from customers) c on c.rn = 1 + g % ${customers}`);
  await db.query('analyze');
}

async function bareScan(db: pg.Pool): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    await db.query(`select customer_id, min(due_date), sum(amount) from invoices ${history ? 'where paid_total < amount ' : ''}group by customer_id`);
    if (i > 0) times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1]!;
}

/**
 * CPU used so far by the server's processes serving this database, by process id (read from /proc, so
 * only for a server on this machine; null otherwise): a machine shared with other work stretches wall
 * times, CPU times much less.
 */
async function backendCpuMs(database: Database): Promise<Map<number, number> | null> {
  if (database.kind !== 'server') return null;
  const { rows } = await database.pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database()');
  const used = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      used.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS); // utime + stime
    } catch {
      return null; // not a local server
    }
  }
  return used;
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** The vacuum and, on a server, the checkpoint a timed run follows (not timed; see main). */
async function betweenRuns(database: Database) {
  const m0 = performance.now();
  await database.pool.query('vacuum (analyze)');
  if (mode === 'server') await database.pool.query('checkpoint');
  console.log(`vacuumed and analyzed${mode === 'server' ? ' and checkpointed' : ''} in ${((performance.now() - m0) / 1000).toFixed(1)} s (not timed)`);
}

async function main() {
  keepCompiledCode(); // as the server that runs the daily job does (jobs/daily-run.job.ts startScheduler)
  const { database, dispose, ready } = await open();
  try {
    if (!ready) await prepare(database);
    // The day before, for real and not timed: the process has then planned and written once (its code
    // compiled, the database's statements too), and the book holds yesterday's rows as a daily run left
    // them. Then the collectors work yesterday's calls, as the warm-up has them work the days before.
    if (!catchUp) {
      const y0 = performance.now();
      const y = await runCollection(database.db, DAY_BEFORE, { dryRun: false, now: () => new Date(), keepActions: false });
      await workedThrough(database, AS_OF);
      console.log(`ran the day before, ${DAY_BEFORE}, for real (not timed) in ${((performance.now() - y0) / 1000).toFixed(2)} s: ${y.customers} customers looked at; ${JSON.stringify(y.counts)}`);
    }
    // The load and warm-up wrote 100 days of books in minutes: autovacuum is still catching up (on the
    // same two cores as the timed runs) and shared buffers are full of dirty pages, which the timed runs'
    // reads would have to write out first. Over 100 real days autovacuum keeps up (the embedded database
    // has none: the daily job vacuums it after each run, store/maintenance.store.ts), and a server writes
    // dirty pages out at its checkpoints (every 5 minutes by default). So: vacuum and checkpoint, not timed.
    // But the embedded database (PGlite, one standalone backend) has no checkpointer: it checkpoints when its
    // WAL reaches max_wal_size (weeks of daily runs) and when it closes. A checkpoint here would make the
    // timed run write every page it touches first in whole into the WAL (full_page_writes), which the
    // embedded run does not do day after day (22 vs 7 MB of WAL at 100,000 invoices).
    await betweenRuns(database);
    let peak = 0;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 50);
    // The peak depends on when the collector runs; what is left right after a collection is closer to what
    // the run holds (what is left of the young generation, and the old one with its garbage not yet collected).
    let held = 0;
    let full = 0; // after a full (mark-compact) collection: what the run really holds
    const collections = new PerformanceObserver((list) => {
      const used = process.memoryUsage().heapUsed;
      held = Math.max(held, used);
      if (list.getEntries().some((e) => (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) full = Math.max(full, used);
    });
    collections.observe({ entryTypes: ['gc'] });
    const timed = async (asOf: string) => {
      const pg0 = await backendCpuMs(database);
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const r = await runCollection(database.db, asOf, { dryRun: false, now: () => new Date(), keepActions: false });
      const ms = performance.now() - start;
      const cpu = process.cpuUsage(cpu0);
      const pg1 = await backendCpuMs(database);
      let pgMs: number | null = pg0 && pg1 ? 0 : null;
      if (pg0 && pg1) for (const [pid, used] of pg1) pgMs! += used - (pg0.get(pid) ?? 0);
      return { r, ms, nodeMs: (cpu.user + cpu.system) / 1000, pgMs };
    };
    const first = await timed(AS_OF);
    // What a day brings between two runs, not timed: the collectors work the day's calls, and the
    // vacuum (autovacuum on a server, the daily job's own on the embedded database) has cleared the
    // rows the run rewrote. Run right after the first, the second run could meet autovacuum at work on
    // the same two cores, called by the first run's writes (a fifth of the ladders and customers rewritten).
    if (!catchUp) await workedThrough(database, addCalendarDays(AS_OF, 1));
    await betweenRuns(database);
    const second = await timed(addCalendarDays(AS_OF, 1));
    clearInterval(sampler);
    collections.disconnect();
    const scanMs = await bareScan(database.pool);
    const line = (label: string, x: { r: RunResult; ms: number; nodeMs: number; pgMs: number | null }) =>
      console.log(`${label} ${x.r.asOf}: ${(x.ms / 1000).toFixed(2)} s = ${(x.ms / scanMs).toFixed(1)}x the bare scan; ${x.r.customers} customers with something to collect looked at; ${JSON.stringify(x.r.counts)}; `
        + `CPU: this process ${(x.nodeMs / 1000).toFixed(2)} s${mode === 'embedded' ? ' (with the database thread)' : ''}${x.pgMs === null ? '' : `, PostgreSQL ${(x.pgMs / 1000).toFixed(2)} s`}`);
    const kind = catchUp ? 'catch-up run (the engine never ran on this book)' : 'daily run (steady state)';
    line(kind, first);
    line(catchUp ? 'next day (still catching up)' : 'next day', second);
    console.log(`bare scan (GROUP BY customer, min due date, sum${history ? ', of the open invoices: where paid_total < amount' : ''}): ${scanMs.toFixed(0)} ms; peak heap during the runs ${(peak / 2 ** 20).toFixed(0)} MiB, right after a collection at most ${(held / 2 ** 20).toFixed(0)} MiB${full > 0 ? `, after a full one ${(full / 2 ** 20).toFixed(0)} MiB` : ''}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`engine (${mode}, ${catchUp ? 'catch-up' : 'steady state'}): ${invoices.toLocaleString('en-US')} open invoices: ${(first.ms / 1000).toFixed(2)} s and ${(second.ms / 1000).toFixed(2)} s = ${(first.ms / scanMs).toFixed(1)}x and ${(second.ms / scanMs).toFixed(1)}x the bare scan (target <= 10x)`);
  } finally {
    await dispose();
  }
}

await main();
