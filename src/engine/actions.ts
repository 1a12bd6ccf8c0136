import type { FiredStep } from '../domain/policy/types.ts';

/** What a plan says to do; `apply` turns each into rows, each with a key that makes a repeat a no-op. */
export type Window = { start: Date; end: Date };

export type TouchAction = {
  type: 'touch';
  date: string; customerId: string; invoiceIds: string[]; invoiceNumbers: string[];
  stepCode: string; // the highest step sets the tone (N4: one conversation, never a barrage)
  kind: 'step' | 'broken-promise' | 'keep-in-touch';
  channel: 'call' | 'email' | 'letter' | 'sms' | 'legal';
  mode: 'automatic' | 'task';
  templateKey: string;
  window: Window;
  priority: number;
  dedupeKey: string;
  /** N4: a call already planned for that day takes this step too (one conversation), instead of a second call. */
  mergeIntoTaskId?: string;
};

export type LadderUpdate = { type: 'ladder'; invoiceId: string; fired: FiredStep[]; claimDeadline?: string | undefined; jumpToClaim: boolean };
export type PromiseResolution = { type: 'promise'; promiseId: string; status: 'kept' | 'broken'; date: string };
export type CloseTasks = { type: 'close-tasks'; taskIds: string[]; reason: 'paid' };
/** Why something did not happen today (caps, quiet hours…): shown by dry runs and the simulation. */
export type Held = { type: 'held'; customerId: string; invoiceIds: string[]; stepCode: string; channel: string; reason: string };

export type EngineAction = TouchAction | LadderUpdate | PromiseResolution | CloseTasks | Held;
