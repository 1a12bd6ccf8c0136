import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDispute } from '../src/actions/open-dispute.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer, makeInvoice } from './helpers/scenario.ts';

/**
 * A dispute names its invoice's customer (migration 0020), so that the daily run looks up a customer's
 * disputes at once: the database sets it, from the invoice, for disputes opened and for those there before.
 */
let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

const customerOf = async (disputeId: string) =>
  (await t.pool.query('select customer_id from disputes where id = $1', [disputeId])).rows[0].customer_id as string;

describe('disputes by customer (migration 0020)', () => {
  it('a dispute opened gets its invoice\'s customer; the migration gives the disputes already there theirs', async () => {
    const [a, b] = [await makeCustomer(t.db), await makeCustomer(t.db)];
    const ia = await makeInvoice(t.db, a, 'DC-A', '2025-12-01');
    const ib = await makeInvoice(t.db, b, 'DC-B', '2025-12-01');
    const at = { actor: 'test', at: new Date('2025-12-02T06:00:00Z') };
    const disputeA = await openDispute(t.db, { invoiceId: ia.id, openedOn: '2025-12-02', reason: 'goods short' }, at);
    const disputeB = await openDispute(t.db, { invoiceId: ib.id, openedOn: '2025-12-02', reason: 'wrong price' }, at);
    expect([await customerOf(disputeA.id), await customerOf(disputeB.id)]).toEqual([a.id, b.id]);

    // the table as it was before 0020, then the migration as it is in the repository
    await t.db.execute(sql.raw(`drop trigger disputes_customer on disputes; drop function dispute_customer();
      drop index disputes_customer_idx; alter table disputes drop column customer_id`));
    const migration = readFileSync(new URL('../src/store/migrations/0020_disputes_by_customer.sql', import.meta.url), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await t.db.execute(sql.raw(statement));
    expect([await customerOf(disputeA.id), await customerOf(disputeB.id)]).toEqual([a.id, b.id]);
  });
});
