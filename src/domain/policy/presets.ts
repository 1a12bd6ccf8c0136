import type { Policy, PolicyStep } from './types.ts';

const step = (s: Omit<PolicyStep, 'conditions'> & { conditions?: PolicyStep['conditions'] }): PolicyStep => ({ conditions: {}, ...s });

/**
 * The pressure scale from the practices, exactly (L1–L7): remind before the due date, call on it,
 * demand in writing the next day, then calls, the formal claim, and the lawyers.
 */
export const STANDARD_POLICY: Policy = {
  code: 'standard',
  name: 'Pressure scale (standard)',
  minBalanceMinor: 0n,
  brokenPromisesToClaim: 3,
  contactPolicy: 'default',
  steps: [
    // L1 (P4): a friendly call three business days before the due date: pay within 3 business days.
    step({ code: 'L1', anchor: 'due', offsetDays: -3, offsetUnit: 'business', channels: ['call'], mode: 'task', window: { from: '10:00', to: '17:00' }, templateKey: 'call.pre-due', purpose: 'Friendly reminder: the invoice is due in 3 business days' }),
    // L2: on the due date, in the middle of the customer's working day: paid? If not, by the end of today.
    step({ code: 'L2', anchor: 'due', offsetDays: 0, offsetUnit: 'business', channels: ['call'], mode: 'task', window: { from: '12:00', to: '15:00' }, templateKey: 'call.due-date', purpose: 'Has it been paid? If not, pay by the end of today' }),
    // L3: the next business day, a demand letter by e-mail: pay, or penalties apply.
    step({ code: 'L3', anchor: 'due', offsetDays: 1, offsetUnit: 'business', channels: ['email'], mode: 'automatic', window: { from: '09:00', to: '10:00' }, templateKey: 'letter.demand', purpose: 'Demand letter: pay, or penalties apply' }),
    // L4: the same day, after the letter: pay today, or send an official letter with the payment date.
    step({ code: 'L4', anchor: 'previous', offsetDays: 0, offsetUnit: 'business', channels: ['call'], mode: 'task', window: { from: '10:00', to: '17:00' }, templateKey: 'call.after-demand', purpose: 'Pay today, or send an official letter with the payment date' }),
    // L5: next business day, unless an official letter arrived: demand the official letter.
    step({ code: 'L5', anchor: 'previous', offsetDays: 1, offsetUnit: 'business', channels: ['call'], mode: 'task', window: { from: '10:00', to: '17:00' }, templateKey: 'call.demand-official-letter', purpose: 'Demand the official letter with the payment date', conditions: { unlessOfficialLetter: true } }),
    // L6: five business days later, unless an official letter arrived: the formal claim (претензия).
    // An official letter in force pauses the ladder like any promise; once its date passes unpaid, the
    // claim goes out — a broken official letter is no reason to stop short of the claim.
    step({ code: 'L6', anchor: 'previous', offsetDays: 5, offsetUnit: 'business', channels: ['letter', 'email'], mode: 'automatic', window: { from: '09:00', to: '12:00' }, templateKey: 'letter.formal-claim', purpose: 'Formal claim with a response deadline (the contract\'s claim period, default 30 calendar days)', conditions: { formalClaim: true } }),
    // L7: the business day after the claim deadline: hand over to the lawyers (D5).
    step({ code: 'L7', anchor: 'claim_deadline', offsetDays: 1, offsetUnit: 'business', channels: ['legal'], mode: 'task', window: { from: '10:00', to: '17:00' }, templateKey: 'legal.handover', purpose: 'Hand the case over to the lawyers with the full file' }),
  ],
};

/** Softer (the article allows building one on the example): an e-mail instead of the L1 call, longer gaps. */
export const SOFT_POLICY: Policy = {
  ...STANDARD_POLICY,
  code: 'soft',
  name: 'Soft',
  steps: STANDARD_POLICY.steps.map((s): PolicyStep => {
    switch (s.code) {
      case 'L1': return { ...s, channels: ['email'], mode: 'automatic', window: { from: '09:00', to: '10:00' }, templateKey: 'letter.pre-due', purpose: 'Friendly e-mail reminder before the due date' };
      case 'L3': return { ...s, offsetDays: 3 };
      case 'L4': return { ...s, offsetDays: 2 };
      case 'L5': return { ...s, offsetDays: 3 };
      case 'L6': return { ...s, offsetDays: 10 };
      default: return s;
    }
  }),
};

/** Strict, for high-risk classes: the first call earlier, the claim sooner, two broken promises are enough. */
export const STRICT_POLICY: Policy = {
  ...STANDARD_POLICY,
  code: 'strict',
  name: 'Strict (high risk)',
  brokenPromisesToClaim: 2,
  steps: STANDARD_POLICY.steps.map((s): PolicyStep => {
    switch (s.code) {
      case 'L1': return { ...s, offsetDays: -5 };
      case 'L6': return { ...s, offsetDays: 2 };
      default: return s;
    }
  }),
};

export const PRESET_POLICIES: Record<string, Policy> = { standard: STANDARD_POLICY, soft: SOFT_POLICY, strict: STRICT_POLICY };
