import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDispute } from '../src/actions/open-dispute.ts';
import { setCollectionStop } from '../src/actions/set-collection-stop.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer, makeInvoice, promise, runDays } from './helpers/scenario.ts';

/**
 * A customer records whether it has ever had a promise, a collection stop or a dispute (migration 0021):
 * the daily run looks those up only for a customer that has some. The database sets the flags, for rows
 * recorded later and, in the migration, for those already there; a flag missing would hide a promise.
 */
let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

const ctx = { actor: 'test', at: new Date('2025-12-02T06:00:00Z') };
const flags = async (id: string) =>
  (await t.pool.query('select has_promises as p, has_stops as s, has_disputes as d from customers where id = $1', [id])).rows[0] as { p: boolean; s: boolean; d: boolean };

describe('customers with promises, stops or disputes (migration 0021)', () => {
  it('sets each flag when the first row is recorded, and the migration sets them for rows already there', async () => {
    const [none, promised, stopped, disputed] = [await makeCustomer(t.db), await makeCustomer(t.db), await makeCustomer(t.db), await makeCustomer(t.db)];
    const invoice = await makeInvoice(t.db, disputed, 'CH-D', '2025-12-01');
    await makeInvoice(t.db, promised, 'CH-P', '2025-12-01');
    await promise(t.db, promised, '2025-12-02', '2025-12-10', '500.00');
    await setCollectionStop(t.db, { customerId: stopped.id, startsOn: '2025-12-02', endsOn: '2025-12-20', reason: 'Merger talks' }, ctx);
    await openDispute(t.db, { invoiceId: invoice.id, openedOn: '2025-12-02', reason: 'goods short' }, ctx);
    const expected = [{ p: false, s: false, d: false }, { p: true, s: false, d: false }, { p: false, s: true, d: false }, { p: false, s: false, d: true }];
    const all = [none, promised, stopped, disputed];
    expect(await Promise.all(all.map((c) => flags(c.id)))).toEqual(expected);

    // the table as it was before 0021, then the migration as it is in the repository
    await t.db.execute(sql.raw(`drop function customers_have_rows() cascade;
      alter table customers drop column has_promises, drop column has_stops, drop column has_disputes`));
    const migration = readFileSync(new URL('../src/store/migrations/0021_customers_have_promises_stops_disputes.sql', import.meta.url), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await t.db.execute(sql.raw(statement));
    expect(await Promise.all(all.map((c) => flags(c.id)))).toEqual(expected);
  });

  it('the daily run sees a promise of a customer whose first promise it is', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'CH-R', '2025-12-01', '1000.00');
    await runDays(t.db, c, '2025-12-01', '2025-12-03');
    await promise(t.db, c, '2025-12-03', '2025-12-10', '1000.00');
    const log = await runDays(t.db, c, '2025-12-04', '2025-12-11');
    // L5 was on the 3rd; the promise holds the formal claim (L6, due on the 10th) while it is in force, and
    // when it is broken the customer gets the call of the day after (S5) on the 11th
    expect(Object.keys(log)).toEqual(['2025-12-11']);
    expect(log['2025-12-11']!.join(' ')).toMatch(/S5/);
  });
});
