import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { insertTask } from '../src/store/engine-apply.store.ts';
import { makeCustomer, makeInvoice, pay, runDays } from './helpers/scenario.ts';

/** The default policy is the pressure scale from the practices, L1–L7, pinned day by day. */
let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

describe('the standard ladder on the Russian calendar', () => {
  it('due on a working Saturday (2025-11-01) across the November holidays', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'A-1', '2025-11-01');
    const log = await runDays(t.db, c, '2025-10-25', '2025-12-20');
    expect(log).toEqual({
      '2025-10-29': ['L1 call task 10:00-17:00 A-1'], // 3 business days before: Wed, Thu, Fri before the working Saturday
      '2025-11-01': ['L2 call task 12:00-15:00 A-1'], // the due date is a working Saturday
      '2025-11-05': ['L3 email automatic 09:00-10:00 A-1', 'L4 call task 10:00-17:00 A-1'], // 11-02 Sun, 11-03 and 11-04 days off
      '2025-11-06': ['L5 call task 10:00-17:00 A-1'],
      '2025-11-13': ['L6 letter automatic 09:00-12:00 A-1', 'L6 email automatic 09:00-12:00 A-1'],
      '2025-11-20': ['N7 call task 10:00-17:00 A-1'], // N7: no touch for 5 business days while overdue
      '2025-11-27': ['N7 call task 10:00-17:00 A-1'],
      '2025-12-04': ['N7 call task 10:00-17:00 A-1'],
      '2025-12-11': ['N7 call task 10:00-17:00 A-1'],
      '2025-12-15': ['L7 legal task 10:00-17:00 A-1'], // claim deadline 11-13 + 30 days = Sat 12-13; the business day after is Monday
    });
  });

  it('under a contract with a 10-day claim period, the lawyers come the business day after its deadline', async () => {
    const c = await makeCustomer(t.db);
    const invoice = await makeInvoice(t.db, c, 'K-1', '2025-11-01');
    const contract = await t.pool.query(`insert into contracts (customer_id, number, date, payment_terms, claim_response_days)
      values ($1, 'K-2025/7', '2025-01-01', '{"kind":"net_calendar_days","days":30}', 10) returning id`, [c.id]);
    await t.pool.query('update invoices set contract_id = $1 where id = $2', [contract.rows[0].id, invoice.id]);
    const log = await runDays(t.db, c, '2025-10-25', '2025-11-25');
    expect(log['2025-11-13']).toEqual(['L6 letter automatic 09:00-12:00 K-1', 'L6 email automatic 09:00-12:00 K-1']);
    expect(log['2025-11-24']).toEqual(['L7 legal task 10:00-17:00 K-1']); // 11-13 + 10 days = Sunday 11-23; Monday after
  });

  it('due on 2026-01-01: the effective due date is the first working day after the New Year holidays', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'B-1', '2026-01-01');
    const log = await runDays(t.db, c, '2025-12-20', '2026-01-22');
    expect(Object.fromEntries(Object.entries(log).filter(([, lines]) => !lines[0]!.startsWith('N7')))).toEqual({
      '2025-12-26': ['L1 call task 10:00-17:00 B-1'], // 12-31 is a day off by transfer; 12-29, 12-30, then Friday 12-26
      '2026-01-12': ['L2 call task 12:00-15:00 B-1'], // 1–11 January are days off
      '2026-01-13': ['L3 email automatic 09:00-10:00 B-1', 'L4 call task 10:00-17:00 B-1'],
      '2026-01-14': ['L5 call task 10:00-17:00 B-1'],
      '2026-01-21': ['L6 letter automatic 09:00-12:00 B-1', 'L6 email automatic 09:00-12:00 B-1'],
    });
  });

  it('keeps the windows in the customer\'s local time far from Moscow', async () => {
    const c = await makeCustomer(t.db, { timeZone: 'Asia/Vladivostok' });
    await makeInvoice(t.db, c, 'V-1', '2025-11-12');
    const result = await runDays(t.db, c, '2025-11-07', '2025-11-07');
    expect(result['2025-11-07']).toEqual(['L1 call task 10:00-17:00 V-1']);
    const { runCollection } = await import('../src/actions/run-collection.ts');
    const dry = await runCollection(t.db, '2025-11-12', { dryRun: true, now: () => new Date('2025-11-12T00:00:00Z') });
    const l2 = dry.actions.find((a) => a.invoiceNumbers.includes('V-1'))!;
    expect(l2).toMatchObject({ stepCode: 'L2', windowStart: '2025-11-12T12:00:00+10:00', windowEnd: '2025-11-12T15:00:00+10:00', customerExternalId: expect.stringMatching(/^C-/) });
  });
});

describe('money stops the ladder', () => {
  it('a partial payment keeps it going; a payment that clears the balance stops it and closes its tasks as paid', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'P-1', '2025-12-10', '1000.00');
    const log = await runDays(t.db, c, '2025-12-04', '2025-12-22', async (date) => {
      if (date === '2025-12-11') await pay(t.db, c, date, '400.00');
      if (date === '2025-12-15') await pay(t.db, c, date, '600.00');
    });
    expect(log).toEqual({
      '2025-12-05': ['L1 call task 10:00-17:00 P-1'],
      '2025-12-10': ['L2 call task 12:00-15:00 P-1'],
      '2025-12-11': ['L3 email automatic 09:00-10:00 P-1', 'L4 call task 10:00-17:00 P-1'], // 600.00 still owed
      '2025-12-12': ['L5 call task 10:00-17:00 P-1'],
    });
    const open = await t.pool.query(`select count(*)::int as n from tasks where customer_id = $1 and status = 'open'`, [c.id]);
    expect(open.rows[0].n).toBe(0);
    const paid = await t.pool.query(`select count(*)::int as n from tasks where customer_id = $1 and closed_reason = 'paid'`, [c.id]);
    expect(paid.rows[0].n).toBe(4);
  });

  it('a payment dated ahead counts from its date: until then the ladder goes on, on that day it stops', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'Q-1', '2025-12-10', '1000.00');
    await pay(t.db, c, '2025-12-15', '1000.00'); // recorded now, dated Monday the 15th
    const log = await runDays(t.db, c, '2025-12-09', '2025-12-22');
    expect(log).toEqual({
      '2025-12-10': ['L2 call task 12:00-15:00 Q-1'],
      '2025-12-11': ['L3 email automatic 09:00-10:00 Q-1', 'L4 call task 10:00-17:00 Q-1'],
      '2025-12-12': ['L5 call task 10:00-17:00 Q-1'],
    });
    const open = await t.pool.query(`select count(*)::int as n from tasks where customer_id = $1 and status = 'open'`, [c.id]);
    expect(open.rows[0].n).toBe(0); // closed as paid on the 15th
  });
});

describe('one conversation per customer (N4)', () => {
  it('merges steps due the same day for several invoices into one call and one letter', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'M-1', '2025-12-10');
    await makeInvoice(t.db, c, 'M-2', '2025-12-09');
    await makeInvoice(t.db, c, 'M-0', '2025-12-09'); // entered last: the invoices are taken by due date, then number
    const log = await runDays(t.db, c, '2025-12-10', '2025-12-10');
    expect(log['2025-12-10']).toEqual(['L3 email automatic 09:00-10:00 M-0,M-2', 'L4 call task 10:00-17:00 M-0,M-2,M-1']); // M-1's L2 joins the L4 call
  });

  it('folds a step into the call already booked for that day', async () => {
    const c = await makeCustomer(t.db);
    const invoice = await makeInvoice(t.db, c, 'F-9', '2025-12-10');
    // a callback the collector booked for the 11th, about nothing yet
    await insertTask(t.db, {
      customerId: c.id, invoiceIds: [], kind: 'callback', stepCode: null, channel: 'call', scriptKey: null, dueDate: '2025-12-11',
      windowStart: new Date('2025-12-11T08:00:00Z'), windowEnd: new Date('2025-12-11T09:00:00Z'), assigneeId: null, queue: 'team', priority: 1, dedupeKey: `booked:${c.id}`,
    }, new Date('2025-12-10T12:00:00Z'));
    await runDays(t.db, c, '2025-12-11', '2025-12-11');
    const { rows } = await t.pool.query(`select kind, step_code, script_key, invoice_ids from tasks where customer_id = $1 and due_date = '2025-12-11' and status = 'open'`, [c.id]);
    expect(rows).toEqual([{ kind: 'callback', step_code: 'L4', script_key: 'call.after-demand', invoice_ids: [invoice.id] }]); // L4 joins it, no second call
  });

  it('reads a customer with a callback about nothing beside a call about its invoices', async () => {
    const c = await makeCustomer(t.db);
    await makeInvoice(t.db, c, 'F-10', '2025-12-05');
    await runDays(t.db, c, '2025-12-05', '2025-12-05'); // L2: a call about F-10
    await insertTask(t.db, {
      customerId: c.id, invoiceIds: [], kind: 'callback', stepCode: null, channel: 'call', scriptKey: null, dueDate: '2025-12-12',
      windowStart: new Date('2025-12-12T08:00:00Z'), windowEnd: new Date('2025-12-12T09:00:00Z'), assigneeId: null, queue: 'team', priority: 1, dedupeKey: `nothing:${c.id}`,
    }, new Date('2025-12-05T12:00:00Z'));
    const log = await runDays(t.db, c, '2025-12-08', '2025-12-08');
    expect(log['2025-12-08']).toEqual(['L3 email automatic 09:00-10:00 F-10', 'L4 call task 10:00-17:00 F-10']);
  });
});
