import { calendarFor, formatInstantWithOffset, type BusinessCalendar, type CalendarException } from '../domain/calendar/index.ts';
import { CONTACT_POLICIES, DEFAULT_CONTACT_POLICY, INDIVIDUALS_230FZ, type ContactPolicy } from '../domain/contact-policy/index.ts';
import { PRESET_POLICIES, STANDARD_POLICY } from '../domain/policy/presets.ts';
import type { Policy } from '../domain/policy/types.ts';
import type { EngineAction, LadderUpdate, TouchAction } from '../engine/actions.ts';
import { nextReviewDate, NEVER } from '../engine/next-review.ts';
import { planEscalations, type PlanContext } from '../engine/plan.ts';
import type { CustomerSnapshot } from '../engine/snapshot.ts';
import type { DbOrTx } from '../store/db.ts';
import { appendedEntries, ladderEntry, type StoredLadders } from '../store/ladder-entries.ts';
import type { LadderEntry } from '../store/schema.ts';
import {
  appendLaddersStatement, applyInOneTrip, closeTasksAsPaidStatement, finishRun, insertOutboxStatement, insertTasksStatement, mergeIntoTaskStatement, resolvePromisesStatement,
  saveLaddersStatement, saveReviewDatesStatement, startRun, type LadderAppend, type LadderBook, type NewOutboxMessage, type NewTask, type PromiseUpdate,
} from '../store/engine-apply.store.ts';
import { riskClassPolicyMap } from '../store/engine.store.ts';
import { calendarExceptionsByCountry, storedPolicies } from '../store/policies.store.ts';
import { contactsSince, customerBooks, loadSnapshotPage, type PolicyResolver, type SnapshotPage } from './load-snapshots.ts';

/** One action as the API, the CLI and the simulation show it (the window as ISO 8601 instants with offsets). */
export type ActionReport = {
  date: string; customerId: string; customerExternalId: string | null; customerName: string; invoiceNumbers: string[];
  stepCode: string; kind: TouchAction['kind']; channel: string; mode: 'automatic' | 'task'; templateKey: string;
  windowStart: string; windowEnd: string; priority: number;
};
export type RunResult = { asOf: string; dryRun: boolean; customers: number; counts: Record<string, number>; actions: ActionReport[] };
export type RunOptions = {
  dryRun: boolean; now: () => Date; pageSize?: number; keepActions?: boolean; onAction?: (a: ActionReport) => void;
  /** Look at every customer, not only those whose review date has come (the simulation's first day). */
  everyone?: boolean;
};

/**
 * The daily run: plan (pure, per customer) then apply (one transaction per page of customers, set-based,
 * idempotent). Only customers whose review date has come are looked at: after planning, each gets the
 * first date anything could happen to it (engine/next-review.ts), and any write to its books brings it
 * back sooner (triggers of migration 0005). The same date run twice creates nothing new; a run killed
 * half-way and started again ends with every action exactly once (pages already applied plan nothing
 * new; the one cut off rolled back).
 */
export async function runCollection(db: DbOrTx, asOf: string, options: RunOptions): Promise<RunResult> {
  const ctx = await planContext(db);
  const resolvePolicy = await policyResolver(db);
  const counts = noCounts();
  const actions: ActionReport[] = [];
  if (!options.dryRun) await startRun(db, asOf, options.now());
  const load = (after: string | null) => quiet(loadSnapshotPage(db, asOf, after, options.pageSize ?? 1000, options.everyone ?? false));
  let customers = 0;
  const reporting = options.onAction !== undefined || options.keepActions !== false;
  const report = (plan: PagePlan) => { // once the page is applied
    customers += plan.customers;
    for (const key of Object.keys(counts)) counts[key]! += plan.counts[key]!;
    for (const r of plan.reports) {
      options.onAction?.(r);
      if (options.keepActions !== false) actions.push(r);
    }
  };
  // A pipeline of pages: while the database reads the next page and writes the previous one, this
  // thread plans the current one. Pages are applied one at a time and in order (one transaction and one
  // round trip each: a run cut off half-way keeps whole pages, and the rest is planned again); at most
  // three pages are held at once, so memory does not grow with the book.
  let next: Promise<SnapshotPage> | null = load(null);
  let applying: { plan: PagePlan; done: Promise<void> } | null = null;
  try {
    while (next) {
      const page: SnapshotPage = await next;
      next = page.next === null ? null : load(page.next); // pages are disjoint sets of customers: reading one does not wait for writing another
      if (page.rows.length === 0) break;
      const plan = await planPage(page, asOf, ctx, resolvePolicy, { dryRun: options.dryRun, reporting });
      if (applying) { await applying.done; report(applying.plan); }
      applying = { plan, done: options.dryRun ? Promise.resolve() : quiet(applyPage(db, plan.writes, options.now())) };
    }
    if (applying) { await applying.done; report(applying.plan); }
  } catch (error) {
    await Promise.allSettled([next, applying?.done]); // nothing of this run still at work when it fails
    throw error;
  }
  if (!options.dryRun) await finishRun(db, asOf, options.now(), counts);
  return { asOf, dryRun: options.dryRun, customers, counts, actions };
}

/** A promise awaited later: its failure is raised where it is awaited, not reported as unhandled meanwhile. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/** The longest the run plans without a turn for I/O (see planPage). */
const PLAN_SLICE_MS = 5;
const ioTurn = () => new Promise<void>((resolve) => setImmediate(resolve)); // after the I/O waiting in this loop turn

/** A page planned: what to write (nothing on a dry run), and what to count and report once it is written. */
type PagePlan = { customers: number; counts: Record<string, number>; reports: ActionReport[]; writes: PageWrites };
type PageWrites = {
  promises: PromiseUpdate[]; closedTasks: string[]; tasks: NewTask[]; messages: NewOutboxMessage[];
  merges: { taskId: string; invoiceIds: string[]; stepCode: string; templateKey: string }[];
  ladders: LadderBook[]; ladderAppends: LadderAppend[]; review: { customerId: string; reviewOn: string }[];
};

/**
 * Plans a page customer by customer, each one's books parsed, planned and turned into the page's writes
 * before the next: what is kept for the page is only what is written and reported. Every few
 * milliseconds it lets this thread's I/O in: the next page's rows stream in while it plans (a database
 * that cannot send stops working on them) and the previous page's writes go out.
 */
async function planPage(page: SnapshotPage, asOf: string, ctx: PlanContext, resolvePolicy: PolicyResolver, o: { dryRun: boolean; reporting: boolean }): Promise<PagePlan> {
  const counts = noCounts();
  const plan: PagePlan = { customers: 0, counts, reports: [], writes: { promises: [], closedTasks: [], tasks: [], messages: [], merges: [], ladders: [], ladderAppends: [], review: [] } };
  const w = plan.writes;
  const since = contactsSince(asOf);
  let slice = performance.now();
  for (const row of page.rows) {
    if (performance.now() - slice > PLAN_SLICE_MS) { await ioTurn(); slice = performance.now(); }
    const { snapshot: c, stored, nextFact } = customerBooks(row, asOf, resolvePolicy, since);
    if (!c) { // nothing to collect: looked at again when a future fact comes or the books change
      if (o.dryRun) continue;
      w.review.push({ customerId: row.id, reviewOn: nextFact ?? NEVER });
      if (stored.stale) w.ladders.push({ customerId: row.id, invoices: [] });
      continue;
    }
    const planned = planEscalations(c, asOf, ctx);
    plan.customers += 1;
    count(planned, counts);
    if (o.reporting) for (const a of planned) if (a.type === 'touch') plan.reports.push(toReport(a, c));
    if (o.dryRun) continue;
    w.review.push({ customerId: c.id, reviewOn: nextReviewDate(c, asOf, ctx, planned, nextFact) });
    const moved = new Map<string, LadderUpdate>();
    for (const a of planned) {
      if (a.type === 'ladder') moved.set(a.invoiceId, a);
      else if (a.type === 'promise') w.promises.push({ promiseId: a.promiseId, status: a.status, on: a.date });
      else if (a.type === 'close-tasks') w.closedTasks.push(...a.taskIds);
      else if (a.type === 'touch' && a.mergeIntoTaskId) w.merges.push({ taskId: a.mergeIntoTaskId, invoiceIds: a.invoiceIds, stepCode: a.stepCode, templateKey: a.templateKey });
      else if (a.type === 'touch' && a.mode === 'task') w.tasks.push(taskOf(a, c));
      else if (a.type === 'touch') w.messages.push(messageOf(a, c));
    }
    // the ladders of a customer whose ladder moved today, or whose stored ladders name invoices that drop out:
    // the day's moves appended to what is stored, or all of it rewritten (ladder-entries.ts)
    if (moved.size === 0 && !stored.stale) continue;
    const write = ladderWrite(c, moved, stored);
    if ('whole' in write) w.ladders.push(write.whole);
    else if (write.appended.length > 0) w.ladderAppends.push({ customerId: c.id, entries: write.appended });
  }
  return plan;
}

/**
 * A customer's stored ladders are rewritten whole, without the tuples appended since, when they hold this
 * many times as many tuples as invoices: appending saves writing them whole each day, and every appended
 * tuple is read back (and parsed) at each review until then.
 */
const COMPACT_AT = 2;

/**
 * How a customer's ladders are written after the day's moves: the moves appended to the stored tuples,
 * or all of it rewritten when the stored tuples name invoices that drop out, hold nothing yet, or
 * outnumber the invoices COMPACT_AT times.
 */
export function ladderWrite(c: Pick<CustomerSnapshot, 'id' | 'invoices'>, moved: Map<string, LadderUpdate>, stored: StoredLadders): { whole: LadderBook } | { appended: LadderEntry[] } {
  const compact = stored.stale || stored.entries === 0 || stored.entries >= COMPACT_AT * stored.ladders.size;
  const appended = compact ? null : appendedEntries(stored.ladders, moved.values());
  return appended ? { appended } : { whole: ladderBookOf(c, moved) };
}

/**
 * A customer's ladders as stored: each unpaid invoice's state after today's moves; invoices not on
 * their ladder yet, and paid ones (their ladder ends with the payment), are left out.
 */
export function ladderBookOf(c: Pick<CustomerSnapshot, 'id' | 'invoices'>, moved = new Map<string, LadderUpdate>()): LadderBook {
  const invoices: LadderEntry[] = [];
  for (const { id, ladder, balance } of c.invoices) {
    const state = moved.get(id) ?? ladder;
    if (balance <= 0n || (state.fired.length === 0 && !state.claimDeadline && !state.jumpToClaim)) continue;
    invoices.push(ladderEntry(id, state));
  }
  return { customerId: c.id, invoices };
}

/** A page's writes in one transaction and one round trip (see engine-apply.store.ts). */
async function applyPage(db: DbOrTx, w: PageWrites, at: Date): Promise<void> {
  await applyInOneTrip(db, [
    ...w.merges.map((m) => mergeIntoTaskStatement(m.taskId, m.invoiceIds, m.stepCode, m.templateKey, at)),
    saveLaddersStatement(w.ladders, at),
    appendLaddersStatement(w.ladderAppends, at),
    resolvePromisesStatement(w.promises, at),
    closeTasksAsPaidStatement(w.closedTasks, at),
    insertTasksStatement(w.tasks, at),
    insertOutboxStatement(w.messages, at),
    saveReviewDatesStatement(w.review),
  ]);
}

/** A planned call becomes a task in the assigned collector's worklist, or the team's queue without one. */
export function taskOf(a: TouchAction, c: Pick<CustomerSnapshot, 'id' | 'collectorId'>): NewTask {
  return {
    customerId: c.id, invoiceIds: a.invoiceIds, kind: a.kind, stepCode: a.stepCode, channel: a.channel, scriptKey: a.templateKey,
    dueDate: a.date, windowStart: a.window.start, windowEnd: a.window.end, assigneeId: c.collectorId, queue: c.collectorId ? 'collector' : 'team',
    priority: a.priority, dedupeKey: a.dedupeKey,
  };
}

/** An automatic step becomes a message in the outbox, in the customer's language. */
export function messageOf(a: TouchAction, c: Pick<CustomerSnapshot, 'id' | 'language'>): NewOutboxMessage {
  return { customerId: c.id, invoiceIds: a.invoiceIds, stepCode: a.stepCode, channel: a.channel, templateKey: a.templateKey, language: c.language, scheduledAt: a.window.start, dedupeKey: a.dedupeKey };
}

function noCounts(): Record<string, number> {
  return { tasks: 0, messages: 0, ladderSteps: 0, promisesKept: 0, promisesBroken: 0, tasksClosedPaid: 0, held: 0 };
}

function count(planned: EngineAction[], counts: Record<string, number>) {
  for (const a of planned) {
    if (a.type === 'touch') counts[a.mode === 'task' ? 'tasks' : 'messages']! += 1;
    if (a.type === 'ladder') counts.ladderSteps! += 1;
    if (a.type === 'promise') counts[a.status === 'kept' ? 'promisesKept' : 'promisesBroken']! += 1;
    if (a.type === 'close-tasks') counts.tasksClosedPaid! += a.taskIds.length;
    if (a.type === 'held') counts.held! += 1;
  }
}

function toReport(a: TouchAction, c: CustomerSnapshot): ActionReport {
  return {
    date: a.date, customerId: c.id, customerExternalId: c.externalId, customerName: c.legalName, invoiceNumbers: a.invoiceNumbers,
    stepCode: a.stepCode, kind: a.kind, channel: a.channel, mode: a.mode, templateKey: a.templateKey,
    windowStart: formatInstantWithOffset(a.window.start, c.timeZone), windowEnd: formatInstantWithOffset(a.window.end, c.timeZone), priority: a.priority,
  };
}

/** Policies (edited ones override the presets), contact policies and each country's calendar with the admin's additions. */
export async function planContext(db: DbOrTx): Promise<PlanContext> {
  return new RunContext({ ...PRESET_POLICIES, ...(await storedPolicies(db)) }, await calendarExceptionsByCountry(db));
}

/*
 * A run's context, calendars and policy resolver are classes, not objects of arrow functions made for each
 * run: their methods are then the same functions run after run. The optimizing compiler inlines the calls
 * the planner makes to them; with new functions each run, every run began by throwing that code away
 * ("wrong call target") and compiling it again: ~40 ms of the embedded run date's main thread (bench/README.md).
 */

class RunContext implements PlanContext {
  private readonly calendars = new Map<string, BusinessCalendar>();
  constructor(private readonly policies: Record<string, Policy>, private readonly exceptions: Map<string, CalendarException[]>) {}

  policy(code: string): Policy {
    return this.policies[code] ?? STANDARD_POLICY;
  }

  contactPolicy(c: CustomerSnapshot): ContactPolicy {
    if (c.isIndividual) return INDIVIDUALS_230FZ;
    return CONTACT_POLICIES[this.policies[c.invoices[0]?.policyCode ?? 'standard']?.contactPolicy ?? 'default'] ?? DEFAULT_CONTACT_POLICY;
  }

  calendar(country: string): BusinessCalendar {
    let cal = this.calendars.get(country);
    if (!cal) this.calendars.set(country, (cal = new RememberingCalendar(calendarFor(country, this.exceptions.get(country) ?? []))));
    return cal;
  }
}

/** A calendar that answers each date once per run: the planner asks about the same few weeks of dates for every customer. */
class RememberingCalendar implements BusinessCalendar {
  private readonly known = new Map<string, boolean>();
  readonly country: string;
  constructor(private readonly calendar: BusinessCalendar) { this.country = calendar.country; }

  isWorkingDay(date: string): boolean {
    let working = this.known.get(date);
    if (working === undefined) this.known.set(date, (working = this.calendar.isWorkingDay(date)));
    return working;
  }
}

/** An invoice's policy: its own, else its customer's, else its customer's risk class's, else the standard one. */
class RunPolicyResolver implements PolicyResolver {
  constructor(private readonly byRisk: Map<string, string>) {}
  resolve(invoiceCode: string | null, c: { policyCode: string | null; riskClass: string | null }): string {
    return invoiceCode ?? c.policyCode ?? (c.riskClass ? this.byRisk.get(c.riskClass) : undefined) ?? 'standard';
  }
}

async function policyResolver(db: DbOrTx): Promise<PolicyResolver> {
  return new RunPolicyResolver(await riskClassPolicyMap(db));
}
