import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany } from '../src/actions/create-company.ts';
import { createCustomer } from '../src/actions/create-customer.ts';
import { createInvoice } from '../src/actions/create-invoice.ts';
import { openDispute } from '../src/actions/open-dispute.ts';
import { recordCredit } from '../src/actions/record-credit.ts';
import { recordPromise } from '../src/actions/record-promise.ts';
import { recordTaskOutcome } from '../src/actions/record-task-outcome.ts';
import { resolveDispute } from '../src/actions/resolve-dispute.ts';
import { runCollection } from '../src/actions/run-collection.ts';
import { setCollectionStop } from '../src/actions/set-collection-stop.ts';
import { addCalendarException } from '../src/actions/manage-calendars.ts';
import { assignRiskClassPolicy } from '../src/actions/manage-policies.ts';
import { updateCustomer } from '../src/actions/update-customer.ts';
import { addCalendarDays } from '../src/domain/calendar/index.ts';
import type { Db } from '../src/store/db.ts';
import { claimNextDue, recordOutcome } from '../src/store/outbox.store.ts';
import { describeAction } from './helpers/scenario.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';

/**
 * The daily run looks only at customers whose review date has come. This pins that skipping changes
 * nothing: the same books, with the same things happening to them day after day (payments, promises
 * kept and broken, disputes, a stop, call outcomes, a policy change, post-dated and future facts), run
 * once with review dates and once looking at every customer every day, give the same actions on every
 * one of 83 days, across the Russian New Year holidays.
 */
const FROM = '2025-11-20';
const TO = '2026-02-10';
const ctx = (date: string) => ({ actor: 'test', at: new Date(`${date}T06:00:00Z`) });

type Book = { db: Db; pool: TestDatabase['pool']; customers: Map<string, string>; invoices: Map<string, string> };

async function seed({ db, pool }: TestDatabase): Promise<Book> {
  const at = ctx('2025-11-01');
  const company = await createCompany(db, { legalName: 'Seller', taxIds: {}, country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru', bankAccounts: [] }, at);
  const book: Book = { db, pool, customers: new Map(), invoices: new Map() };
  const customer = async (ext: string, o: { country?: string; timeZone?: string; policyCode?: string; isIndividual?: boolean } = {}) => {
    const c = await createCustomer(db, {
      companyId: company.id, legalName: `Customer ${ext}`, externalId: ext, country: o.country ?? 'RU', timeZone: o.timeZone ?? 'Europe/Moscow',
      language: 'ru', tags: [], isIndividual: o.isIndividual ?? false, policyCode: o.policyCode,
    }, at);
    book.customers.set(ext, c.id);
  };
  const invoice = async (ext: string, number: string, dueDate: string, amount = '1000.00', issueDate = '2025-11-01') => {
    const i = await createInvoice(db, { customerId: book.customers.get(ext)!, number, issueDate, dueDate, amount, currency: 'RUB', documents: [] }, at);
    book.invoices.set(number, i.id);
  };
  await customer('C-1'); await invoice('C-1', '1-A', '2025-12-01'); await invoice('C-1', '1-B', '2025-12-20');
  await customer('C-2', { policyCode: 'soft' }); await invoice('C-2', '2-A', '2025-12-05');
  await customer('C-3', { isIndividual: true }); await invoice('C-3', '3-A', '2025-12-10');
  await customer('C-4', { country: 'UA', timeZone: 'Europe/Kyiv', policyCode: 'strict' }); await invoice('C-4', '4-A', '2025-12-15');
  await customer('C-5', { country: 'BG', timeZone: 'Europe/Sofia' }); await invoice('C-5', '5-A', '2025-12-22');
  await customer('C-6'); await invoice('C-6', '6-A', '2025-11-25');
  await customer('C-7'); await invoice('C-7', '7-A', '2025-12-01');
  await customer('C-8'); await invoice('C-8', '8-A', '2025-12-01');
  await customer('C-9'); await invoice('C-9', '9-A', '2026-01-15', '1000.00', '2026-01-05'); // issued in the future
  await customer('C-10'); await invoice('C-10', '10-A', '2025-12-08');
  await recordCredit(db, 'payment', { customerId: book.customers.get('C-10')!, date: '2025-12-18', amount: '1000.00', currency: 'RUB' }, at); // post-dated
  await customer('C-11'); await invoice('C-11', '11-A', '2025-12-01', '1.00'); await invoice('C-11', '11-B', '2026-01-20');
  await customer('C-12', { timeZone: 'Asia/Vladivostok' }); await invoice('C-12', '12-A', '2025-12-03');
  await customer('C-13'); await invoice('C-13', '13-A', '2025-12-12', '5000.00');
  await customer('C-14'); await invoice('C-14', '14-A', '2025-12-09');
  await customer('C-15');
  await customer('C-16', { timeZone: 'America/New_York', country: 'US' }); await invoice('C-16', '16-A', '2025-11-28');
  // paid in full by a payment dated on the day of its first step (L1, 12-05): a future fact on a review day
  await customer('C-17'); await invoice('C-17', '17-A', '2025-12-10');
  await recordCredit(db, 'payment', { customerId: book.customers.get('C-17')!, date: '2025-12-05', amount: '1000.00', currency: 'RUB' }, at);
  // disputed from 12-10; the resolution, recorded on 12-15, is dated 12-24: its ladder resumes then
  await customer('C-18'); await invoice('C-18', '18-A', '2025-12-08');
  return book;
}

/** What happens to the books before the run of `date`, the same in both databases. */
async function events(b: Book, date: string): Promise<void> {
  const db = b.db;
  const at = ctx(date);
  await deliverDue(db, at.at);
  const cust = (ext: string) => b.customers.get(ext)!;
  const pay = (ext: string, amount: string) => recordCredit(db, 'payment', { customerId: cust(ext), date, amount, currency: 'RUB' }, at);
  const promise = (ext: string, promisedDate: string, amount: string) =>
    recordPromise(db, { customerId: cust(ext), kind: 'promise', promisedDate, amount, currency: 'RUB', madeOn: date }, date, at);
  const dispute = async () => (await b.pool.query(`select id, version from disputes where invoice_id = $1`, [b.invoices.get('7-A')])).rows[0];
  switch (date) {
    case '2025-12-01': await promise('C-6', '2025-12-10', '1000.00'); break; // broken
    case '2025-12-03': await openDispute(db, { invoiceId: b.invoices.get('7-A')!, openedOn: date, reason: 'goods short' }, at); break;
    case '2025-12-04': {
      await setCollectionStop(db, { customerId: cust('C-8'), startsOn: '2025-12-05', endsOn: '2025-12-25', reason: 'merger' }, at);
      const task = (await b.pool.query(`select id, version from tasks where customer_id = $1 and status = 'open' order by due_date desc limit 1`, [cust('C-12')])).rows[0];
      if (task) await recordTaskOutcome(db, task.id, { version: task.version, outcome: 'no_answer', sendConfirmation: false }, at);
      break;
    }
    case '2025-12-10': await openDispute(db, { invoiceId: b.invoices.get('18-A')!, openedOn: date, reason: 'wrong price' }, at); break;
    case '2025-12-12': await pay('C-13', '2000.00'); break;
    case '2025-12-15': {
      const c = (await b.pool.query(`select version from customers where id = $1`, [cust('C-14')])).rows[0];
      await updateCustomer(db, cust('C-14'), { version: c.version, policyCode: 'strict' }, at);
      const d = (await b.pool.query(`select id, version from disputes where invoice_id = $1`, [b.invoices.get('18-A')])).rows[0];
      await resolveDispute(db, d.id, { version: d.version, resolvedOn: '2025-12-24', resolution: 'price confirmed' }, at); // dated ahead
      break;
    }
    case '2025-12-20': {
      const d = await dispute();
      await resolveDispute(db, d.id, { version: d.version, resolvedOn: date, resolution: 'delivered in full' }, at);
      await createInvoice(db, { customerId: cust('C-15'), number: '15-A', issueDate: date, dueDate: '2026-01-12', amount: '700.00', currency: 'RUB', documents: [] }, at);
      break;
    }
    case '2025-12-26': await promise('C-5', '2026-01-09', '1000.00'); break; // kept
    case '2026-01-08': await pay('C-5', '1000.00'); break;
    case '2026-01-13': await pay('C-1', '1000.00'); break;
    default: break;
  }
}

/** The delivery worker sends every message that is due (status changes the run does not plan from). */
async function deliverDue(db: Db, now: Date): Promise<number> {
  let sent = 0;
  for (let m = await claimNextDue(db, now); m; m = await claimNextDue(db, now), sent++) {
    await recordOutcome(db, m.id, { status: 'sent', recipient: 'ap@example.com', subject: m.templateKey }, now);
  }
  return sent;
}

async function runAll(b: Book, everyone: boolean) {
  const days: Record<string, string[]> = {};
  const counts: Record<string, Record<string, number>> = {};
  let looked = 0;
  const externalIds = new Map([...b.customers].map(([ext, id]) => [id, ext]));
  for (let date = FROM; date <= TO; date = addCalendarDays(date, 1)) {
    await events(b, date);
    const r = await runCollection(b.db, date, { dryRun: false, now: () => new Date(`${date}T05:00:00Z`), everyone });
    looked += r.customers;
    days[date] = r.actions.map((a) => `${externalIds.get(a.customerId)} ${a.kind} ${describeAction(a)}`).sort();
    counts[date] = r.counts;
  }
  return { days, counts, looked };
}

let a: TestDatabase;
let b: TestDatabase;
beforeAll(async () => { [a, b] = await Promise.all([freshDatabase(), freshDatabase()]); });
afterAll(async () => { await Promise.all([a.close(), b.close()]); });

describe('review dates', () => {
  it('skipping customers until their review date gives the same actions, day by day, as looking at everyone', async () => {
    const [withReview, everyone] = await Promise.all([runAll(await seed(a), false), runAll(await seed(b), true)]);
    console.log(`customers looked at over 83 days: ${withReview.looked} with review dates, ${everyone.looked} looking at everyone`);
    for (const date of Object.keys(everyone.days)) {
      expect({ date, actions: withReview.days[date] }).toEqual({ date, actions: everyone.days[date] });
      expect({ date, counts: withReview.counts[date] }).toEqual({ date, counts: everyone.counts[date] });
    }
    const all = Object.values(everyone.days).flat();
    expect(all.length).toBeGreaterThan(60); // the books are busy: the comparison means something
    for (const kind of ['step', 'broken-promise', 'keep-in-touch']) expect(all.some((l) => l.includes(` ${kind} `))).toBe(true);
    // looking at everyone: every customer with something to collect, every day; with review dates, a fraction of that
    expect(everyone.looked).toBeGreaterThan(14 * 83);
    expect(withReview.looked).toBeLessThan(everyone.looked / 3);
  });

  it('a run on a day with nothing due looks at nobody, and a write brings the customer back', async () => {
    const t = await freshDatabase();
    try {
      const book = await seed(t);
      await runCollection(t.db, '2025-11-20', { dryRun: false, now: () => new Date() });
      const again = await runCollection(t.db, '2025-11-20', { dryRun: false, now: () => new Date() });
      expect(again.customers).toBe(0);
      await recordCredit(t.db, 'payment', { customerId: book.customers.get('C-2')!, date: '2025-11-20', amount: '10.00', currency: 'RUB' }, ctx('2025-11-20'));
      const afterPayment = await runCollection(t.db, '2025-11-20', { dryRun: false, now: () => new Date() });
      expect(afterPayment.customers).toBe(1);
      const reviewOn = await t.pool.query(`select external_id, review_on from customers where external_id in ('C-2', 'C-9', 'C-15') order by external_id`);
      expect(reviewOn.rows).toEqual([
        { external_id: 'C-15', review_on: 'infinity' }, // no invoices: only a write brings it back
        { external_id: 'C-2', review_on: '2025-12-02' }, // soft policy: its first step, before the due date 12-05
        { external_id: 'C-9', review_on: '2026-01-05' }, // the invoice is issued then
      ]);
      // a day off added to Ukraine's calendar can move the Ukrainian customer's ladder, nobody else's
      await addCalendarException(t.db, 'UA', { date: '2025-12-12', kind: 'non_working' }, ctx('2025-11-20'));
      const ua = await runCollection(t.db, '2025-11-20', { dryRun: false, now: () => new Date() });
      expect(ua.customers).toBe(1);
      // a policy change can move anyone's
      await assignRiskClassPolicy(t.db, 'C', 'strict', ctx('2025-11-20'));
      const pending = await t.pool.query(`select count(*)::int as n from customers where review_on is null`);
      expect(pending.rows[0].n).toBe(18);
    } finally {
      await t.close();
    }
  });

  it('sending a message does not bring its customer back; cancelling one does', async () => {
    const t = await freshDatabase();
    try {
      await seed(t);
      const run = (date: string) => runCollection(t.db, date, { dryRun: false, now: () => new Date(`${date}T05:00:00Z`) });
      let date = FROM;
      for (; (await run(date)).counts.messages === 0; date = addCalendarDays(date, 1)) expect(date < TO).toBe(true);
      const sent = await deliverDue(t.db, new Date(`${addCalendarDays(date, 1)}T00:00:00Z`));
      expect(sent).toBeGreaterThan(0);
      expect((await run(date)).customers).toBe(0); // the same date again: nobody is due, delivered or not
      const message = (await t.pool.query(`select id, customer_id from outbox where status = 'sent' limit 1`)).rows[0];
      await t.pool.query(`update outbox set status = 'cancelled' where id = $1`, [message.id]); // the run counts it no more
      const again = await run(date);
      expect(again.customers).toBe(1);
      expect(again.actions.every((a) => a.customerId === message.customer_id)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
