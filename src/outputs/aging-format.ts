import { formatAmount } from '../domain/money.ts';

type AgingRowLike = { customerName: string; externalId: string | null; currency: string } & Record<Bucket, bigint>;
type Bucket = 'notDue' | 'd1to30' | 'd31to60' | 'd61to90' | 'over90' | 'total';
type AgingLike = { asOf: string; rows: AgingRowLike[]; totals: { currency: string; sums: Record<Bucket, bigint> }[] };

const BUCKETS: Bucket[] = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90', 'total'];
const TITLES = ['not due', '1-30', '31-60', '61-90', 'over 90', 'total'];

/** The aging report as JSON (money as decimal strings), CSV (one line per customer and currency) or a text table. */
export function agingToJson(report: AgingLike) {
  const money = (sums: Record<Bucket, bigint>, currency: string) => Object.fromEntries(BUCKETS.map((b) => [b, formatAmount(sums[b], currency)]));
  return {
    asOf: report.asOf,
    rows: report.rows.map((r) => ({ customerName: r.customerName, externalId: r.externalId, currency: r.currency, ...money(r, r.currency) })),
    totals: report.totals.map((t) => ({ currency: t.currency, ...money(t.sums, t.currency) })),
  };
}

export function agingToCsv(report: AgingLike): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = [['customer', 'external_id', 'currency', ...BUCKETS].join(',')];
  for (const r of report.rows) lines.push([quote(r.customerName), quote(r.externalId ?? ''), r.currency, ...BUCKETS.map((b) => formatAmount(r[b], r.currency))].join(','));
  for (const t of report.totals) lines.push(['TOTAL', '', t.currency, ...BUCKETS.map((b) => formatAmount(t.sums[b], t.currency))].join(','));
  return `${lines.join('\n')}\n`;
}

export function agingToTable(report: AgingLike): string {
  const rows = [
    ['customer', 'cur', ...TITLES],
    ...report.rows.map((r) => [r.customerName, r.currency, ...BUCKETS.map((b) => formatAmount(r[b], r.currency))]),
    ...report.totals.map((t) => ['TOTAL', t.currency, ...BUCKETS.map((b) => formatAmount(t.sums[b], t.currency))]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`Aging as of ${report.asOf}`, fmt(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n') + '\n';
}
