/**
 * The worklist order (L8): a task's priority score, 0–100, from the overdue amount, the days overdue and
 * the customer's risk class:
 *   amount part   = min(40, 8 × log10(1 + overdue in major units))       — 1 → 2, 1,000 → 24, 100,000 → 40
 *   lateness part = min(40, days overdue × 40 / 90)                        — 90 days and more → 40
 *   risk part     = A 0, B 5, C 10, D 15, E 20 (unknown 5)
 *   broken promises add 5 each, up to 10 more (S5: react at once).
 */
const RISK: Record<string, number> = { A: 0, B: 5, C: 10, D: 15, E: 20 };

export function priorityScore(overdueMinor: bigint, exponent: number, daysOverdue: number, riskClass: string | null, brokenPromises: number): number {
  const major = Number(overdueMinor) / 10 ** exponent;
  const amount = Math.min(40, 8 * Math.log10(1 + Math.max(0, major)));
  const lateness = Math.min(40, (Math.max(0, daysOverdue) * 40) / 90);
  const risk = riskClass ? (RISK[riskClass.toUpperCase()] ?? 5) : 5;
  return Math.round(amount + lateness + risk + Math.min(10, 5 * brokenPromises));
}
