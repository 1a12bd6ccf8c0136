import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

export type CustomerBalanceRow = { currency: string; invoiced: bigint; paid: bigint; balance: bigint; overdue: bigint; unallocatedCredit: bigint };

/** A customer's position as of a date, per currency: only invoices issued and credits dated by then. */
export async function customerBalanceRows(db: DbOrTx, customerId: string, asOf: string): Promise<CustomerBalanceRow[]> {
  const result = await db.execute(sql`
    with inv as (
      select i.currency, i.amount, i.due_date,
        coalesce((select sum(a.amount) from allocations a where a.invoice_id = i.id and a.date <= ${asOf}::date), 0) as paid
      from invoices i
      where i.customer_id = ${customerId} and i.issue_date <= ${asOf}::date
        and (i.written_off_on is null or i.written_off_on > ${asOf}::date)
    ), cred as (
      select c.currency, sum(c.amount - coalesce((select sum(a.amount) from allocations a where a.credit_id = c.id), 0)) as unallocated
      from credits c where c.customer_id = ${customerId} and c.date <= ${asOf}::date group by c.currency
    ), totals as (
      select currency, sum(amount) as invoiced, sum(paid) as paid, sum(amount - paid) as balance,
        sum(amount - paid) filter (where due_date < ${asOf}::date) as overdue
      from inv group by currency
    )
    select coalesce(t.currency, c.currency) as currency, coalesce(t.invoiced, 0)::bigint as invoiced,
      coalesce(t.paid, 0)::bigint as paid, coalesce(t.balance, 0)::bigint as balance,
      coalesce(t.overdue, 0)::bigint as overdue, coalesce(c.unallocated, 0)::bigint as "unallocatedCredit"
    from totals t full join cred c on c.currency = t.currency
    order by 1`);
  return result.rows as CustomerBalanceRow[];
}
