/**
 * Workspace API benchmark (issue 5, "Speed"): 20 collectors at once, each signed in with its own session,
 * repeatedly open Today (GET /api/v1/workspace/today) and a customer file (GET /api/v1/customers/:id/file)
 * over real HTTP against a started `debitor serve` process, on PostgreSQL with 100,000 customers and
 * 1,000,000 invoices. Target: p95 < 200 ms for each endpoint.
 *
 *   npm run bench:workspace                                              # 1,000,000 invoices of 100,000 customers
 *   npm run bench:workspace -- --invoices 100000 --customers 10000 --seconds 20
 *   npm run bench:workspace -- --users 20 --seconds 60 --keep            # keep debitor_bench_workspace
 *   npm run bench:workspace -- --reuse --keep                            # measure again on the kept database
 *
 * Data: bench/workspace/data.ts (set-based SQL; loading is not timed). Each user signs in (POST
 * /auth/login, its own session cookie), then works in rounds until the time is up: Today for the
 * benchmark date, then the file of a customer picked from that day's list; the first round is a warm-up
 * (not counted). Two phases of --seconds each: people at work, pausing --think-ms (1000) after each
 * response, which is what the target is about; then the same 20 sessions with no pause at all
 * (saturation: how far the machine goes), reported for information.
 */
import { createUser } from '../../src/actions/create-user.ts';
import { openDatabase } from '../../src/store/db.ts';
import { applyMigrations } from '../../src/store/migrate.ts';
import {
  benchCompany, context, dropServerDatabase, freshServerDatabase, int, millis, numberArg, parseArgs, secs, SERVER, serverDatabaseExists, tableCounts, timed,
} from '../ledger/common.ts';
import { startServerProcess, stopProcess, type ServerProcess } from '../../test/helpers/server-process.ts';
import { AS_OF, LOAD } from './data.ts';

const DB = 'debitor_bench_workspace';
const TARGET_P95_MS = 200;
const PASSWORD = 'bench-password-123';

async function counts(url: string) {
  const database = await openDatabase({ databaseUrl: url, dataDir: '' });
  try {
    return await tableCounts(database);
  } finally {
    await database.close();
  }
}

async function load(url: string, invoices: number, customers: number, users: number): Promise<void> {
  const database = await openDatabase({ databaseUrl: url, dataDir: '' });
  try {
    await applyMigrations(database);
    const companyId = await benchCompany(database);
    const collectorIds: string[] = [];
    for (let i = 0; i < users; i++) {
      const { user } = await createUser(database.db, { email: `collector${i}@bench.test`, name: `Collector ${i}`, role: 'collector', password: PASSWORD }, context());
      collectorIds.push(user.id);
    }
    const client = await database.pool.connect();
    try {
      await client.query('set session_replication_role = replica'); // no FK checks or triggers for this load: consistent by construction
      for (const [name, statement, params] of LOAD) {
        const step = await timed(() => client.query(statement, params({ companyId, invoices, customers, collectorIds })));
        await client.query('analyze');
        console.log(`  ${name.padEnd(14)} ${int(step.value.rowCount ?? 0).padStart(11)} rows in ${secs(step.ms)}`);
      }
      await client.query('set session_replication_role = origin');
    } finally {
      client.release();
    }
    await database.pool.query('vacuum analyze');
    const tasks = await database.pool.query(`select count(*)::int as n, count(*) filter (where status = 'open' and due_date <= $1)::int as due from tasks`, [AS_OF]);
    console.log(`loaded: ${JSON.stringify({ ...(await tableCounts(database)), tasks: tasks.rows[0].n, openTasksDueByBenchDate: tasks.rows[0].due })}`);
  } finally {
    await database.close();
  }
}

type Samples = { today: number[]; file: number[]; errors: number };

async function request(base: string, path: string, cookie: string): Promise<{ ms: number; body: unknown }> {
  const start = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  const body = await res.json();
  const ms = performance.now() - start;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms, body };
}

async function signIn(base: string, index: number): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `collector${index}@bench.test`, password: PASSWORD }) });
  if (!login.ok) throw new Error(`login collector${index}: ${login.status} ${await login.text()}`);
  return login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One collector in its own session: a warm-up round, then Today + a customer file until `until`, pausing `thinkMs` after each. */
async function collector(base: string, index: number, cookie: string, until: number, thinkMs: number, samples: Samples): Promise<void> {
  let round = 0;
  while (round === 0 || performance.now() < until) {
    try {
      const today = await request(base, `/api/v1/workspace/today?date=${AS_OF}`, cookie);
      await sleep(thinkMs);
      const items = (today.body as { items: { customerId: string }[] }).items;
      const pick = items[(index * 7919 + round * 104729) % Math.max(1, items.length)];
      if (!pick) throw new Error(`collector${index} has an empty day`);
      const file = await request(base, `/api/v1/customers/${pick.customerId}/file?asOf=${AS_OF}`, cookie);
      await sleep(thinkMs);
      if (round > 0) { samples.today.push(today.ms); samples.file.push(file.ms); }
    } catch (error) {
      samples.errors += 1;
      if (samples.errors <= 3) console.error(String(error));
    }
    round += 1;
  }
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['invoices', 'customers', 'users', 'seconds', 'think-ms', 'keep', 'reuse']);
  let invoices = numberArg(args, 'invoices', 1_000_000);
  let customers = numberArg(args, 'customers', 100_000);
  const users = numberArg(args, 'users', 20);
  const seconds = numberArg(args, 'seconds', 60);
  const thinkMs = args.has('think-ms') ? Number(args.get('think-ms')) : 1000;
  console.log(`== workspace API: ${users} collectors at once, ${seconds} s per phase (date ${AS_OF}), PostgreSQL at ${SERVER}`);
  const reuse = args.get('reuse') === 'true' && await serverDatabaseExists(DB);
  const url = reuse ? `${SERVER}/${DB}` : await freshServerDatabase(DB);
  let server: ServerProcess | undefined;
  try {
    if (reuse) {
      const found = await counts(url);
      console.log(`reusing ${DB}: ${JSON.stringify(found)}`);
      [invoices, customers] = [found.invoices ?? invoices, found.customers ?? customers];
    }
    else {
      const loaded = await timed(() => load(url, invoices, customers, users));
      console.log(`books loaded in ${secs(loaded.ms)} (not timed below)`);
    }
    // `debitor serve` in its own process, as in production (pool of 10 connections)
    server = await startServerProcess({ DATABASE_URL: url, DEBITOR_SCHEDULER: 'off', DEBITOR_LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
    const started = { base: server.url.replace(/\/$/, '') };
    const cookies = await Promise.all(Array.from({ length: users }, (_, i) => signIn(started.base, i)));
    const report: string[] = [];
    let met = true;
    // First people at work (a pause between clicks), then the same sessions with no pause at all (saturation).
    for (const [phase, pause] of [[`${users} collectors, ${thinkMs} ms between clicks`, thinkMs], [`${users} sessions with no pause (saturation)`, 0]] as const) {
      const samples: Samples = { today: [], file: [], errors: 0 };
      const run = await timed(() => Promise.all(cookies.map((cookie, i) => collector(started.base, i, cookie, performance.now() + seconds * 1000, pause, samples))));
      const total = samples.today.length + samples.file.length;
      report.push(`${phase}: ${int(total)} requests in ${secs(run.ms)} (${(total / (run.ms / 1000)).toFixed(1)} req/s), ${samples.errors} errors`);
      for (const [name, xs] of [['GET /api/v1/workspace/today', samples.today], ['GET /api/v1/customers/:id/file', samples.file]] as const) {
        const p95 = percentile(xs, 95);
        if (pause === thinkMs) met &&= p95 < TARGET_P95_MS && samples.errors === 0;
        report.push(`  ${name.padEnd(32)} n=${int(xs.length).padStart(6)}  p50 ${millis(percentile(xs, 50)).padStart(8)}  p95 ${millis(p95).padStart(8)}  p99 ${millis(percentile(xs, 99)).padStart(8)}  max ${millis(Math.max(...xs)).padStart(8)}`);
      }
    }
    console.log(`\n---- workspace API benchmark ${new Date().toISOString().slice(0, 10)}: ${int(invoices)} invoices of ${int(customers)} customers, ${seconds} s per phase ----`);
    for (const line of report) console.log(line);
    console.log(`target: p95 < ${TARGET_P95_MS} ms for both endpoints with ${users} collectors at work: ${met ? 'MET' : 'NOT MET'}`);
  } finally {
    if (server) await stopProcess(server.child);
    if (args.get('keep') === 'true') console.log(`kept database ${DB}`);
    else await dropServerDatabase(DB);
  }
}

await main();
