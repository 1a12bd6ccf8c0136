import { effectiveDueDate, isWorkingDay, type BusinessCalendar } from '../domain/calendar/index.ts';
import { claimDeadline, stepDate } from '../domain/policy/schedule.ts';
import type { Policy, PolicyStep } from '../domain/policy/types.ts';
import type { FiredStep, InvoiceState } from './snapshot.ts';

export type LadderAdvance = { due: PolicyStep[]; fired: FiredStep[]; claimDeadline?: string | undefined; jumpToClaim: boolean };

/**
 * Moves one invoice up its ladder on `asOf` (the Tryton way: a step is tested against the date, the
 * date is an argument). A step is due when its date (from its anchor and offset on the customer's
 * business calendar) is on or before `asOf`; several may fall due the same day (L3 then L4). Steps at
 * or before the due date (L1, L2) that were missed because the invoice arrived late are skipped, not
 * fired late; a later step delayed by a promise or a stop fires when the pause ends ("resumes where it
 * paused"). L5/L6 are skipped when an official letter arrived. After too many broken promises the ladder
 * jumps to the formal claim.
 */
export function advanceLadder(invoice: InvoiceState, policy: Policy, calendar: BusinessCalendar, asOf: string): LadderAdvance {
  const fired = [...invoice.ladder.fired];
  let deadline = invoice.ladder.claimDeadline;
  let jumpToClaim = invoice.ladder.jumpToClaim;
  const due: PolicyStep[] = [];
  if (!isWorkingDay(calendar, asOf)) return { due, fired, claimDeadline: deadline, jumpToClaim };
  const effectiveDue = effectiveDueDate(calendar, invoice.dueDate);
  const done = new Set(fired.map((f) => f.code));
  const claimIndex = policy.steps.findIndex((s) => s.conditions.formalClaim);
  if (jumpToClaim && claimIndex >= 0 && done.has(policy.steps[claimIndex]!.code)) jumpToClaim = false; // the claim went already

  for (let i = 0; i < policy.steps.length; i++) {
    const step = policy.steps[i]!;
    if (done.has(step.code)) continue;
    if (jumpToClaim && claimIndex > i) {
      fired.push({ code: step.code, date: asOf, skipped: true }); // S5: the third broken promise goes to the claim
      continue;
    }
    const previous = fired[fired.length - 1];
    const jumpNow = jumpToClaim && i === claimIndex;
    const date = jumpNow ? asOf : stepDate(step, { effectiveDue, previousDate: previous?.date, claimDeadline: deadline }, calendar);
    if (!date || date > asOf) break;
    if (step.anchor === 'due' && step.offsetDays <= 0 && date < asOf) {
      fired.push({ code: step.code, date, skipped: true }); // a pre-due reminder makes no sense late
      continue;
    }
    if (!jumpNow && step.conditions.unlessOfficialLetter && invoice.hasOfficialLetter) {
      fired.push({ code: step.code, date: asOf, skipped: true });
      continue;
    }
    fired.push({ code: step.code, date: asOf });
    due.push(step);
    if (step.conditions.formalClaim) {
      deadline = claimDeadline(asOf, invoice.claimResponseDays);
      jumpToClaim = false;
    }
  }
  return { due, fired, claimDeadline: deadline, jumpToClaim };
}
