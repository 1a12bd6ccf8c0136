/**
 * `--history`: gives the warmed book the past a real book has and the generated one lacks, without
 * changing what the day's run does (the same actions: every row added is closed or paid before the run's
 * window). Per customer: 10 invoices paid long ago (each with its payment and allocation), 30 calls
 * done over the 300 days before the warm-up's window, and for 3% of those paid invoices a dispute opened
 * and resolved before they were paid, and for 2% a promise kept. Written as the engine's own writes, so
 * that the review dates the warm-up set stay. Set-based SQL, not timed.
 */
import type { Database } from '../../src/store/db.ts';

export async function addPast(database: Database, asOf: string): Promise<Record<string, number>> {
  const client = await database.pool.connect();
  const added: Record<string, number> = {};
  try {
    await client.query('begin');
    await client.query("select set_config('debitor.engine_apply', 'on', true)");
    await client.query(`create temp table past on commit drop as
      select gen_random_uuid() as invoice, gen_random_uuid() as credit, c.id as customer, c.company_id as company, g,
        $1::date - 400 + g * 25 as due from customers c, generate_series(1, 10) g`, [asOf]);
    const run = async (label: string, text: string, values: string[] = []) => { added[label] = (await client.query(text, values)).rowCount ?? 0; };
    await run('paidInvoices', `insert into invoices (id, company_id, customer_id, number, issue_date, due_date, amount, currency, paid_total)
      select invoice, company, customer, 'PAST-' || customer || '-' || g, due - 30, due, 100000, 'RUB', 100000 from past`);
    await run('payments', `insert into credits (id, company_id, customer_id, kind, date, amount, currency)
      select credit, company, customer, 'payment', due + 10, 100000, 'RUB' from past`);
    await run('allocations', `insert into allocations (credit_id, invoice_id, amount, date) select credit, invoice, 100000, due + 10 from past`);
    await run('disputes', `insert into disputes (invoice_id, opened_on, reason, resolved_on, resolution)
      select invoice, due + 2, 'goods short', due + 8, 'delivered' from past where abs(hashtext(invoice::text)) % 100 < 3`);
    await run('keptPromises', `insert into promises (customer_id, invoice_ids, kind, status, promised_date, amount, currency, created_on, resolved_on)
      select customer, array[invoice], 'promise', 'kept', due + 10, 100000, 'RUB', due + 3, due + 10 from past where abs(hashtext(invoice::text)) % 100 between 50 and 51`);
    await run('doneCalls', `insert into tasks (customer_id, invoice_ids, kind, step_code, channel, due_date, window_start, window_end, priority, status, outcome, dedupe_key)
      select c.id, '{}', 'keep-in-touch', 'N7', 'call', d, d::timestamptz, d::timestamptz, 1, 'done', 'reached_decision_maker', 'past:' || c.id || ':' || g
      from customers c, generate_series(1, 30) g, lateral (select $1::date - 100 - 10 * g as d) x`, [asOf]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  await database.pool.query('vacuum analyze');
  return added;
}
