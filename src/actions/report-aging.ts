import { customerScope, type Principal } from '../domain/access.ts';
import { agingRows, type AgingRow } from '../store/aging.store.ts';
import type { DbOrTx } from '../store/db.ts';

export const AGING_BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90', 'total'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];
export type AgingReport = { asOf: string; rows: AgingRow[]; totals: { currency: string; sums: Record<AgingBucket, bigint> }[] };

/** The aging report as of any date: per customer and currency, with totals per currency. */
export async function reportAging(db: DbOrTx, principal: Principal, asOf: string, companyId?: string): Promise<AgingReport> {
  const scope = customerScope(principal);
  const rows = await agingRows(db, asOf, { companyId, collectorId: scope === 'all' ? undefined : scope.collectorId });
  const byCurrency = new Map<string, Record<AgingBucket, bigint>>();
  for (const row of rows) {
    const sums = byCurrency.get(row.currency) ?? Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0n])) as Record<AgingBucket, bigint>;
    for (const b of AGING_BUCKETS) sums[b] += row[b];
    byCurrency.set(row.currency, sums);
  }
  const totals = [...byCurrency.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, sums]) => ({ currency, sums }));
  return { asOf, rows, totals };
}
