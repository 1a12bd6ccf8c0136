/**
 * D1: three kinds of debtor. (a) `cannot_pay` wants to pay but can't (financial trouble): pays in parts,
 * keeps to a plan; (b) `delays` pays in the end but late, on purpose, to manage its cash; (c) `avoids`
 * does not pay at all: broken promises, no payment for months, calls unanswered or refused. A person
 * sets the type; this suggests one from the history, with the reasons, or none when the history is thin.
 */
export type DebtorType = 'cannot_pay' | 'delays' | 'avoids';
export const DEBTOR_TYPES: readonly DebtorType[] = ['cannot_pay', 'delays', 'avoids'];

export type DebtorHistory = {
  brokenPromises: number; keptPromises: number; openPlans: number;
  paidInvoices: number; averageDaysLate: number | null; partlyPaidInvoices: number;
  daysSinceLastPayment: number | null; // null: never paid
  oldestDaysOverdue: number; unansweredCalls: number; refusals: number;
};

export type Reason = { code: string; value: number };
export type DebtorSuggestion = { debtorType: DebtorType | null; reasons: Reason[] };

const AVOIDS_BROKEN = 3; // S5: "after the third call even the most persistent give in" — three broken promises is a pattern
const SILENT_DAYS = 90;
const LATE_HABIT_DAYS = 10;

export function suggestDebtorType(h: DebtorHistory): DebtorSuggestion {
  const silent = h.oldestDaysOverdue > 30 && (h.daysSinceLastPayment === null || h.daysSinceLastPayment > SILENT_DAYS);
  const avoids: Reason[] = [];
  if (h.brokenPromises >= AVOIDS_BROKEN) avoids.push({ code: 'broken_promises', value: h.brokenPromises });
  if (silent) avoids.push({ code: 'no_payment_days', value: h.daysSinceLastPayment ?? h.oldestDaysOverdue });
  if (h.unansweredCalls + h.refusals >= 3) avoids.push({ code: 'calls_unanswered_or_refused', value: h.unansweredCalls + h.refusals });
  if (avoids.length >= 2 || h.brokenPromises >= AVOIDS_BROKEN) return { debtorType: 'avoids', reasons: avoids };

  const cannot: Reason[] = [];
  if (h.openPlans > 0) cannot.push({ code: 'instalment_plan', value: h.openPlans });
  if (h.partlyPaidInvoices > 0) cannot.push({ code: 'partly_paid_invoices', value: h.partlyPaidInvoices });
  if (h.keptPromises > 0 && h.oldestDaysOverdue > 0) cannot.push({ code: 'kept_promises', value: h.keptPromises });
  if (cannot.length > 0 && h.brokenPromises <= h.keptPromises) return { debtorType: 'cannot_pay', reasons: cannot };

  const delays: Reason[] = [];
  if (h.paidInvoices >= 2 && (h.averageDaysLate ?? 0) >= LATE_HABIT_DAYS) delays.push({ code: 'average_days_late', value: Math.round(h.averageDaysLate!) });
  if (h.brokenPromises > 0) delays.push({ code: 'broken_promises', value: h.brokenPromises });
  if (delays.length > 0) return { debtorType: 'delays', reasons: delays };
  if (cannot.length > 0) return { debtorType: 'cannot_pay', reasons: cannot };
  return { debtorType: null, reasons: avoids };
}
