import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer, makeInvoice, runDays } from './helpers/scenario.ts';

/**
 * The daily run's tasks and messages carry a dedupe key that makes a repeated run a no-op; the day comes
 * first (engine/plan.ts dedupeKey, migration 0024), and the migration rewrites the keys written before.
 */
let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

const keys = async (customerId: string) => (await t.pool.query(
  `select 'task' as "table", dedupe_key as key from tasks where customer_id = $1 union all select 'message', dedupe_key from outbox where customer_id = $1 order by 1, 2`, [customerId])).rows;

describe('the daily run\'s dedupe keys (migration 0024)', () => {
  it('put the day first; the migration rewrites older keys into the keys a run now makes, and no others', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'DK-1', '2025-12-01');
    await runDays(t.db, c, '2025-11-26', '2025-12-02');
    const written = await keys(c.id);
    expect(written).toEqual([
      { table: 'message', key: `2025-12-02:step:${c.id}:email` }, // L3, the demand letter
      { table: 'task', key: `2025-11-26:step:${c.id}:call` }, // L1
      { table: 'task', key: `2025-12-01:step:${c.id}:call` }, // L2
      { table: 'task', key: `2025-12-02:step:${c.id}:call` }, // L4, after the letter
    ]);

    // the keys as written before 0024 (a run of the same date now makes the keys the migration makes of
    // them), a callback's key beside them
    await t.pool.query(`update tasks set dedupe_key = regexp_replace(dedupe_key, '^([0-9-]{10}):([a-z-]+):([0-9a-f-]{36}):([a-z]+)$', '\\2:\\3:\\1:\\4') where customer_id = $1`, [c.id]);
    await t.pool.query(`update outbox set dedupe_key = regexp_replace(dedupe_key, '^([0-9-]{10}):([a-z-]+):([0-9a-f-]{36}):([a-z]+)$', '\\2:\\3:\\1:\\4') where customer_id = $1`, [c.id]);
    const callback = (await t.pool.query(`insert into tasks (customer_id, invoice_ids, kind, channel, due_date, window_start, window_end, priority, dedupe_key)
      select $1, '{}', 'callback', 'call', '2025-12-03', now(), now(), 1, 'callback:' || gen_random_uuid() returning dedupe_key`, [c.id])).rows[0].dedupe_key as string;
    expect((await keys(c.id)).map((k) => k.key)).toContain(`step:${c.id}:2025-12-02:email`);
    await t.pool.query(`update customers set review_on = '2025-12-03' where id = $1`, [c.id]); // these writes sent it back to review (0005)
    const migration = readFileSync(new URL('../src/store/migrations/0024_engine_keys_by_day.sql', import.meta.url), 'utf8');
    await t.db.transaction(async (tx) => { // as the migrator runs it: in one transaction
      for (const statement of migration.split('--> statement-breakpoint')) await tx.execute(sql.raw(statement));
    });
    expect(await keys(c.id)).toEqual([...written, { table: 'task', key: callback }].sort((a, b) => a.table.localeCompare(b.table) || (a.key < b.key ? -1 : 1)));
    expect((await t.pool.query('select review_on from customers where id = $1', [c.id])).rows[0].review_on).toBe('2025-12-03'); // the engine's own write
  });
});
