import v8 from 'node:v8';
import PgBoss from 'pg-boss';
import { deliverDue } from '../actions/deliver-outbox.ts';
import { transportResolver } from '../actions/mail-transport.ts';
import { runCollection } from '../actions/run-collection.ts';
import { localDateOf } from '../domain/calendar/index.ts';
import type { Database } from '../store/db.ts';
import { vacuumIfEmbedded } from '../store/maintenance.store.ts';

export const DAILY_RUN = 'daily-run';

/**
 * A server runs the daily job once a day. In between, V8 throws away the bytecode of functions that have
 * not run for a few garbage collections, and the compiled code with it: each day's run began with a cold
 * planner, interpreted and compiled again while it worked (100,000 invoices embedded, a run after the
 * hours of a day: ~40 ms of ~0.7 s; bench/README.md). The process keeps them instead, a few megabytes.
 */
export function keepCompiledCode(): void {
  v8.setFlagsFromString('--no-flush-bytecode');
}
export const DELIVER_OUTBOX = 'deliver-outbox';

export type SchedulerOptions = { runAt: string; timeZone: string; pollingIntervalSeconds?: number; dataDir: string };
export type Scheduler = { boss: PgBoss; runNow(asOf?: string): Promise<string | null>; stop(): Promise<void> };

/**
 * The daily run as a pg-boss job, on the same database as the books (embedded or server): scheduled
 * every day at `runAt` in `timeZone`, for that day's date there. The queue is 'stately' (at most one
 * waiting and one running), and the run itself is idempotent, so a retry or a second server changes
 * nothing. pg-boss talks through our own pool, so it works on the one-session embedded database too,
 * which has no autovacuum: the job vacuums it after the run (store/maintenance.store.ts).
 * The same scheduler runs the outbox worker every minute.
 */
export async function startScheduler(database: Database, clock: () => Date, options: SchedulerOptions, log: (line: string) => void): Promise<Scheduler> {
  keepCompiledCode();
  const boss = new PgBoss({
    db: { executeSql: async (text, values) => database.pool.query(text, values ?? []) },
    schedule: true,
    supervise: true,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10,
  });
  boss.on('error', (error) => log(`scheduler: ${error.message}`));
  await boss.start();
  await boss.createQueue(DAILY_RUN, { name: DAILY_RUN, policy: 'stately', retryLimit: 3, retryDelay: 300, retryBackoff: true });
  const [hour, minute] = options.runAt.split(':').map(Number);
  await boss.schedule(DAILY_RUN, `${minute} ${hour} * * *`, {}, { tz: options.timeZone });
  await boss.work<{ asOf?: string }>(DAILY_RUN, async ([job]) => {
    const asOf = job?.data?.asOf ?? localDateOf(clock(), options.timeZone);
    const result = await runCollection(database.db, asOf, { dryRun: false, now: clock, keepActions: false });
    log(`daily run for ${asOf}: ${result.customers} customers, ${result.counts.tasks} tasks, ${result.counts.messages} messages`);
    if (await vacuumIfEmbedded(database)) log('embedded database vacuumed and analyzed');
    return result.counts;
  });
  // The outbox worker: every minute, whatever is due is sent (see actions/deliver-outbox.ts).
  await boss.createQueue(DELIVER_OUTBOX, { name: DELIVER_OUTBOX, policy: 'singleton', retryLimit: 0 });
  await boss.schedule(DELIVER_OUTBOX, '* * * * *', {}, { tz: options.timeZone });
  await boss.work(DELIVER_OUTBOX, async () => {
    const report = await deliverDue(database.db, { now: clock, transportFor: transportResolver(database.db, options.dataDir), lettersDir: `${options.dataDir}/letters` });
    if (Object.values(report).some((n) => n > 0)) log(`outbox: ${JSON.stringify(report)}`);
    return report;
  });
  return {
    boss,
    runNow: (asOf) => boss.send(DAILY_RUN, asOf ? { asOf } : {}, { singletonKey: asOf ?? 'now' }),
    stop: () => boss.stop({ graceful: true, wait: true }),
  };
}
