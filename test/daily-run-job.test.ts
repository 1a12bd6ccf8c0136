import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduler, type Scheduler } from '../src/jobs/daily-run.job.ts';
import { vacuumIfEmbedded } from '../src/store/maintenance.store.ts';
import { freshDatabase, serverUrl, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer, makeInvoice } from './helpers/scenario.ts';

/** The daily run is a pg-boss job on the books' own database (embedded or server). */
let t: TestDatabase;
let scheduler: Scheduler;
beforeAll(async () => {
  t = await freshDatabase();
  scheduler = await startScheduler(t, () => new Date('2025-12-11T03:00:00Z'), { runAt: '07:30', timeZone: 'Asia/Yekaterinburg', pollingIntervalSeconds: 0.5, dataDir: t.dataDir ?? '.tmp/daily-run-job' }, () => {});
});
afterAll(async () => {
  await scheduler.stop();
  await t.close();
});

describe('the scheduled daily run', () => {
  it('is scheduled every day at the configured local time', async () => {
    const schedules = await scheduler.boss.getSchedules();
    expect(schedules).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'daily-run', cron: '30 7 * * *', timezone: 'Asia/Yekaterinburg' }),
      expect.objectContaining({ name: 'deliver-outbox', cron: '* * * * *' }),
    ]));
  });

  it('runs the pressure scale for the local date when the job fires', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'J-1', '2025-12-10');
    await scheduler.runNow();
    let finished: string | null = null;
    for (let i = 0; i < 100 && !finished; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const row = await t.pool.query(`select finished_at from engine_runs where as_of = '2025-12-11'`);
      finished = row.rows[0]?.finished_at ?? null;
    }
    expect(finished).not.toBeNull(); // 03:00 UTC is 08:00 in Yekaterinburg: the local date is 2025-12-11
    const tasks = await t.pool.query('select step_code from tasks where customer_id = $1', [c.id]);
    expect(tasks.rows).toEqual([{ step_code: 'L4' }]);
  });

  // PGlite is one standalone backend: no autovacuum. The job vacuums after the run.
  it.skipIf(serverUrl !== undefined)('then vacuums and analyzes the embedded database', async () => {
    let vacuumed: { last_vacuum: Date | null; last_analyze: Date | null } | undefined;
    for (let i = 0; i < 100 && !vacuumed?.last_vacuum; i++) {
      await new Promise((r) => setTimeout(r, 200));
      vacuumed = (await t.pool.query(`select last_vacuum, last_analyze from pg_stat_user_tables where relname = 'ladders'`)).rows[0];
    }
    expect(vacuumed?.last_vacuum).toBeInstanceOf(Date);
    expect(vacuumed?.last_analyze).toBeInstanceOf(Date);
  });

  it.skipIf(serverUrl === undefined)('leaves a server database to its autovacuum', async () => {
    expect(await vacuumIfEmbedded(t)).toBe(false);
  });
});
