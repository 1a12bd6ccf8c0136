/**
 * The contact policy: "one conversation per customer, never a barrage" (practices.md N4, N5, N7).
 * How often a customer may be called or messaged, at which local hours, when to switch channel and
 * how long silence may last while something is overdue. Pure data here; the rules are beside it.
 */

/** How a touch reaches the customer: 'letter' goes by post, 'legal' is a claim or a court filing. */
export type Channel = 'call' | 'email' | 'sms' | 'letter' | 'legal';

/** A contact made or planned, as an instant. */
export type Touch = { at: Date; channel: Channel };

/**
 * Caps per customer (N4); a missing cap is no cap. A day, a week and a month are rolling periods of
 * the customer's local dates (limits.ts explains the choice under 230-FZ art. 7).
 */
export type Limits = { perDay?: number; perWeek?: number; perMonth?: number };

/**
 * Local wall-clock hours 'HH:MM', `from` inclusive, `to` exclusive. A span crosses midnight when
 * `to` is earlier than `from` (22:00–08:00); `from` equal to `to` is an empty span.
 */
export type LocalSpan = { from: string; to: string };

export type ContactPolicy = {
  code: string;
  name: string;
  /** N4: counts 'call'. */
  calls: Limits;
  /** N4: counts 'email' and 'sms' together; 'letter' by post and 'legal' are not limited. */
  messages: Limits;
  /** No call or message inside these local hours; which span applies depends on the customer's calendar. */
  quietHours?: { workingDay: LocalSpan; dayOff: LocalSpan };
  /** N5: when the last N touches all used one channel, prefer another (default 3). */
  varyAfterSameChannel: number;
  /** N7: while anything is overdue, at least one touch every N business days (default 5). */
  touchEveryBusinessDays: number;
};

/** A span of instants, `start` inclusive, `end` exclusive. */
export type TouchWindow = { start: Date; end: Date };

/** A touch the engine wants to plan: a channel and the window its step allows. */
export type ProposedTouch = { channel: Channel; window: TouchWindow };

export type LimitRule =
  | 'calls-per-day'
  | 'calls-per-week'
  | 'calls-per-month'
  | 'messages-per-day'
  | 'messages-per-week'
  | 'messages-per-month';

export type ContactRule = LimitRule | 'quiet-hours';

/** A refusal names the rule that stopped the touch and explains it in one sentence. */
export type TouchRefusal = { allowed: false; rule: ContactRule; reason: string };

/** The verdict on a proposed touch: the window clipped to what the policy allows, or why not. */
export type TouchCheck = { allowed: true; window: TouchWindow } | TouchRefusal;
