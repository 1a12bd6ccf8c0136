import { agreedPayments, endsAtEntry, outcomeOf, suggestedGoalReached, type CallDraft } from './callDraft.ts';

/** The UTC offset of a zone at a local date and time, "+05:00" (zones change offsets, so per date). */
export function offsetAt(date: string, time: string, timeZone: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(guess)
    .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/** A wall-clock time in the customer's zone as an instant with that zone's offset. */
export const zonedIso = (date: string, time: string, timeZone: string) => `${date}T${time}:00${offsetAt(date, time, timeZone)}`;

export type OutcomeBody = {
  version: number; outcome: string; note?: string; goal?: string; tactic?: string; goalReached: boolean;
  callbackAt?: string; standIn?: { name: string; role?: string; phone?: string };
  promise?: { promisedDate: string; amount: string; currency: string };
  plan?: { instalments: { date: string; amount: string }[]; currency: string };
  dispute?: { reason: string };
  meeting?: { at: string; place?: string; reconciliationAct: boolean };
  sendConfirmation?: boolean;
};

/** S5: what the call screen sends to POST /api/v1/tasks/:id/outcome. */
export function outcomeBody(d: CallDraft, task: { version: number }, currency: string, customerZone: string): OutcomeBody {
  const outcome = outcomeOf(d) ?? 'reached_decision_maker';
  const body: OutcomeBody = {
    version: task.version, outcome, goalReached: d.goalReached ?? suggestedGoalReached(d),
    ...(d.goal ? { goal: d.goal } : {}), ...(d.tactic ? { tactic: d.tactic } : {}), ...(d.note.trim() ? { note: d.note.trim() } : {}),
  };
  if (d.reached === 'callback') body.callbackAt = zonedIso(d.callbackDate, d.callbackTime, customerZone);
  if (d.reached === 'stand_in' && d.standIn.name.trim()) {
    body.standIn = { name: d.standIn.name.trim(), ...(d.standIn.role ? { role: d.standIn.role } : {}), ...(d.standIn.phone ? { phone: d.standIn.phone } : {}) };
  }
  if (endsAtEntry(d)) return body;
  const payments = agreedPayments(d);
  if (payments.length === 1) body.promise = { promisedDate: payments[0]!.date, amount: payments[0]!.amount.trim(), currency };
  if (payments.length > 1) body.plan = { instalments: payments.map((p) => ({ date: p.date, amount: p.amount.trim() })), currency };
  if (d.result === 'dispute') body.dispute = { reason: d.disputeReason.trim() };
  if (d.meeting.wanted) {
    body.meeting = { at: zonedIso(d.meeting.date, d.meeting.time, customerZone), reconciliationAct: d.meeting.reconciliationAct, ...(d.meeting.place ? { place: d.meeting.place } : {}) };
  }
  if (payments.length > 0) body.sendConfirmation = d.sendConfirmation; // P13: the client is told it is recorded
  return body;
}
