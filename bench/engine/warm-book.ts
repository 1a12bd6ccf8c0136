/**
 * Brings a freshly generated book to the state the daily run leaves it in when it has run every day:
 * the ladder state of every invoice, the calls and letters of the last weeks, and each customer's
 * review date. It replays the product's own planner (planEscalations + nextReviewDate, pure, no I/O)
 * customer by customer on the days the customer was due, from `from` to the day before `asOf`, then
 * writes the result with the product's own store functions. Not timed: it sets the stage for the
 * daily run the benchmark times.
 */
import { addCalendarDays } from '../../src/domain/calendar/index.ts';
import { ladderWrite, messageOf, planContext, taskOf } from '../../src/actions/run-collection.ts';
import { foldLadders } from '../../src/store/ladder-entries.ts';
import type { LadderEntry } from '../../src/store/schema.ts';
import type { EngineAction, LadderUpdate } from '../../src/engine/actions.ts';
import { nextReviewDate } from '../../src/engine/next-review.ts';
import { planEscalations } from '../../src/engine/plan.ts';
import type { CustomerSnapshot, InvoiceState } from '../../src/engine/snapshot.ts';
import type { Database } from '../../src/store/db.ts';
import { statement } from '../../src/store/pipeline.ts';
import {
  applyInOneTrip, insertOutboxStatement, insertTasksStatement, saveLaddersStatement, saveReviewDatesStatement, type LadderBook, type NewOutboxMessage, type NewTask,
} from '../../src/store/engine-apply.store.ts';

type Row = { customerId: string; country: string; timeZone: string; language: string; invoiceId: string; number: string; issueDate: string; dueDate: string; amount: bigint };

export async function warmBook(database: Database, from: string, asOf: string): Promise<{ customers: number; reviewDays: number; tasks: number; messages: number }> {
  const ctx = await planContext(database.db);
  const at = new Date(`${asOf}T00:00:00Z`);
  const totals = { customers: 0, reviewDays: 0, tasks: 0, messages: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await database.pool.query<Row>(`
      select c.id as "customerId", c.country, c.time_zone as "timeZone", c.language, i.id as "invoiceId", i.number,
        i.issue_date as "issueDate", i.due_date as "dueDate", i.amount
      from (select * from customers where id > $1 order by id limit 1000) c join invoices i on i.customer_id = c.id
      order by c.id, i.due_date, i.number`, [after]);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.customerId;
    const ladders: LadderBook[] = [];
    const tasks: NewTask[] = [];
    const messages: NewOutboxMessage[] = [];
    const review: { customerId: string; reviewOn: string }[] = [];
    for (const group of groupBy(rows)) {
      const replay = replayCustomer(group, from, asOf, ctx);
      totals.customers += 1;
      totals.reviewDays += replay.reviewDays;
      ladders.push({ customerId: replay.snapshot.id, invoices: replay.stored });
      for (const a of replay.touches) {
        if (a.mode === 'task') tasks.push(taskOf(a, replay.snapshot));
        else messages.push(messageOf(a, replay.snapshot));
      }
      review.push({ customerId: group[0]!.customerId, reviewOn: replay.reviewOn });
    }
    await applyInOneTrip(database.db, [saveLaddersStatement(ladders, at), insertTasksStatement(tasks, at), insertOutboxStatement(messages, at), saveReviewDatesStatement(review)]);
    totals.tasks += tasks.length; // a fresh book: every row planned is new
    totals.messages += messages.length;
  }
  await workedThrough(database, asOf);
  await database.pool.query('vacuum analyze');
  return totals;
}

/**
 * The collectors worked the calls due before `asOf` and the letters went out (as the engine's own
 * writes: the review dates the runs set stay).
 */
export async function workedThrough(database: Database, asOf: string): Promise<void> {
  await applyInOneTrip(database.db, [
    statement`update tasks set status = 'done', outcome = 'reached_decision_maker', closed_at = due_date::timestamptz where due_date < ${asOf}::date and status = 'open'`,
    statement`update outbox set status = 'sent', sent_at = scheduled_at where scheduled_at < ${asOf}::date and status = 'pending'`,
  ]);
}

function groupBy(rows: Row[]): Row[][] {
  const groups: Row[][] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.customerId === r.customerId) last.push(r);
    else groups.push([r]);
  }
  return groups;
}

type Touch = Extract<EngineAction, { type: 'touch' }>;

/** The customer's history, day by day on the days it was due for review, as the daily run would have made it. */
function replayCustomer(rows: Row[], from: string, asOf: string, ctx: Awaited<ReturnType<typeof planContext>>) {
  const first = rows[0]!;
  const invoices: (InvoiceState & { issueDate: string })[] = rows.map((r) => ({
    id: r.invoiceId, number: r.number, dueDate: r.dueDate, issueDate: r.issueDate, currency: 'RUB', balance: BigInt(r.amount),
    disputed: false, policyCode: 'standard', claimResponseDays: 30, hasOfficialLetter: false, ladder: { fired: [], jumpToClaim: false },
  }));
  const snapshot: CustomerSnapshot = {
    id: first.customerId, externalId: null, legalName: '', country: first.country, timeZone: first.timeZone, language: first.language,
    collectorId: null, riskClass: null, isIndividual: false, invoices: [], promises: [], brokenPromises: 0, touches: [], openTasks: [],
  };
  const touches: Touch[] = [];
  let stored: LadderEntry[] = []; // the customer's ladders as the runs wrote them, appended to or rewritten (ladderWrite)
  let reviewDays = 0;
  let date = from;
  let reviewOn = from;
  while (date < asOf) {
    snapshot.invoices = invoices.filter((i) => i.issueDate <= date);
    const planned = planEscalations(snapshot, date, ctx);
    reviewDays += 1;
    const moved = new Map<string, LadderUpdate>();
    for (const a of planned) if (a.type === 'ladder') moved.set(a.invoiceId, a);
    if (moved.size > 0) {
      const write = ladderWrite(snapshot, moved, { ladders: foldLadders(stored), entries: stored.length, stale: false }); // nothing is paid in this book
      stored = 'whole' in write ? write.whole.invoices : [...stored, ...write.appended];
    }
    for (const a of planned) {
      if (a.type === 'ladder') {
        const invoice = invoices.find((i) => i.id === a.invoiceId)!;
        invoice.ladder = { fired: a.fired, claimDeadline: a.claimDeadline, jumpToClaim: a.jumpToClaim };
      } else if (a.type === 'touch') {
        touches.push(a);
        snapshot.touches.push({ at: a.window.start, channel: a.channel });
        // the run reads the touches of the last 35 days only
        const since = new Date(`${addCalendarDays(date, -35)}T00:00:00Z`).getTime();
        snapshot.touches = snapshot.touches.filter((t) => t.at.getTime() >= since);
      }
    }
    const nextFact = invoices.map((i) => i.issueDate).filter((d) => d > date).sort()[0] ?? null;
    reviewOn = nextReviewDate(snapshot, date, ctx, planned, nextFact);
    date = reviewOn < asOf ? reviewOn : asOf;
    if (reviewOn === 'infinity') break;
  }
  snapshot.invoices = invoices;
  return { snapshot, stored, touches: touches.filter((t) => t.date >= addCalendarDays(asOf, -40)), reviewDays, reviewOn };
}
