import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

/** The customer's invoices issued by `asOf` and not written off by then: what a letter may list. */
export async function invoiceIdsAsOf(db: DbOrTx, customerId: string, asOf: string): Promise<string[]> {
  const result = await db.execute(sql`select id from invoices where customer_id = ${customerId} and issue_date <= ${asOf}::date
    and (written_off_on is null or written_off_on > ${asOf}::date) order by due_date, number`);
  return (result.rows as { id: string }[]).map((r) => r.id);
}

export type SettlementEntry = { date: string; document: string; side: 'debit' | 'credit'; amount: bigint };

/**
 * The reconciliation act's figures in one currency: the balance before `from` (invoiced minus paid and
 * credited) and every invoice (debit) and payment or credit note (credit) dated in the period, by date.
 */
export async function settlements(db: DbOrTx, customerId: string, currency: string, from: string, to: string): Promise<{ opening: bigint; entries: SettlementEntry[] }> {
  const opening = await db.execute(sql`select
      (select coalesce(sum(amount), 0) from invoices where customer_id = ${customerId} and currency = ${currency} and issue_date < ${from}::date)::bigint
    - (select coalesce(sum(amount), 0) from credits where customer_id = ${customerId} and currency = ${currency} and date < ${from}::date)::bigint as opening`);
  const entries = await db.execute(sql`select * from (
      select issue_date as date, number as document, 'debit' as side, amount from invoices
      where customer_id = ${customerId} and currency = ${currency} and issue_date between ${from}::date and ${to}::date
      union all
      select date, coalesce(number, reference, kind), 'credit', amount from credits
      where customer_id = ${customerId} and currency = ${currency} and date between ${from}::date and ${to}::date
    ) e order by date, side desc, document`);
  return { opening: (opening.rows[0] as { opening: bigint }).opening, entries: entries.rows as SettlementEntry[] };
}
