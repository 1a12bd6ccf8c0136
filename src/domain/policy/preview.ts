import { effectiveDueDate, formatInstantWithOffset, localDateTimeToInstant, type BusinessCalendar } from '../calendar/index.ts';
import { claimDeadline, stepDate } from './schedule.ts';
import type { Policy } from './types.ts';

export type PreviewLine = {
  code: string; date: string; channels: string[]; mode: string; purpose: string;
  localWindow: string; windowStart: string; windowEnd: string;
};

/**
 * For a hypothetical invoice due on `dueDate`, on which dates and at which local times each step would
 * happen if nothing is paid and nothing pauses the ladder (each step done on its day).
 */
export function previewPolicy(policy: Policy, dueDate: string, calendar: BusinessCalendar, timeZone: string, claimResponseDays = 30): { effectiveDue: string; steps: PreviewLine[] } {
  const effectiveDue = effectiveDueDate(calendar, dueDate);
  let previousDate: string | undefined;
  let deadline: string | undefined;
  const steps: PreviewLine[] = [];
  for (const step of policy.steps) {
    const date = stepDate(step, { effectiveDue, previousDate, claimDeadline: deadline }, calendar);
    if (!date) break;
    const start = localDateTimeToInstant(date, step.window.from, timeZone);
    const end = localDateTimeToInstant(date, step.window.to, timeZone);
    steps.push({
      code: step.code, date, channels: step.channels, mode: step.mode, purpose: step.purpose,
      localWindow: `${step.window.from}–${step.window.to}`, windowStart: formatInstantWithOffset(start, timeZone), windowEnd: formatInstantWithOffset(end, timeZone),
    });
    previousDate = date;
    if (step.conditions.formalClaim) deadline = claimDeadline(date, claimResponseDays);
  }
  return { effectiveDue, steps };
}
