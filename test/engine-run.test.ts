import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshotPage } from '../src/actions/load-snapshots.ts';
import { runCollection } from '../src/actions/run-collection.ts';
import type { Books } from '../src/store/engine.store.ts';
import type { Db } from '../src/store/db.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer, makeInvoice, promise, runDays } from './helpers/scenario.ts';

let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

/**
 * A database handle on which the run "dies" (throws) when it comes to write its page number `n + 1`: the
 * page writes go to the database as one pipeline (store/pipeline.ts) through the pool the handle holds.
 */
function dyingAfterPages(db: Db, n: number): Db {
  let left = n;
  const pool = (db._.session as unknown as { client: pg.Pool }).client;
  const dying = new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop !== 'connect') return Reflect.get(target, prop, receiver) as unknown;
      return async () => {
        const client = await target.connect();
        return new Proxy(client, {
          get(c, p, r) {
            if (p !== 'query') return Reflect.get(c, p, r) as unknown;
            return (query: { statements?: { text: string }[] }, ...rest: unknown[]) => {
              const pageWrite = query.statements?.[0]?.text.includes("set_config('debitor.engine_apply', 'on'") ?? false;
              if (pageWrite && left-- <= 0) throw new Error('killed');
              return (c.query as (...a: unknown[]) => unknown)(query, ...rest);
            };
          },
        });
      };
    },
  });
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === '_') return { ...target._, session: Object.assign(Object.create(target._.session) as object, { client: dying }) };
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

describe('a run killed half-way and started again', () => {
  it('ends with every action exactly once', async () => {
    const customers = [];
    for (let i = 0; i < 12; i++) {
      const c = await makeCustomer(t.db);
      await makeInvoice(t.db, c, `K-${i}`, '2025-12-10');
      customers.push(c);
    }
    // pages of 2 customers, each written in one transaction: the process dies after the third page
    await expect(runCollection(dyingAfterPages(t.db, 3), '2025-12-11', { dryRun: false, now: () => new Date(), pageSize: 2 })).rejects.toThrow('killed');
    const half = await t.pool.query(`select count(*)::int as n from tasks where due_date = '2025-12-11'`);
    expect(half.rows[0].n).toBe(6);
    const restarted = await runCollection(t.db, '2025-12-11', { dryRun: false, now: () => new Date() });
    // the six customers of the pages written wait for their next review date; the other six are planned now
    expect([restarted.customers, restarted.counts]).toEqual([6, { tasks: 6, messages: 6, ladderSteps: 6, promisesKept: 0, promisesBroken: 0, tasksClosedPaid: 0, held: 0 }]);
    expect(restarted.actions.map((a) => a.stepCode).sort()).toEqual([...Array(6).fill('L3'), ...Array(6).fill('L4')]);
    const again = await runCollection(t.db, '2025-12-11', { dryRun: false, now: () => new Date() });
    expect([again.customers, again.counts.tasks, again.counts.messages, again.actions]).toEqual([0, 0, 0, []]);
    const tasks = await t.pool.query(`select customer_id, count(*)::int as n from tasks where due_date = '2025-12-11' group by customer_id`);
    const mails = await t.pool.query(`select customer_id, count(*)::int as n from outbox where scheduled_at::date = '2025-12-11' group by customer_id`);
    expect(tasks.rows).toHaveLength(12);
    expect(tasks.rows.every((r) => r.n === 1)).toBe(true); // L4, once
    expect(mails.rows).toHaveLength(12);
    expect(mails.rows.every((r) => r.n === 1)).toBe(true); // L3, once
  });
});

describe('the contact policy', () => {
  it('N7: the keep-in-touch call falls on a working day, never on the weekend after a broken promise', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'N7-1', '2025-12-05');
    // a promise pauses the ladder until Friday the 19th; broken on Saturday, its call is booked for Monday the 22nd
    const log = await runDays(t.db, c, '2025-12-08', '2026-01-09', async (d) => { if (d === '2025-12-11') await promise(t.db, c, d, '2025-12-19', '1000.00'); });
    const keepInTouch = Object.entries(log).filter(([, lines]) => lines.some((l) => l.startsWith('N7 '))).map(([d]) => d);
    expect(keepInTouch.length).toBeGreaterThanOrEqual(1);
    for (const d of keepInTouch) expect([1, 2, 3, 4, 5]).toContain(new Date(`${d}T12:00:00Z`).getUTCDay());
  });

  it('230-FZ for a private person: calls are capped at 2 a week, and the ladder waits for the next free day', async () => {
    const c = await makeCustomer(t.db, { isIndividual: true });
    await makeInvoice(t.db, c, 'F-1', '2025-12-10');
    const log = await runDays(t.db, c, '2025-12-04', '2025-12-19');
    const calls = Object.entries(log).flatMap(([d, lines]) => lines.filter((l) => l.includes(' call ')).map((l) => `${d} ${l.split(' ')[0]}`));
    // L1 12-05 and L2 12-10 fill the week of 12-04..12-10; L4 (due 12-11) waits until 7 days after L1
    expect(calls).toEqual(['2025-12-05 L1', '2025-12-10 L2', '2025-12-12 L4', '2025-12-17 L5']);
    expect(log['2025-12-11']).toEqual(['L3 email automatic 09:00-10:00 F-1']);
  });

  it('the business preset allows one call a day: a second call that day is held until tomorrow', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'H-1', '2025-12-10');
    await makeInvoice(t.db, c, 'H-2', '2025-12-11');
    const log = await runDays(t.db, c, '2025-12-10', '2025-12-12');
    expect(log).toEqual({
      '2025-12-10': ['L2 call task 12:00-15:00 H-1'],
      '2025-12-11': ['L3 email automatic 09:00-10:00 H-1', 'L4 call task 10:00-17:00 H-1,H-2'], // H-2's L2 joins H-1's L4 (N4)
      '2025-12-12': ['L3 email automatic 09:00-10:00 H-2', 'L5 call task 10:00-17:00 H-1,H-2'],
    });
  });
});

describe('presets', () => {
  it('soft: an e-mail instead of the L1 call, longer gaps', async () => {
    const c = await makeCustomer(t.db, { policyCode: 'soft' });
    await makeInvoice(t.db, c, 'SO-1', '2025-12-10');
    const log = await runDays(t.db, c, '2025-12-04', '2025-12-31');
    const steps = Object.entries(log).map(([d, l]) => `${d} ${l.map((x) => x.split(' ').slice(0, 2).join(' ')).join(' + ')}`).filter((x) => !x.includes('N7'));
    expect(steps).toEqual(['2025-12-05 L1 email', '2025-12-10 L2 call', '2025-12-15 L3 email', '2025-12-17 L4 call', '2025-12-22 L5 call']);
  });

  it('strict follows the risk class: the first call five business days before', async () => {
    await t.pool.query(`insert into risk_class_policies (risk_class, policy_code) values ('E', 'strict')`);
    const c = await makeCustomer(t.db, { riskClass: 'E' });
    await makeInvoice(t.db, c, 'ST-1', '2025-12-10');
    const log = await runDays(t.db, c, '2025-12-01', '2025-12-19');
    expect(Object.keys(log)[0]).toBe('2025-12-03');
    expect(Object.entries(log).find(([, l]) => l.some((x) => x.startsWith('L6')))?.[0]).toBe('2025-12-16'); // 2 business days after L5
  });
});

describe("the page read's books", () => {
  it('keep every character of an invoice number, and a currency or channel outside the usual ones', async () => {
    const c = await makeCustomer(t.db);
    const awkward = 'A"1\\2\t3 №/ü';
    const invoice = await makeInvoice(t.db, c, awkward, '2025-12-10');
    await t.pool.query(`update invoices set currency = 'GBP' where id = $1`, [invoice.id]);
    await t.pool.query(`insert into tasks (customer_id, invoice_ids, kind, channel, due_date, window_start, window_end, priority, dedupe_key)
      values ($1, $2, 'callback', 'fax"', '2025-12-09', '2025-12-09T07:00:00Z', '2025-12-09T08:00:00Z', 1, $3)`, [c.id, [invoice.id], `test:${c.id}`]);
    const page = await loadSnapshotPage(t.db, '2025-12-10', null, 1000, true);
    const row = page.rows.find((r) => r.id === c.id)!;
    const [, invoices, , , openTasks] = JSON.parse(row.books) as Books;
    expect(invoices).toEqual([[invoice.id, awkward, '2025-12-10', 'GBP', '100000']]); // money in minor units (kopecks, pence)
    expect(openTasks).toEqual([[expect.any(String), [invoice.id], '2025-12-09', 'fax"', Date.parse('2025-12-09T07:00:00Z')]]);
  });
});
