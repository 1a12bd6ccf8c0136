import { effectiveDueDate, isWorkingDay, type BusinessCalendar } from '../domain/calendar/index.ts';
import { claimDeadline, stepDate } from '../domain/policy/schedule.ts';
import type { Policy, PolicyStep } from '../domain/policy/types.ts';
import type { FiredStep } from '../domain/policy/types.ts';
import type { InvoiceState } from './snapshot.ts';

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
export function advanceLadder(invoice: InvoiceState, policy: Policy, calendar: BusinessCalendar, asOf: string, jumpToClaimNow = invoice.ladder.jumpToClaim): LadderAdvance {
  const before = invoice.ladder.fired;
  let fired = before; // copied on the first step fired or skipped today (withStep)
  let deadline = invoice.ladder.claimDeadline;
  let jumpToClaim = jumpToClaimNow;
  const due: PolicyStep[] = [];
  if (!isWorkingDay(calendar, asOf)) return { due, fired, claimDeadline: deadline, jumpToClaim };
  const claimIndex = claimStepIndex(policy);
  if (jumpToClaim && claimIndex >= 0 && isDone(before, policy.steps[claimIndex]!.code)) jumpToClaim = false; // the claim went already
  let effectiveDue: string | undefined;

  for (let i = 0; i < policy.steps.length; i++) {
    const step = policy.steps[i]!;
    if (isDone(before, step.code)) continue;
    if (jumpToClaim && claimIndex > i) {
      fired = withStep(fired, before, { code: step.code, date: asOf, skipped: true }); // S5: the third broken promise goes to the claim
      continue;
    }
    const previous = fired[fired.length - 1];
    const jumpNow = jumpToClaim && i === claimIndex;
    effectiveDue ??= effectiveDueDate(calendar, invoice.dueDate);
    const date = jumpNow ? asOf : stepDate(step, { effectiveDue, previousDate: previous?.date, claimDeadline: deadline }, calendar);
    if (!date || date > asOf) break;
    if (step.anchor === 'due' && step.offsetDays <= 0 && date < asOf) {
      fired = withStep(fired, before, { code: step.code, date, skipped: true }); // a pre-due reminder makes no sense late
      continue;
    }
    if (!jumpNow && step.conditions.unlessOfficialLetter && invoice.hasOfficialLetter) {
      fired = withStep(fired, before, { code: step.code, date: asOf, skipped: true });
      continue;
    }
    fired = withStep(fired, before, { code: step.code, date: asOf });
    due.push(step);
    if (step.conditions.formalClaim) {
      deadline = claimDeadline(asOf, invoice.claimResponseDays);
      jumpToClaim = false;
    }
  }
  return { due, fired, claimDeadline: deadline, jumpToClaim };
}

/** `fired` with `step` added; the stored steps (the snapshot's) are copied the first time, never changed. */
function withStep(fired: FiredStep[], stored: FiredStep[], step: FiredStep): FiredStep[] {
  const out = fired === stored ? [...stored] : fired;
  out.push(step);
  return out;
}

/** Has the step with this code fired (or been skipped)? A ladder has a handful of steps: a scan beats a Set. */
export function isDone(fired: FiredStep[], code: string): boolean {
  for (const f of fired) if (f.code === code) return true;
  return false;
}

/** The first step of the policy not yet fired or skipped; undefined past the last one (with the lawyers). */
export function nextStep(policy: Policy, fired: FiredStep[]): PolicyStep | undefined {
  for (const step of policy.steps) if (!isDone(fired, step.code)) return step;
  return undefined;
}

const claimIndexes = new WeakMap<Policy, number>();
/** Where the formal claim (L6) stands in the policy's steps, -1 without one; worked out once per policy. */
function claimStepIndex(policy: Policy): number {
  let index = claimIndexes.get(policy);
  if (index === undefined) claimIndexes.set(policy, (index = policy.steps.findIndex((s) => s.conditions.formalClaim)));
  return index;
}
