import { BUCKETS, type Dashboard } from '../api/dashboard.api.ts';

/**
 * Chart points from decimal strings. A chart needs numbers to draw bars; these are for drawing only —
 * every amount the user reads is the exact string, formatted.
 */
export function agingChartData(totals: Dashboard['totals'][number], label: (bucket: string) => string) {
  return BUCKETS.map((b) => ({ bucket: label(b), amount: Number(totals[b]), exact: totals[b] }));
}
