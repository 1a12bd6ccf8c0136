import { addDays, isPositiveAmount, sumMoney, toMinor } from '../../../ui/format.ts';

/**
 * The collection call as data, stage by stage (S1–S5), and the rules the form enforces. Pure: the
 * stepper and its tests use the same functions.
 */
export const STAGES = ['preparation', 'entering', 'contact', 'leaving', 'analysis'] as const;
export type Stage = (typeof STAGES)[number];

export const GOALS = ['payment_date', 'schedule', 'official_letter', 'meeting'] as const; // S1: what this call must get (L4/L5: the letter)
export const TACTICS = ['firm_demand', 'instalments', 'official_letter', 'reconciliation'] as const;
export const REACHED = ['decision_maker', 'stand_in', 'callback', 'no_answer', 'wrong_number'] as const; // S2
export const RESULTS = ['promise', 'plan', 'no_money', 'dispute', 'official_letter', 'refused'] as const; // S3, R8
export const OUTCOMES = ['reached_decision_maker', 'callback', 'promise', 'official_letter_promised', 'dispute', 'refused', 'wrong_number', 'no_answer'] as const;

export type Goal = (typeof GOALS)[number];
export type Tactic = (typeof TACTICS)[number];
export type Reached = (typeof REACHED)[number];
export type Result = (typeof RESULTS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Instalment = { date: string; amount: string };

export type CallDraft = {
  goal: Goal | null; tactic: Tactic | null;
  reached: Reached | null; standIn: { name: string; role: string; phone: string }; callbackDate: string; callbackTime: string;
  result: Result | null; promise: { date: string; amount: string }; plan: Instalment[]; disputeReason: string;
  meeting: { wanted: boolean; date: string; time: string; place: string; reconciliationAct: boolean };
  outcome: Outcome | null; goalReached: boolean | null; note: string; sendConfirmation: boolean;
};

export const emptyDraft = (): CallDraft => ({
  goal: null, tactic: null, reached: null, standIn: { name: '', role: '', phone: '' }, callbackDate: '', callbackTime: '',
  result: null, promise: { date: '', amount: '' }, plan: [], disputeReason: '',
  meeting: { wanted: false, date: '', time: '', place: '', reconciliationAct: true },
  outcome: null, goalReached: null, note: '', sendConfirmation: true,
});

export type Errors = Record<string, string>; // field -> i18n key of the message

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
const isTime = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);

/** N3: a promise is a date and an amount, both; a date in the past is no promise. */
export function promiseErrors(promise: { date: string; amount: string }, today: string): Errors {
  const errors: Errors = {};
  if (!promise.date) errors.date = 'errors.promiseDateRequired';
  else if (!isDate(promise.date)) errors.date = 'errors.badDate';
  else if (promise.date < today) errors.date = 'errors.dateInPast';
  if (!promise.amount.trim()) errors.amount = 'errors.promiseAmountRequired';
  else if (!isPositiveAmount(promise.amount)) errors.amount = 'errors.badAmount';
  return errors;
}

/** S3/S4: instalments from… to…: each one a promise (N3), in date order, at least two. */
export function planErrors(plan: Instalment[], today: string): Errors {
  const errors: Errors = {};
  if (plan.length < 2) errors.plan = 'errors.planTooShort';
  plan.forEach((p, i) => {
    for (const [field, key] of Object.entries(promiseErrors(p, today))) errors[`plan.${i}.${field}`] = key;
    if (i > 0 && p.date && plan[i - 1]!.date && p.date <= plan[i - 1]!.date) errors[`plan.${i}.date`] = 'errors.planOrder';
  });
  return errors;
}

/** S2: a callback is an exact day and time, never "later". */
function callbackErrors(d: CallDraft, today: string): Errors {
  const errors: Errors = {};
  if (!isDate(d.callbackDate)) errors.callbackDate = 'errors.callbackDateRequired';
  else if (d.callbackDate < today) errors.callbackDate = 'errors.dateInPast';
  if (!isTime(d.callbackTime)) errors.callbackTime = 'errors.callbackTimeRequired';
  return errors;
}

/** Did the call end at the door (S2): nobody to talk to now, so stages 3 and 4 are skipped. */
export const endsAtEntry = (d: CallDraft) => d.reached === 'callback' || d.reached === 'no_answer' || d.reached === 'wrong_number';

/** What keeps a stage from being left; an empty object lets the stepper go on. */
export function stageErrors(stage: Stage, d: CallDraft, today: string): Errors {
  switch (stage) {
    case 'preparation': // S1: tactic and goal are chosen before dialling
      return { ...(d.goal ? {} : { goal: 'errors.goalRequired' }), ...(d.tactic ? {} : { tactic: 'errors.tacticRequired' }) };
    case 'entering': {
      if (!d.reached) return { reached: 'errors.reachedRequired' };
      if (d.reached === 'callback') return callbackErrors(d, today);
      if (d.reached === 'stand_in' && !d.standIn.name.trim()) return { standInName: 'errors.standInRequired' };
      return {};
    }
    case 'contact': {
      if (endsAtEntry(d)) return {};
      if (!d.result) return { result: 'errors.resultRequired' };
      if (d.result === 'promise' || d.result === 'official_letter') return promiseErrors(d.promise, today);
      if (d.result === 'plan' || d.result === 'no_money') return planErrors(d.plan, today); // R8: no money -> instalments
      if (d.result === 'dispute' && !d.disputeReason.trim()) return { disputeReason: 'errors.disputeReasonRequired' };
      return {};
    }
    case 'leaving': {
      const errors = stageErrors('contact', d, today); // N3 again: nothing vague is read back and saved
      if (d.meeting.wanted) {
        if (!isDate(d.meeting.date)) errors.meetingDate = 'errors.meetingDateRequired';
        if (!isTime(d.meeting.time)) errors.meetingTime = 'errors.meetingTimeRequired';
      }
      return errors;
    }
    case 'analysis': {
      const errors: Errors = {};
      if (!outcomeOf(d)) errors.outcome = 'errors.outcomeRequired'; // goal reached: the suggestion stands unless changed
      return { ...STAGES.slice(0, 4).reduce<Errors>((all, s) => ({ ...all, ...stageErrors(s, d, today) }), {}), ...errors };
    }
  }
}

/** S5: the outcome code that follows from what was captured, unless the collector picked another. */
export function suggestedOutcome(d: CallDraft): Outcome | null {
  if (d.reached === 'callback') return 'callback';
  if (d.reached === 'no_answer') return 'no_answer';
  if (d.reached === 'wrong_number') return 'wrong_number';
  switch (d.result) {
    case 'promise': case 'plan': case 'no_money': return 'promise';
    case 'official_letter': return 'official_letter_promised';
    case 'dispute': return 'dispute';
    case 'refused': return 'refused';
    default: return d.reached ? 'reached_decision_maker' : null;
  }
}
export const outcomeOf = (d: CallDraft): Outcome | null => d.outcome ?? suggestedOutcome(d);

/** The goal is reached when the call got what it set out to get (S5 asks it; this is the default). */
export function suggestedGoalReached(d: CallDraft): boolean {
  if (endsAtEntry(d)) return false;
  if (d.goal === 'payment_date') return d.result === 'promise' || d.result === 'official_letter';
  if (d.goal === 'schedule') return d.result === 'plan' || d.result === 'no_money';
  if (d.goal === 'official_letter') return d.result === 'official_letter';
  return d.meeting.wanted;
}

/** S5: the money side of what was agreed: one promise, or the instalments of a plan. */
export function agreedPayments(d: CallDraft): Instalment[] {
  if (endsAtEntry(d)) return [];
  if (d.result === 'promise' || d.result === 'official_letter') return [d.promise];
  if (d.result === 'plan' || d.result === 'no_money') return d.plan;
  return [];
}

/** S5: "if the money does not come, react at once: the day after the promised date, call". */
export function followUpDate(d: CallDraft): string | null {
  if (d.reached === 'callback') return d.callbackDate || null;
  const payments = agreedPayments(d);
  return payments.length > 0 ? addDays(payments[0]!.date, 1) : null;
}

/** Splits a debt into n instalments, monthly from a first date, the remainder on the first one (exact, in kopecks). */
export function splitIntoInstalments(total: string, count: number, firstDate: string): Instalment[] {
  const minor = toMinor(total);
  const n = BigInt(Math.max(1, count));
  const part = minor / n;
  const first = minor - part * (n - 1n);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(`${firstDate}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + i);
    const amount = i === 0 ? first : part;
    return { date: d.toISOString().slice(0, 10), amount: `${amount / 100n}.${(amount % 100n).toString().padStart(2, '0')}` };
  });
}

export const planTotal = (plan: Instalment[]) => sumMoney(plan.map((p) => p.amount || '0'));
