import { addBusinessDays, addCalendarDays, nextWorkingDay, type BusinessCalendar } from '../calendar/index.ts';
import type { PolicyStep } from './types.ts';

/** Where an invoice stands on its ladder: the effective due date and what already happened. */
export type LadderAnchors = { effectiveDue: string; previousDate?: string | undefined; claimDeadline?: string | undefined };

/**
 * The date a step is due, on the customer's business calendar. Business-day offsets count working days
 * of the customer's country; a calendar-day offset that lands on a day off moves to the next working
 * day (nobody is called on a holiday). Undefined when the step's anchor has not happened yet.
 */
export function stepDate(step: PolicyStep, anchors: LadderAnchors, calendar: BusinessCalendar): string | undefined {
  const base = step.anchor === 'due' ? anchors.effectiveDue : step.anchor === 'previous' ? anchors.previousDate : anchors.claimDeadline;
  if (!base) return undefined;
  if (step.offsetUnit === 'business') return addBusinessDays(calendar, base, step.offsetDays); // Sat + 1 = Mon
  return nextWorkingDay(calendar, addCalendarDays(base, step.offsetDays));
}

/** L6: the customer answers a formal claim within the contract's claim period (calendar days, default 30). */
export function claimDeadline(claimDate: string, responseDays: number): string {
  return addCalendarDays(claimDate, responseDays);
}
