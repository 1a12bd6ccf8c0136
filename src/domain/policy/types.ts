/**
 * A collection policy is data: an ordered list of steps (the pressure scale, L1–L7), each anchored to
 * the effective due date, to the previous step, or to the deadline of a formal claim, with an offset in
 * business or calendar days, a channel, automatic (outbox) or a task for a person, a local time window,
 * a template or script key, and conditions.
 */
export type StepChannel = 'call' | 'email' | 'letter' | 'sms' | 'legal';
export type StepAnchor = 'due' | 'previous' | 'claim_deadline';

export type PolicyStep = {
  code: string; // 'L1' … 'L7'
  anchor: StepAnchor;
  offsetDays: number; // negative = before the anchor (L1: -3)
  offsetUnit: 'business' | 'calendar';
  channels: StepChannel[]; // L6 is a letter and an e-mail
  mode: 'automatic' | 'task'; // automatic steps go to the outbox; tasks go to a person's worklist
  window: { from: string; to: string }; // local time, 'HH:MM'
  templateKey: string; // the letter template or call script
  purpose: string; // what the step says, for people
  conditions: {
    unlessOfficialLetter?: boolean; // L5: skipped once the customer sent an official letter with a payment date
    formalClaim?: boolean; // L6: sends the claim and starts its response period
  };
};

/** A step of an invoice's ladder done (or skipped, as L1 for an invoice that arrived late), with its date. */
export type FiredStep = { code: string; date: string; skipped?: boolean };

export type Policy = {
  code: string;
  name: string;
  steps: PolicyStep[];
  /** Steps fire only while the unpaid balance is above this, in minor units of the invoice currency. */
  minBalanceMinor: bigint;
  /** On this many broken promises the ladder jumps to the formal claim (S5: "after the third call…"). */
  brokenPromisesToClaim: number;
  /** Which contact policy caps the touches (see domain/contact-policy). */
  contactPolicy: string;
};
