import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const IBM_CSV = resolve(import.meta.dirname, '../fixtures/ibm-accounts-receivable.csv');

/**
 * The aging of the IBM file computed straight from the CSV, independently of the product: an invoice is
 * open on `asOf` if issued by then and not yet settled; cents are summed as integers.
 */
export function agingOracle(asOf: string) {
  const day = (mdY: string) => { const [m, d, y] = mdY.split('/').map(Number); return Date.UTC(y!, m! - 1, d!) / 86_400_000; };
  const at = Date.parse(`${asOf}T00:00:00Z`) / 86_400_000;
  const sums = { notDue: 0, d1to30: 0, d31to60: 0, d61to90: 0, over90: 0, total: 0 };
  const [header, ...lines] = readFileSync(IBM_CSV, 'utf8').trim().split('\n');
  const index = Object.fromEntries(header!.split(',').map((h, i) => [h.trim(), i]));
  const col = (name: string) => { const i = index[name]; if (i === undefined) throw new Error(`no column ${name}`); return i; };
  for (const line of lines) {
    const f = line.split(',');
    if (day(f[col('InvoiceDate')]!) > at || day(f[col('SettledDate')]!) <= at) continue;
    const [whole, frac = ''] = f[col('InvoiceAmount')]!.split('.');
    const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
    const late = at - day(f[col('DueDate')]!);
    const bucket = late <= 0 ? 'notDue' : late <= 30 ? 'd1to30' : late <= 60 ? 'd31to60' : late <= 90 ? 'd61to90' : 'over90';
    sums[bucket] += cents;
    sums.total += cents;
  }
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`]));
}
