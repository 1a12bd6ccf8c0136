import { addCalendarDays, effectiveDueDate } from '../domain/calendar/index.ts';
import { firstKeepInTouchDay, touchDates, type Touch } from '../domain/contact-policy/index.ts';
import { stepDate } from '../domain/policy/schedule.ts';
import { promiseOutcome } from '../domain/promises.ts';
import type { EngineAction, LadderUpdate } from './actions.ts';
import type { PlanContext } from './plan.ts';
import { nextStep } from './ladder.ts';
import type { CustomerSnapshot } from './snapshot.ts';

/** Review again only when the books change (a write resets the date; see migration 0005). */
export const NEVER = 'infinity';

/** How far ahead the keep-in-touch rhythm (N7) is looked for; past it, the customer is simply looked at again. */
const KEEP_IN_TOUCH_HORIZON_DAYS = 45;

/**
 * The first date after `asOf` on which planEscalations could do anything for this customer if its books
 * do not change in between, given what was planned today. The daily run skips the customer until then,
 * which is what lets it look only at what is due (issue 3's speed target). Every date that moves the
 * plan is a candidate: the next ladder step of each open invoice (L1–L7), a promise falling due (S5),
 * the end of a collection stop, the N7 keep-in-touch rhythm, a future-dated fact already in the books
 * (`nextFactOn`: an invoice issued later, a post-dated payment…), and tomorrow when a touch was held
 * back by the contact policy today. When in doubt it must answer early, never late.
 */
export function nextReviewDate(c: CustomerSnapshot, asOf: string, ctx: PlanContext, planned: EngineAction[], nextFactOn: string | null): string {
  const tomorrow = addCalendarDays(asOf, 1);
  if (planned.some((a) => a.type === 'held')) return tomorrow; // retried on the next run
  const candidates: string[] = []; // dates before tomorrow count as tomorrow (see earliest)
  if (nextFactOn) candidates.push(nextFactOn);

  const resolved = new Set(planned.flatMap((a) => (a.type === 'promise' ? [a.promiseId] : [])));
  const paused = new Set<string>();
  for (const p of c.promises) {
    if (resolved.has(p.id) || promiseOutcome(p, asOf) !== 'in_force') continue;
    p.invoiceIds.forEach((id) => paused.add(id));
    candidates.push(addCalendarDays(p.promisedDate, 1)); // broken the day after the promised date
  }
  if (c.stoppedUntil && c.stoppedUntil >= asOf) {
    candidates.push(addCalendarDays(c.stoppedUntil, 1));
    return earliest(candidates, tomorrow);
  }

  const calendar = ctx.calendar(c.country);
  const ladders = new Map(planned.flatMap((a) => (a.type === 'ladder' ? [[a.invoiceId, a] as const] : [])));
  const keepInTouchFor: { effectiveDue: string }[] = [];
  for (const invoice of c.invoices) {
    if (invoice.balance <= 0n || invoice.disputed || paused.has(invoice.id)) continue;
    const policy = ctx.policy(invoice.policyCode);
    const ladder: Pick<LadderUpdate, 'fired' | 'claimDeadline' | 'jumpToClaim'> = ladders.get(invoice.id) ?? invoice.ladder;
    const next = nextStep(policy, ladder.fired);
    if (!next) continue; // past the last step: with the lawyers, no more touches
    const effectiveDue = effectiveDueDate(calendar, invoice.dueDate);
    keepInTouchFor.push({ effectiveDue });
    if (invoice.balance <= policy.minBalanceMinor) continue;
    if (ladder.jumpToClaim) { candidates.push(tomorrow); continue; }
    const date = stepDate(next, { effectiveDue, previousDate: ladder.fired[ladder.fired.length - 1]?.date, claimDeadline: ladder.claimDeadline }, calendar);
    if (date) candidates.push(date);
  }

  const keepInTouch = keepInTouchFrom(c, asOf, ctx, planned, keepInTouchFor);
  if (keepInTouch) candidates.push(keepInTouch);
  return earliest(candidates, tomorrow);
}

/** N7: the first day after `asOf` a keep-in-touch call would be due, counting today's touches. */
function keepInTouchFrom(c: CustomerSnapshot, asOf: string, ctx: PlanContext, planned: EngineAction[], invoices: { effectiveDue: string }[]): string | null {
  if (invoices.length === 0) return null;
  const firstOverdue = invoices.reduce((min, i) => (i.effectiveDue < min ? i.effectiveDue : min), invoices[0]!.effectiveDue);
  const history: Touch[] = [...c.touches];
  for (const a of planned) if (a.type === 'touch' && !a.mergeIntoTaskId) history.push({ at: a.window.start, channel: a.channel });
  const policy = ctx.contactPolicy(c);
  const calendar = ctx.calendar(c.country);
  return firstKeepInTouchDay(policy, calendar, touchDates(history, c.timeZone), addCalendarDays(asOf < firstOverdue ? firstOverdue : asOf, 1), KEEP_IN_TOUCH_HORIZON_DAYS);
}

/** The earliest candidate, and never before `tomorrow` (today's run has already looked at today). */
function earliest(dates: string[], tomorrow: string): string {
  let min: string = NEVER;
  for (const d of dates) if (d < min) min = d;
  return min < tomorrow ? tomorrow : min;
}
