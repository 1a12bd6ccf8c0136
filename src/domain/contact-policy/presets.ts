/**
 * The shipped contact policies. N4 "never a barrage" for businesses; 230-FZ art. 7 for private
 * individuals in Russia (Federal Law No 230-FZ of 03.07.2016 on collecting overdue debts of individuals).
 */
import type { ContactPolicy } from './types.ts';

/** Shared presets must not be changed by a caller; a custom policy is a spread copy. */
function frozen(policy: ContactPolicy): ContactPolicy {
  Object.freeze(policy.calls);
  Object.freeze(policy.messages);
  if (policy.quietHours) {
    Object.freeze(policy.quietHours.workingDay);
    Object.freeze(policy.quietHours.dayOff);
    Object.freeze(policy.quietHours);
  }
  return Object.freeze(policy);
}

/**
 * Businesses: at most one call and one e-mail/SMS per customer a day (N4: leave time to react to a
 * reminder), no weekly or monthly caps, no quiet hours (calls are kept inside each step's window,
 * L2/L8), vary the channel after 3 alike (N5), a touch at least every 5 business days (N7).
 */
export const DEFAULT_CONTACT_POLICY: ContactPolicy = frozen({
  code: 'default',
  name: 'Businesses: one call and one message a day',
  calls: { perDay: 1 },
  messages: { perDay: 1 },
  varyAfterSameChannel: 3,
  touchEveryBusinessDays: 5,
});

/**
 * Private individuals under 230-FZ art. 7: calls at most 1 a day, 2 a week, 8 a month (part 3);
 * text, voice and other electronic messages at most 2 a day, 4 a week, 16 a month (part 5); no
 * contact on working days 22:00–08:00 and on days off and non-working holidays 20:00–09:00, local
 * time where the debtor lives (parts 3 and 5).
 */
export const INDIVIDUALS_230FZ: ContactPolicy = frozen({
  code: 'individuals-230fz',
  name: 'Private individuals (230-FZ art. 7)',
  calls: { perDay: 1, perWeek: 2, perMonth: 8 },
  messages: { perDay: 2, perWeek: 4, perMonth: 16 },
  quietHours: { workingDay: { from: '22:00', to: '08:00' }, dayOff: { from: '20:00', to: '09:00' } },
  varyAfterSameChannel: 3,
  touchEveryBusinessDays: 5,
});

/** The presets by code. */
export const CONTACT_POLICIES: Record<string, ContactPolicy> = Object.freeze({
  [DEFAULT_CONTACT_POLICY.code]: DEFAULT_CONTACT_POLICY,
  [INDIVIDUALS_230FZ.code]: INDIVIDUALS_230FZ,
});
