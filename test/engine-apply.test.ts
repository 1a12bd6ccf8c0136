import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyInOneTrip, insertOutboxStatement, insertTasksStatement, saveReviewDatesStatement } from '../src/store/engine-apply.store.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer } from './helpers/scenario.ts';

let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

const at = new Date('2025-12-11T06:00:00Z');
const task = (customerId: string, scriptKey: string, dedupeKey: string) => ({
  customerId, invoiceIds: [], kind: 'step', stepCode: 'L4', channel: 'call', scriptKey, dueDate: '2025-12-11',
  windowStart: at, windowEnd: new Date('2025-12-11T14:00:00Z'), assigneeId: null, queue: 'team', priority: 7, dedupeKey,
});

describe("the daily run's writes, one round trip per page", () => {
  it('keep every character of the values they carry', async () => {
    const c = await makeCustomer(t.db);
    const awkward = `it's \\ "quoted" \\' '' \\\\n ${'\u0000'.length} ünïcødé ${'$$'} $tag$ $j$ $j0$ --`;
    await applyInOneTrip(t.db, [insertTasksStatement([task(c.id, awkward, `k:${awkward}`)], at)]);
    const { rows } = await t.pool.query('select script_key, dedupe_key, window_start from tasks where customer_id = $1', [c.id]);
    expect(rows).toEqual([{ script_key: awkward, dedupe_key: `k:${awkward}`, window_start: at }]);
  });

  it('keep every instant to the millisecond, tasks and messages alike', async () => {
    const c = await makeCustomer(t.db);
    const instants = ['2025-12-11T07:00:00.123Z', '1999-12-31T23:59:59.999Z', '2099-03-28T00:30:00.001Z'].map((i) => new Date(i));
    await applyInOneTrip(t.db, [
      insertTasksStatement(instants.map((i, k) => ({ ...task(c.id, 'call.step', `ms:${k}:${c.id}`), windowStart: i, windowEnd: new Date(i.getTime() + 1) })), at),
      insertOutboxStatement(instants.map((i, k) => ({
        customerId: c.id, invoiceIds: [], stepCode: 'L3', channel: 'email', templateKey: 'letter.demand', language: 'ru', scheduledAt: i, dedupeKey: `ms:${k}:${c.id}`,
      })), at),
    ]);
    const tasks = await t.pool.query('select window_start as s, window_end as e from tasks where customer_id = $1 order by dedupe_key', [c.id]);
    const messages = await t.pool.query('select scheduled_at as s from outbox where customer_id = $1 order by dedupe_key', [c.id]);
    expect(tasks.rows).toEqual(instants.map((i) => ({ s: i, e: new Date(i.getTime() + 1) })));
    expect(messages.rows).toEqual(instants.map((i) => ({ s: i })));
  });

  it('are one transaction: a failing statement leaves nothing of the page written', async () => {
    const c = await makeCustomer(t.db);
    const failing = { text: 'select 1 / 0', values: [] };
    const error = await applyInOneTrip(t.db, [
      insertTasksStatement([task(c.id, 'call.step', `k:${c.id}`)], at), saveReviewDatesStatement([{ customerId: c.id, reviewOn: '2025-12-20' }]), failing,
    ]).catch((e: unknown) => e);
    expect(error instanceof Error && error.message).toBe('division by zero'); // PostgreSQL's error, not the page's text quoted in it
    const tasks = await t.pool.query('select count(*)::int as n from tasks where customer_id = $1', [c.id]);
    const review = await t.pool.query('select review_on from customers where id = $1', [c.id]);
    expect([tasks.rows[0].n, review.rows[0].review_on]).toEqual([0, null]);
    expect((await t.pool.query('select 1 as ok')).rows).toEqual([{ ok: 1 }]); // the connection serves the next query
  });

  it('run inside the transaction of a caller that holds one, and go with it', async () => {
    const c = await makeCustomer(t.db);
    const rolledBack = new Error('roll back');
    await t.db.transaction(async (tx) => {
      await applyInOneTrip(tx, [insertTasksStatement([task(c.id, 'call.step', `tx:${c.id}`)], at)]);
      const seen = await tx.execute<{ n: number }>(sql`select count(*)::int as n from tasks where customer_id = ${c.id}`);
      expect(seen.rows[0]!.n).toBe(1); // written in the caller's transaction, seen by it
      throw rolledBack;
    }).catch((e: unknown) => { if (e !== rolledBack) throw e; });
    const after = await t.pool.query('select count(*)::int as n from tasks where customer_id = $1', [c.id]);
    expect(after.rows[0].n).toBe(0);
  });
});
