import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDispute } from '../src/actions/open-dispute.ts';
import { setCollectionStop } from '../src/actions/set-collection-stop.ts';
import { runCollection } from '../src/actions/run-collection.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer, makeInvoice, pay, promise, runDays } from './helpers/scenario.ts';

/** Promises (N3, S5), official letters, disputes and stops pause the ladder; broken promises bring a call. */
let t: TestDatabase;
const ctx = { actor: 'test', at: new Date('2025-01-01T00:00:00Z') };
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

const withoutKeepInTouch = (log: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(log).map(([d, l]) => [d, l.filter((x) => !x.startsWith('N7'))] as const).filter(([, l]) => l.length > 0));

describe('a promise to pay', () => {
  it('kept: the ladder pauses while it is in force and stops when the money comes', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'K-1', '2025-12-10');
    const log = await runDays(t.db, c, '2025-12-10', '2025-12-31', async (date) => {
      if (date === '2025-12-11') await promise(t.db, c, date, '2025-12-17', '1000.00'); // made at the L4 call
      if (date === '2025-12-17') await pay(t.db, c, date, '1000.00');
    });
    expect(log).toEqual({ '2025-12-10': ['L2 call task 12:00-15:00 K-1'] }); // paused from 12-11, paid 12-17
    const row = await t.pool.query('select status, resolved_on from promises where customer_id = $1', [c.id]);
    expect(row.rows).toEqual([{ status: 'kept', resolved_on: '2025-12-17' }]);
  });

  it('broken: a call the next business day (S5), then the ladder resumes where it paused', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'R-1', '2025-12-10');
    const log = await runDays(t.db, c, '2025-12-10', '2025-12-24', async (date) => {
      if (date === '2025-12-10') await promise(t.db, c, date, '2025-12-12', '1000.00'); // before the L2 call: no call that day
    });
    expect(withoutKeepInTouch(log)).toEqual({
      '2025-12-13': ['S5 call task 10:00-17:00 R-1'], // broken at the end of Friday: the call is planned on Saturday for Monday
      '2025-12-15': ['L3 email automatic 09:00-10:00 R-1', 'L4 call task 10:00-17:00 R-1'], // L4 joins the S5 call (N4)
      '2025-12-16': ['L5 call task 10:00-17:00 R-1'],
      '2025-12-23': ['L6 letter automatic 09:00-12:00 R-1', 'L6 email automatic 09:00-12:00 R-1'],
    });
    const task = await t.pool.query(`select due_date, kind from tasks where customer_id = $1 and kind = 'broken-promise'`, [c.id]);
    expect(task.rows).toEqual([{ due_date: '2025-12-15', kind: 'broken-promise' }]);
    const calls = await t.pool.query(`select due_date, step_code from tasks where customer_id = $1 and due_date = '2025-12-15'`, [c.id]);
    expect(calls.rows).toEqual([{ due_date: '2025-12-15', step_code: 'L4' }]); // one call that day, in the tone of L4
  });

  it('one payment keeps one promise: the second instalment still needs its own money', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'J-1', '2025-12-10', '2000.00');
    const log = await runDays(t.db, c, '2025-12-10', '2025-12-22', async (date) => {
      if (date === '2025-12-10') { // before the L2 call: two instalments agreed
        await promise(t.db, c, date, '2025-12-12', '1000.00');
        await promise(t.db, c, date, '2025-12-19', '1000.00');
      }
      if (date === '2025-12-11') await pay(t.db, c, date, '1000.00'); // the first instalment only
    });
    const rows = await t.pool.query('select promised_date, status, resolved_on from promises where customer_id = $1 order by promised_date', [c.id]);
    expect(rows.rows).toEqual([
      { promised_date: '2025-12-12', status: 'kept', resolved_on: '2025-12-11' },
      { promised_date: '2025-12-19', status: 'broken', resolved_on: '2025-12-20' },
    ]);
    expect(withoutKeepInTouch(log)['2025-12-20']).toEqual(['S5 call task 10:00-17:00 J-1']); // broken at the end of Friday: a call on Monday
  });

  it('the third broken promise sends the formal claim at once', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'T-1', '2025-12-01');
    const log = await runDays(t.db, c, '2025-12-01', '2025-12-12', async (date) => {
      if (date === '2025-12-01') await promise(t.db, c, date, '2025-12-02', '1000.00');
      if (date === '2025-12-03') await promise(t.db, c, date, '2025-12-04', '1000.00');
      if (date === '2025-12-05') await promise(t.db, c, date, '2025-12-08', '1000.00');
    });
    expect(log['2025-12-09']).toEqual(['L6 letter automatic 09:00-12:00 T-1', 'L6 email automatic 09:00-12:00 T-1', 'S5 call task 10:00-17:00 T-1']);
    const broken = await t.pool.query(`select count(*)::int as n from promises where customer_id = $1 and status = 'broken'`, [c.id]);
    expect(broken.rows[0].n).toBe(3);
  });

  it('is rejected without a date or an amount (N3)', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'N-1', '2025-12-10');
    const { recordPromise } = await import('../src/actions/record-promise.ts');
    await expect(recordPromise(t.db, { customerId: c.id, kind: 'promise', currency: 'RUB', amount: '10.00' }, '2025-12-10', ctx)).rejects.toThrow(/without promisedDate is not a promise/);
    await expect(recordPromise(t.db, { customerId: c.id, kind: 'promise', currency: 'RUB', promisedDate: '2025-12-20' }, '2025-12-10', ctx)).rejects.toThrow(/without amount/);
  });
});

describe('an official letter with a payment date', () => {
  it('works as a promise, and L5 is skipped once it arrived', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'O-1', '2025-12-10');
    const log = await runDays(t.db, c, '2025-12-10', '2025-12-31', async (date) => {
      if (date === '2025-12-11') await promise(t.db, c, date, '2025-12-15', '1000.00', 'official_letter');
    });
    expect(withoutKeepInTouch(log)).toEqual({
      '2025-12-10': ['L2 call task 12:00-15:00 O-1'],
      // the letter's date passed unpaid: S5 call; the ladder resumes with L3 and L4 in one call; L5 is skipped
      '2025-12-16': ['L3 email automatic 09:00-10:00 O-1', 'S5 call task 10:00-17:00 O-1'],
      // L5 would have been 12-17 (skipped: the letter is there); L6 is five business days after that
      '2025-12-24': ['L6 letter automatic 09:00-12:00 O-1', 'L6 email automatic 09:00-12:00 O-1'],
    });
    expect(Object.values(log).flat().some((l) => l.startsWith('L5'))).toBe(false);
  });
});

describe('holds', () => {
  it('a dispute holds the disputed invoice only; the other goes on', async () => {
    const c = await makeCustomer(t.db);
    const disputed = await makeInvoice(t.db, c, 'D-1', '2025-12-10');
    await makeInvoice(t.db, c, 'D-2', '2025-12-10');
    await openDispute(t.db, { invoiceId: disputed.id, openedOn: '2025-12-01', reason: 'Wrong quantity' }, ctx);
    const log = await runDays(t.db, c, '2025-12-10', '2025-12-11');
    expect(log).toEqual({
      '2025-12-10': ['L2 call task 12:00-15:00 D-2'],
      '2025-12-11': ['L3 email automatic 09:00-10:00 D-2', 'L4 call task 10:00-17:00 D-2'],
    });
  });

  it('a collection stop holds the whole customer until its end date, then the ladder resumes', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'S-1', '2025-12-10');
    await setCollectionStop(t.db, { customerId: c.id, startsOn: '2025-12-01', endsOn: '2025-12-14', reason: 'Merger talks' }, ctx);
    const log = await runDays(t.db, c, '2025-12-01', '2025-12-16');
    expect(log).toEqual({
      '2025-12-15': ['L3 email automatic 09:00-10:00 S-1', 'L4 call task 10:00-17:00 S-1'], // L1, L2 were due in the stop: skipped, not late
      '2025-12-16': ['L5 call task 10:00-17:00 S-1'],
    });
  });
});

describe('runs are idempotent', () => {
  it('running the same date twice creates nothing new', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'I-1', '2025-12-10');
    const count = async () => (await t.pool.query('select (select count(*) from tasks where customer_id = $1)::int + (select count(*) from outbox where customer_id = $1)::int as n', [c.id])).rows[0].n as number;
    await runCollection(t.db, '2025-12-11', { dryRun: false, now: () => new Date() });
    const once = await count();
    const again = await runCollection(t.db, '2025-12-11', { dryRun: false, now: () => new Date() });
    expect(await count()).toBe(once);
    expect(again.actions.filter((a) => a.customerId === c.id)).toEqual([]);
  });

  it('a dry run writes nothing', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'Y-1', '2025-12-10');
    const dry = await runCollection(t.db, '2025-12-10', { dryRun: true, now: () => new Date() });
    expect(dry.actions.filter((a) => a.customerId === c.id).map((a) => a.stepCode)).toEqual(['L2']);
    const rows = await t.pool.query('select count(*)::int as n from tasks where customer_id = $1', [c.id]);
    expect(rows.rows[0].n).toBe(0);
  });
});
