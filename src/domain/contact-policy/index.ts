/** The contact policy: one conversation per customer, never a barrage (N4, N5, N7; 230-FZ art. 7). */
export {
  type Channel,
  type Touch,
  type Limits,
  type LocalSpan,
  type ContactPolicy,
  type TouchWindow,
  type ProposedTouch,
  type LimitRule,
  type ContactRule,
  type TouchRefusal,
  type TouchCheck,
} from './types.ts';
export { DEFAULT_CONTACT_POLICY, INDIVIDUALS_230FZ, CONTACT_POLICIES } from './presets.ts';
export { checkTouch } from './check-touch.ts';
export { checkLimits, limitedAs, periodStart, type Period, type LimitedKind } from './limits.ts';
export { allowedOn, localDay, quietHoursApply, quietSpanOn } from './quiet-hours.ts';
export { varyChannel } from './vary-channel.ts';
export { firstKeepInTouchDay, keepInTouchDue, keepInTouchDueOn, touchDates } from './keep-in-touch.ts';
