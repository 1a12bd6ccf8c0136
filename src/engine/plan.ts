import { addBusinessDays, daysBetween, effectiveDueDate, isWorkingDay, localDateTimeToInstant, nextWorkingDay, type BusinessCalendar } from '../domain/calendar/index.ts';
import { checkTouch, keepInTouchDue, varyChannel, type ContactPolicy, type Touch } from '../domain/contact-policy/index.ts';
import { currencyExponent } from '../domain/money.ts';
import type { Policy, PolicyStep } from '../domain/policy/types.ts';
import { promiseOutcome } from '../domain/promises.ts';
import type { EngineAction, LadderUpdate, TouchAction } from './actions.ts';
import { advanceLadder, isDone } from './ladder.ts';
import { priorityScore } from './priority.ts';
import type { CustomerSnapshot, InvoiceState } from './snapshot.ts';

export type PlanContext = {
  policy(code: string): Policy;
  contactPolicy(customer: CustomerSnapshot): ContactPolicy;
  calendar(country: string): BusinessCalendar;
};

type Candidate = Omit<TouchAction, 'type' | 'dedupeKey' | 'priority' | 'mergeIntoTaskId'> & { steps: PolicyStep[]; invoiceIdsForLadder: string[] };

/**
 * planEscalations(snapshot, asOf): everything that should happen for one customer on `asOf`, with no
 * I/O and no clock. Promises are settled first (kept, or broken: a call the next business day, S5);
 * then every invoice not held (paid, disputed, promised, stopped) climbs its ladder; what falls due
 * the same day merges into one call and one letter per customer (N4); the contact policy caps and
 * times the touches, and guarantees one every few business days while anything is overdue (N7).
 */
export function planEscalations(c: CustomerSnapshot, asOf: string, ctx: PlanContext): EngineAction[] {
  const calendar = ctx.calendar(c.country);
  const out: EngineAction[] = [];
  const candidates: Candidate[] = [];
  const paused = new Set<string>();
  let broken = c.brokenPromises;

  for (const p of c.promises) {
    const outcome = promiseOutcome(p, asOf);
    if (outcome === 'in_force') { p.invoiceIds.forEach((id) => paused.add(id)); continue; }
    out.push({ type: 'promise', promiseId: p.id, status: outcome, date: asOf });
    if (outcome === 'kept') continue;
    broken += 1;
    // S5: the money did not come: call the day after the promised date, find out why, fix a new date.
    const callOn = nextWorkingDay(calendar, addBusinessDays(calendar, p.promisedDate, 1) < asOf ? asOf : addBusinessDays(calendar, p.promisedDate, 1));
    candidates.push(candidate(c, callOn, p.invoiceIds, 'broken-promise', 'S5', 'call.broken-promise', { from: '10:00', to: '17:00' }, 'call', 'task', []));
  }

  const open = c.invoices.filter((i) => i.balance > 0n && !i.disputed);
  const handedOver = new Set<string>(); // invoices past the last step (with the lawyers): no more calls
  // A payment that clears the balance stops the ladder and closes the open tasks about it as paid.
  const paid = new Set(c.invoices.filter((i) => i.balance <= 0n).map((i) => i.id));
  const settled = c.openTasks.filter((t) => t.invoiceIds.length > 0 && t.invoiceIds.every((id) => paid.has(id)));
  if (settled.length > 0) out.push({ type: 'close-tasks', taskIds: settled.map((t) => t.id), reason: 'paid' });
  if (c.stoppedUntil && c.stoppedUntil >= asOf) return out.filter((a) => a.type !== 'touch');

  for (const invoice of open) {
    const policy = ctx.policy(invoice.policyCode);
    if (paused.has(invoice.id) || invoice.balance <= policy.minBalanceMinor) continue;
    const jump = invoice.ladder.jumpToClaim || (broken >= policy.brokenPromisesToClaim && broken > c.brokenPromises && c.promises.some((p) => p.invoiceIds.includes(invoice.id)));
    const advance = advanceLadder(invoice, policy, calendar, asOf, jump);
    const update: LadderUpdate = { type: 'ladder', invoiceId: invoice.id, fired: advance.fired, claimDeadline: advance.claimDeadline, jumpToClaim: advance.jumpToClaim };
    if (advance.fired.length !== invoice.ladder.fired.length || advance.jumpToClaim !== invoice.ladder.jumpToClaim) out.push(update);
    const last = policy.steps[policy.steps.length - 1];
    if (last && isDone(advance.fired, last.code)) handedOver.add(invoice.id);
    for (const step of advance.due) {
      for (const channel of step.channels) {
        candidates.push(candidate(c, asOf, [invoice.id], 'step', step.code, step.templateKey, step.window, channel, step.mode, [step]));
      }
    }
  }
  const touches = mergeByChannel(candidates, c);
  const capped = applyContactPolicy(touches, c, calendar, asOf, ctx.contactPolicy(c), open.filter((i) => !handedOver.has(i.id) && !paused.has(i.id)), out);
  capped.sort((a, b) => a.action.window.start.getTime() - b.action.window.start.getTime()); // the day in order (stable)
  const priority = capped.length > 0 ? priorityOf(c, open, asOf, broken) : 0; // one customer, one score (L8)
  for (const t of capped) { t.action.priority = priority; out.push(t.action); }
  return out;
}

/**
 * A touch that may happen on `date`, in the customer's local window. Candidates and actions are made by
 * these functions with all their fields, always in the same order: objects of one shape, which the
 * compiler handles fastest (spreading one into another made a new shape and a slow copy each time).
 */
function candidate(c: CustomerSnapshot, date: string, invoiceIds: string[], kind: TouchAction['kind'], stepCode: string, templateKey: string,
  window: { from: string; to: string }, channel: TouchAction['channel'], mode: TouchAction['mode'], steps: PolicyStep[]): Candidate {
  const start = localDateTimeToInstant(date, window.from, c.timeZone); // remembered per zone, date and time
  return withInvoices(c, { date, customerId: c.id, invoiceIds, invoiceNumbers: [], invoiceIdsForLadder: invoiceIds, stepCode, kind, channel, mode, templateKey,
    window: { start, end: localDateTimeToInstant(date, window.to, c.timeZone) }, steps }, invoiceIds);
}

/** The candidate naming these invoices (their numbers in the customer's order). */
function withInvoices(c: CustomerSnapshot, t: Candidate, invoiceIds: string[]): Candidate {
  const numbers: string[] = [];
  for (const i of c.invoices) if (invoiceIds.includes(i.id)) numbers.push(i.number);
  return { date: t.date, customerId: t.customerId, invoiceIds, invoiceNumbers: numbers, invoiceIdsForLadder: invoiceIds, stepCode: t.stepCode, kind: t.kind,
    channel: t.channel, mode: t.mode, templateKey: t.templateKey, window: t.window, steps: t.steps };
}

/** The action a candidate becomes (its priority is the customer's, set once all are known). */
function touch(t: Candidate, channel: TouchAction['channel'], mode: TouchAction['mode'], templateKey: string, window: TouchAction['window'], mergeIntoTaskId?: string): TouchAction {
  const action: TouchAction = {
    type: 'touch', date: t.date, customerId: t.customerId, invoiceIds: t.invoiceIds, invoiceNumbers: t.invoiceNumbers, stepCode: t.stepCode, kind: t.kind,
    channel, mode, templateKey, window, priority: 0, dedupeKey: dedupeKey(t, channel),
  };
  if (mergeIntoTaskId !== undefined) action.mergeIntoTaskId = mergeIntoTaskId;
  return action;
}

/** N4: everything due the same day by the same channel is one call or one letter; the highest step sets the tone. */
function mergeByChannel(candidates: Candidate[], c: CustomerSnapshot): Candidate[] {
  if (candidates.length < 2) return candidates; // most customers: one step due today, nothing to merge
  const byKey = new Map<string, Candidate>();
  for (const cand of candidates) {
    const key = `${cand.date}|${cand.channel}`;
    const prev = byKey.get(key);
    if (!prev) { byKey.set(key, cand); continue; } // a merge makes a new candidate: the first is never changed
    const ids = [...new Set([...prev.invoiceIds, ...cand.invoiceIds])];
    const stronger = rank(cand) > rank(prev) ? cand : prev;
    const merged = withInvoices(c, stronger, ids);
    merged.steps = [...prev.steps, ...cand.steps];
    byKey.set(key, merged);
  }
  return [...byKey.values()];
}

const rank = (c: Candidate) => (c.kind === 'broken-promise' ? 100 : stepRank(c.stepCode));
const stepRanks = new Map<string, number>();
/** L1 < L2 < … < L7: the number in the step's code (0 without one). */
function stepRank(code: string): number {
  let r = stepRanks.get(code);
  if (r === undefined) stepRanks.set(code, (r = Number(code.replace(/\D/g, '')) || 0));
  return r;
}

type Accepted = { action: TouchAction };

/** N4, N5, N7 and 230-FZ: caps and quiet hours; vary a repeated channel; keep in touch. */
function applyContactPolicy(touches: Candidate[], c: CustomerSnapshot, calendar: BusinessCalendar, asOf: string, policy: ContactPolicy, open: InvoiceState[], out: EngineAction[]): Accepted[] {
  const history: Touch[] = [...c.touches];
  const accepted: Accepted[] = [];
  for (const t of touches.sort((a, b) => rank(b) - rank(a))) {
    let channel = t.channel;
    let { mode, templateKey } = t;
    if (channel === 'call' && t.kind !== 'broken-promise') {
      const varied = varyChannel(policy, history, channel);
      if (varied !== channel) { channel = varied; mode = 'automatic'; templateKey = 'letter.reminder'; } // N5: vary the channel
    }
    const planned = mode === 'task' ? c.openTasks.find((o) => o.dueDate === t.date && o.channel === channel) : undefined;
    if (planned) { // N4: fold into the call already planned for that day
      accepted.push({ action: touch(t, channel, mode, templateKey, t.window, planned.id) });
      continue;
    }
    const verdict = checkTouch(policy, calendar, c.timeZone, history, { channel, window: t.window });
    if (!verdict.allowed) {
      out.push({ type: 'held', customerId: c.id, invoiceIds: t.invoiceIds, stepCode: t.stepCode, channel, reason: verdict.reason });
      unfire(out, t); // the step is tried again on the next run
      continue;
    }
    history.push({ at: verdict.window.start, channel });
    accepted.push({ action: touch(t, channel, mode, templateKey, verdict.window) });
  }
  if (accepted.length > 0) return accepted;
  const overdue = open.filter((i) => effectiveDueDate(calendar, i.dueDate) < asOf);
  // N7 counts business days: the keep-in-touch call is made on a working day of the customer's country.
  if (overdue.length > 0 && isWorkingDay(calendar, asOf) && keepInTouchDue(policy, calendar, c.timeZone, history, asOf, true)) {
    const keep = candidate(c, asOf, overdue.map((i) => i.id), 'keep-in-touch', 'N7', 'call.keep-in-touch', { from: '10:00', to: '17:00' }, 'call', 'task', []);
    const verdict = checkTouch(policy, calendar, c.timeZone, history, { channel: 'call', window: keep.window });
    if (verdict.allowed) accepted.push({ action: touch(keep, 'call', 'task', keep.templateKey, verdict.window) });
  }
  return accepted;
}

/** A step refused by the contact policy is taken off the ladder update, so it is due again tomorrow. */
function unfire(out: EngineAction[], t: Candidate): void {
  const codes = new Set(t.steps.map((s) => s.code));
  for (const a of out) {
    if (a.type === 'ladder' && t.invoiceIdsForLadder.includes(a.invoiceId)) {
      const keepUntil = a.fired.findIndex((f) => codes.has(f.code) && !f.skipped);
      if (keepUntil >= 0) a.fired = a.fired.slice(0, keepUntil);
    }
  }
}

/**
 * What makes a touch the same touch when a run is repeated: its day, kind, customer and channel. The day
 * first (migration 0024): the keys a run adds go to one end of the unique index, instead of one each into
 * pages all over it (inserting a day's tasks on the million-invoice book: ~650 -> ~560 ms, a third less WAL).
 */
function dedupeKey(t: Candidate, channel: string): string {
  return `${t.date}:${t.kind}:${t.customerId}:${channel}`;
}

function priorityOf(c: CustomerSnapshot, open: InvoiceState[], asOf: string, broken: number): number {
  const overdue = open.filter((i) => i.dueDate < asOf);
  const amount = overdue.reduce((sum, i) => sum + i.balance, 0n);
  const oldest = overdue.reduce((days, i) => Math.max(days, daysBetween(i.dueDate, asOf)), 0);
  return priorityScore(amount, currencyExponent(overdue[0]?.currency ?? 'RUB'), oldest, c.riskClass, broken);
}
