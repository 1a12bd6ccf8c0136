import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

export type AgingRow = {
  customerId: string; customerName: string; externalId: string | null; currency: string;
  notDue: bigint; d1to30: bigint; d31to60: bigint; d61to90: bigint; over90: bigint; total: bigint;
};

/**
 * Aging as of a date, computed in SQL: invoices issued on or before `asOf`, not written off by then,
 * less payments and credit notes dated on or before `asOf`; buckets by days past the due date.
 */
export async function agingRows(
  db: DbOrTx, asOf: string, f: { companyId?: string | undefined; collectorId?: string | undefined },
): Promise<AgingRow[]> {
  const company = f.companyId ? sql`and i.company_id = ${f.companyId}` : sql``;
  const collector = f.collectorId ? sql`and c.collector_id = ${f.collectorId}` : sql``;
  // The aggregate and the sort by name spill to disk with PostgreSQL's default 4 MB work_mem at a million
  // invoices; 64 MB for this one transaction keeps them in memory (about 2x faster there).
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    return tx.execute(sql`
    with later as ( -- allocations dated after asOf: paid_total counts them, the balance as of asOf must not
      select invoice_id, sum(amount)::bigint as amount from allocations where date > ${asOf}::date group by invoice_id
    ), open as (
      select i.customer_id, i.currency, ${asOf}::date - i.due_date as late, i.amount - i.paid_total + coalesce(p.amount, 0) as balance
      from invoices i left join later p on p.invoice_id = i.id
      where i.issue_date <= ${asOf}::date and (i.written_off_on is null or i.written_off_on > ${asOf}::date) ${company}
    ), buckets as (
      select customer_id, currency,
        coalesce(sum(balance) filter (where late <= 0), 0)::bigint as "notDue",
        coalesce(sum(balance) filter (where late between 1 and 30), 0)::bigint as "d1to30",
        coalesce(sum(balance) filter (where late between 31 and 60), 0)::bigint as "d31to60",
        coalesce(sum(balance) filter (where late between 61 and 90), 0)::bigint as "d61to90",
        coalesce(sum(balance) filter (where late > 90), 0)::bigint as "over90",
        sum(balance)::bigint as total
      from open where balance <> 0 group by customer_id, currency
    )
    select b.customer_id as "customerId", c.legal_name as "customerName", c.external_id as "externalId", b.currency,
      b."notDue", b."d1to30", b."d31to60", b."d61to90", b."over90", b.total
    from buckets b join customers c on c.id = b.customer_id ${collector}
    order by c.legal_name, c.id, b.currency`);
  });
  return result.rows as AgingRow[];
}
